"""Cleanup before labelling: what the tagger ran into a name is cut off."""

from __future__ import annotations

import pytest

from reader.nlp.entities.cleanup import trim_run_ins
from reader.nlp.entities.mentions import Mention
from reader.nlp.pipeline import analyze
from reader.sources import article_from_text


def test_a_country_run_into_the_name_after_it_is_cut_off(nlp):
    text = ("Local news\n\nAnother diplomat, former special envoy to Moldova Anton Berger, shifted his account. "
            "Berger said the meeting ended.")
    a = analyze(article_from_text(text, "x.txt"), nlp.nlp, nlp.info)
    assert [e.name for e in a.entities if e.label == "PERSON"] == ["Anton Berger"]


@pytest.mark.parametrize("written, name", [
    ("Maria Lindqvist et al", "Maria Lindqvist"),  # an author list
    ("Tomas Berg 6-2", "Tomas Berg"),  # a score after a player
    ("Chad Michael Murray", "Chad Michael Murray"),  # a first name that is also a country stays
])
def test_what_follows_or_precedes_a_name_is_cut_off(written, name):
    m = Mention(start=10, end=10 + len(written), text=written, label="PERSON", proper=False)
    (out,) = trim_run_ins([m])
    assert out.text == name and out.end - out.start == len(name)
    assert out.proper == (name != written)  # re-read once trimmed


@pytest.mark.parametrize("written, numbered", [
    ("Dravex Oktari X4", True),  # a model number run into a product's name
    ("Tomas Berg 6-2", False),  # a score is no model number
])
def test_a_model_number_cut_off_is_kept_as_evidence(written, numbered):
    m = Mention(start=0, end=len(written), text=written, label="PERSON", proper=False)
    (out,) = trim_run_ins([m])
    assert out.numbered is numbered
