"""Model resolution: the name and version come from package metadata, without spaCy."""

from __future__ import annotations

import subprocess
import sys

from reader.nlp.model import CANDIDATES, UNUSED_COMPONENTS, find_model, model_info


def test_model_info_matches_the_loaded_model(nlp):
    assert model_info() == nlp.info
    assert nlp.info.name == find_model() and nlp.info.version.count(".") == 2


def test_model_info_does_not_import_spacy():
    code = "import sys; from reader.nlp.model import model_info; i = model_info(); print(i.name, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    name, imported = out.stdout.split()
    assert name in CANDIDATES and imported == "False"


def test_missing_model_has_no_info():
    assert model_info("no_such_model_xyz") is None
    assert find_model("no_such_model_xyz") is None


def test_unused_components_are_not_loaded(nlp):
    names = set(nlp.nlp.pipe_names)
    assert not names & set(UNUSED_COMPONENTS)
    assert {"tok2vec", "tagger", "parser", "ner"} <= names  # what the collectors read
    assert names & {"attribute_ruler", "newsreader_fast_attribute_ruler"}  # POS and morphology
