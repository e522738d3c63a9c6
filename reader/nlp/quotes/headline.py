"""Lines set in headline case ("Clinton Joked “…”"): the tags and the parse are guesses there, so the
speaker is read from the capitalised words before the verb, or from a label ("Clinton: …")."""

from __future__ import annotations

from typing import Any

from reader.nlp import lexicon
from reader.nlp.quotes import cues
from reader.nlp.quotes.speakers import TITLES, Mention


# forms that are verbs even when a headline's capitals make the tagger call them names ("The Post" is not)
_HEADLINE_VERBS = lexicon.words("headline_verbs")


_FUNCTION_WORDS = lexicon.words("function_words")


def title_case(sent: Any, quoted: bytearray, cache: dict[int, bool]) -> bool:
    """Is this sentence set in headline case ("Clinton Said Of Wall Street, …")? Most of its
    unquoted words of four letters or more start with a capital."""
    got = cache.get(sent.start)
    if got is None:
        words = [t for t in sent if not quoted[t.i] and t.is_alpha and len(t) > 3]
        if len(words) < 3:  # a short sentence the parser split off: judge the whole paragraph
            words = [t for t in sent.doc if not quoted[t.i] and t.is_alpha and len(t) > 3]
        got = len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
        cache[sent.start] = got
    return got


def headline_cue(tok: Any, quoted: bytearray, cache: dict[int, bool]) -> bool:
    """A capitalised reporting verb in a headline-case line ("Clinton Joked", "Trump Says")."""
    return tok.text[:1].isupper() and tok.lower_ in cues.SPEECH_FORMS and (
        tok.pos_ == "VERB" or tok.lower_.endswith("ed") or tok.lower_ in _HEADLINE_VERBS) \
        and title_case(tok.sent, quoted, cache)


def title_subject(doc: Any, verb: Any, quoted: bytearray, offset: int) -> Mention | None:
    """The capitalised run right before a verb in a headline-case line, function words excluded."""
    k = verb.i
    while k - 1 >= verb.sent.start and not quoted[k - 1] and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].lower_ not in _FUNCTION_WORDS and doc[k - 1].lower_ not in cues.PRONOUNS:
        k -= 1
    if k == verb.i:
        return line_label(doc, verb.i, quoted, offset)
    span = doc[k : verb.i]
    core = " ".join(t.text for t in span if t.lower_.rstrip(".") not in TITLES)
    return Mention(offset + span.start_char, offset + span.end_char, span.text, span[-1].lower_, "name",
                   core=core or None)


def line_label(doc: Any, before: int, quoted: bytearray, offset: int) -> Mention | None:
    """"Clinton: As Senator, “…” But Still Called For …": the name labelling a headline-case line."""
    j = 0
    while j < before and j < 6 and doc[j].is_alpha and doc[j].text[:1].isupper() and not quoted[j]:
        j += 1
    if j == 0 or j >= before or doc[j].text != ":":
        return None
    span = doc[0:j]
    return Mention(offset + span.start_char, offset + span.end_char, span.text, span[-1].lower_, "name")
