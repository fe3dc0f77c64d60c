"""More real layouts: a local TV site's web copy (`Posted: ... / ... PM EST`, `by: Name`), a
ProQuest historical export (`Publication info:`, `Abstract:`, `Full Text:`), BBC Monitoring
items (source line and `BBC Mon` trailer), an e-mail newsletter (its `Sent:` date dates its
items) and a Wikinews article (its `Sources` list is no part of the text)."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from backfile_ingest.dates import parse_date_line
from ingest_support import ingest_string

LOCAL_TV = """Crews repair sinkhole on Main Street

Posted: Apr 11, 2022 / 10:05 AM CDT
Updated: Apr 11, 2022 / 12:40 PM CDT

by: Dana Whitfield

TULSA, Okla. (KFOR) \u2014 City crews closed two lanes of Main Street on Monday morning to repair \
a sinkhole that opened overnight near the library.

The lanes are expected to reopen by Wednesday.

Zoo welcomes baby giraffe

Posted: Apr 12, 2022 / 08:30 AM CDT
Updated: Apr 12, 2022 / 09:10 AM CDT

by: Rob Kane

TULSA, Okla. (KFOR) \u2014 The Tulsa Zoo announced the birth of a female giraffe calf on Tuesday, \
its first in eleven years.
"""


def test_local_tv_web_copy_keeps_headline_stamp_and_byline_together() -> None:
    sinkhole, giraffe = ingest_string(LOCAL_TV)
    assert (sinkhole.title, sinkhole.date, sinkhole.dateline) == (
        "Crews repair sinkhole on Main Street", date(2022, 4, 11), "TULSA")
    assert sinkhole.byline is not None and "Dana Whitfield" in sinkhole.byline
    assert sinkhole.summary.startswith("City crews closed two lanes")
    assert (giraffe.title, giraffe.date) == ("Zoo welcomes baby giraffe", date(2022, 4, 12))
    assert parse_date_line("Posted: Apr 11, 2022 / 10:05 AM CDT") is not None


PROQUEST = """FLOOD WATERS RECEDE IN OHIO VALLEY

Author: Special to THE NEW YORK TIMES.

Publication info: New York Times (1923-Current file); New York, N.Y. [New York, N.Y]. 28 Jan \
1937: 1.

Abstract: The Ohio River began to fall at Cincinnati today for the first time in two weeks.

Full Text: CINCINNATI, Jan. 27.--The Ohio River began to fall here today, and relief workers \
turned to the task of feeding and housing 50,000 homeless.

Boats moved through the streets of the lower city all day.
"""


def test_a_proquest_export_gives_date_abstract_and_text() -> None:
    (flood,) = ingest_string(PROQUEST)
    assert (flood.date, flood.date_source, flood.dateline) == (
        date(1937, 1, 28), "field", "CINCINNATI")
    assert flood.paragraphs[0].startswith("The Ohio River began to fall at Cincinnati")
    assert flood.summary.startswith("The Ohio River began to fall here today")
    assert not any(p.startswith(("Full Text", "Publication info")) for p in flood.paragraphs)


MONITORING = """Chinese paper says talks with US were candid

Text of report by Chinese state news agency Xinhua on 9 June

Beijing, 9 June: Chinese and US officials held candid talks in Beijing on Friday, the foreign \
ministry said.

Source: Xinhua news agency, Beijing, in English 1012 gmt 9 Jun 23

BBC Mon AS1 ASDel 090623 jm/ph

Ukraine says drones downed over Kyiv

Text of report by Ukrainian news agency Ukrinform on 10 June

Kyiv, 10 June: Air defences shot down 20 drones over Kyiv overnight, the city administration said.

Source: Ukrinform news agency, Kyiv, in Ukrainian 0630 gmt 10 Jun 23

BBC Mon UA1 Ukrpol 100623 tb
"""


def test_bbc_monitoring_items_are_cut_and_dated_by_their_trailer() -> None:
    talks, drones = ingest_string(MONITORING)
    assert (talks.title, talks.date, talks.signoff) == (
        "Chinese paper says talks with US were candid", date(2023, 6, 9),
        "BBC Mon AS1 ASDel 090623 jm/ph")
    assert talks.summary.startswith("Chinese and US officials held candid talks")
    assert not any(p.startswith("Source:") for p in talks.paragraphs)
    assert (drones.title, drones.date) == (
        "Ukraine says drones downed over Kyiv", date(2023, 6, 10))
    assert cues.trailer_date("BBC Mon UA1 Ukrpol 100623 tb") == date(2023, 6, 10)


NEWSLETTER = """From: City Desk Daily <desk@example-news.com>
Sent: Thursday, October 12, 2023 7:00 AM
Subject: City Desk Daily: Budget vote, stadium plan

Good morning. Here is what is happening in the city today.

Council to vote on budget

The city council votes on the $2.1 billion budget on Thursday after two months of hearings.

Stadium plan goes to voters

A plan to build a new downtown stadium will go before voters in November, officials said.

That's all for today. Forward this email to a friend, or unsubscribe here.
"""


def test_a_newsletters_sent_date_dates_its_items() -> None:
    stories = ingest_string(NEWSLETTER)
    assert [s.date for s in stories] == [date(2023, 10, 12)] * 3
    stadium = stories[-1]
    assert stadium.title == "Stadium plan goes to voters"
    assert not any("unsubscribe" in p for p in stadium.paragraphs)


WIKINEWS = """Volcano erupts in Iceland's Reykjanes peninsula

Tuesday, December 19, 2023

A volcano erupted on the Reykjanes peninsula in south-west Iceland on Monday night, weeks after \
the nearby town of Grindavik was evacuated, the Icelandic Meteorological Office said.

