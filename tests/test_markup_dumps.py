"""Markup dumps are read element by element: a saved web page, Reuters-21578 SGML, TREC
<DOC> records, an NITF document and an RSS feed each give their stories' headline, date,
byline and body, cite the dump's own lines, and never let markup or scripts into the text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from backfile_ingest.compose import DumpContext
from backfile_ingest.markup import to_labelled_text
from backfile_ingest.pipeline import ingest_text
from backfile_ingest.problems import IngestError
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_support import ingest

PAGE = """<!DOCTYPE html>
<html><head><title>Town hall fire | Springfield Gazette</title>
<script>alert("never")</script></head>
<body><nav><a href="/">Home</a></nav>
<article>
<h1>Fire damages historic town hall</h1>
<p class="byline">By Emma Clark</p>
<time datetime="2016-09-04">September 4, 2016</time>
<p>A fire broke out in the roof of the <b>19th-century</b> town hall early on Sunday.</p>
<p>No one was injured, but the council chamber was badly damaged.</p>
</article>
<footer>Copyright Springfield Gazette</footer>
</body></html>
"""

REUTERS = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D></PLACES>
<UNKNOWN>&#5;&#5;&#5;C T f0704&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January, Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>27-FEB-1987 09:02:20.00</DATE>
<TEXT>&#2;
<TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT</TITLE>
<DATELINE>    CLEVELAND, Feb 27 - </DATELINE><BODY>Standard Oil Co and BP North America
Inc said they plan to form a venture to manage the money market
borrowing and investment activities of both companies.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""

TREC = """<DOC>
<DOCNO> LA010189-0001 </DOCNO>
<DATE><P>January 1, 1989, Sunday, Home Edition</P></DATE>
<HEADLINE><P>RECORD CROWD EXPECTED AT ROSE PARADE</P></HEADLINE>
<TEXT>
<P>A record crowd of more than a million people is expected to line Colorado Boulevard.</P>
<P>Police said they would close streets along the route at 10 p.m. tonight.</P>
</TEXT>
</DOC>
"""

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Dutch court rules on climate case</title>
<docdata><date.issue norm="20191220T101500"/></docdata></head>
<body><body.head><hedline><hl1>Dutch court orders deeper cuts</hl1></hedline>
<byline>By Pieter Jansen</byline><dateline>THE HAGUE, Dec 20</dateline></body.head>
<body.content><p>The Supreme Court of the Netherlands on Friday upheld a ruling ordering
the government to cut greenhouse gas emissions.</p></body.content></body></nitf>
"""

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Example Times</title>
<item><title>Rail strike called off</title>
<link>https://example.com/rail-strike</link>
<pubDate>Mon, 06 Jan 2020 08:00:00 GMT</pubDate>
<dc:creator>Tom Reed</dc:creator><category>Business</category>
<description>Unions called off a planned rail strike on Monday after talks.</description>
</item></channel></rss>
"""


def test_a_saved_web_page_gives_its_article(tmp_path: Path) -> None:
    (story,) = ingest(tmp_path, {"fire.html": PAGE}).stories
    assert (story.title, story.date, story.byline) == (
        "Fire damages historic town hall", date(2016, 9, 4), "By Emma Clark")
    assert story.paragraphs == [
        "A fire broke out in the roof of the 19th-century town hall early on Sunday.",
        "No one was injured, but the council chamber was badly damaged."]
    text = " ".join([story.title, *story.paragraphs])
    assert "never" not in text and "Home" not in text and "Copyright" not in text
    assert (story.first_line, story.last_line) == (6, 10)  # <h1> to the last <p>


def test_reuters_sgml_records_are_stories_with_their_dates_and_datelines(tmp_path: Path) -> None:
    first, second = ingest(tmp_path, {"reut2-000.sgm": REUTERS}).stories
    assert (first.title, first.date, first.dateline) == (
        "Bahia Cocoa Review", date(1987, 2, 26), "SALVADOR")
    assert first.paragraphs == [
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought "
        "since early January, Comissaria Smith said in its weekly review.",
        "The dry period means the temporao will be late this year."]
    assert first.signoff == "Reuter"
    assert "cocoa" in first.tags and "el-salvador" not in " ".join(first.paragraphs)
    assert (second.title, second.date) == (
        "Standard Oil <SRD> to Form Financial Unit", date(1987, 2, 27))
    assert first.last_line < second.first_line


def test_trec_nitf_and_rss_records(tmp_path: Path) -> None:
    report = ingest(tmp_path, {"la.sgml": TREC, "anp.xml": NITF, "feed.rss": RSS})
    by_title = {s.title: s for s in report.stories}
    trec = by_title["Record Crowd Expected at Rose Parade"]
    assert trec.date == date(1989, 1, 1) and len(trec.paragraphs) == 2
    assert "LA010189" not in " ".join(trec.paragraphs)
    nitf = by_title["Dutch court rules on climate case"]
    assert (nitf.date, nitf.byline, nitf.dateline) == (
        date(2019, 12, 20), "By Pieter Jansen", "THE HAGUE")
    rss = by_title["Rail strike called off"]
    assert (rss.date, rss.byline, rss.section, rss.url) == (
        date(2020, 1, 6), "Tom Reed", "Business", "https://example.com/rail-strike")
    assert rss.paragraphs == ["Unions called off a planned rail strike on Monday after talks."]


TAGS = ["<p>", "</p>", "<h1>", "</h1>", "<div>", "</div>", "<script>", "</script>", "<br>",
        "<TITLE>", "</TITLE>", "<REUTERS>", "</REUTERS>", "<BODY>", "</BODY>", "<time datetime=x>",
        "</time>", "&lt;", "&#3;", "<!-- c -->", "<article>", "</article>", "\n", "\n\n", "<"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=30)), max_size=40))
def test_any_markup_gives_stories_citing_real_lines_or_the_documented_error(
        parts: list[str]) -> None:
    text = "".join(parts)
    last = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    labelled, numbers = to_labelled_text(text)
    assert len(numbers) == len(labelled.split("\n"))
    assert all(1 <= n <= last for n in numbers)
    try:
        stories = ingest_text(labelled, DumpContext(name="dumps/t.html"), numbers)
    except IngestError:
        return
    assert all(1 <= s.first_line <= s.last_line <= last for s in stories)
