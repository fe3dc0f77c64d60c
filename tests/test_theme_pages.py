"""The theme's pages, read from a built fixture archive: links, contents and metadata."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.theme_html import json_ld, page_links

KIM = "stories/kim-and-putin-meet-at-cosmodrome.html"
SEARCH_PAGE = "search.html"  # written by the search helper's template, not by this theme


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def words(html: str) -> str:
    """The page's text without tags, whitespace collapsed (for checking what a reader sees)."""
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return " ".join(text.split()).replace(" ,", ",").replace(" .", ".")


def test_every_internal_link_is_relative_ends_in_a_file_and_resolves(archive_site: Path) -> None:
    problems = []
    checked = 0
    for page in html_pages(archive_site):
        for tag, url, attrs in page_links(page).refs:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https"):
                if not (tag == "a" and "external" in attrs.get("rel", "")):
                    problems.append(f"{page}: external {tag} {url}")
                continue
            if parts.scheme or url.startswith("#"):
                continue
            checked += 1
            if url.startswith("/") or not re.search(r"/?[^/]+\.[a-z]+$", parts.path):
                problems.append(f"{page}: {url} is root-absolute or not a file")
                continue
            target = (page.parent / parts.path).resolve()
            if not target.is_file() and target != (archive_site / SEARCH_PAGE).resolve():
                problems.append(f"{page}: {url} does not resolve")
    assert checked > 1000
    assert problems == []


def test_no_external_resources_and_css_js_under_50_kb(archive_site: Path) -> None:
    css = archive_site / "theme" / "css" / "backfile.css"
    assert "url(" not in css.read_text() and "@import" not in css.read_text()
    for page in html_pages(archive_site):
        links = page_links(page)
        total = sum(len(t.encode()) for kind, t in links.inline_scripts
                    if kind != "application/ld+json")
        for tag, url, attrs in links.refs:
            if tag in ("script", "img", "iframe", "source", "video", "audio") or (
                    tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "preload")):
                assert not urlsplit(url).scheme, f"{page}: loads {url}"
                if tag == "script" or attrs.get("rel") == "stylesheet":
                    total += (page.parent / url).stat().st_size
        assert 0 < total <= 50 * 1024, f"{page}: {total} bytes of CSS + JS"


def test_every_page_has_the_search_box_landmarks_and_language(archive_site: Path) -> None:
    for page in html_pages(archive_site):
        text = page.read_text(encoding="utf-8")
        assert '<html lang="en">' in text
        assert re.search(r'<form role="search" id="site-search-form" [^>]*action="[^"]*search'
                         r'\.html"', text), page
        assert '<input type="search" name="q" id="site-search-input"' in text
        assert 'class="skip-link" href="#main"' in text and '<main id="main"' in text
        assert text.count("<h1") == 1, f"{page}: one h1"


def test_story_page_shows_the_story_and_where_it_came_from(archive_site: Path) -> None:
    text = read(archive_site, KIM)
    assert '<p class="kicker">SUMMIT</p>' in text
    assert '<h1 id="story-title">Kim and Putin meet at the Vostochny Cosmodrome</h1>' in text
    assert '<span class="dateline">VOSTOCHNY, Russia</span>' in text
    assert re.search(r'href="\.\./archive/2023/09/13/index\.html"><time datetime="2023-09-13">'
                     r'13 September 2023</time>', text)
    assert '<p class="byline">Staff writer, with Reuters</p>' in text
    assert "Photo: Kremlin via Reuters" in text
    # event dates: a day with stories is a link, a day without is text, a bad date stays text
    dates = text.split('id="dates-heading"')[1].split("</section>")[0]
    assert "<li>12 September 2023</li>" in dates
    assert '<a href="../archive/2023/09/13/index.html">13 September 2023</a>' in dates
    assert "<li>2023-02-30</li>" in dates
    people = text.split("<dt>People</dt>")[1].split("</dd>")[0]
    assert '<a href="../entities/kim-jong-un.html">Kim Jong-un</a>' in people
    assert "<dt>Places</dt>" in text and "<dt>Organisations</dt>" in text
    assert "Lines 1\u201314 of the dump" in text
    assert '<a href="../dumps/sample.txt" type="text/plain">dumps/sample.txt</a>' in text
    assert (archive_site / "dumps" / "sample.txt").is_file()
    assert 'href="https://example.com/news/2023/09/13/kim-putin" rel="external nofollow"' in text
    nav = text.split('class="story-nav"')[1]
    assert ('<dt>Earlier</dt><dd><a rel="prev" '
            'href="../stories/caf-resume-naive-script-test.html"') in nav
    assert "<dt>Later in World</dt>" in nav and "<dt>Earlier in World</dt>" not in nav
    assert "Truncated in the source" not in text


