"""A saved web page describes its story in its <head> (Open Graph and article meta tags, the
schema.org JSON-LD news sites embed), and its body's blocks may all sit on one source line.

Such a page whose headline is an `<h2 class="title">`, whose writer's name is a
`<span class="author-name">` and whose body is minified came out as one story titled "Business
Port strike ends after pay deal Jane Doe 14 May 2024", undated, its paragraphs run together."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest_support import ingest

LD = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "name": "The Valport Times"},
    {"@type": "NewsArticle", "headline": "Port strike ends after pay deal",
     "datePublished": "2024-05-14T08:30:00+01:00", "articleSection": "Business",
     "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Li Wen"}]}]}

PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8">'
    "<title>Port strike ends after pay deal | The Valport Times</title>"
    f'<script type="application/ld+json">{json.dumps(LD)}</script></head>\n'
    '<body><nav><a href="/">Home</a></nav><main><article><div><span class="kicker">Business'
    '</span><h2 class="title">Port strike ends after pay deal</h2></div><div class="meta">'
    '<span class="author-name">Jane Doe, Li Wen</span> <span>14 May 2024</span></div>'
    "<p>Dock workers returned to work on Tuesday after accepting a 7% pay offer.</p>"
    "<p>The union said members had voted 82% in favour of the deal.</p></article>"
    "<aside><h3>Most read</h3></aside></main></body></html>\n")

META_ONLY = PAGE.replace(
    f'<script type="application/ld+json">{json.dumps(LD)}</script>',
    '<meta property="og:title" content="Port strike ends after pay deal">'
    '<meta property="article:published_time" content="2024-05-14T08:30:00+01:00">'
    '<meta property="article:author" content="https://example.org/staff/jane-doe">'
    '<meta name="author" content="Jane Doe, Li Wen">'
    '<meta property="article:section" content="Business">')


def test_the_pages_head_gives_headline_date_byline_and_section(tmp_path: Path) -> None:
    for name, page in (("ld.html", PAGE), ("meta.html", META_ONLY)):
        report = ingest(tmp_path / name, {name: page})
        (story,) = report.stories
        assert story.title == "Port strike ends after pay deal", name
        assert (story.date, story.section) == (date(2024, 5, 14), "Business"), name
        assert story.byline == "Jane Doe, Li Wen", name  # (never the writer's page address)


def test_a_minified_bodys_blocks_are_paragraphs_under_the_shown_heading(
        tmp_path: Path) -> None:
    (story,) = ingest(tmp_path, {"page.html": PAGE}).stories
    assert story.paragraphs == [
        "Dock workers returned to work on Tuesday after accepting a 7% pay offer.",
        "The union said members had voted 82% in favour of the deal."]
    assert story.summary.startswith("Dock workers returned")
