"""Feed titles are the text the pages show, markup-like text included: headlines, sections.

Headlines are text: the pages escape them, so "<script>alert(1)</script> Vote" reads as typed.
Pelican's feed writer took titles for HTML and stripped the tags, so the same entry said
"alert(1) Vote" in every feed. Nothing in a feed may run either way: feedgenerator escapes it.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from sitebuild import build, make_site, story_page

ATOM = "{http://www.w3.org/2005/Atom}"
HEADLINE = "<script>alert(1)</script> Vote <img src=x onerror=alert(1)> & <b>Result</b>"


def titles(feed: Path) -> list[str]:
    return [e.findtext(f"{ATOM}title") or "" for e in ET.parse(feed).getroot().iter(f"{ATOM}entry")]


def test_feeds_carry_the_headline_as_text(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=3)
    (site / "content" / "stories" / "story-0.md").write_text(story_page(0, title=HEADLINE),
                                                            encoding="utf-8")
    build(site)
    output = site / "output"
    page = (output / "stories" / "story-0.html").read_text(encoding="utf-8")
    shown = re.search(r'<h1 id="story-title">(.*?)</h1>', page, re.S).group(1)
    assert html.unescape(shown) == HEADLINE
    feeds = [output / "feeds" / "all.atom.xml", *(output / "feeds" / "sections").glob("*.xml"),
             output / "feeds" / "entities" / "ada-lovelace.atom.xml"]
    found = [f for f in feeds if HEADLINE in titles(f)]
    assert len(found) == 3, [(f.name, titles(f)) for f in feeds]
    for feed in feeds:
        assert "<script>" not in feed.read_text(encoding="utf-8")


def test_a_section_feed_is_titled_with_the_section_name_as_text(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=2)
    section = "<i>World</i> & Co"
    page = site / "content" / "stories" / "story-0.md"
    page.write_text(re.sub(r"(?m)^Category: .*$", f"Category: {section}", story_page(0)),
                    encoding="utf-8")
    build(site)
    (feed,) = (site / "output" / "feeds" / "sections").glob("*world*.xml")
    assert ET.parse(feed).getroot().findtext(f"{ATOM}title") == f"Backfile - {section}"
