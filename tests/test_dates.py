"""Publication dates in the issue's order, and relative dates resolved into event dates."""

from __future__ import annotations

from datetime import date

from backfile_ingest.dates import date_in_path, event_dates, parse_date_line
from backfile_ingest.partial_date import PartialDate, parse_partial_date
from ingest_support import ingest

WEDNESDAY = PartialDate(date(2025, 4, 23))


def test_yesterday_and_weekdays_resolve_against_the_publication_date() -> None:
    text = "The cardinals met yesterday. The funeral is on Saturday; talks began last Monday."
    assert event_dates(text, WEDNESDAY) == [date(2025, 4, 21), date(2025, 4, 22), date(2025, 4, 26)]


def test_month_day_takes_the_nearest_year() -> None:
    assert event_dates("It began on March 13.", WEDNESDAY) == [date(2025, 3, 13)]
    january = PartialDate(date(2025, 1, 3))
    assert event_dates("Sales on Dec 28 were strong.", january) == [date(2024, 12, 28)]


def test_day_relative_words_need_a_day_precise_date() -> None:
    month = PartialDate(date(2025, 4, 1), "month")
    assert event_dates("He spoke yesterday about the May 5 vote.", month) == [date(2025, 5, 5)]


def test_date_lines_and_paths() -> None:
    assert parse_date_line("Monday, 14 September 2023") == PartialDate(date(2023, 9, 14))
    assert parse_date_line("Published: Sept. 14, 2023 10:30 GMT") == PartialDate(date(2023, 9, 14))
    assert parse_date_line("The summit was on 14 September 2023") is None
    assert date_in_path("2025/04/23/wire.txt") == PartialDate(date(2025, 4, 23))
    assert date_in_path("dumps/000_347963c6eb78a301.txt") is None
    assert parse_partial_date("2025-04") == PartialDate(date(2025, 4, 1), "month")


def test_publication_date_order(tmp_path) -> None:
    dateline = "PARIS, March 3 (Reuters) - Ministers met on Monday to agree the budget.\n"
    plain = "Ministers met to agree the budget.\n"
    report = ingest(tmp_path, {
        "2025-01-09/a.txt": dateline,             # dateline, year from the folder name
        "2025-01-09/b.txt": plain,                # folder name
        "c.txt": plain,                           # sidecar
        "c.txt.meta.toml": 'date = "2024-06"\n',
        "d.txt": plain + "\n---\n" + plain,       # per-story entry beats the sidecar date
        "d.txt.meta.toml": 'date = "2024"\n[[stories]]\nindex = 2\ndate = "2024-02-02"\n',
        "e.txt": plain,                           # default, with a warning naming the story
        "f.txt": "LIMA, May 2, 2019 (AP) - Ministers met to agree the budget.\n",  # own year
    })
    got = {(s.dump, s.first_line): (s.date, s.date_precision, s.date_source)
           for s in report.stories}
    assert got[("dumps/2025-01-09/a.txt", 1)] == (date(2025, 3, 3), "day", "dateline")
    assert got[("dumps/2025-01-09/b.txt", 1)] == (date(2025, 1, 9), "day", "filename")
    assert got[("dumps/c.txt", 1)] == (date(2024, 6, 1), "month", "sidecar")
    assert got[("dumps/d.txt", 1)] == (date(2024, 1, 1), "year", "sidecar")
    assert got[("dumps/d.txt", 4)] == (date(2024, 2, 2), "day", "sidecar-story")
    assert got[("dumps/e.txt", 1)] == (date(1970, 1, 1), "day", "default")
    assert got[("dumps/f.txt", 1)] == (date(2019, 5, 2), "day", "dateline")
    fallbacks = [p for p in report.warnings if "default date" in p.message]
    assert [(p.path, p.line) for p in fallbacks] == [("dumps/e.txt", 1)]
