"""Analysis → text on stdout: JSON (the schema) or Markdown for people."""

from reader.export.json_export import to_json_line, to_json_pretty
from reader.export.markdown import to_markdown

__all__ = ["to_json_line", "to_json_pretty", "to_markdown"]
