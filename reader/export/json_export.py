"""The `newsreader.analysis/1` JSON export: pretty for one source, one line per source for many."""

from reader.analysis import Analysis


def to_json_pretty(analysis: Analysis) -> str:
    return analysis.to_json(indent=2)


def to_json_line(analysis: Analysis) -> str:
    return analysis.to_json()
