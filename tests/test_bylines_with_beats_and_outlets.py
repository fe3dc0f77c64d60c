"""Bylines as Asia-Pacific sites set them: the writer's beat before the name (the ABC's
`By political reporter Tom Hughes`), and the outlet with its time stamp under the byline
(the Inquirer's `Philippine Daily Inquirer / 05:30 AM March 14, 2023`)."""

from __future__ import annotations

from datetime import date

from ingest_support import ingest_string

PAGES = """Senate passes bill on rice tariffs

By: Jane Dela Cruz - Reporter
Philippine Daily Inquirer / 05:30 AM March 14, 2023

MANILA, Philippines \u2014 The Senate on Monday approved on third reading a bill that would \
lower tariffs on imported rice to 15 percent.

Budget deficit widens to record

By political reporter Tom Hughes

Posted Tue 14 Mar 2023 at 5:30am

The federal budget deficit widened to a record in the year to February, Treasury figures show.
"""


def test_beats_and_outlets_in_bylines() -> None:
    """The outlet's stamp was the first paragraph (so no date, no dateline), and the ABC's
    byline with its beat was text."""
    rice, deficit = ingest_string(PAGES)
    assert (rice.date, rice.dateline) == (date(2023, 3, 14), "MANILA")
    assert rice.byline == "By: Jane Dela Cruz - Reporter, Philippine Daily Inquirer"
    assert rice.paragraphs[0].startswith("The Senate on Monday approved")
    assert (deficit.byline, deficit.date) == ("By political reporter Tom Hughes",
                                              date(2023, 3, 14))
    assert deficit.paragraphs[0].startswith("The federal budget deficit")


def test_bylines_with_a_credit_word_a_place_or_agencies() -> None:
    """`Story by ...`, `By Jane Doe in Kyiv` and `By Jane Doe and agencies` were text."""
    from backfile_ingest import cues

    for line in ("Story by Jane Doe", "Words by Jane Doe", "By Jane Doe in Kyiv",
                 "By Jane Doe in New York", "By Jane Doe and agencies"):
        assert cues.byline(line) == "Jane Doe", line
    for line in ("Story by the numbers", "By then it was too late",
                 "By Jane Doe in the afternoon"):
        assert cues.byline(line) is None, line
