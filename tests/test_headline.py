"""Headline rules: the dump's own (wire ALL CAPS made proper case) or one cut from deck/lede."""

from __future__ import annotations

import pytest
from backfile_ingest.headline import derive_headline, tidy_headline
from ingest_support import ingest_string


def test_all_caps_headline_becomes_title_case_keeping_acronyms() -> None:
    body = "The US and NATO said McDonald's would stay."
    assert tidy_headline("US AND NATO WARN OVER MCDONALD'S DEAL IN THE UK", body) == (
        "US and NATO Warn over McDonald's Deal in the UK")


def test_mixed_case_headline_is_kept_as_written() -> None:
    tidied = tidy_headline("Ad sales boost Time  Warner profit")
    assert tidied == "Ad sales boost Time Warner profit"


@pytest.mark.parametrize("lede", [
    "North Korean leader Kim Jong-un and Russian President Vladimir Putin yesterday met for their "
    "first summit in four years, which the US said could focus on weapons deals.",
    "Prices of basic goods rose sharply across the region in the first quarter of the year as "
    "supply problems persisted, officials said yesterday.",
    "A" + " very" * 40 + " long sentence.",
])
def test_derived_headline_fits_and_drops_said_and_yesterday(lede: str) -> None:
    title = derive_headline(lede)
    assert 0 < len(title) <= 90
    assert "yesterday" not in title.lower()
    assert not title.lower().rstrip(".").endswith("said")
    assert lede.startswith(title.split()[0])
    assert not title.endswith((" the", " of", " and", ","))


def test_derived_headline_ends_on_a_word_boundary() -> None:
    lede = ("Negotiators from twenty-seven countries gathered in Brussels for marathon talks on "
            "agricultural subsidies and fisheries quotas.")
    title = derive_headline(lede)
    words = lede.split()
    assert title.split() == words[: len(title.split())]


def test_dump_headline_line_is_used_and_marked() -> None:
    [story] = ingest_string("WORLD LEADERS MEET IN UN TALKS\n\nLeaders met at the UN on Monday.\n")
    assert story.title == "World Leaders Meet in UN Talks"
    assert story.title_from_source
    assert story.paragraphs == ["Leaders met at the UN on Monday."]


def test_kicker_and_deck_never_reach_the_headline() -> None:
    [story] = ingest_string(
        "ECONOMY: While markets fell, the central bank held rates steady on Tuesday, officials "
        "said The bank's board voted to keep the rate at 2 percent.\n")
    assert story.kicker == "ECONOMY"
    assert story.title == "While markets fell, the central bank held rates steady on Tuesday"
    assert story.paragraphs[1].startswith("The bank's board voted")


def test_kicker_on_a_headline_line_gives_the_section_and_the_headline_stays_whole() -> None:
    [story] = ingest_string("ELECTIONS: Turnout hits record high\n\nVoters queued for hours.\n")
    assert (story.kicker, story.title, story.section) == (
        "ELECTIONS", "ELECTIONS: Turnout hits record high", "Elections")
