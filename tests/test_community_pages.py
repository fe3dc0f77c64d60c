"""A local paper's community pages: an obituary under its name and years, a corrections
box, letters to the editor signed with the writer's name and home town. Each is its own
story, headed by its own line, under the page's label as its section."""

from __future__ import annotations

from backfile_ingest import cues
from ingest_support import ingest_string

PAGE = """OBITUARIES

Margaret Ellen Hughes
1931 - 2023

Margaret Ellen Hughes, 91, of Springfield, passed away peacefully on March 9, 2023, \
surrounded by her family. She was born on June 2, 1931, in Decatur.
She taught third grade at Lincoln Elementary for 34 years.

CORRECTIONS

An article on Page A3 on Tuesday about the school budget misstated the amount of the \
proposed increase. It is $2.4 million, not $4.2 million.

A photo caption on Sunday misidentified the mayor's chief of staff. She is Dana Ortiz.

LETTERS TO THE EDITOR

Roads need fixing first

Before the city spends another dime on a new stadium, it should fix the potholes on Main \
Street. I have replaced two tires this winter.

Robert Klein
Springfield
"""


def test_each_box_on_the_page_is_its_own_story_under_its_label() -> None:
    """The page's label over the obituary's name was its headline (`Obituaries`), and the
    corrections ran on inside the obituary: a label over text, with no headline between,
    heads that text; a label over a headline is the section."""
    obituary, corrections, letter = ingest_string(PAGE)
    assert [s.title for s in (obituary, corrections, letter)] == [
        "Margaret Ellen Hughes", "Corrections", "Roads need fixing first"]
    assert obituary.section == "Obituaries"
    assert letter.section == "Letters to the Editor"
    assert corrections.paragraphs[1].startswith("A photo caption on Sunday")


def test_an_obituarys_years_are_its_deck_not_its_summary() -> None:
    (obituary, *_) = ingest_string(PAGE)
    assert obituary.paragraphs[0] == "1931 - 2023"
    assert obituary.summary.startswith("Margaret Ellen Hughes, 91, of Springfield")
    assert cues.is_life_span("(June 2, 1931 - March 9, 2023)")
    assert cues.is_life_span("Sept. 4, 1940 \u2013 Nov. 1, 2023")
    assert not cues.is_life_span("2023 - 1931")  # a score, not a life
    assert not cues.is_life_span("3 - 2")


def test_a_letters_signature_signs_it_off() -> None:
    """`Robert Klein` / `Springfield` under a letter: its writer, not its last paragraph."""
    *_, letter = ingest_string(PAGE)
    assert letter.signoff == "Robert Klein, Springfield"
    assert letter.paragraphs[-1].endswith("I have replaced two tires this winter.")
    assert cues.closing_signature(["I agree with every word the mayor said last week.",
                                   "Jane Doe, Leeds"]) == 1
    # a list of names under a heading ending in a colon is not a signature
    assert cues.closing_signature(["The winners were:", "Jane Doe"]) == 0
