"""Markdown exports (`# Headline`, `*By Jane Doe* | 12 May 2022`, `**Madrid, 13 May 2022**`)
and old newspapers (a masthead over the issue's date, ALL CAPS decks ending in a full stop,
`June 3.-` datelines, words split at the margin) give their stories' parts."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import place_date_line, unmark
from ingest_support import ingest_string

MARKDOWN = """# Scientists map the ocean floor

*By Priya Natarajan* | 12 May 2022

An international team has completed the first high-resolution map of a quarter of the world's \
ocean floor, the Seabed 2030 project said on Thursday.

The map was assembled from data collected by ships, autonomous vessels and satellites.

# Drought hits Spanish farmers

**Madrid, 13 May 2022**

Farmers in Andalusia say the worst drought in decades has cut olive harvests by half.
"""

OLD_PAPER = """THE EVENING STAR.
WASHINGTON, D. C., MONDAY, JUNE 3, 1912.

GREAT FIRE SWEEPS MILL DISTRICT

FLAMES DESTROY SIX FACTORIES AND
MANY HOMES IN LOWELL.

LOWELL, Mass., June 3.-Fire which start-
ed early today in the mill district de-
stroyed six factories and forty dwell-
ings before it was brought under con-
trol this afternoon.

The loss is estimated at $500,000. No
lives were lost.

SUFFRAGISTS PLAN PARADE

NEW YORK, June 3.-Plans for a great
suffrage parade on Fifth avenue were
announced today by the leaders of the
movement.
"""


def test_markdown_headings_bylines_and_dates() -> None:
    first, second = ingest_string(MARKDOWN)
    assert (first.title, first.byline, first.date) == (
        "Scientists map the ocean floor", "By Priya Natarajan", date(2022, 5, 12))
    assert len(first.paragraphs) == 2
    assert (second.title, second.date, second.dateline) == (
        "Drought hits Spanish farmers", date(2022, 5, 13), "Madrid")
    assert second.paragraphs == [
        "Farmers in Andalusia say the worst drought in decades has cut olive harvests by half."]


def test_an_old_newspaper_page_dates_every_story_by_its_masthead() -> None:
    fire, parade = ingest_string(OLD_PAPER)
    assert (fire.title, fire.date) == ("Great Fire Sweeps Mill District", date(1912, 6, 3))
    assert {p.role for p in fire.pieces if p.text == "THE EVENING STAR."} == {"source"}
    # the words split at the margin are whole again, without the typesetter's hyphen (session
    # 15: they kept it, `start-ed`, `dwell-ings`)
    assert any("started early today" in p and "forty dwellings" in p for p in fire.paragraphs)
    assert (parade.title, parade.date, parade.dateline) == (
        "Suffragists Plan Parade", date(1912, 6, 3), "NEW YORK")
    assert parade.paragraphs[0].startswith("Plans for a great suffrage parade")


def test_unmark_and_place_date_lines() -> None:
    assert unmark("## Drought hits farmers ##") == "Drought hits farmers"
    assert unmark("*By Jane Doe* | **12 May**") == "By Jane Doe | 12 May"
    assert unmark("snake_case_name stays") == "snake_case_name stays"
    assert place_date_line("Madrid, 13 May 2022") == ("Madrid", "13 May 2022")
    assert place_date_line("WASHINGTON, D. C., MONDAY, JUNE 3, 1912.") == (
        "WASHINGTON, D. C.", "MONDAY, JUNE 3, 1912")
    assert place_date_line("Officials met in Madrid, the capital, on Monday.") is None
