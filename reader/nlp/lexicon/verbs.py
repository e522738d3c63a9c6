"""Every inflected form of a list of base verbs: the model runs without its lemmatizer, so a rule
that looks for "said" needs the forms written out. Regular English morphology, plus the
irregular_verbs table for what the rule gets wrong ("said", "admitted", "began")."""

from __future__ import annotations

from functools import cache

from reader.nlp.lexicon import lists


def inflections(verb: str) -> set[str]:
    """The base form and its regular -s, -ed and -ing forms (or the irregular ones)."""
    irregular = lists.table("irregular_verbs")
    if verb in irregular:
        return {verb, *irregular[verb].split()}
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    return forms


@cache
def verb_forms(name: str) -> frozenset[str]:
    """Every form of every base verb in the list `name` ("speech_verbs" → {"say", "said", …})."""
    return frozenset(f for v in lists.words(name) for f in inflections(v))
