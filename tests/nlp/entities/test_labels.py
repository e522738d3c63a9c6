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
