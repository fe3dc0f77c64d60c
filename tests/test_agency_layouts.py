"""Agency and aggregator layouts met in real dumps (the text here is invented, in the same
layout): a byline run into the dateline on one line, question-led headlines, a date then an
agency opening the lede, a digest's dated title, trailing tag lines, a category heading
above the first headline, and a rule glued to a headline."""

from __future__ import annotations

from ingest_support import ingest, ingest_string

BYLINE_DATELINE = """Harbour strike enters its second week

VALDORA, Aug. 23 (Xinhua) -- Dock workers in the port of Valdora stayed off the job on \
Friday as talks between the union and the port authority broke down again.

Shipping lines said cargo was being diverted to neighbouring ports.

Forest fires should all be logged in one register: interior minister

by Mirela Fenwick VALDORA \u2014 The interior minister called on Wednesday for a single \
register of forest fires, similar to the national register of floods, after a summer of blazes.
"""


def test_byline_run_into_dateline_reads_both_and_opens_a_story() -> None:
    stories = ingest_string(BYLINE_DATELINE)
    assert [s.title for s in stories] == [
        "Harbour strike enters its second week",
        "Forest fires should all be logged in one register: interior minister"]
    second = stories[1]
    assert second.byline == "Mirela Fenwick"
    assert second.dateline == "VALDORA"
    assert second.paragraphs[0].startswith("The interior minister called")


QUESTION_LED = """Bridge reopens after a year of repairs

MARLOW BAY, May 4 (AP) \u2014 The old iron bridge over the estuary reopened to traffic on \
Saturday after a year of repairs that cost twice what the council had planned.

Drivers queued from dawn to be among the first across.

Who pays? Farmers count the cost of a wet spring

ORVILLE, May 4 (AP) \u2014 Growers across the valley say weeks of rain have left fields too \
soft to sow, and insurers have yet to say whether the losses are covered.
"""


def test_a_headline_led_by_a_short_question_is_a_headline() -> None:
    stories = ingest_string(QUESTION_LED)
    assert [s.title for s in stories] == [
        "Bridge reopens after a year of repairs",
        "Who pays? Farmers count the cost of a wet spring"]
    assert stories[1].dateline == "ORVILLE"


CATEGORY = """Valdora

Harbour strike enters its second week

VALDORA, Aug. 23 (Xinhua) -- Dock workers in the port of Valdora stayed off the job on \
Friday as talks between the union and the port authority broke down again.
"""


def test_a_one_word_category_over_the_first_headline_is_its_section() -> None:
    stories = ingest_string(CATEGORY)
    assert [s.title for s in stories] == ["Harbour strike enters its second week"]
    assert stories[0].section == "Valdora"


DATED_AGENCY = """Keeper's late save sends Rovers through

14 March 2021; AFP: A late save by the Rovers goalkeeper sent his side into the quarter-finals \
on Saturday after a tense night in front of a full stadium.

The coach said the win belonged to the supporters.
"""


def test_a_date_then_an_agency_opening_the_lede_is_its_dateline() -> None:
    [story] = ingest_string(DATED_AGENCY)
    assert str(story.date) == "2021-03-14"
    assert story.date_source == "dateline"
    assert story.paragraphs[0].startswith("A late save by the Rovers goalkeeper")


DIGEST = """Valdora Press Digest: Mar. 9, 2023

The following is the latest list of selected news summaries by Valdora Press.
----------
Harbour strike enters its second week
VALDORA \u2013 Dock workers in the port of Valdora stayed off the job on Friday as talks \
between the union and the port authority broke down again.
----------
Farmers count the cost of a wet spring
ORVILLE \u2013 Growers across the valley say weeks of rain have left fields too soft to sow, \
and insurers have yet to say whether the losses are covered.
"""


def test_a_digest_titles_date_dates_the_undated_items_under_it() -> None:
    stories = ingest_string(DIGEST)
    assert [s.title for s in stories][1:] == [
        "Harbour strike enters its second week", "Farmers count the cost of a wet spring"]
    assert {str(s.date) for s in stories} == {"2023-03-09"}
    assert stories[2].date_source != "default"


TAGGED = """Valdora weighs the cost of a new fleet of ferries
The transport minister of Valdora said on Monday that the country would decide by the end of
the year whether to buy six new ferries for the island routes, a purchase his predecessor had
put off twice because of its cost.
Opposition deputies said the money would be better spent on the harbours themselves.
Tag - Valdora politics
"""


def test_a_trailing_tag_line_is_the_storys_tags_not_its_cut_off_end() -> None:
    [story] = ingest_string(TAGGED)
    assert story.tags == ["Valdora politics"]
    assert not story.truncated
    assert "Tag" not in story.paragraphs[-1]
    [dashed] = ingest_string(TAGGED.replace("Tag - ", "Tags \u2014 "))
    assert dashed.tags == ["Valdora politics"]


GLUED_RULES = """---------- Harbour strike enters its second week

VALDORA - Dock workers in the port of Valdora stayed off the job on Friday as talks between \
the union and the port authority broke down again.

Shipping lines said cargo was being diverted to neighbouring ports.

---------- Farmers count the cost of a wet spring

ORVILLE - Growers across the valley say weeks of rain have left fields too soft to sow, and \
insurers have yet to say whether the losses are covered.
"""


def test_a_rule_glued_to_a_headline_is_no_part_of_it() -> None:
    titles = [s.title for s in ingest_string(GLUED_RULES)]
    assert titles == ["Harbour strike enters its second week",
                           "Farmers count the cost of a wet spring"]


def test_a_data_sets_placeholder_byline_is_no_byline(tmp_path) -> None:
    csv = ('Title,Author,Date,Text\n"Harbour strike goes on","unknown","2017-07-02",'
           '"Dock workers stayed off the job on Sunday."\n'
           '"Ferry fares rise","Ana Ruiz","2017-07-02","Fares rise by 8 percent in April."\n')
    report = ingest(tmp_path, {"export.csv": csv})
    assert {s.title: s.byline for s in report.stories} == {
        "Harbour strike goes on": None, "Ferry fares rise": "Ana Ruiz"}


LEXIS_BYLINE = """Title: Ferry fares rise in April
Date: July 1, 2015
BYLINE: Ana Ruiz;Jon Eriksen;Mirela Fenwick

The ferry company will raise fares by 8 percent in April, its board said on Monday.
"""


def test_semicolon_separated_bylines_get_their_spaces() -> None:
    [story] = ingest_string(LEXIS_BYLINE)
    assert story.byline == "Ana Ruiz; Jon Eriksen; Mirela Fenwick"
