"""News database exports as they are downloaded: a record's copyright notice over the
publication, its labelled fields (`SECTION:`, `HEADLINE:`, `BYLINE:`) set off by blank lines
and values wrapped at the export's margin, and index terms under the body."""

from __future__ import annotations

from datetime import date

from tests.ingest_support import ingest_string

# Invented text in the layout of a LexisNexis Academic download (text format).
EXPORT = """                               1 of 2 DOCUMENTS


     Copyright 2019 Harbour Evening Courier Publishing Company, LLC d/b/a
                            Courier Digital
                              All Rights Reserved

                              The Harbour Evening Courier

                             March 12, 2019 Tuesday
                                 Final Edition

SECTION: METRO; Pg. B03

LENGTH: 412 words

HEADLINE: FERRY fares to rise in spring

BYLINE: Marta Quillon;Dev Anand Raghunathan;Colette Brisbois-Haldane;and Peter
Oyelaran-Smith

BODY:

The harbour ferry company will raise fares by 8 percent in April, its board said on
Monday, the first rise since the new terminal opened.

Commuters' groups said the rise would push more people back into their cars.

LANGUAGE: ENGLISH

SUBJECT: PUBLIC TRANSPORTATION (90%); FARES (88%); COMMUTING (77%); MUNICIPAL
FINANCE (71%); LABOR UNIONS (60%); PRICE INCREASES (60%); BOARDS OF
DIRECTORS (59%)

LOAD-DATE: March 13, 2019


                               2 of 2 DOCUMENTS


     Copyright 2019 Harbour Evening Courier Publishing Company, LLC d/b/a
                            Courier Digital
                              All Rights Reserved

                              The Harbour Evening Courier

                              March 14, 2019 Thursday

SECTION: SPORTS; Pg. C01

LENGTH: 230 words

HEADLINE: Rowing club wins the cup again

BYLINE: Ines Falkenrath

BODY:

The city rowing club won the regional cup for the third year running on Wednesday.

LOAD-DATE: March 14, 2019
"""


def test_a_record_under_its_copyright_notice_gets_headline_date_and_section() -> None:
    first, second = ingest_string(EXPORT)
    assert (first.title, first.date, first.section) == (
        "FERRY fares to rise in spring", date(2019, 3, 12), "Metro")
    assert (second.title, second.date, second.section) == (
        "Rowing club wins the cup again", date(2019, 3, 14), "Sports")
    roles = {p.text: p.role for p in first.pieces}
    assert roles["Copyright 2019 Harbour Evening Courier Publishing Company, LLC d/b/a"] == "field"
    assert roles["All Rights Reserved"] == "field"
    assert roles["The Harbour Evening Courier"] == "source"
    assert not any("Copyright" in p or "SECTION" in p for p in first.paragraphs)


def test_a_field_wrapped_at_the_margin_keeps_its_whole_value() -> None:
    first, second = ingest_string(EXPORT)
    assert first.byline == ("Marta Quillon; Dev Anand Raghunathan; Colette Brisbois-Haldane; "
                            "and Peter Oyelaran-Smith")  # (the spaces LexisNexis leaves out)
    assert second.byline == "Ines Falkenrath"
    assert first.paragraphs == [
        "The harbour ferry company will raise fares by 8 percent in April, its board said on "
        "Monday, the first rise since the new terminal opened.",
        "Commuters' groups said the rise would push more people back into their cars."]
    roles = {p.text: p.role for p in first.pieces}
    assert roles["DIRECTORS (59%)"] == roles["Oyelaran-Smith"] == "field"


def test_a_short_line_under_a_field_is_still_the_body() -> None:
    story, = ingest_string("Title: Bridge reopens\nDate: 2020-05-04\n"
                           "The bridge reopened.\nTraffic was light.\n")
    assert story.title == "Bridge reopens"
    assert story.paragraphs[0] == "The bridge reopened."
