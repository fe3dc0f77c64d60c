"""A feed's body markup (RSS's escaped HTML, a CDATA section) is read as a web page's text.

RSS 2.0 puts each item's HTML in `<description>` as escaped text, WordPress exports it in a
`<content:encoded>` CDATA section, Atom in `<content type="html">`. The escaped HTML showed in
the story as tags and script text ("<p>A bakery ...</p><script>x()</script>"), and a CDATA
body was dropped, leaving a story with a headline and no text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_support import ingest

ESCAPED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Town News</title>
<item><title>Bakery Wins Award</title><pubDate>Tue, 10 Jan 2023 09:00:00 GMT</pubDate>
<description>&lt;p&gt;A bakery in Whitby won an award, judges said.&lt;/p&gt;
&lt;p&gt;It was the &lt;b&gt;second&lt;/b&gt; time.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;
</description></item>
</channel></rss>
"""
CDATA = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<item><title>Bakery Wins Award</title><pubDate>Tue, 10 Jan 2023 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>A bakery in Whitby won an award, judges said.</p>
<p>It was the <b>second</b> time.</p><script>track()</script>]]></content:encoded></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Town News</title>
<entry><title>Bakery Wins Award</title><updated>2023-01-10T09:00:00Z</updated>
<content type="html">&lt;p&gt;A bakery in Whitby won an award, judges said.&lt;/p&gt;
&lt;p&gt;It was the &lt;b&gt;second&lt;/b&gt; time.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;
</content>
</entry></feed>
"""


@pytest.mark.parametrize(("name", "text"), [("escaped.rss", ESCAPED), ("cdata.rss", CDATA),
                                            ("feed.atom", ATOM)])
def test_a_feed_body_is_its_text(tmp_path: Path, name: str, text: str) -> None:
    (story,) = ingest(tmp_path, {name: text}).stories
    assert story.title == "Bakery Wins Award"
    assert story.paragraphs == ["A bakery in Whitby won an award, judges said.",
                                "It was the second time."]
    assert story.first_line >= 3
