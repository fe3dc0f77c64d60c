"""Datelines as agencies outside the US and UK write them: South Asian ones end in a colon or
in nothing after the agency (`Bhopal (Madhya Pradesh): `, `Lahore, Jan 5 (APP): `, `New Delhi,
Nov 17 (PTI) `), old papers put a full stop after the date (`Knoxville, Tenn., Dec. 31. \u2013 `),
and a date alone may open a lede (`Tuesday April 7, 2020 - `). Each is taken off the lede and
dates the story; a kicker or a sentence with a colon is still no dateline. A story that has no
date of its own (the configured default) resolves no "Tuesday" or "March 13" against it."""

from __future__ import annotations

from datetime import date

import pytest
from backfile_ingest import cues
from ingest_support import ingest_string


@pytest.mark.parametrize(
    ("line", "place", "date_text", "agency", "rest"),
    [
        ("Kotvara (Uttar Pradesh): Chief Minister Asha Rendal", "Kotvara", None, None,
         "Chief Minister Asha Rendal"),
        ("Kotvara (Uttar Pradesh) [India], March 6 (ANI): Lashing out", "Kotvara", "March 6",
         "ANI", "Lashing out"),
        ("Marupur, April 3 : The state", "Marupur", "April 3", None, "The state"),
        ("New Delhi, Nov 17 (PTI) The minister", "New Delhi", "Nov 17", "PTI", "The minister"),
        ("Lahore, Jan 5 (APP): Prime Minister", "Lahore", "Jan 5", "APP", "Prime Minister"),
        ("Bellport, Tenn., Dec. 31. \u2013 Forty men", "Bellport", "Dec. 31", None, "Forty men"),
        ("Tuesday April 7, 2020 - The governor", "", "April 7, 2020", None, "The governor"),
        ("LONDON (Reuters) - Oil rose", "LONDON", None, "Reuters", "Oil rose"),
        ("BEIJING (SE): Standing before", "BEIJING", None, "SE", "Standing before"),
        ("SAN JOSE, Calif. (AP) - Apple", "SAN JOSE", None, "AP", "Apple"),
        ("Dec 19 (Reuters) - Yemen's Houthi", "", "Dec 19", "Reuters", "Yemen's Houthi"),
        ("Frankfurt/Main (dpa) - Wegen eines", "Frankfurt/Main", None, "dpa", "Wegen eines"),
        ("NEW YORK, Nov. 29, 2026 /PRNewswire/ -- Acme", "NEW YORK", "Nov. 29, 2026",
         "PRNewswire", "Acme"),
    ],
)
def test_dateline_forms(line: str, place: str, date_text: str | None, agency: str | None,
                        rest: str) -> None:
    found = cues.parse_dateline(line)
    assert found is not None
    assert (found.place, found.date_text, found.agency, found.rest) == (
        place, date_text, agency, rest)


@pytest.mark.parametrize("line", [
    "SECURITY: As the council met", "BHOPAL: a kicker in capitals", "Mr Rendal: we will win",
    "Labour (UK): the party of work", "President Asha Rendal blamed the press",
    "Acme (ACME) Shares rose", "Note: this is a sentence", "March 3 (local time) - Stocks"])
def test_not_datelines(line: str) -> None:
    assert cues.parse_dateline(line) is None


DUMP = """Chief minister opens new bridge over the Varna

Kotvara (Uttar Pradesh) [India], March 6, 2023 (ANI): Chief Minister Asha Rendal opened a \
new bridge over the Varna river on Monday, officials said.

The bridge took four years to build.

Governor Ravi Mehrani in trouble over leaked letter

Tuesday April 7, 2020 - Governor Ravi Mehrani has admitted that a letter to the council was \
written by his office.

He said he would resign if asked.
"""


def test_datelines_leave_the_lede_and_date_the_story() -> None:
    bridge, letter = ingest_string(DUMP)
    assert (bridge.dateline, bridge.date) == ("Kotvara", date(2023, 3, 6))
    assert bridge.paragraphs[0].startswith("Chief Minister Asha Rendal opened")
    assert bridge.summary.startswith("Chief Minister Asha Rendal")
    assert (letter.dateline, letter.date) == (None, date(2020, 4, 7))
    assert letter.paragraphs[0].startswith("Governor Ravi Mehrani has admitted")


UNDATED = """Council votes to close library

Marwick council voted on Tuesday to close the library, and will meet again on March 13 and on \
November 25, 2025, its leader said yesterday.
"""


def test_a_default_date_resolves_no_relative_dates() -> None:
    (story,) = ingest_string(UNDATED)
    assert story.date_source == "default"
    assert story.event_dates == [date(2025, 11, 25)]  # not 1969-12-30, 1969-12-31, 1970-03-13


@pytest.mark.parametrize("line", [
    "Tony Blair (Labour): We will win the election.",
    "John Smith (Reading): I think the council is wrong.",
    "Acme Inc (ACME.O): Shares rose."])
def test_speakers_and_tickers_before_a_colon_are_no_datelines(line: str) -> None:
    assert cues.parse_dateline(line) is None


def test_national_agencies_close_a_dateline() -> None:
    found = cues.parse_dateline("Islamabad (APP): Prime Minister Asha Rendal said")
    assert found is not None and (found.place, found.agency) == ("Islamabad", "APP")
    assert cues.signoff("Ani") is None  # a name, not the agency
