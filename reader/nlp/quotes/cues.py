"""The reporting-verb lexicon: words that introduce speech ("said", "told", "according to").

The model runs without its lemmatizer, so the lexicon holds every inflected form, generated
from base verbs by regular English morphology plus a short table of irregular forms.
"""

from __future__ import annotations

from typing import Any

# Verbs of saying, writing and claiming whose subject is the source of a quotation.
SPEECH_VERBS = (
    "say tell add state ask write insist warn emphasize emphasise urge post claim assert affirm "
    "remark reiterate inquire enquire explain note declare announce argue acknowledge admit agree "
    "allege answer boast complain concede conclude confirm contend deny describe estimate joke "
    "lament maintain mention observe predict promise recall reply report respond retort reveal "
    "suggest testify tweet vow wonder quip shout scream yell exclaim whisper muse recount stress "
    "charge counter caution proclaim pledge protest question speak recommend threaten demand "
    "plead beg tout hail praise criticize criticise blast slam mock accuse label dub brand call "
    "declare opine posit advise instruct order predict forecast concur chime interject interrupt "
    "continue begin begin tease brag gush marvel grumble fume snap sneer scoff thunder rail "
    "comment reason surmise summarize summarise elaborate clarify specify read chant sing quote "
    "condemn denounce characterize characterise dismiss deride decry lambaste ridicule welcome "
    "acknowledge apologize apologise recommend advertise promote assure reassure remind inform "
    "compare liken repeat attack pitch fire push weigh lash vouch press "
    "blurt mutter murmur sigh holler gasp stammer bellow growl groan rant swear express talk "
    "refer pronounce nickname "
    "confide fret scold cry exult gloat demur rebut"
).split()

# Verbs that report a claim only when a quotation sits beside them (weaker evidence).
BELIEF_VERBS = "think believe feel hope fear worry know find show".split()

