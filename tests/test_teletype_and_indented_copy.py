"""Older plain text: a teletype's stories all in capitals under a `UPI 03-14-79 02:15 PES`
trailer, and a typed story whose paragraphs are indented and hard-wrapped."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from ingest_support import ingest_string

TELETYPE = """WASHINGTON (UPI) -- PRESIDENT CARTER SAID TODAY HE WILL ASK CONGRESS FOR NEW POWERS \
TO RATION GASOLINE IF THE OIL SHORTAGE WORSENS THIS SUMMER.

CARTER TOLD A NEWS CONFERENCE THAT THE NATION MUST CUT ITS OIL USE BY 5 PERCENT.

UPI 03-14-79 02:15 PES

NEW YORK (UPI) -- STOCK PRICES FELL SHARPLY TODAY IN HEAVY TRADING AS INVESTORS WORRIED \
ABOUT RISING INTEREST RATES.

THE DOW JONES INDUSTRIAL AVERAGE FELL 12.5 POINTS TO 832.4.

UPI 03-14-79 02:40 PES
"""


def test_a_teletypes_trailer_dates_and_ends_each_story() -> None:
    """The second capitals lede was read as a headline, and neither story had a date."""
    carter, stocks = ingest_string(TELETYPE)
    assert (carter.date, carter.dateline, carter.signoff) == (
        date(1979, 3, 14), "WASHINGTON", "UPI 03-14-79 02:15 PES")
    assert (stocks.dateline, stocks.signoff) == ("NEW YORK", "UPI 03-14-79 02:40 PES")
    assert stocks.paragraphs[0].startswith("STOCK PRICES FELL SHARPLY")
    assert stocks.title == "Stock Prices Fell Sharply in Heavy Trading as Investors Worried"
    assert cues.trailer_date("UPI 12-31-99 23:59 EST") == date(1999, 12, 31)


INDENTED = ("COUNCIL APPROVES BUDGET\r\n\r\n"
            "     The city council approved a $12 million budget on Tuesday\r\n"
            "after a four-hour meeting that ran past midnight.\r\n"
            "     Mayor Ellen Park said the budget protects police and fire\r\n"
            "services while trimming library hours.\r\n")


def test_a_short_capitals_headline_over_an_indented_paragraph_is_the_headline() -> None:
    """A capitals headline of three words is shaped like a page's section label
    (`LETTERS TO THE EDITOR`): over an indented, hard-wrapped paragraph it is still the
    headline, not a label over a headline made of the paragraph's first line."""
    (story,) = ingest_string(INDENTED)
    assert (story.title, story.kicker) == ("Council Approves Budget", None)
    assert story.paragraphs[0].startswith("The city council approved a $12 million budget")
