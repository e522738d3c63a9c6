"""The reduced analysis given to text past the full-analysis budget (see `chunks.FULL_CUT_CHARS`).

The model's tagger, parser and entity recogniser cost ~0.35 s of CPU per 10,000 characters, so a
one-paragraph text of a million characters would take a minute. Past the budget each piece is
only tokenized and split into sentences by punctuation (spaCy's rule-based sentencizer), and the
names the full analysis already found are marked again wherever they recur (a PhraseMatcher, by
exact spelling). The collectors read such a Doc as they read any unparsed one: the quotation
marks were found over the whole text before, and dates are found by their form. Which ranges
got this pass is recorded in `Analysis.reduced`, and said to the user.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reader.nlp.entities import Mention


class LightPass:
    """Docs with sentence starts and the known names as entities; no tags, parse or NER."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.pipeline import Sentencizer

        self.nlp = nlp
        self.sentencizer = Sentencizer()
        self.matcher = PhraseMatcher(nlp.vocab)
        self.known: set[tuple[str, str]] = set()

    def learn(self, mentions: Iterable[Mention]) -> None:
        """Add the names of these mentions (proper names only) to what is marked."""
        for m in mentions:
            key = (m.label, m.text)
            if m.proper and m.text.strip() and key not in self.known:
                self.known.add(key)
                self.matcher.add(m.label, [self.nlp.make_doc(m.text)])

    def __call__(self, text: str) -> Any:
        from spacy.util import filter_spans

        doc = self.sentencizer(self.nlp.make_doc(text))
        if self.known:
            spans = self.matcher(doc, as_spans=True)
            doc.ents = filter_spans(spans)  # the longest of overlapping names
        return doc
