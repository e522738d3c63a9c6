"""The Textual UI. Reads only `Article` and `Analysis`; never touches spaCy objects."""
