"""Labelled exports: `Title:`/`Date:`/`Author:` blocks, front matter between rules, and news
databases' records (a `1 of 2 DOCUMENTS` counter, the publication over a date line,
`BYLINE:`/`SECTION:` fields, `LOAD-DATE:` under the story) give each story its parts."""

from __future__ import annotations

from datetime import date

from backfile_ingest.fields import field_date, parse_field
from ingest_support import ingest_string

CMS = """Headline: Mayor unveils housing plan
Published: 2021-03-02T09:15:00+01:00
Section: City
By: Anna Berg

The mayor of Rotterdam unveiled a plan on Tuesday to build 20,000 homes by 2030.

The plan was welcomed by housing associations but criticised by opposition parties.

Headline: Port traffic falls for third month
Published: 2021-03-03T07:00:00+01:00
Section: Business
By: Jan de Vries

Container traffic at the port fell for the third month in a row in February, the port said.

Volumes were down 4 percent from a year earlier.
URL: https://example.com/port-traffic
"""

FRONT_MATTER = """---
title: "Storm closes schools across the region"
date: 2018-01-18
author: Claire Dubois
tags: [weather, schools]
---

Heavy snow forced the closure of more than 200 schools across Burgundy on Thursday.

---
title: Farmers protest fuel prices
date: 2018-01-19
---

Hundreds of farmers blocked roads around Dijon on Friday to protest against diesel prices.
"""

DATABASE = """                               1 of 2 DOCUMENTS

                              The Guardian (London)

                            March 3, 2004 Wednesday

Blair defends Iraq intelligence

BYLINE: Patrick Wintour, Chief political correspondent

SECTION: Guardian Home Pages, Pg. 1

LENGTH: 612 words

Tony Blair yesterday defended the intelligence used to justify the war in Iraq.

The prime minister faced repeated questions from Michael Howard, the Conservative leader.

LOAD-DATE: March 3, 2004

LANGUAGE: ENGLISH

                               2 of 2 DOCUMENTS

                              The Times (London)

                            March 4, 2004, Thursday

Brown prepares spring budget

BYLINE: Philip Webster

Gordon Brown is preparing a cautious budget, Treasury sources said last night.
"""


def test_labelled_blocks_without_separators_are_cut_and_read() -> None:
    first, second = ingest_string(CMS)
    assert (first.title, first.date, first.section, first.byline) == (
        "Mayor unveils housing plan", date(2021, 3, 2), "City", "Anna Berg")
    assert first.date_source == "field"
    assert first.paragraphs[0].startswith("The mayor of Rotterdam")
    assert (second.title, second.date, second.section) == (
        "Port traffic falls for third month", date(2021, 3, 3), "Business")
    assert second.url == "https://example.com/port-traffic"
    assert second.paragraphs[-1] == "Volumes were down 4 percent from a year earlier."


def test_front_matter_between_rules_heads_the_story_below_it() -> None:
    first, second = ingest_string(FRONT_MATTER)
    assert (first.title, first.date, first.byline) == (
        "Storm closes schools across the region", date(2018, 1, 18), "Claire Dubois")
    assert first.tags == ["weather", "schools"]
    assert first.paragraphs == [
        "Heavy snow forced the closure of more than 200 schools across Burgundy on Thursday."]
    assert (second.title, second.date) == ("Farmers protest fuel prices", date(2018, 1, 19))


def test_news_database_records_give_headline_date_byline_and_section() -> None:
    first, second = ingest_string(DATABASE)
    assert (first.title, first.date, first.byline, first.section) == (
        "Blair defends Iraq intelligence", date(2004, 3, 3),
        "Patrick Wintour, Chief political correspondent", "Guardian Home Pages")
    assert first.paragraphs == [
        "Tony Blair yesterday defended the intelligence used to justify the war in Iraq.",
        "The prime minister faced repeated questions from Michael Howard, the Conservative "
        "leader."]
    roles = {p.text: p.role for p in first.pieces}
    assert roles["The Guardian (London)"] == "source"
    assert roles["LOAD-DATE: March 3, 2004"] == roles["LANGUAGE: ENGLISH"] == "field"
    assert (second.title, second.date, second.byline) == (
        "Brown prepares spring budget", date(2004, 3, 4), "Philip Webster")


def test_prose_with_a_colon_is_not_a_field() -> None:
    for line in ("Note: the figures exclude Scotland", "He said: no", "Putin: a life",
                 "Title:", "SECURITY: Taiwan tightens rules"):
        assert parse_field(line) is None, line
    assert parse_field("BODY:") is not None  # a marker, not prose


def test_a_date_field_is_read_in_the_forms_exports_write() -> None:
    for text, expected in (("2019-06-14T10:00:00Z", date(2019, 6, 14)),
                           ("Tue, 13 Oct 1998 18:42:00 EDT", date(1998, 10, 13)),
                           ("March 3, 2004 Wednesday", date(2004, 3, 3)),
                           ("14 June 2019", date(2019, 6, 14))):
        found = field_date(text)
        assert found is not None and found.value == expected, text
    month = field_date("June 2019")
    assert month is not None and (month.value, month.precision) == (date(2019, 6, 1), "month")
    assert field_date("soon") is None


MAIL = """From: Newsdesk <news@example.org>
Sent: Monday, March 8, 2004 10:12 AM
To: All staff
Subject: Blair defends Iraq intelligence

Tony Blair defended the intelligence used to justify the war in Iraq on Monday, telling MPs.

From: Newsdesk <news@example.org>
Sent: Tuesday, March 9, 2004 9:40 AM
To: All staff
Subject: Brown prepares spring budget

Gordon Brown is preparing a cautious budget, Treasury sources said.
"""


def test_news_sent_by_mail_is_cut_at_each_header_block() -> None:
    first, second = ingest_string(MAIL)
    assert (first.title, first.date) == ("Blair defends Iraq intelligence", date(2004, 3, 8))
    assert (second.title, second.date) == ("Brown prepares spring budget", date(2004, 3, 9))
    assert second.paragraphs == ["Gordon Brown is preparing a cautious budget, Treasury sources "
                                 "said."]
