"""Bylines keep people and drop publications, agencies, job titles, handles and date words."""

from reader.sources.web.byline import clean_author

SITES = ["Harbor Gazette", "harborgazette.com"]


def test_people_are_kept_in_order_and_spelled_out():
    assert clean_author(["ANNA KOWALSKI; Ben de la Cruz"], SITES) == "Anna Kowalski; Ben de la Cruz"


def test_the_same_person_twice_is_one_person():
    assert clean_author(["Troy Smith; Troy L. Smith"], SITES) == "Troy L. Smith"


def test_not_people():
    for credit in ("The Weekly Roundup", "Russian and Syrian defense ministries", "Harbor Gazette Staff",
                   "Username", "siteadmin", "kevin-r", "Associated Press", "PTI", "Harbor Gazette"):
        assert clean_author([credit], SITES) is None, credit


def test_labels_roles_and_date_words_are_cut():
    assert clean_author(["Analysis by Chris Dale, CNN Editor-at-large"], SITES) == "Chris Dale"
    assert clean_author(["Phil Hart is a reporter for the Gazette"], SITES) == "Phil Hart"
    assert clean_author(["Carrie Nolan November"], SITES) == "Carrie Nolan"
    assert clean_author(["Текст Вера Орлова"], SITES) == "Вера Орлова"