Sources

"Iceland volcano erupts on Reykjanes peninsula" \u2014 BBC News, December 19, 2023
"Volcano erupts in Iceland after weeks of earthquakes" \u2014 Reuters, December 19, 2023
"""


def test_a_wikinews_sources_list_is_not_story_text() -> None:
    (volcano,) = ingest_string(WIKINEWS)
    assert volcano.date == date(2023, 12, 19)
    assert len(volcano.paragraphs) == 1 and volcano.paragraphs[0].startswith("A volcano erupted")
    assert {p.role for p in volcano.pieces if "Reuters" in p.text} == {"field"}


INDIAN_PAPER = """Chennai metro extension opens to commuters

CHENNAI: The second phase of the Chennai metro opened to commuters on Saturday, linking the \
airport to the city's southern suburbs, officials said.

About 40,000 people used the line on its first day.
"""


def test_an_indian_papers_place_and_colon_is_a_dateline_not_a_section() -> None:
    (metro,) = ingest_string(INDIAN_PAPER)
    assert (metro.dateline, metro.kicker, metro.section) == ("CHENNAI", None, "News")
    assert metro.summary.startswith("The second phase of the Chennai metro")
    (security,) = ingest_string(INDIAN_PAPER.replace("CHENNAI: ", "TRANSPORT: "))
    assert (security.kicker, security.section) == ("TRANSPORT", "Transport")


BBC_PAGE = """Storm Babet: Flood warnings as heavy rain hits Scotland

2 hours ago

Share

Alan Reid
BBC Scotland News, Aberdeen

Getty Images

Severe flood warnings have been issued for parts of eastern Scotland as Storm Babet brings \
heavy rain, the Scottish Environment Protection Agency says.

Schools in Angus and Aberdeenshire will be closed on Friday.

Related Topics

Scotland
Flooding

Published On 19 Oct 2023
"""


def test_a_bbc_page_byline_block_stamp_credit_and_topics() -> None:
    (storm,) = ingest_string(BBC_PAGE)
    assert storm.byline == "Alan Reid, BBC Scotland News, Aberdeen"
    assert storm.credits == ["Getty Images"]
    assert storm.summary.startswith("Severe flood warnings")
    assert storm.paragraphs[-1] == "Schools in Angus and Aberdeenshire will be closed on Friday."
    assert storm.date == date(2023, 10, 19)  # `Published On ...` under the story
    assert cues.is_chrome("2 hours ago")


NYT_PAGE = """Flooding Swamps Vermont's Capital as Rivers Crest

The state's governor said the damage was worse than during Tropical Storm Irene in 2011.

By Jenna Russell and Mike Baker
Jenna Russell reported from Montpelier, Vt., and Mike Baker from Seattle.

Published July 11, 2023Updated July 12, 2023, 6:02 a.m. ET

Floodwaters poured through downtown Montpelier on Tuesday as the Winooski River crested, \
forcing residents onto rooftops and closing roads across the state.

Officials said no deaths had been reported.

Heat wave grips the Southwest

By Jill Cowan

Temperatures passed 115 degrees in Phoenix on Wednesday for the 13th straight day, the \
National Weather Service said.
"""


def test_a_web_pages_standfirst_and_reporting_note_stay_with_their_story() -> None:
    flood, heat = ingest_string(NYT_PAGE)
    assert flood.title == "Flooding Swamps Vermont's Capital as Rivers Crest"
    assert (flood.date, flood.byline) == (date(2023, 7, 11), "By Jenna Russell and Mike Baker")
    assert flood.paragraphs[0].startswith("The state's governor said")  # the standfirst
    assert flood.summary.startswith("Floodwaters poured through downtown Montpelier")
    assert not any("reported from" in p for p in flood.paragraphs)
    assert heat.title == "Heat wave grips the Southwest"


NEXIS_UNI = """Storm Leaves Thousands Without Power in Maine

The Boston Globe
December 19, 2022 Monday
Third Edition

Copyright 2022 Globe Newspaper Company

Section: Section B; Column 0; Metro Desk; Pg. 3
Length: 310 words
Byline: By Emma Platoff

Body

PORTLAND, Maine \u2014 A powerful storm knocked out power to more than 100,000 homes in Maine on \
Sunday, utilities said.

Crews from four states were helping to restore service.

Load-Date: December 19, 2022

End of Document

Harbor Cleanup Plan Approved

The Boston Globe
December 20, 2022 Tuesday
Third Edition

Copyright 2022 Globe Newspaper Company

Section: Section B; Column 0; Metro Desk; Pg. 5
Byline: By Sean Cotter

Body

The Boston City Council approved a $40 million plan on Monday to clean up the harbor's \
polluted inlets over the next decade.

Load-Date: December 20, 2022

End of Document
"""


def test_a_nexis_uni_export_gives_one_story_a_record() -> None:
    storm, harbor = ingest_string(NEXIS_UNI)
    assert (storm.title, storm.date, storm.section, storm.byline, storm.dateline) == (
        "Storm Leaves Thousands Without Power in Maine", date(2022, 12, 19), "Metro Desk",
        "By Emma Platoff", "PORTLAND")
    assert storm.summary.startswith("A powerful storm knocked out power")
    assert storm.paragraphs[-1] == "Crews from four states were helping to restore service."
    assert {p.role for p in storm.pieces if p.text == "The Boston Globe"} == {"source"}
    assert (harbor.title, harbor.date) == ("Harbor Cleanup Plan Approved", date(2022, 12, 20))
    assert not any(p in ("Body", "End of Document") for p in harbor.paragraphs)
