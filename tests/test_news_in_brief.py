"""News-in-brief pages and hard-wrapped copy without a headline: a bulleted date line over
each item (`\u2022 09/16/2022`) dates it and opens it, and a hard-wrapped story's first line,
as wide as the lines it wraps at and cut mid-sentence, is its first line, not its headline."""

from __future__ import annotations

from datetime import date

from backfile_ingest.dates import parse_date_line

from tests.ingest_support import ingest_string

# Invented text in the layout of a broadcaster's news-in-brief page.
BRIEFS = """  \u2022 09/16/2022

    The minister for regional affairs, Tomáš Dvořák, said on Friday that the ferry link to \
the northern islands would reopen in October, after repairs to the pier.

    The link has been closed since a storm damaged the pier in June.

  \u2022 09/16/2022

    Several coal traders have halted sales as their stores run out, news site Zprávy Dnes \
reported on Friday, citing a sharp rise in demand from across the border.

  \u2022 09/15/2022

    The city council approved a new tram line on Thursday.
"""

WRAPPED = """The mayor of Valport said on Monday he expects \u201cdifficult talks\u201d with
the island councils, including on a ferry contract that the new council had
vowed to reconsider before the winter timetable starts in October this year.
\u201cIt is good to see the councils at the table again,\u201d the mayor told reporters
outside the town hall, adding that a deal could be signed within weeks.
The councils have said the contract is too expensive and too long.
"""


def test_each_dated_item_is_a_story() -> None:
    stories = ingest_string(BRIEFS)
    assert [s.date for s in stories] == [date(2022, 9, 16), date(2022, 9, 16), date(2022, 9, 15)]
    assert [len(s.paragraphs) for s in stories] == [2, 1, 1]
    assert stories[0].paragraphs[0].startswith("The minister for regional affairs")
    assert not any("\u2022" in p for s in stories for p in s.paragraphs)
    assert parse_date_line("\u2022 March 3, 2004") is not None
    assert parse_date_line("\u2022 Prices rose on Friday") is None


def test_a_wrapped_first_line_is_not_the_headline() -> None:
    story, = ingest_string(WRAPPED)
    assert not story.title_from_source
    assert story.paragraphs[0].startswith("The mayor of Valport said on Monday he expects "
                                          "\u201cdifficult talks\u201d with the island councils")
    assert story.summary.startswith("The mayor of Valport said")


def test_a_short_headline_over_wrapped_copy_is_still_one() -> None:
    story, = ingest_string("Ferry talks open\n" + WRAPPED)
    assert story.title == "Ferry talks open" and story.title_from_source
