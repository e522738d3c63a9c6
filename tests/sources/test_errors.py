"""The one exception a source raises (reader.sources.errors): its message is the user's one line."""

from __future__ import annotations

import pytest

from reader.sources import load
from reader.sources.errors import SourceError


def test_a_missing_file_raises_source_error_naming_it(tmp_path):
    with pytest.raises(SourceError) as err:
        load(str(tmp_path / "nowhere.txt"))
    message = str(err.value)
    assert "nowhere.txt" in message and "\n" not in message


def test_an_empty_file_raises_source_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(SourceError):
        load(str(empty))
