"""Paragraphs: a line each, blank-line blocks, or hard-wrapped wire text rejoined."""

from __future__ import annotations

from backfile_ingest.anatomy import dissect
from backfile_ingest.model import Line
from backfile_ingest.truncation import is_truncated
from ingest_support import ingest_string

WIRE = """BAHIA COCOA REVIEW

SALVADOR, Feb 26 - Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January, Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos against 5.81 at the same stage last year.
 Reuter
"""


def test_hard_wrapped_wire_story_is_rejoined_at_indents() -> None:
    lines = [Line(n, text) for n, text in enumerate(WIRE.split("\n"), 1) if text.strip()]
    story = dissect(lines)  # one story, whatever the segmenter makes of it
    assert story.headline == "BAHIA COCOA REVIEW" and story.dateline_place == "SALVADOR"
    assert story.paragraphs == [
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought "
        "since early January, Comissaria Smith said in its weekly review.",
        "The dry period means the temporao will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos against 5.81 at "
        "the same stage last year.",
    ]
    assert story.signoff == "Reuter" and not is_truncated(story.paragraphs)


def test_a_paragraph_a_line() -> None:
    [story] = ingest_string("First paragraph here.\nSecond paragraph here.\nThird one.\n")
    assert story.paragraphs == ["First paragraph here.", "Second paragraph here.", "Third one."]


def test_blank_line_blocks() -> None:
    [story] = ingest_string(
        "Council agrees budget\n\nThe council met on Monday and\nagreed the budget.\n\n"
        "Opposition members walked out.\n")
    assert story.paragraphs == ["The council met on Monday and agreed the budget.",
                                "Opposition members walked out."]
