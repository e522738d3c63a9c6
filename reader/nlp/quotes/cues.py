"""The cues of speech: words that introduce it ("said", "told", "according to") and words that
stand for its source ("the spokeswoman", "the company", "critics").

The lists are data in reader/nlp/lexicon; the model runs without its lemmatizer, so a verb list
is read as every inflected form (`lexicon.verb_forms`). The pronoun paradigms stay here: they
are English grammar, not a vocabulary that grows.
"""

from __future__ import annotations

from typing import Any

from reader.nlp import lexicon

SPEECH_FORMS: frozenset[str] = lexicon.verb_forms("speech_verbs")
# Plain verbs of saying: whatever their subject is, it is the source ("a job posting said").
SAY_FORMS: frozenset[str] = SPEECH_FORMS - lexicon.verb_forms("evaluative_verbs")
BELIEF_FORMS: frozenset[str] = lexicon.verb_forms("belief_verbs")
PARTICLE_FORMS = lexicon.table("particle_speech_verbs")
inflections = lexicon.inflections

SPEECH_NOUNS = lexicon.words("speech_nouns")
PERSON_NOUNS = lexicon.words("person_nouns")
ORG_NOUNS = lexicon.words("organisation_descriptions")
DOCUMENT_NOUNS = lexicon.words("document_nouns")

MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
PLURAL = frozenset("they them their themselves we us our".split())
NEUTER = frozenset("it its itself".split())
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER | frozenset("i me my you".split())
RELATIVE = frozenset("who which that whom whose".split())
QUANTIFIERS = lexicon.words("quantifier_pronouns")
MALE_WORDS = lexicon.words("male_words")
FEMALE_WORDS = lexicon.words("female_words")
GROUP_NOUNS = lexicon.words("group_nouns")


# ---------------------------------------------------------------- first names → gender
# gender-guesser's dictionary (~45k names with per-country frequencies) takes ~0.2 s to parse
# in full, as long as spaCy needs for a short article. Its lines are only indexed by name here
# (~40 ms); a name's lines go through the library's own parsing and scoring when first asked.
# Nothing is written to disk, so `--no-cache` stays true to its word.
_detector: Any = None


def _lazy_detector() -> Any:
    import gender_guesser.detector as gg

    class LazyDetector(gg.Detector):  # type: ignore[misc]
        def _parse(self, filename: str) -> None:
            self.names = {}
            index: dict[str, list[str]] = {}
            with open(filename, encoding="utf-8") as f:
                text = f.read()
            for line in text.splitlines():
                if line[:1] in "#=":
                    continue
                key = line[3:29].rstrip().lower()
                got = index.get(key)
                if got is None:
                    index[key] = [line]
                else:
                    got.append(line)
            for key in [k for k in index if "+" in k]:  # "Abdul+Ahad": also "abdulahad", "abdul-ahad"
                for r in ("", " ", "-"):
                    index.setdefault(key.replace("+", r), []).extend(index[key])
            self._lines = index

        def get_gender(self, name: str, country: str | None = None) -> str:
            low = name.lower()
            lines = self._lines.pop(low, None)
            if lines:
                for line in lines:
                    self._eat_name_line(line.strip())
            return super().get_gender(name, country)

    return LazyDetector(case_sensitive=False)


# gender-guesser's frequency columns for Great Britain, Ireland and the U.S.A. (its first three)
_ENGLISH_COLUMNS = slice(0, 3)


def is_known_name(name: str) -> bool:
    """Any first name the table holds, unisex ones too ("Casey", "Jordan"): evidence of a name,
    not of a gender."""
    first_name_gender(name)  # loads the table
    return bool(_detector) and _detector.get_gender(name.lower()) != "unknown"


def first_name_is_sure(name: str) -> bool:
    """Is the first name's gender sure ("Melanie"), not only mostly so ("Bernie")? Sure only if
    the name is in use where English is: "Ilhan" is a man's name in Turkey and Korea, and an
    English-language story about a woman of that name says so with its own "she"."""
    first_name_gender(name)  # loads the table
    if not _detector:
        return False
    low = name.lower()
    sex = _detector.get_gender(low)
    return sex in ("male", "female") and bool(_detector.names.get(low, {}).get(sex, "")[_ENGLISH_COLUMNS].strip())


def first_name_gender(name: str) -> str | None:
    """'m', 'f' or None for a first name (None too if gender-guesser is not installed)."""
    global _detector
    low = name.lower()
    if not low or " " in low:
        return None
    if _detector is None:
        try:
            _detector = _lazy_detector()
        except Exception:  # noqa: BLE001 - optional data: without it fewer pronouns are resolved
            _detector = False
    if not _detector:
        return None
    g = _detector.get_gender(low)
    return "m" if g in ("male", "mostly_male") else "f" if g in ("female", "mostly_female") else None
