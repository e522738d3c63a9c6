"""Page furniture that extractors let through is dropped; the story's own text is kept."""

from reader.sources.web.facts import PageFacts
from reader.sources.web.tidy import tidy

FACTS = PageFacts(headline="Ferry service resumes after storm", author="Dana Whitfield", outlet="Coast Daily", date=None)
P = "paragraph"


def test_furniture_lines_go_and_the_story_stays():
    blocks = (
        (P, "Dana Whitfield, Ap Transport Writer"),
        (P, "Updated 5:27 am CST, Wednesday, November 20, 2019"),
        (P, "The first ferry left the harbour at dawn, three days after the storm closed the crossing."),
        (P, "Passengers queue at the terminal on Tuesday morning."),
        (P, "Passengers queue at the terminal on Tuesday morning."),
        (P, "Photo: Lee Ann Park, AP"),
        (P, "This is a modal window."),
        (P, "Chapters"),
        (P, "Like this story? Share it with a friend!"),
        (P, "Photo editors said the storm was the worst they had covered, and published a gallery."),
        (P, "Ferry service resumes after storm"),
    )
    assert [t for _, t in tidy(blocks, FACTS)] == [
        "The first ferry left the harbour at dawn, three days after the storm closed the crossing.",
        "Passengers queue at the terminal on Tuesday morning.",
        "Photo editors said the storm was the worst they had covered, and published a gallery.",
    ]


def test_a_story_may_repeat_itself_further_on():
    q = "What did you cook first?"
    blocks = ((P, q), (P, "Soup, always soup, from my grandmother's recipe book."), (P, q))
    assert [t for _, t in tidy(blocks, FACTS)] == [q, "Soup, always soup, from my grandmother's recipe book.", q]
