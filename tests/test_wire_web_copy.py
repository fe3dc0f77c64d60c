"""Wire stories copied from an agency's website: an ISO 8601 time stamp under the byline
(`2021-03-03T09:40:00Z`) is a date line, not a story of its own, and the agency's standards
line (`Our Standards: The Thomson Reuters Trust Principles.`) is page furniture that neither
makes a story nor takes the next story's headline. A place's initials before a name ("U.S.
Treasury") are not a person's ("J.K. Rowling")."""

from __future__ import annotations

from datetime import date

from backfile_ingest.dates import parse_date_line
from ingest_support import ingest_string

from tests.support.entities import candidate_types

PAGE = """Oil prices climb as supply worries mount

By Dana Kirov

LONDON, March 3 (Reuters) - Oil prices rose on Wednesday, extending gains for a second day, \
after data showed a surprise fall in crude inventories.

Brent crude was up 84 cents at $63.54 a barrel by 1015 GMT.

Reporting by Dana Kirov; Editing by Omar Feld

Our Standards: The Thomson Reuters Trust Principles.

Gold steadies near nine-month low

By Lena Ostrova

2021-03-03T09:40:00Z

VALPORT, March 3 (Reuters) - Gold prices steadied on Wednesday after hitting a nine-month low \
in the previous session.

Spot gold was little changed at $1,723.91 per ounce by 0937 GMT.
"""


def test_iso_stamps_and_standards_lines() -> None:
    oil, gold = ingest_string(PAGE)
    assert oil.title == "Oil prices climb as supply worries mount"
    assert "Our Standards: The Thomson Reuters Trust Principles." in [
        p.text for p in oil.pieces if p.role == "chrome"]
    assert (gold.title, gold.date) == ("Gold steadies near nine-month low", date(2021, 3, 3))
    assert gold.summary.startswith("Gold prices steadied on Wednesday")
    assert parse_date_line("2021-03-03T09:40:00+05:30").value == date(2021, 3, 3)


def test_a_places_initials_make_no_person() -> None:
    found = candidate_types("Gold steadies", [
        "Gold steadied as U.S. Treasury yields eased, said a note citing J.K. Rowling.",
    ])
    assert found.get("U.S. Treasury") != "person"
    assert found.get("J.K. Rowling") == "person"
