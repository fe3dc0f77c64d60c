"""A news site's page copied whole, single-spaced: the site's menu over the story, a byline and
time stamp, share buttons, a photo caption and its credit over a dateline alone on its line,
`Related article` links and a video's title and length between the paragraphs, the footer's
links under them. Each paragraph is a line; the furniture is no story and no paragraph."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from ingest_support import ingest_string

PAGE = """CNN
Search
Sign In
World
Africa
Americas
Asia
Europe
Middle East
Politics
Business
Health

Flooding forces thousands from homes across southern Brazil
By Maria Oliveira and Tom Bennett, CNN
6 minute read
Updated 3:42 PM EDT, Mon June 3, 2024
Facebook
Tweet
Email
Link Copied!
Residents wade through floodwater in Porto Alegre on Sunday.
Carlos Mendes/Reuters
Porto Alegre, Brazil CNN \u2014
Rescue crews in southern Brazil worked through the night on Sunday to reach families \
stranded on rooftops after days of torrential rain sent rivers over their banks.
More than 40,000 people have been forced from their homes in Rio Grande do Sul state, \
according to the state civil defense agency.
Related article
Brazil's climate crisis is getting worse, scientists warn
"We lost everything in one night," said Ana Souza, a seamstress who spent two days waiting \
for a boat on the roof of her house.
Video Ad Feedback
Watch: Drone footage shows the scale of the floods
01:32 - Source: CNN
Meteorologists said more rain was forecast for the coming week.
CNN's Julia Costa contributed to this report.
Ad Feedback
Search
Terms of Use
Privacy Policy
Ad Choices
\u00a9 2024 Cable News Network. All Rights Reserved.
"""


def test_a_single_spaced_page_keeps_its_paragraphs_and_drops_its_furniture() -> None:
    """The menu was a story of its own, the paragraphs were run together into three (short
    furniture lines made the page look hard-wrapped), the caption was the summary and the
    dateline alone under it a paragraph."""
    (story,) = ingest_string(PAGE)
    assert story.title == "Flooding forces thousands from homes across southern Brazil"
    assert story.date == date(2024, 6, 3)
    assert story.dateline == "Porto Alegre"
    assert story.paragraphs == [
        "Residents wade through floodwater in Porto Alegre on Sunday.",
        "Rescue crews in southern Brazil worked through the night on Sunday to reach families "
        "stranded on rooftops after days of torrential rain sent rivers over their banks.",
        "More than 40,000 people have been forced from their homes in Rio Grande do Sul "
        "state, according to the state civil defense agency.",
        "\"We lost everything in one night,\" said Ana Souza, a seamstress who spent two days "
        "waiting for a boat on the roof of her house.",
        "Meteorologists said more rain was forecast for the coming week.",
    ]
    assert story.summary.startswith("Rescue crews in southern Brazil")
    assert story.signoff.startswith("CNN's Julia Costa contributed to this report.")


def test_context_furniture_needs_its_context() -> None:
    """A headline under `Related article` and a title over a video's length are furniture;
    the same lines elsewhere, and a short list of names, are not."""
    texts = ["Related article", "Storm season starts early", "The storm hit on Monday."]
    assert cues.furniture_in_context(texts) == {0, 1}
    assert cues.furniture_in_context(["Storm season starts early", "The storm hit."]) == set()
    assert cues.furniture_in_context(["Watch: the storm", "2:05", "Text."]) == {0, 1}
    names = ["Winners", "Jane Doe", "John Roe", "Ann Poe", "The prizes were given on Friday."]
    assert cues.furniture_in_context(names) == set()
    assert cues.parse_dateline("Paris, France CNN \u2014 The French government said on "
                               "Monday that it would act.").place == "Paris"