_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "speak": ("spoke", "speaks", "speaking", "spoken"),
    "begin": ("began", "begins", "beginning", "begun"),
    "think": ("thought", "thinks", "thinking"),
    "feel": ("felt", "feels", "feeling"),
    "find": ("found", "finds", "finding"),
    "show": ("showed", "shown", "shows", "showing"),
    "know": ("knew", "knows", "knowing", "known"),
    "read": ("reads", "reading"),
    "chime": ("chimed", "chimes", "chiming"),
    "snap": ("snapped", "snaps", "snapping"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "forecast": ("forecasts", "forecasting"),
    "continue": ("continued", "continues", "continuing"),
    "quip": ("quipped", "quips", "quipping"),
    "slam": ("slammed", "slams", "slamming"),
    "label": ("labeled", "labelled", "labels", "labeling", "labelling"),
    "dub": ("dubbed", "dubs", "dubbing"),
    "counter": ("countered", "counters", "countering"),
    "answer": ("answered", "answers", "answering"),
    "question": ("questioned", "questions", "questioning"),
    "wonder": ("wondered", "wonders", "wondering"),
    "thunder": ("thundered", "thunders", "thundering"),
    "sing": ("sang", "sung", "sings", "singing"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "offer": ("offered", "offers", "offering"),
    "refer": ("referred", "refers", "referring"),
    # a stressed final syllable doubles its consonant: "admitted", "begged", "concurred"
    "admit": ("admitted", "admits", "admitting"),
    "beg": ("begged", "begs", "begging"),
    "brag": ("bragged", "brags", "bragging"),
    "concur": ("concurred", "concurs", "concurring"),
    "rebut": ("rebutted", "rebuts", "rebutting"),
    "marvel": ("marveled", "marvelled", "marvels", "marveling", "marvelling"),
}


def inflections(verb: str) -> set[str]:
    """The base form and its regular -s, -ed and -ing forms (or the irregular ones)."""
    if verb in _IRREGULAR:
        return {verb, *_IRREGULAR[verb]}
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


SPEECH_FORMS: frozenset[str] = frozenset(f for v in SPEECH_VERBS for f in inflections(v))
# Verbs that judge or name rather than say ("called it", "dismissed them as"): their subject is
# a source only when it is a person, a group or a document.
EVALUATIVE_VERBS = (
    "call describe label dub brand praise criticize criticise condemn denounce dismiss deride decry "
    "lambaste ridicule welcome mock blast slam accuse characterize characterise compare liken hail "
    "tout promote advertise question continue begin charge counter order attack pitch fire push weigh "
    "lash vouch refer pronounce nickname"
).split()
# Plain verbs of saying: whatever their subject is, it is the source ("a job posting said").
SAY_FORMS: frozenset[str] = SPEECH_FORMS - frozenset(f for v in EVALUATIVE_VERBS for f in inflections(v))
BELIEF_FORMS: frozenset[str] = frozenset(f for v in BELIEF_VERBS for f in inflections(v))
# Verbs that report speech only with a particle: "she shot back, “…”", "he hit back", "he went on
# about “…”".
PARTICLE_FORMS = {
    **{f: "back" for f in "shoot shoots shot shooting hit hits hitting".split()},
    **{f: "on" for f in "go goes went going gone".split()},
}

# Nouns of speech: "in a statement", "in an interview", "his remarks".
SPEECH_NOUNS = frozenset(
    "statement statements interview interviews remarks remark speech speeches tweet tweets post posts "
    "letter email e-mail memo op-ed column essay testimony comments comment address message "
    "announcement release briefing conference claim claims assertion promise promises warning words "
    "vow pledge argument description accusation accusations charge suggestion prediction insistence "
    "assurance call criticism response reply answer question complaint boast joke quip retort allegation "
    "allegations slogan motto mantra catchphrase".split()
)

# Descriptions that stand for a person ("the spokeswoman", "the Ukrainian leader").
PERSON_NOUNS = frozenset(
    "spokeswoman spokesman spokesperson leader president director senator governor mayor candidate "
    "nominee official chief minister secretary chairman chairwoman chair ceo executive founder "
    "lawmaker congressman congresswoman representative rep. sen. gov. judge lawyer attorney "
    "economist analyst professor expert adviser advisor aide strategist manager commissioner "
    "ambassador diplomat general officer prosecutor sheriff chancellor premier king queen prince "
    "businessman businesswoman billionaire mogul author writer reporter journalist host anchor "
    "actor actress singer star player coach owner mother father son daughter wife husband woman "
    "man researcher scientist doctor nurse teacher student activist organizer pastor priest "
    "bishop pope head whip speaker democrat republican veteran resident voter lady gentleman witness "
    "stranger victim survivor citizen immigrant refugee soldier farmer driver pilot worker teenager teen "
    "boy girl child kid mom dad volunteer donor shopper customer patient columnist commentator pundit "
    "blogger editor publisher producer comedian historian consultant lobbyist pollster operative".split()
)

# Descriptions that stand for an organisation ("the company", "the ministry").
ORG_NOUNS = frozenset(
    "company firm campaign group agency department ministry committee organization organisation "
    "union party network newspaper paper administration government council board bank office "
    "commission court team club university school church kremlin police army military "
    "institute foundation association coalition alliance bureau service".split()
)

# Documents that "say" things: "the report said", "the statement read".
DOCUMENT_NOUNS = frozenset(
    "report statement letter survey poll study email e-mail memo book article column ad advertisement "
    "video lawsuit complaint filing ruling document analysis review editorial release post tweet "
    "message note website page passage piece clip indictment order bill decision policy sign banner "
    "placard poster caption headline plaque inscription label disclosure transcript".split()
)

MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
PLURAL = frozenset("they them their themselves we us our".split())
NEUTER = frozenset("it its itself".split())
PRONOUNS = MALE | FEMALE | PLURAL | NEUTER | frozenset("i me my you".split())
RELATIVE = frozenset("who which that whom whose".split())
# Pronouns of quantity that stand for unnamed people ("said another", "some chanted", "those
# surveyed said"): a description of the source, not a word that points back to someone named.
QUANTIFIERS = frozenset("another one some those these many others both several few most all each".split())

MALE_WORDS = frozenset(
    "mr. mr sir lord king prince spokesman congressman chairman businessman father son husband "
    "brother uncle man boy gentleman actor".split()
)
FEMALE_WORDS = frozenset(
    "mrs. mrs ms. ms miss dame lady queen princess spokeswoman congresswoman chairwoman "
    "businesswoman mother daughter wife sister aunt woman girl actress".split()
)

# Plural and collective sources: "critics said", "the crowd chanted".
GROUP_NOUNS = frozenset(
    "people official source critic supporter protester protestor voter crowd member aide lawmaker "
    "expert analyst resident demonstrator participant observer insider investigator prosecutor "
    "attendee delegate worker employee staff staffer volunteer parent student fan follower "
    "opponent advocate ally rival colleague friend neighbor neighbour relative family audience "
    "questioner narrator announcer caller reader viewer listener respondent survey poll panel "
    "jury authority authorities democrats republicans conservatives liberals leadership percent "
    "majority minority most half third quarter niece nephew cousin grandson granddaughter grandmother "
    "grandfather uncle aunt brother sister partner spouse conservative liberal progressive moderate "
    "libertarian independent".split()
)


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
