"""A news site's listing page copied as text (a tag or section page): the page's heading, then
each story's headline, its time stamp and a dateline lede. Such headlines run long (15 words
and more, no full stop), longer than a headline is trusted to be on its own look; the stamp
and the dateline under them say what they are."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import is_stamped_headline

from tests.ingest_support import ingest_string

# Invented text in the layout of an agency's hosted tag page.
PAGE = """Latest Harbour News

Several people are hurt at a harbour festival in Kelby after a stage collapses in high winds

Mar. 21, 2025 03:13 AM EST

KELBY (AP) \u2014 Several people were hurt at a harbour festival in Kelby when a stage \
collapsed in high winds, the fire service said Friday. Four were taken to a hospital. ...

Council warns ferry operator that the new timetable will test the island's patience, report says

Mar. 19, 2025 11:17 AM EST

KELBY (AP) \u2014 The island council wrote to the ferry operator that its new timetable would \
leave commuters stranded twice a day, a local paper reported on Wednesday. The council...

Ferry company hires more crews

Mar. 14, 2025 09:57 AM EST

DORNHAVEN, Norway (AP) \u2014 The ferry company said Friday it would hire forty more crew members \
before the summer season.
"""


def test_each_long_headline_over_its_stamp_heads_its_story() -> None:
    stories = ingest_string(PAGE)
    assert [s.title for s in stories] == [
        "Several people are hurt at a harbour festival in Kelby after a stage collapses in high "
        "winds",
        "Council warns ferry operator that the new timetable will test the island's patience, "
        "report says",
        "Ferry company hires more crews"]
    assert [s.date for s in stories] == [date(2025, 3, 21), date(2025, 3, 19), date(2025, 3, 14)]
    assert [s.dateline for s in stories] == ["KELBY", "KELBY", "DORNHAVEN"]
    assert stories[1].paragraphs[0].startswith("The island council wrote to the ferry operator")
    assert len(stories[1].paragraphs) == 1


def test_the_page_heading_is_its_source_not_a_story() -> None:
    first = ingest_string(PAGE)[0]
    assert {p.text: p.role for p in first.pieces}["Latest Harbour News"] == "source"
    assert first.paragraphs[0].startswith("Several people were hurt at a harbour festival")


def test_only_a_stamp_and_a_dateline_lede_make_a_long_line_a_headline() -> None:
    stamp, lede = "Mar. 21, 2025 03:13 AM EST", "KELBY (AP) \u2014 The council met on Friday."
    long_line = ("Several people are hurt at a harbour festival in Kelby after a stage collapses "
                 "in high winds")
    assert is_stamped_headline(long_line, stamp, lede)
    assert not is_stamped_headline(long_line, "The council met.", lede)
    assert not is_stamped_headline(long_line, stamp, "The council met on Friday.")
    assert not is_stamped_headline(long_line + ".", stamp, lede)  # a sentence
    assert not is_stamped_headline("By Jane Doe", stamp, lede)


def test_a_story_too_short_for_a_stamp_is_still_read() -> None:
    story, = ingest_string("Power was cut to thousands of homes across the region overnight "
                           "as the storm hit\nthe coast.\n")
    assert story.paragraphs == ["Power was cut to thousands of homes across the region overnight "
                                "as the storm hit the coast."]