def test_related_stories_share_entities(archive_site: Path) -> None:
    text = read(archive_site, "stories/taiwan-tightens-residency-rules.html")
    related = text.split('id="related-heading"')[1].split("</section>")[0]
    # the story of the same day naming Taiwan comes first
    found = re.findall(r'href="\.\./(stories/[^"]+)"', related)
    assert found[0] == "stories/taiwanese-flock-to-china-trade-events.html"
    assert "stories/taiwan-tightens-residency-rules.html" not in found


def test_truncated_story_says_so(archive_site: Path) -> None:
    text = read(archive_site, "stories/taiwan-tightens-residency-rules.html")
    assert "<strong>Truncated in the source.</strong>" in text
    assert "Line 15 of the dump" in words(text)
    assert "[The source text ends here.]" in text
    assert "邱垂正" in text


def test_month_precision_is_shown_and_linked_to_the_month(archive_site: Path) -> None:
    text = read(archive_site, "stories/chip-makers-review-of-march.html")
    assert ('<a href="../archive/2024/03/index.html">'
            '<time datetime="2024-03">March 2024</time>') in text
    assert "March 2024 (the source gives only the month)" in words(text)
    assert not (archive_site / "archive/2024/03/01/index.html").exists()
    month = read(archive_site, "archive/2024/03/index.html")
    assert "Dated only to the month" in month and "chip-makers-review-of-march.html" in month


def test_story_text_is_escaped_everywhere(archive_site: Path) -> None:
    for page in html_pages(archive_site):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page
    story = read(archive_site, "stories/caf-resume-naive-script-test.html")
    assert "Café résumé: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; naïve" in story
    data = json_ld(archive_site / "stories/caf-resume-naive-script-test.html")
    assert data["headline"] == "Café résumé: <script>alert('x')</script> & naïve headlines"


def test_news_article_json_ld(archive_site: Path) -> None:
    data = json_ld(archive_site / KIM)
    assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
    assert data["datePublished"] == "2023-09-13" and data["dateModified"] == "2023-09-13"
    assert data["author"] == {"@type": "Person", "name": "Staff writer, with Reuters"}
    assert data["dateline"] == "VOSTOCHNY, Russia" and data["articleSection"] == "World"
    assert "Vladimir Putin" in data["keywords"] and "Interfax" in data["keywords"]
    assert "url" not in data                       # no absolute address in a local build
    month = json_ld(archive_site / "stories/chip-makers-review-of-march.html")
    assert month["datePublished"] == "2024-03"
    assert month["author"]["@type"] == "Organization"


def test_opengraph(archive_site: Path) -> None:
    text = read(archive_site, KIM)
    assert '<meta property="og:type" content="article">' in text
    assert ('<meta property="og:title" '
            'content="Kim and Putin meet at the Vostochny Cosmodrome">') in text
    assert '<meta property="article:section" content="World">' in text
    assert '<meta property="article:tag" content="Kim Jong-un">' in text


