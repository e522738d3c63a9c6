"""One step of a streaming analysis (reader.nlp.progress)."""

from __future__ import annotations

import subprocess
import sys

from reader.nlp.progress import Progress


def test_fraction_is_bounded_and_an_empty_text_is_done():
    assert Progress(done=50, total=200, analysis=None).fraction == 0.25
    assert Progress(done=300, total=200, analysis=None).fraction == 1.0
    assert Progress(done=0, total=0, analysis=None).fraction == 1.0


def test_importing_it_does_not_import_spacy_or_the_pipeline():
    code = "import sys, reader.nlp.progress; print(any(m in sys.modules for m in ('spacy', 'reader.nlp.pipeline')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
