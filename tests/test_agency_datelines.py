"""Datelines as more agencies write them: dpa's name in small letters (`Berlin (dpa) - `),
TASS's `MOSCOW, November 29. /TASS/. `, an agency after the date without brackets (AAP's
`SYDNEY, Nov 29 AAP - `, Kyodo's `TOKYO, Oct. 6 Kyodo - `), and dates in figures, day first
as most of the world writes them (`29.11.2026`, `29/11/2026`), in datelines and date lines."""

from __future__ import annotations

from datetime import date

import pytest
from backfile_ingest.cues import parse_dateline
from backfile_ingest.dates import parse_date_line

from tests.ingest_support import ingest_string


@pytest.mark.parametrize(("line", "place", "agency"), [
    ("Kiel (dpa) - Ferry crews went on strike on Monday.", "Kiel", "dpa"),
    ("KIEL, November 29. /TASS/. Ferry crews went on strike.", "KIEL", "TASS"),
    ("HOBART, Nov 29 AAP - Ferry crews went on strike.", "HOBART", "AAP"),
    ("OSAKA, Oct. 6 Kyodo - Ferry crews went on strike.", "OSAKA", "Kyodo"),
])
def test_agency_datelines_are_taken_off_the_lede(line: str, place: str, agency: str) -> None:
    found = parse_dateline(line)
    assert found is not None and (found.place, found.agency) == (place, agency)
    assert found.rest.startswith("Ferry crews went on strike")


def test_a_name_with_an_agency_word_is_still_a_sentence() -> None:
    assert parse_dateline("Hobart AAP members met on Friday.") is None
    assert parse_dateline("Hobart, Nov 29 AAP members met on Friday.") is None


@pytest.mark.parametrize(("line", "expected"), [
    ("29.11.2026", date(2026, 11, 29)), ("29/11/2026", date(2026, 11, 29)),
    ("29-11-2026", date(2026, 11, 29)), ("03/04/2026", date(2026, 4, 3)),
    ("11/29/2026", date(2026, 11, 29)), ("Sunday, 29.11.2026", date(2026, 11, 29)),
    ("29/11/2026 10:15", date(2026, 11, 29)),
])
def test_dates_in_figures_are_day_first_unless_only_month_first_fits(
        line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected
    assert parse_date_line("31.02.2026") is None


def test_a_story_is_dated_by_a_dateline_in_figures() -> None:
    first, second = ingest_string(
        "Ferry strike halts crossings\n\nKIEL, 29.11.2026 (dpa) - Ferry crews went on strike on "
        "Sunday, halting all crossings to the islands.\n\nTimetable cut for winter\n\n"
        "Date: 01/12/2026\n\nThe ferry company cut its winter timetable by a third.\n")
    assert (first.date, first.date_source, first.dateline) == (date(2026, 11, 29), "dateline",
                                                               "KIEL")
    assert first.paragraphs[0].startswith("Ferry crews went on strike")
    assert (second.title, second.date) == ("Timetable cut for winter", date(2026, 12, 1))


def test_a_place_in_capitals_beyond_ascii_and_antaras_credits() -> None:
    """`\u0130STANBUL (AA) - ` was no dateline (its capital is not ASCII); Antara's
    `Pewarta:` (reporter) and `Editor:` lines under the text were paragraphs."""
    from ingest_support import ingest_string

    (story,) = ingest_string(
        "\u0130stanbul'da trafik d\u00fczenlemesi\n\n\u0130STANBUL (AA) - \u0130stanbul "
        "B\u00fcy\u00fck\u015fehir Belediyesi, hafta sonu yap\u0131lacak maraton nedeniyle "
        "baz\u0131 yollar\u0131n trafi\u011fe kapat\u0131laca\u011f\u0131n\u0131 duyurdu.\n")
    assert story.dateline == "\u0130STANBUL"
    (antara,) = ingest_string(
        "Banjir Rendam Ribuan Rumah di Bekasi\n\nBekasi (ANTARA) - Banjir merendam ribuan "
        "rumah di Kabupaten Bekasi setelah hujan deras mengguyur wilayah itu sejak Jumat "
        "malam.\n\nPewarta: Dewi Lestari\nEditor: Siti Rahma\n")
    assert antara.signoff == "Pewarta: Dewi Lestari Editor: Siti Rahma"
    assert len(antara.paragraphs) == 1