def test_date_archives_have_calendars_and_on_this_day(archive_site: Path) -> None:
    day = read(archive_site, "archive/2024/04/21/index.html")
    assert day.count('<li class="story-item">') == 2
    calendar = day.split('<table class="calendar">')[1].split("</table>")[0]
    linked = re.findall(r'<a href="([^"]+)"[^>]*aria-label="(\d+) April 2024', calendar)
    assert linked == [("../../../../archive/2024/04/21/index.html", "21"),
                      ("../../../../archive/2024/04/22/index.html", "22")]
    assert 'aria-current="date"' in calendar
    assert '<td>20</td>' in calendar                   # a day without stories is not a link
    sept = read(archive_site, "archive/2023/09/13/index.html")
    on_this_day = sept.split('id="on-this-day"')[1].split("</section>")[0]
    assert '../../../../archive/2022/09/13/index.html">13 September 2022</a>' in on_this_day
    year = read(archive_site, "archive/2024/index.html")
    assert year.count('<table class="calendar">') == 12
    assert '<a rel="prev" href="../../archive/2023/index.html">' in year
    assert "Dated only to the year" in read(archive_site, "archive/2022/index.html")
    index = read(archive_site, "archive/index.html")
    assert ('<a href="../archive/2024/04/index.html">3<span class="visually-hidden"> '
            'dated stories in April 2024</span></a>') in index


def test_home_page_timeline_sections_and_counts(archive_site: Path) -> None:
    home = read(archive_site, "index.html")
    assert "8 stories in 5 sections, from 1 January 2022 to 23 April 2025" in words(home)
    svg = home.split("<svg")[1].split("</svg>")[0]
    bars = re.findall(r'<a href="\./(archive/\d{4}/\d\d/index\.html)" aria-label="([^"]+)"', svg)
    assert ("archive/2024/04/index.html", "April 2024: 3 stories") in bars
    assert all((archive_site / url).is_file() for url, _ in bars)
    assert len(bars) == 5                              # months without stories are not links
    sections = home.split('id="latest-heading"')[1].split('id="all-heading"')[0]
    assert re.findall(r'<h3 id="section-(\w+)">', sections)[:2] == ["world", "business"]


def test_long_lists_are_paginated(archive_site: Path) -> None:
    # three to a page in this build: eight stories make the front page (the five newest) and
    # page 1 (the three oldest), counted from the oldest so that it keeps them as stories arrive
    assert (archive_site / "page-1.html").is_file()
    assert not (archive_site / "page-2.html").exists()
    home = read(archive_site, "index.html")
    everything = home.split('id="all-heading"')[1]
    assert 'rel="next" href="./page-1.html"' in home and everything.count('class="story-item"') == 5
    page1 = read(archive_site, "page-1.html")
    assert 'rel="prev" href="./index.html"' in page1 and "Page 1" in page1
    assert page1.count('class="story-item"') == 3 and "Older stories" not in page1
    # a year lists its stories oldest first: its front page is its first page
    year = read(archive_site, "archive/2024/index.html")
    assert 'rel="next" href="../../archive/2024/page-2.html"' in year or "page-2.html" in year
    assert "Earlier stories" in read(archive_site, "archive/2024/page-2.html")
    assert not (archive_site / "sections/world/page-1.html").exists()


def test_entity_pages_index_and_types(archive_site: Path) -> None:
    kim = read(archive_site, "entities/kim-jong-un.html")
    assert 'href="../entities/types/people.html">People</a>' in kim
    assert "Also written as Kim, Kim Jong Un." in kim
    assert "Named in 1 story. First: 13 September 2023, Kim and Putin" in words(kim)
    taiwan = read(archive_site, "entities/taiwan.html")
    assert "Named in 4 stories. First: March 2024" in words(taiwan)
    assert "Latest: 22 April 2024, Marines bring" in words(taiwan)
    assert "<svg" in taiwan and "Stories naming Taiwan per month: 4 stories" in words(taiwan)
    assert "<svg" not in kim                                    # one story: no chart
    index = read(archive_site, "entities/index.html")
    assert 'href="../entities/az/t.html"' in index and 'href="../entities/az/other.html"' in index
    t = read(archive_site, "entities/az/t.html")
    assert re.search(r'taiwan\.html">Taiwan</a> <span class="entity-kind">Place</span> '
                     r'<span class="count">4 stories</span>', t)
    assert t.index(">Taipei<") < t.index(">Taiwan<") < t.index(">TSMC<")
    assert "4Kids Sports Club" in read(archive_site, "entities/az/other.html")
    places = read(archive_site, "entities/types/places.html")
    assert places.index(">Taiwan<") < places.index(">Åre<")     # most named first


