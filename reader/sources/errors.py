"""The one exception a source raises: its message is shown to the user as a single line."""


class SourceError(Exception):
    """Bad input: missing, empty, binary, undecodable, too large, or not a file."""
