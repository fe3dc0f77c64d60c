"""CNN / Daily Mail `.story` files: `@highlight` points under the body stay out of it, the
first one heads a story with no headline, and the `(CNN) -- ` opening is a dateline."""

from __future__ import annotations

from backfile_ingest.cues import parse_dateline
from ingest_support import ingest_string

STORY = """(CNN) -- A magnitude 6.1 earthquake struck off the coast of northern Chile on Monday, \
the U.S. Geological Survey said.

There were no immediate reports of damage or injuries.

@highlight

A 6.1 quake strikes off northern Chile

@highlight

No immediate reports of damage
"""


def test_highlights_head_the_story_and_stay_out_of_its_body() -> None:
    (story,) = ingest_string(STORY)
    assert story.title == "A 6.1 quake strikes off northern Chile"
    assert story.paragraphs == [
        "A magnitude 6.1 earthquake struck off the coast of northern Chile on Monday, the U.S. "
        "Geological Survey said.",
        "There were no immediate reports of damage or injuries."]
    assert [p.text for p in story.pieces if p.role == "highlight"] == [
        "A 6.1 quake strikes off northern Chile", "No immediate reports of damage"]


def test_an_agency_alone_opening_the_lede_is_a_dateline() -> None:
    for text, agency in (("(CNN) -- A quake struck", "CNN"), ("(AP) \u2014 The president", "AP"),
                         ("(Reuters) - Oil rose", "Reuters"), ("(CNN)A quake struck", "CNN")):
        found = parse_dateline(text)
        assert found is not None and (found.place, found.agency) == ("", agency), text
    assert parse_dateline("(Correction) - the figures were wrong") is None
