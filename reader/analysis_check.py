"""Is a stored analysis (its JSON form, from the cache) fit to be served? Types and offsets.

A cache file can be edited, truncated by a full disk or written by another version: an entry
whose fields have the wrong type (a `start` that is a string, a null `name`) or whose offsets
fall outside its text would give schema-invalid JSON out and tracebacks in the app. This
mirrors `reader/export/schema.json` (without importing jsonschema on the cache-hit path) and
adds what a schema cannot say: every span lies within the text, every speaker is an entity.
"""

from __future__ import annotations

from typing import Any

_STR, _OPT_STR = (str,), (str, type(None))
_ENTITY = {"id": _STR, "name": _STR, "label": _STR, "role": _OPT_STR, "aliases": (list,), "mentions": (list,)}
_QUOTE = {"id": _STR, "text": _STR, "start": (int,), "end": (int,), "kind": _STR, "speaker": _OPT_STR,
          "speaker_name": _OPT_STR, "cue": _OPT_STR}
_ENTRY = {"id": _STR, "expression": _STR, "start": (int,), "end": (int,), "date": _OPT_STR,
          "granularity": _OPT_STR, "event": _STR}
_TOP = {"source": _STR, "title": _OPT_STR, "byline": _OPT_STR, "published": _OPT_STR, "model": (dict,),
        "text": _STR, "entities": (list,), "quotes": (list,), "timeline": (list,)}


class BadEntry(ValueError):
    """The stored analysis cannot be trusted."""


def check_analysis(d: Any) -> None:
    """Raise BadEntry unless `d` is a well-typed analysis whose spans all index its text."""
    _fields(d, _TOP, "analysis")
    n = len(d["text"])
    _fields(d["model"], {"name": _STR, "version": _STR}, "model")
    for e in d["entities"]:
        _fields(e, _ENTITY, "entity")
        if not e["name"] or not all(isinstance(a, str) for a in e["aliases"]):
            raise BadEntry("entity without a name or with a non-text alias")
        for m in e["mentions"]:
            _span(m, n)
    ids = {e["id"] for e in d["entities"]}
    for q in d["quotes"]:
        _fields(q, _QUOTE, "quote")
        _span(q, n)
        if q["kind"] not in ("full", "partial"):
            raise BadEntry(f"quote of unknown kind {q['kind']!r}")
        if q["speaker"] is not None and q["speaker"] not in ids:
            raise BadEntry("quote spoken by an entity that is not there")
    for t in d["timeline"]:
        _fields(t, _ENTRY, "timeline entry")
        _span(t, n)
        if t.get("sentence") is not None:
            _span(t["sentence"], n)
    reduced = d.get("reduced", [])
    if not isinstance(reduced, list):
        raise BadEntry("analysis.reduced is not a list")
    for r in reduced:
        _span(r, n)


def _fields(d: Any, spec: dict[str, tuple[type, ...]], what: str) -> None:
    if not isinstance(d, dict):
        raise BadEntry(f"{what} is not an object")
    for key, types in spec.items():
        value = d.get(key, _MISSING)
        # bool is an int in Python, never an offset
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise BadEntry(f"{what}.{key} is missing or of the wrong type")


def _span(d: Any, n: int) -> None:
    _fields(d, {"start": (int,), "end": (int,)}, "span")
    if not 0 <= d["start"] <= d["end"] <= n:
        raise BadEntry("span outside the text")


_MISSING = object()
