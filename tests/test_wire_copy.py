"""Wire copy as agencies sent it: a slug line over the headline, a byline with the writer's
title under it, and a transmission trailer (`AP-NY-10-13-98 1842EDT`) that ends the story
and dates it."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import is_wire_slug, trailer_date
from ingest_support import ingest_string

WIRE = "\n".join([
    "BC-US--Budget-Talks,0412",
    "Clinton, Congress Near Budget Deal",
    "By JOHN HENDREN",
    "Associated Press Writer",
    "",
    "WASHINGTON (AP) -- President Clinton and Republican congressional leaders moved closer "
    "Tuesday to a budget agreement that would fund the government through September, aides said.",
    "",
    "The White House and House Speaker Newt Gingrich's office said negotiators had settled most "
    "of the remaining differences over education spending.",
    "",
    '"We are very close," said Senate Majority Leader Trent Lott, R-Miss.',
    "",
    "AP-NY-10-13-98 1842EDT",
    "",
    "BC-Asia-Markets,0230",
    "Asian Stocks Rise on Rate Cut Hopes",
    "TOKYO (AP) -- Asian stock markets rose Wednesday as investors bet the U.S. Federal Reserve "
    "would cut interest rates again.",
    "",
    "Tokyo's Nikkei 225 index gained 2.1 percent to 13,456.18.",
    "",
    "AP-NY-10-14-98 0312EDT",
])

BLOG = """Title: Council approves new bike lanes
Date: 2019-06-14
Author: Maria Lopez

The Portland City Council voted 4-1 on Wednesday to approve 12 miles of protected bike lanes.

Commissioner Jo Ann Hardesty cast the lone vote against the plan, citing costs.

---

Title: Heat wave expected this weekend
Date: 2019-06-15

The National Weather Service issued an excessive heat warning for the Portland metro area.

Officials urged residents to check on elderly neighbours.
"""


def test_wire_stories_are_cut_at_their_slug_lines_and_dated_by_their_trailers() -> None:
    first, second = ingest_string(WIRE)
    assert first.title == "Clinton, Congress Near Budget Deal"
    assert first.byline == "By JOHN HENDREN, Associated Press Writer"
    assert (first.date, first.date_source) == (date(1998, 10, 13), "trailer")
    assert first.dateline == "WASHINGTON"
    assert len(first.paragraphs) == 3 and first.paragraphs[0].startswith("President Clinton")
    assert first.signoff == "AP-NY-10-13-98 1842EDT"
    assert {p.role for p in first.pieces if p.text.startswith("BC-")} == {"slug"}
    assert (second.title, second.date) == (
        "Asian Stocks Rise on Rate Cut Hopes", date(1998, 10, 14))
    assert second.paragraphs[-1] == "Tokyo's Nikkei 225 index gained 2.1 percent to 13,456.18."


def test_a_labelled_block_keeps_its_paragraphs_together_when_blank_lines_are_all_alike() -> None:
    stories = ingest_string(BLOG)
    assert [s.title for s in stories] == ["Council approves new bike lanes",
                                          "Heat wave expected this weekend"]
    assert len(stories[0].paragraphs) == len(stories[1].paragraphs) == 2
    assert stories[0].byline == "Maria Lopez"


def test_slug_and_trailer_shapes() -> None:
    assert is_wire_slug("BC-Asia-Markets,0230") and is_wire_slug("a0412 BC-Budget-Talks,0520")
    assert not is_wire_slug("BC-In the news") and not is_wire_slug("Budget talks, 0412")
    assert trailer_date("AP-NY-10-13-98 1842EDT") == date(1998, 10, 13)
    assert trailer_date("AP-NY-02-30-98 1842EDT") is None  # no such day
    assert trailer_date("Reuters") is None
