"""Labelled stories whose body is one short line without a full stop are still stories.

A body such as "The bakery reopens on Monday" (a teaser, a story cut off) looks like a plain
headline, so the labelled block above it and the body were taken for a heading block: the
story was joined to the next one, with its `Title:` and `Date:` lines in the text, whatever
separated them (`---`, `***`, blank lines or nothing). An RSS feed whose first item's
description ended in markup lost its second item the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_support import ingest

FIRST = "Title: Bakery Wins Award\nDate: 2023-01-10\n\nThe bakery in Whitby reopens on Monday\n"
SECOND = ("Title: Library Hours Extended\nDate: 2023-01-11\n\n"
          "The library will open on Sundays, the council said.\n")
RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Town News</title>
<item><title>Bakery Wins Award</title><pubDate>Tue, 10 Jan 2023 09:00:00 GMT</pubDate>
<description>&lt;p&gt;A bakery in Whitby won an award.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;
</description></item>
<item><title>Library Hours Extended</title><pubDate>Wed, 11 Jan 2023 09:00:00 GMT</pubDate>
<description>The library will open on Sundays, the council said.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize("between", ["---\n", "***\n", "\n---\n\n", "\n", ""],
                         ids=["rule", "stars", "spaced rule", "blank line", "nothing"])
def test_a_short_unpunctuated_body_keeps_its_story(tmp_path: Path, between: str) -> None:
    stories = ingest(tmp_path, {"export.txt": FIRST + between + SECOND}).stories
    assert [s.title for s in stories] == ["Bakery Wins Award", "Library Hours Extended"]
    assert [s.date.isoformat() for s in stories] == ["2023-01-10", "2023-01-11"]
    assert stories[0].paragraphs == ["The bakery in Whitby reopens on Monday"]


def test_every_feed_item_is_a_story(tmp_path: Path) -> None:
    stories = ingest(tmp_path, {"feed.rss": RSS}).stories
    assert [s.title for s in stories] == ["Bakery Wins Award", "Library Hours Extended"]
    assert not any("Title:" in p for s in stories for p in s.paragraphs)
