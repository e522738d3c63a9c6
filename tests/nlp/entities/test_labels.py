"""Labels by evidence: what the small model calls a person but the text shows is not one."""

from __future__ import annotations

import pytest

from reader.nlp.pipeline import analyze
from reader.sources import article_from_text


@pytest.fixture(scope="module")
def entities_of(nlp):
    def run(body: str, title: str = "Local news"):
        a = analyze(article_from_text(f"{title}\n\n{body}", source="test.txt"), nlp.nlp, nlp.info)
        return {e.name: e.label for e in a.entities}, [e for e in a.entities]
    return run


def test_an_all_caps_dateline_city_is_a_place(entities_of):
    labels, _ = entities_of("CHESTER — The river rose overnight, and residents fled their homes, "
                            "said fire chief Tom Banks.")
    assert labels.get("CHESTER") == "GPE"
    assert [n for n, l in labels.items() if l == "PERSON"] == ["Tom Banks"]


def test_a_town_that_is_a_surname_is_a_place_where_things_happen(entities_of):
    labels, _ = entities_of("The river rose overnight in Chester, and residents of Chester fled, "
                            "said fire chief Tom Banks.")
    assert labels.get("Chester") == "GPE"


def test_a_facility_named_after_a_person_is_no_person(entities_of):
    labels, _ = entities_of("President Trump made an unscheduled trip to Walter Reed hospital on Saturday. "
                            "Dr. Sean Conley said he was well.")
    assert labels.get("Walter Reed") != "PERSON"
    assert labels.get("Walter Reed") == "FAC"  # still an entity: a facility
    assert labels.get("Sean Conley") == "PERSON"


def test_a_newspaper_takes_an_article_a_person_does_not(entities_of):
    labels, _ = entities_of("Shares of the Miami Herald fell on Monday. The paper will cut jobs, "
                            "according to its editor, Jane Roe.")
    assert labels.get("Miami Herald") != "PERSON"
    assert labels.get("Miami Herald") == "ORG"
    assert labels.get("Jane Roe") == "PERSON"


def test_a_role_phrase_alone_is_no_name(entities_of):
    labels, _ = entities_of("Fire Chief said the blaze was out by noon. Fire Chief Ann Ruiz thanked the crews.")
    assert [n for n, l in labels.items() if l == "PERSON"] == ["Ann Ruiz"]


def test_an_organisation_in_apposition_is_no_person(entities_of):
    labels, _ = entities_of("It was misleading, said Will Moy, chief executive of the fact-checking website "
                            "Full Fact, on Monday.")
    assert labels.get("Full Fact") != "PERSON"
    assert labels.get("Full Fact") == "ORG"
    assert labels.get("Will Moy") == "PERSON"


def test_editorial_brackets_stay_out_of_names(entities_of):
    _, ents = entities_of("“We told [Vladimir] Putin that,” said Olaf Scholz. Later Vladimir] Putin replied.")
    for e in ents:
        assert not any(c in "[]" for c in e.name + "".join(e.aliases)), e


def test_a_plural_team_name_is_no_person(entities_of):
    labels, _ = entities_of("Spurs won again on Sunday. Spurs' captain Harry Kane scored twice, "
                            "said coach Ange Postecoglou.")
    assert labels.get("Spurs") != "PERSON"
    assert labels.get("Spurs") in ("ORG", "NORP")  # still an entity: a team, or its supporters' name
    assert labels.get("Harry Kane") == "PERSON"


def test_an_office_the_speaker_resolver_names_is_no_person(nlp):
    """The resolver makes an entity of "The United Nations High Commissioner … said": the same
    label evidence as a tagged name says it is an office, not a person."""
    body = ("Israeli courts have declared most settlements legal.\n\nThe United Nations High Commissioner for "
            "Human Rights said the decision did \"not change the law\" and urged restraint. Minister Ayala "
            "Brenner rejected the criticism.")
    a = analyze(article_from_text(f"Local news\n\n{body}", source="test.txt"), nlp.nlp, nlp.info)
    speaker = next(e for e in a.entities if e.id == a.quotes[0].speaker)
    assert speaker.name.startswith("United Nations High Commissioner") and speaker.label != "PERSON"
    assert [e.name for e in a.entities if e.label == "PERSON"] == ["Ayala Brenner"]


@pytest.mark.parametrize("name, text, label", [
    ("Teachers", "Teachers chanted outside. The teachers went home.", None),  # written in lower case too
    ("Kremlin", "the Kremlin said so.", "ORG"),  # an article before it
    ("Fire Chief", "Fire Chief said so.", "ORG"),  # an office, no name
    ("Kyiv", "Kyiv said so.", "GPE"),  # a place in the gazetteer
    ("Coco Beach", "Coco Beach said so.", "LOC"),
    ("Ayala Brenner", "Ayala Brenner said so.", "PERSON"),
    ("Carole King", "Carole King said so.", "PERSON"),  # a title word as a surname after a first name
])
def test_a_name_from_outside_the_tagger_gets_the_same_evidence(name, text, label):
    from reader.nlp.entities.labels import name_label

    assert name_label(name, text, text.index(name)) == label


def test_a_hyphenated_first_name_tagged_an_organisation_is_a_person(entities_of):
    labels, _ = entities_of("The teams were tied after Jean-Baptiste Morvan cruised past Uchida 6-2, 6-1.")
    assert labels.get("Jean-Baptiste Morvan") == "PERSON"


def test_a_name_described_as_a_group_is_an_organisation(entities_of):
    labels, _ = entities_of("It is the result of a long partnership between the International Rowing Federation "
                            "and Zentrix, a group co-founded by Bilbao footballer Marco Ruiz.")
    assert labels.get("Zentrix") == "ORG" and labels.get("Marco Ruiz") == "PERSON"


