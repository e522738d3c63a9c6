"""The memoised attribute ruler gives exactly what spaCy's AttributeRuler gives."""

from __future__ import annotations

import pytest

from reader.nlp.fast_rules import FACTORY, FastAttributeRuler

SENTENCES = [
    "We're gonna win, y'all. Let's go! I ain't done. Gotta run, c'mon, there's nothin' left.",
    "There is a  double  space\n\nand   tabs\there, and there were two of them.",
    "It was her book; she gave it to me. Did you do it? I had had enough, hadn't I?",
    "Whether or not he has been told, those who did it will say that this is theirs.",
    "“We will not stop,” said Maria Zakharova, who had been speaking since 2019.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def ruler(nlp):
    return nlp.nlp.get_pipe("attribute_ruler")


def _unannotated(nlp, texts):
    """Docs as they reach the attribute ruler: tagged and parsed, not yet mapped."""
    with nlp.nlp.select_pipes(disable=[FACTORY, "ner"]):
        return list(nlp.nlp.pipe(texts))


def _annotations(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_the_loaded_model_uses_it(nlp):
    assert FACTORY in nlp.nlp.pipe_names and "attribute_ruler" not in nlp.nlp.pipe_names


def test_same_matches_and_annotations(nlp, ruler, seed_article):
    fast = FastAttributeRuler(ruler)
    texts = SENTENCES + [seed_article.text[b.start:b.end] for b in seed_article.blocks]
    for doc in _unannotated(nlp, texts):
        expected = sorted((int(r), int(k), s, e) for r, k, s, e in ruler.match(doc))
        assert fast.match(doc) == expected, doc.text
        a, b = doc.copy(), doc.copy()
        ruler(a)
        fast(b)
        assert _annotations(a) == _annotations(b), doc.text


def test_pos_is_set_where_the_collectors_need_it(nlp):
    doc = nlp.nlp("“It is over,” she said, and he was told there were none.")
    pos = {t.text: t.pos_ for t in doc}
    assert pos["said"] == "VERB" and pos["she"] == "PRON" and pos["was"] == "AUX" and pos["were"] == "VERB"


def test_unsupported_patterns_are_refused(ruler):
    class Odd:
        vocab = ruler.vocab
        patterns = [{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "X"}, "index": 0}]

    with pytest.raises(ValueError):
        FastAttributeRuler(Odd())
