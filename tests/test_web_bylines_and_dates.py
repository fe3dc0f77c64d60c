"""Bylines, date lines and credits as news sites lay them out: a writer's name over their
title (`Rushdi Abualouf` / `BBC Gaza correspondent`), a name run into its title (`By Brian
WheelerPolitical reporter`), `Edited by ...` over a live page, a date line over the headline
(`Tuesday, December 30, 2008`), a time before the date (`11:33, January 01, 2012`), a published
and an updated stamp on one line, and a photographer's credit (`Jane Doe/The Daily Post`, `Jane
Doe for The Daily Post`). All of them stay out of the summary and the text, and the dates date
the story."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import byline, photo_credit
from backfile_ingest.dates import parse_date_line
from ingest_support import ingest_string

SITE = """Harbour strike ends after nine days

Dana Kirov

Valport correspondent
Omar Feld

Daily Post

Dock workers in Valport returned to work on Monday after a nine-day strike over pay ended \
with a deal, their union said.

The port handles a third of the country's grain.

---

Tuesday, December 30, 2008

Valport opera house to reopen

The Valport opera house will reopen in March after a two-year restoration, its director \
Ines Marr said on Tuesday.

---

Court scraps limits on assemblies

By Tomas WrenLegal affairs reporter

Published Nov. 26, 2020 Updated Nov. 27, 2020, 9:10 a.m. ET

A few minutes before midnight on Wednesday, the court struck down the limits on public \
assemblies in a ruling of five votes to four.

Lena Ostrova for The Daily Post

---

Valport floods force hundreds from homes

11:33, January 01, 2012

Hundreds of people were moved from their homes in Valport after the river burst its banks \
overnight, officials said.

Lena Ostrova/The Daily Post
"""

LIVE = """Live Reporting

Edited by Dana Kirov and Omar Feld

All times stated are UK

Get involved

Court sides with the inquiry

Two judges have dismissed the government's claim for a judicial review of the inquiry.

The ruling may be appealed.
"""


def test_bylines_and_date_lines_stay_out_of_the_text() -> None:
    strike, opera, court, floods = ingest_string(SITE)
    assert strike.byline == "Dana Kirov, Valport correspondent; Omar Feld, Daily Post"
    assert strike.summary.startswith("Dock workers in Valport returned to work")
    assert (opera.title, opera.date) == ("Valport opera house to reopen", date(2008, 12, 30))
    assert court.byline == "By Tomas WrenLegal affairs reporter"
    assert (court.title, court.date) == ("Court scraps limits on assemblies", date(2020, 11, 26))
    assert court.summary.startswith("A few minutes before midnight")
    assert court.credits == ["Lena Ostrova for The Daily Post"]
    assert (floods.title, floods.date) == ("Valport floods force hundreds from homes",
                                           date(2012, 1, 1))
    assert floods.credits == ["Lena Ostrova/The Daily Post"]
    assert all(len(story.paragraphs) <= 2 for story in (strike, opera, court, floods))


def test_a_live_page_heads_its_first_post() -> None:
    (post,) = ingest_string(LIVE)
    assert post.title == "Court sides with the inquiry"
    assert post.byline == "Edited by Dana Kirov and Omar Feld"
    assert post.summary.startswith("Two judges have dismissed")
    assert post.paragraphs[-1] == "The ruling may be appealed."


def test_the_line_cues() -> None:
    assert byline("By Tomas WrenLegal affairs reporter") == "Tomas Wren"
    assert byline("By Tomas Wren Legal affairs reporter") == "Tomas Wren"
    assert byline("By the end of the year, sales rose.") is None
    assert photo_credit("Lena Ostrova/AFP via Getty Images") == "Lena Ostrova/AFP via Getty Images"
    assert photo_credit("Mike Tyson/Lennox Lewis fight off") is None
    assert photo_credit("Votes for The Party") is None
    assert parse_date_line("Published: 10:41 PM, 5 March 2021 | Updated: 11:00 PM").value == (
        date(2021, 3, 5))


def test_an_edited_by_line_is_a_byline_only_alone() -> None:
    assert byline("Edited by Dana Kirov and Omar Feld") == "Dana Kirov and Omar Feld"
    assert byline("Written by Tomas Wren, the play opens in March.") is None
