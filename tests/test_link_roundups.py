"""Newsletters and link roundups: each item is a headline, a credit line naming the writer and
outlet with the date between bars (`Jane Doe, The Valport Times | Ferry Fares | June 13,
2017`), and a teaser that may be a fragment trailing off (`The mayor explains...`). The credit
is the item's byline and date; each item is a story."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import credit_date_line

from tests.ingest_support import ingest_string

# Invented text in the layout of a daily link roundup.
ROUNDUP = """Ferry Fares To Rise Across The Northern Islands In April
Marta Quillon, The Valport Times | Ferry Fares | June 13, 2017

The island councils were told on Monday that crossings will cost more...

Why The Mayor Is Like This
Dev Raghunathan, Harbour Weekly | The Mayor | June 12, 2017

A biographer explains...

The Lighthouse Keeper And The Schoolboy
Colette Brisbois, The Northern Review | A Keeper's Muse | June 12, 2017

He made me a writer...

Council Revenge: Measuring The Budget
Ines Falkenrath, The Northern Review | Council Revenge | June 9, 2017

The budget may well be under review now

Here's What The Harbour Master Will Say...
Peter Oyelaran, Valport Post | The Statement | June 7, 2017

The council asked him to drop the inquiry into the dredging contract...
"""


def test_each_credited_item_is_a_story_dated_and_bylined() -> None:
    stories = ingest_string(ROUNDUP)
    assert [s.title for s in stories] == [
        "Ferry Fares To Rise Across The Northern Islands In April", "Why The Mayor Is Like This",
        "The Lighthouse Keeper And The Schoolboy", "Council Revenge: Measuring The Budget",
        "Here's What The Harbour Master Will Say..."]
    assert [s.date for s in stories] == [date(2017, 6, 13), date(2017, 6, 12),
                                         date(2017, 6, 12), date(2017, 6, 9), date(2017, 6, 7)]
    assert stories[0].byline == "Marta Quillon, The Valport Times"
    assert [s.paragraphs for s in stories[1:3]] == [["A biographer explains..."],
                                                    ["He made me a writer..."]]


def test_the_credit_line_cue() -> None:
    assert credit_date_line("Jane Doe, The Times | Ferries | June 13, 2017") == (
        "Jane Doe, The Times", "June 13, 2017")
    assert credit_date_line("Jane Doe | 12 May 2022") == ("Jane Doe", "12 May 2022")
    assert credit_date_line("Prices rose | Markets fell") is None
    assert credit_date_line("Prices rose sharply. | June 13, 2017") is None
