"""Several extractors' readings of one page, each as plain blocks: the material to choose from.

trafilatura in precision and balanced modes, readability-lxml (the fork trafilatura ships and
uses for its own fallback) and jusText. Each reads its own copy of the parsed tree (they prune
it in place). A second opinion that fails on a page is left out.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from dataclasses import dataclass
from functools import cached_property

from reader.sources.web.blocks import TextBlock, from_html, from_trafilatura

# Each library logs its own failures at WARNING; a page they cannot read is handled here.
for _name in ("trafilatura", "justext", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Candidate:
    name: str
    blocks: tuple[TextBlock, ...]
    link_density: float = 0.0  # share of the text inside links, where the extractor keeps them

    @cached_property
    def text(self) -> str:
        return "\n".join(text for _, text in self.blocks)

    def __len__(self) -> int:
        return len(self.text)


def trafilatura_body(tree, mode: str) -> Candidate:
    """trafilatura's own extractor alone (`fast`): its comparison with readability and jusText is
    what choose.py does here, once for both modes, with the libraries themselves."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        deepcopy(tree), fast=True, include_comments=False, include_tables=True, include_formatting=False,
        favor_precision=mode == "precision", favor_recall=mode == "recall",
    )
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return Candidate(f"trafilatura-{mode}", ())
    return Candidate(f"trafilatura-{mode}", tuple(from_trafilatura(body)))


def _density(root, link_tag: str) -> float:
    total = len("".join(root.itertext()).strip())
    linked = sum(len("".join(a.itertext()).strip()) for a in root.iter(link_tag))
    return linked / total if total else 0.0


def readability_body(tree) -> Candidate:
    try:
        import lxml.html
        from trafilatura.readability_lxml import Document

        summary = Document(deepcopy(tree), min_text_length=25).summary()
        if not summary.strip():
            return Candidate("readability", ())
        root = lxml.html.fragment_fromstring(summary, create_parent="div")
        return Candidate("readability", tuple(from_html(root)), _density(root, "a"))
    except Exception:  # a second opinion only: a page it cannot read leaves it out
        return Candidate("readability", ())


# jusText's revision pass looks for each paragraph's nearest good neighbour by walking the list:
# quadratic on a page of many short blocks (16,000 took 76 s). Past this it gives no opinion.
JUSTEXT_MAX_PARAGRAPHS = 3_000


def justext_body(tree) -> Candidate:
    try:
        from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
        from justext.utils import get_stoplist

        from trafilatura.baseline import basic_cleaning

        # Menus, footers and asides out first, as trafilatura does before its own jusText run.
        paragraphs = ParagraphMaker.make_paragraphs(_justext_preprocess(basic_cleaning(deepcopy(tree))))
        if len(paragraphs) > JUSTEXT_MAX_PARAGRAPHS:
            return Candidate("justext", ())
        classify_paragraphs(paragraphs, get_stoplist("English"))
        revise_paragraph_classification(paragraphs)
        kept = [p for p in paragraphs if not p.is_boilerplate and p.text.strip()]
        blocks = [("heading" if p.is_heading else "paragraph", " ".join(p.text.split())) for p in kept]
        total = sum(len(p.text) for p in kept)
        linked = sum(p.links_density() * len(p.text) for p in kept)
    except Exception:  # a second opinion only
        return Candidate("justext", ())
    return Candidate("justext", tuple(blocks), linked / total if total else 0.0)


def _justext_preprocess(tree):
    from justext.core import preprocessor

    return preprocessor(tree)


def candidates(tree) -> list[Candidate]:
    """Every reading of the page, precision-first order (ties go to the earlier one)."""
    found = [trafilatura_body(tree, mode) for mode in ("precision", "balanced")]
    found += [readability_body(tree), justext_body(tree)]
    return found
