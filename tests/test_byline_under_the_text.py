"""German news sites sign a story under its text (`Von Anna Schmidt, ARD-Hauptstadtstudio`):
that byline is the story's, not the next story's, and it ends the story above."""

from __future__ import annotations

from datetime import date

from ingest_support import ingest_string

SIGNED_BELOW = """Bahnstreik legt Fernverkehr lahm

Stand: 08.03.2024 10:15 Uhr

Die Lokf\u00fchrergewerkschaft GDL hat erneut zu einem Streik aufgerufen. Im Fernverkehr \
fallen nach Angaben der Deutschen Bahn rund 80 Prozent der Z\u00fcge aus.

Der Streik soll bis Samstagmorgen dauern. Fahrg\u00e4ste sollen nicht notwendige Reisen \
verschieben.

Von Anna Schmidt, ARD-Hauptstadtstudio

Regierung plant neues Heizungsgesetz

Stand: 07.03.2024 18:40 Uhr

Die Bundesregierung will das Geb\u00e4udeenergiegesetz erneut \u00fcberarbeiten. Das \
k\u00fcndigte Wirtschaftsminister Robert Habeck in Berlin an.
"""


def test_a_byline_under_the_text_signs_the_story_above() -> None:
    strike, heating = ingest_string(SIGNED_BELOW)
    assert (strike.byline, strike.date) == (
        "Von Anna Schmidt, ARD-Hauptstadtstudio", date(2024, 3, 8))
    assert strike.paragraphs[-1].endswith("nicht notwendige Reisen verschieben.")
    assert (heating.title, heating.byline, heating.date) == (
        "Regierung plant neues Heizungsgesetz", None, date(2024, 3, 7))


OVER_THE_TEXT = """Ferry fares to rise in spring

By Jane Doe

Ferry fares will rise by 5 percent from April, the island's transport authority said on \
Tuesday, blaming the cost of fuel.

Bus drivers vote to strike

By John Roe

Bus drivers voted on Wednesday to strike for two days next month over pay, their union said.
"""


def test_a_byline_under_a_headline_is_still_that_storys() -> None:
    ferry, bus = ingest_string(OVER_THE_TEXT)
    assert (ferry.byline, bus.byline) == ("By Jane Doe", "By John Roe")
