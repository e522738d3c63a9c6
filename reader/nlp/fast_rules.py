"""The model's attribute ruler, matched faster, same result.

spaCy's English pipelines map tags to coarse POS and morphology with an `attribute_ruler`: ~180
one- and two-token Matcher patterns over TAG, LOWER, DEP and IS_SPACE. Its Matcher costs about a
sixth of the whole pipeline's time here, yet every pattern looks at single tokens' values only,
so which pattern positions a token satisfies is a pure function of its (TAG, LOWER, DEP,
IS_SPACE) - memoised here. The matches are produced in the ruler's own order and applied with
the ruler's own `set_annotations`, so POS, MORPH and LEMMA come out identical (the tests check it
token by token against the original). Patterns this module does not understand leave the
original ruler in place.
"""

from __future__ import annotations

import re
from typing import Any

FACTORY = "newsreader_fast_attribute_ruler"
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _values(spec: Any) -> frozenset | None:
    """The values an equality or IN test accepts, or None for other tests."""
    if isinstance(spec, str):
        return frozenset((spec,))
    if isinstance(spec, dict) and len(spec) == 1 and isinstance(spec.get("IN"), list):
        return frozenset(spec["IN"])
    return None


def _predicate(spec: Any) -> Any:
    """Any other supported test (bool, NOT_IN, REGEX) as a function, or None if unsupported."""
    if isinstance(spec, bool):
        return lambda v: v == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: isinstance(v, str) and rx.search(v) is not None
    return None


class FastAttributeRuler:
    """Drop-in for a loaded AttributeRuler whose `match(doc)` costs a dict lookup per token.

    Every pattern position ("slot") is a bit. Per attribute and value a memo holds the mask of
    slots that value satisfies (slots not testing that attribute included), so a token's
    satisfied slots are four masks ANDed, memoised again per token key.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self._attr_ids = [TAG, LOWER, DEP, IS_SPACE]
        everything = 0
        free = [0] * len(_KEYS)  # slots that do not test the attribute
        self._eq: list[dict[Any, int]] = [{} for _ in _KEYS]  # value -> slots accepting it by equality/IN
        self._other: list[list[tuple[int, Any]]] = [[] for _ in _KEYS]  # (slot bit, test)
        self._patterns: list[tuple[int, int, int, int]] = []  # (rule, key hash, first slot bit, second slot bit or 0)
        slot = 0
        for rule, entry in enumerate(ruler.patterns):
            key_hash = self.strings[str(rule)]
            for pattern in entry["patterns"]:
                if not 1 <= len(pattern) <= 2:
                    raise ValueError("unsupported attribute_ruler pattern length")
                bits = []
                for token_spec in pattern:
                    bit = 1 << slot
                    slot += 1
                    everything |= bit
                    bits.append(bit)
                    unknown = set(token_spec) - set(_KEYS)
                    if unknown:
                        raise ValueError(f"unsupported attribute_ruler attributes {unknown}")
                    for a, attr in enumerate(_KEYS):
                        if attr not in token_spec:
                            free[a] |= bit
                            continue
                        accepted = _values(token_spec[attr])
                        if accepted is not None:
                            for v in accepted:
                                self._eq[a][v] = self._eq[a].get(v, 0) | bit
                            continue
                        fn = _predicate(token_spec[attr])
                        if fn is None:
                            raise ValueError(f"unsupported attribute_ruler test {token_spec!r}")
                        self._other[a].append((bit, fn))
                self._patterns.append((rule, key_hash, bits[0], bits[1] if len(bits) == 2 else 0))
        self._free = free
        self._attr_memo: list[dict[int, int]] = [{} for _ in _KEYS]
        # token key -> (satisfied slots, one-token matches, (rule, second bit, key hash) of two-token starts)
        self._memo: dict[tuple[int, int, int, int], tuple[int, tuple, tuple]] = {}

    def _attr_mask(self, a: int, raw: int) -> int:
        if a == 3:
            value: Any = bool(raw)
        else:
            value = self.strings[raw] if raw else ""
        mask = self._free[a] | self._eq[a].get(value, 0)
        for bit, fn in self._other[a]:
            if fn(value):
                mask |= bit
        self._attr_memo[a][raw] = mask
        return mask

    def _lookup(self, key: tuple[int, int, int, int]) -> tuple[int, tuple, tuple]:
        sat = -1
        for a, raw in enumerate(key):
            m = self._attr_memo[a].get(raw)
            sat &= m if m is not None else self._attr_mask(a, raw)
        singles = tuple(sorted({(r, h) for r, h, first, second in self._patterns if not second and sat & first}))
        starts = tuple((r, second, h) for r, h, first, second in self._patterns if second and sat & first)
        found = self._memo[key] = (sat, singles, starts)
        return found

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What `AttributeRuler.match` returns: (rule, key hash, start, end), sorted."""
        if not len(doc):
            return []
        memo, lookup = self._memo, self._lookup
        rows = [memo.get(k) or lookup(k) for k in map(tuple, doc.to_array(self._attr_ids).tolist())]
        out = []
        last = len(rows) - 1
        for i, (_, singles, starts) in enumerate(rows):
            for rule, key_hash in singles:
                out.append((rule, key_hash, i, i + 1))
            if starts and i < last:
                after = rows[i + 1][0]
                for rule, second, key_hash in starts:
                    if after & second:
                        out.append((rule, key_hash, i, i + 2))
        return sorted(set(out))

    def __call__(self, doc: Any) -> Any:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


def _make(nlp: Any, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def speed_up(nlp: Any) -> bool:
    """Swap the pipeline's `attribute_ruler` for the memoised matcher when its patterns allow;
    the original stays in the pipeline, disabled."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    from spacy.language import Language

    try:
        FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except (ValueError, KeyError, TypeError):
        return False
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_make)
    nlp.add_pipe(FACTORY, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    return True
