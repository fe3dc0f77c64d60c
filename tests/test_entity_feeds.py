"""Entity feeds carry headline, summary and link; the all-stories and section feeds, full text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from backfile_archive.feeds import entity_feed_url

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(site: Path, feed: str) -> list[ET.Element]:
    found = ET.parse(site / feed).getroot().findall(f"{ATOM}entry")
    assert found, f"{feed} has no entries"
    return found


def test_an_entity_feed_has_summaries_and_links_not_full_text(archive_site: Path) -> None:
    for entry in entries(archive_site, "feeds/entities/taiwan.atom.xml"):
        assert entry.find(f"{ATOM}content") is None
        assert (entry.findtext(f"{ATOM}summary") or "").strip()
        assert entry.find(f"{ATOM}link").get("href", "").endswith(".html")


def test_the_all_stories_and_section_feeds_keep_the_full_text(archive_site: Path) -> None:
    for feed in ("feeds/all.atom.xml", "feeds/sections/world.atom.xml"):
        for entry in entries(archive_site, feed):
            assert (entry.findtext(f"{ATOM}content") or "").strip(), feed


def test_only_addresses_made_from_the_pattern_are_entity_feeds() -> None:
    pattern = entity_feed_url("feeds/entities/{slug}.atom.xml")
    for url in ("feeds/entities/putin.atom.xml", "/feeds/entities/putin.atom.xml",
                "https://example.org/archive/feeds/entities/putin.atom.xml"):
        assert pattern.search(url), url
    for url in ("feeds/all.atom.xml", "feeds/sections/world.atom.xml",
                "feeds/entities/a/b.atom.xml", "myfeeds/entities/putin.atom.xml"):
        assert not pattern.search(url), url