def test_feeds_sitemap_opensearch_about_and_404(archive_site: Path) -> None:
    for feed in ("feeds/all.atom.xml", "feeds/sections/world.atom.xml",
                 "feeds/entities/taiwan.atom.xml"):
        ET.parse(archive_site / feed)
    sitemap = ET.parse(archive_site / "sitemap.xml").getroot()
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert KIM in locs and "archive/2024/04/21/index.html" in locs
    assert all((archive_site / loc).is_file() for loc in locs)
    osd = ET.parse(archive_site / "opensearch.xml").getroot()
    url = osd.find("{http://a9.com/-/spec/opensearch/1.1/}Url")
    assert url.get("template") == "search.html?q={searchTerms}"
    assert 'rel="search" type="application/opensearchdescription+xml"' in read(archive_site, KIM)
    about = read(archive_site, "about.html")
    assert "holds 8 stories from 1 January 2022 to 23 April 2025" in words(about)
    assert 'href="./dumps/sample.txt"' in about
    assert "Page not found" in read(archive_site, "404.html")
    assert 'rel="canonical"' not in read(archive_site, KIM)    # only with an absolute SITEURL


def test_published_build_has_absolute_canonical_links(published_site: Path) -> None:
    root = "https://example.org/backfile"
    story = read(published_site, KIM)
    assert f'<link rel="canonical" href="{root}/{KIM}">' in story
    assert f'<meta property="og:url" content="{root}/{KIM}">' in story
    assert 'href="../entities/kim-jong-un.html"' in story       # page links stay relative
    assert json_ld(published_site / KIM)["url"] == f"{root}/{KIM}"
    sitemap = read(published_site, "sitemap.xml")
    assert f"<loc>{root}/{KIM}</loc>" in sitemap
    assert f'template="{root}/search.html?q={{searchTerms}}"' in read(published_site,
                                                                      "opensearch.xml")
    # GitHub Pages serves 404.html at any depth: a <base> keeps its relative links right
    page = read(published_site, "404.html")
    assert page.index(f'<base href="{root}/">') < page.index('rel="stylesheet"')


@pytest.mark.parametrize("rel", ["index.html", KIM, "entities/taiwan.html"])
def test_pages_work_without_javascript(archive_site: Path, rel: str) -> None:
    """No page of this theme loads a script: everything but search is plain HTML."""
    links = page_links(archive_site / rel)
    assert not [u for tag, u, _ in links.refs if tag == "script"]
    assert [k for k, _ in links.inline_scripts] in ([], ["application/ld+json"])


def test_publish_link_checker_finds_nothing_wrong(archive_site: Path) -> None:
    """The publish helper's checker (folders, fragments, icons, CSS urls) agrees."""
    from backfile_publish.links import check_folder

    problems = [str(p) for p in check_folder(archive_site)
                if f"target {SEARCH_PAGE} does not exist" not in p.reason]
    assert problems == []


def test_pages_as_the_ingest_writes_them(archive_site: Path) -> None:
    """Empty keys, a single event date without ';', Original-Url and the ingest's own
    truncation note (the theme then adds no second end marker)."""
    text = read(archive_site, "stories/taiwanese-flock-to-china-trade-events.html")
    assert 'href="https://example.com/taiwanese-events" rel="external nofollow"' in text
    assert "<li>20 April 2024</li>" in text
    assert "<dt>People</dt>" not in text and "<dt>Places</dt>" in text
    assert text.count('class="truncation-note"') == 1
    assert "<strong>Truncated in the source.</strong>" in text