def test_a_plural_organisation_noun_in_apposition_makes_an_organisation():
    from reader.nlp.entities.labels import vote_labels
    from reader.nlp.entities.mentions import Mention

    text = "The newspaper chains Pellham and Northgate merged."
    m = Mention(start=21, end=28, text="Pellham", label="PERSON", appos_noun="chains", dep="appos")
    assert vote_labels([m], text) == ["ORG"]


def test_a_name_only_ever_used_as_a_thing_is_no_person(entities_of):
    """ "the Twitter account", "Pixly head Adam Moss": a word that only modifies a noun or an
    office is a medium or a company."""
    labels, _ = entities_of("The party renamed its press office Twitter account during the debate. Minister "
                            "Dominic Rabb said the Twitter account was clearly linked to the party.")
    assert labels.get("Twitter") != "PERSON" and labels.get("Dominic Rabb") == "PERSON"
    labels, _ = entities_of("Like Pixly head Adam Moss, Chirpr CEO Jack Dornan has spoken out about likes.")
    assert labels.get("Pixly") != "PERSON" and labels.get("Adam Moss") == "PERSON"


def test_a_name_opening_with_a_word_the_text_uses_alone_for_a_place_is_no_person(entities_of):
    labels, _ = entities_of("Wexham sacked its manager on Tuesday after a poor run. The club said Wexham would "
                            "appoint a successor soon.\n\n— Wexham Rangers (@WexhamFC) November 20, 2019\n\n"
                            "Fans in Wexham were stunned, said supporter Alan Price.")
    assert labels.get("Wexham Rangers") != "PERSON" and labels.get("Alan Price") == "PERSON"


def test_a_name_only_ever_inside_a_quotation_is_no_one_in_the_story(entities_of):
    labels, _ = entities_of("The doctor found the cause in the bedroom, said Dr. Lena Hart. As the detective "
                            "would say, \"Elementary, my dear Watson.\" The patient recovered.")
    assert [n for n, l in labels.items() if l == "PERSON"] == ["Lena Hart"]
    labels, _ = entities_of("\"I told Brandt he was wrong,\" said Mayor Ellen Cole. Brandt did not reply.")
    assert labels.get("Brandt") == "PERSON"  # named outside the quotation too


def test_a_description_is_read_by_its_head_noun_not_its_last_word(entities_of):
    """ "author of the study": an author, though "study" names a work."""
    labels, _ = entities_of("The simulation matched the telescope's images. \"It worked better than we hoped,\" "
                            "Dylan Marsh, author of the study, said on Monday.")
    assert labels.get("Dylan Marsh") == "PERSON"


def _people(entities_of, body: str) -> list[str]:
    labels, _ = entities_of(body)
    return [n for n, l in labels.items() if l == "PERSON"]


def test_a_name_ending_in_a_version_word_is_a_product(entities_of):
    labels, _ = entities_of("Zentrix Ultra weighs less than its rival, Maya Patel said.")
    assert labels.get("Zentrix Ultra") not in (None, "PERSON")  # still an entity, a product
    assert labels.get("Maya Patel") == "PERSON"


def test_a_name_picked_out_twice_with_an_article_and_modifiers_is_a_thing(entities_of):
    labels, _ = entities_of("Buyers who want the older Velmar Stone can still find one. "
                            "I prefer the new Velmar Stone, said Dana Kim.")
    assert labels.get("Velmar Stone") not in (None, "PERSON")
    assert labels.get("Dana Kim") == "PERSON"


def test_a_person_who_speaks_stays_a_person_however_described(entities_of):
    assert "Koravo Brenvik" in _people(entities_of, "The embattled Koravo Brenvik said on Monday he would resign, "
                                                    "and the weary Koravo Brenvik left.")


def test_a_name_before_a_device_noun_or_a_model_number_is_a_product(entities_of):
    labels, _ = entities_of("Dana Kim wore her Dravex Oktari smartwatch to the race.")
    assert labels.get("Oktari") not in (None, "PERSON")
    labels, _ = entities_of("She bought a Dravex Oktari X4 last year, said Dana Kim.")
    assert labels.get("Oktari") not in (None, "PERSON")  # the tagger ran the number into the name
    assert labels.get("Dana Kim") == "PERSON"


@pytest.mark.parametrize("body", [
    "Be sure to visit the Brenvik Inn on Facebook, Twitter, and Instagram, said Dana Kim.",  # a list after "on"
    "Dana Kim took to Twitter to air her grievances.",
    "Follow her on Twitter @danakim or on Facebook. Dana Kim wrote the story.",  # a handle after it
])
def test_a_medium_used_as_one_is_no_person(entities_of, body):
    assert _people(entities_of, body) == ["Dana Kim"]


@pytest.mark.parametrize("name", ["Brenvik Corporation", "Halvard Propulsion Laboratory"])
def test_a_name_ending_in_an_organisation_word_is_no_person(name):
    from reader.nlp.entities.labels import name_label

    text = f"{name} said on Monday that the launch would slip."
    assert name_label(name, text, 0) == "ORG"


def test_a_weekday_a_speaker_rule_takes_for_a_name_is_no_name():
    from reader.nlp.entities.labels import name_label

    text = "He released a letter from his doctor Friday afternoon that says he is fit."
    assert name_label("Friday", text, text.index("Friday")) is None
    assert name_label("Fenwick", text.replace("Friday", "Fenwick"), text.index("Friday")) == "PERSON"
