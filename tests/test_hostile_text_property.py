"""A property over random hostile text: sources → analysis → JSON export never breaks.

Text is drawn from words, names, quotation marks of every kind, dashes, brackets, control and
invisible characters, escape sequences and line breaks. Whatever comes in: no exception (a
SourceError for a text with nothing readable is the one allowed refusal), every offset indexes
the exported text, and the JSON validates against the schema.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.export import to_json_line
from reader.nlp.pipeline import analyze
from reader.sources import SourceError, load

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "reader" / "export" / "schema.json").read_text())

WORDS = ["said", "Jane Doe", "the mayor", "Mr.", "on Monday", "in 2021", "March 3", "he", "she", "told",
         "Reuters", "LONDON", "yesterday", "“", "”", "‘", "’", '"', "'", "«", "»", "„", "``", "''", "—", "–",
         "-", "--", "(", ")", "[", "]", "{", "}", ".", ",", ":", ";", "?", "!", "…"]
ODD = ["\x00", "\x07", "\x08", "\x1b", "\x1b[2J", "\x1b]0;x\x07", "\x7f", "\x85", "\x9b", "\u200b", "\u200d",
       "\u2060", "\u00ad", "\ufeff", "\u202e", "\u2066", "\ufff9", "\U000e0041", "\u2028", "\u2029", "\r", "\t",
       "\n", "\n\n", "\udcff", "📰", "e\u0301"]
FRAGMENT = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=8))
TEXT = st.lists(FRAGMENT, min_size=1, max_size=60).map(" ".join)


def _check_offsets(doc: dict) -> None:
    text = doc["text"]
    for q in doc["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text) and text[q["start"] : q["end"]] == q["text"]
    for t in doc["timeline"]:
        assert 0 <= t["start"] <= t["end"] <= len(text) and text[t["start"] : t["end"]] == t["expression"]
        if t.get("sentence"):
            assert 0 <= t["sentence"]["start"] <= t["sentence"]["end"] <= len(text)
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] <= m["end"] <= len(text)


@settings(max_examples=30, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_goes_through_to_valid_json(nlp, text, suffix):
    data = text.encode("utf-8", "surrogatepass")
    fd, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        try:
            article = load(name)
        except SourceError:
            return  # nothing readable (or binary-looking): refused in one line, which is fine
    finally:
        os.unlink(name)
    doc = json.loads(to_json_line(analyze(article, nlp.nlp, nlp.info)))
    jsonschema.validate(doc, SCHEMA)
    _check_offsets(doc)
    assert not any(c in doc["text"] for c in "\x00\x07\x1b\x9b\u200b\u202e\ufeff")
