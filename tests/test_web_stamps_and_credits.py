"""Copied web pages date a story by their time stamps and keep their furniture out of it: an
`Updated: ...` line or an `(Updated ...)` note opening the lede dates a story that has no other
date, a date line under the story dates it, `\u00a9 Photograph: ...` and `\u00a9 Provided by ...`
lines are credits, and `Continue reading...`, live-page furniture and capitalised related-link
lines (`READ: ...`) are left out (and accounted for)."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import is_chrome, photo_credit
from backfile_ingest.dates import stamp_date
from ingest_support import ingest_string

PAGE = """Council votes to close Marwick library

Updated: Wednesday, April 12, 2023, 10:41 PM IST

Marwick council voted on Tuesday to close the town's library, its leader Tara Venn said.
\u00a9 Provided by The Marwick Courier

The library opened in 1902.

Continue reading...

\u00a9 Photograph: Joe Bloggs/Getty Images

Senators back furlough plea for jailed colleague

(Updated 4:01 p.m., Sept. 29, 2017) The Senate's minority bloc backed a colleague's plea \
for a furlough on Friday.

READ: Senators cry foul over criticisms

Harbour tunnel opens after seven years

The harbour tunnel in Port Ellis opened to traffic on Monday after seven years of work.

Drivers queued for an hour to use it.

4 July 2024
"""


def test_stamps_and_trailing_date_lines_date_stories() -> None:
    library, senate, tunnel = ingest_string(PAGE)
    assert (library.date, library.date_source) == (date(2023, 4, 12), "stamp")
    assert (senate.date, senate.date_source) == (date(2017, 9, 29), "stamp")
    assert senate.paragraphs == [
        "The Senate's minority bloc backed a colleague's plea for a furlough on Friday."]
    assert senate.title == "Senators back furlough plea for jailed colleague"
    assert (tunnel.date, tunnel.date_source) == (date(2024, 7, 4), "dateline")
    assert tunnel.paragraphs[-1] == "Drivers queued for an hour to use it."


def test_credits_and_furniture_stay_out_of_the_text() -> None:
    library, senate, _ = ingest_string(PAGE)
    assert library.paragraphs == [
        "Marwick council voted on Tuesday to close the town's library, its leader Tara Venn "
        "said.", "The library opened in 1902."]
    assert library.summary == library.paragraphs[0]
    assert library.credits == ["\u00a9 Provided by The Marwick Courier",
                               "\u00a9 Photograph: Joe Bloggs/Getty Images"]
    assert [p.text for p in library.pieces if p.role == "chrome"] == [
        "Updated: Wednesday, April 12, 2023, 10:41 PM IST", "Continue reading..."]
    assert [p.text for p in senate.pieces if p.role == "chrome"] == [
        "(Updated 4:01 p.m., Sept. 29, 2017)", "READ: Senators cry foul over criticisms"]


def test_what_counts_as_furniture_and_credit() -> None:
    assert is_chrome("Continue reading\u2026") and is_chrome("All times stated are UK")
    assert is_chrome("Live Reporting") and is_chrome("ALSO READ: Floods hit the north")
    assert not is_chrome("Read: the full text of the ruling was published on Monday")
    assert not is_chrome("ANALYSIS: What the vote means")
    assert photo_credit("\u00a9 Photograph: Joe Bloggs/Reuters") == "Joe Bloggs/Reuters"
    assert photo_credit("\u00a9 Provided by The Marwick Courier") == (
        "Provided by The Marwick Courier")
    assert stamp_date("Last updated 12:30, 5 March 2021").value == date(2021, 3, 5)
