"""Long sentence-case headlines in two parts, as news sites write them ("... countrymen: CM
Rendal on letter by Oppn", 15 words; "Shop workers on the rise of child shoppers: 'She looked
10 years old and her skin was burning'", 19 words), head their stories: they were taken for
a line cut off mid-sentence, so the story ran into the one above (a longer pause between
stories counts only before a headline) or lost its headline. A long
line without a colon or dash is still no headline."""

from __future__ import annotations

from backfile_ingest.cues import headline_style
from ingest_support import ingest_string

DUMP = """Minister advises colleagues to meet local leaders before the vote

Chief Minister Asha Rendal held a three-hour meeting with her ministers at her residence on \
Tuesday.

She told them to finish their projects within three months.


Rendal's work is only for the welfare of the countrymen: CM Rendal on letter by Oppn

Lashing out at the opposition parties for writing a letter to the prime minister, Chief \
Minister Asha Rendal said the letter was an insult to voters.

Nine opposition leaders wrote the letter on Sunday.


Shop workers on the rise of chaotic child shoppers: \u2018She looked 10 years old and her skin \
was burning\u2019

Marla, 25, was working a shift when a girl who looked about 10 ran up to a colleague, crying.

The girl had put every acid she could find on her face.
"""


def test_long_two_part_headlines_head_their_stories() -> None:
    meeting, letter, shoppers = ingest_string(DUMP)
    assert meeting.title == "Minister advises colleagues to meet local leaders before the vote"
    assert letter.title == (
        "Rendal's work is only for the welfare of the countrymen: CM Rendal on letter by Oppn")
    assert letter.summary.startswith("Lashing out at the opposition parties")
    assert shoppers.title.startswith("Shop workers on the rise of chaotic child shoppers")
    assert shoppers.title.endswith("her skin was burning\u2019")
    assert shoppers.paragraphs[-1] == "The girl had put every acid she could find on her face."


def test_a_long_line_without_two_parts_is_no_headline() -> None:
    assert headline_style("The minister said that the new bridge over the river would be "
                          "opened to traffic early next year") is None
