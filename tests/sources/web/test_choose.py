"""The reading chosen by agreement, length and link density (synthetic readings)."""

from reader.sources.web.candidates import Candidate
from reader.sources.web.choose import choose

BODY = [f"Section one sentence {i} tells how the harbour was rebuilt after the storm of {1900 + i}." for i in range(8)]
MORE = [f"Section two sentence {i} follows the fishermen who returned in the spring of {1950 + i}." for i in range(10)]
RELATED = [f"Related story number {i}: another headline about something else entirely {i}." for i in range(6)]


def _c(name, paragraphs, links=0.0):
    return Candidate(name, tuple(("paragraph", p) for p in paragraphs), links)


def _found(precision, balanced, readability, justext, readability_links=0.0):
    return [_c("trafilatura-precision", precision), _c("trafilatura-balanced", balanced),
            _c("readability", readability, readability_links), _c("justext", justext)]


def test_agreeing_readings_keep_trafilatura_precision():
    assert choose(_found(BODY, BODY + RELATED, BODY, BODY)).name == "trafilatura-precision"


def test_a_second_section_found_by_one_opinion_and_held_by_the_other_wins():
    # trafilatura stopped at section one; readability found section two; jusText holds both.
    chosen = choose(_found(BODY, BODY, MORE, BODY + MORE))
    assert chosen.name == "justext"


def test_boilerplate_kept_by_trafilatura_and_left_out_by_both_opinions_goes():
    chosen = choose(_found(BODY + RELATED, BODY + RELATED, BODY, BODY))
    assert chosen.name == "readability"


def test_precision_that_dropped_the_body_gives_way_to_balanced_when_an_opinion_confirms():
    chosen = choose(_found(BODY[:1], BODY + MORE, BODY + MORE, BODY + MORE))
    assert chosen.name == "trafilatura-balanced"


def test_a_whole_page_dump_is_not_taken_over_a_confirmed_short_article():
    menu = [" ".join(f"Menu{i}" for i in range(400))]
    chosen = choose(_found([], menu + BODY[:2], BODY[:2], []))
    assert chosen.name == "readability"


def test_a_reading_made_of_links_is_never_chosen():
    chosen = choose(_found([], [], RELATED, [], readability_links=0.9))
    assert chosen.name != "readability"
