import json

import pytest

from reader.analysis import SCHEMA, Analysis


def test_json_round_trip_of_the_seed(seed_analysis):
    again = Analysis.from_json(seed_analysis.to_json())
    assert again == seed_analysis
    assert json.loads(seed_analysis.to_json())["schema"] == SCHEMA
    assert next(iter(json.loads(seed_analysis.to_json()))) == "schema"


def test_wrong_schema_is_refused(seed_analysis):
    d = seed_analysis.to_dict()
    d["schema"] = "something/else"
    with pytest.raises(ValueError):
        Analysis.from_dict(d)


def test_entity_lookup(seed_analysis):
    first = seed_analysis.entities[0]
    assert seed_analysis.entity(first.id) is first
    assert seed_analysis.entity(None) is None and seed_analysis.entity("nope") is None


def test_timexes_are_optional_and_survive_a_round_trip(seed_analysis):
    from reader.analysis import TimeExpression

    d = seed_analysis.to_dict()
    d.pop("timexes")
    assert Analysis.from_dict(d).timexes == []  # an export from before the field still reads
    d["timexes"] = [{"start": 0, "end": 3, "text": "now", "type": "DATE", "value": "PRESENT_REF"}]
    assert Analysis.from_dict(d).timexes == [TimeExpression(0, 3, "now", "DATE", "PRESENT_REF")]


def test_reduced_ranges_are_optional_checked_and_said(seed_analysis):
    import jsonschema

    from reader.analysis import Span, reduced_note
    from reader.analysis_check import BadEntry, check_analysis
    from pathlib import Path

    import reader.export

    d = seed_analysis.to_dict()
    d.pop("reduced")
    assert Analysis.from_dict(d).reduced == [] and reduced_note(Analysis.from_dict(d)) is None
    d["reduced"] = [{"start": 10, "end": 110}]
    again = Analysis.from_dict(d)
    assert again.reduced == [Span(10, 110)]
    check_analysis(again.to_dict())
    jsonschema.validate(again.to_dict(), json.loads((Path(reader.export.__file__).parent / "schema.json").read_text()))
    assert "100 of " in reduced_note(again)
    d["reduced"] = [{"start": 10, "end": len(d["text"]) + 1}]
    with pytest.raises(BadEntry):
        check_analysis(d)
