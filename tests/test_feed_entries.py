"""A feed entry is serialised once and copied into every feed that has it, byte for byte
(backfile_archive/feed_entries.py), and a story's entry is made once per writer (feeds.py)."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from feedgenerator import Atom1Feed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from backfile_archive import feed_entries, feeds  # noqa: E402

WHEN = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


class CountingFeed(Atom1Feed):
    """Counts the entries feedgenerator serialises."""

    serialised = 0

    def add_item_elements(self, handler, item):  # type: ignore[no-untyped-def]
        CountingFeed.serialised += 1
        super().add_item_elements(handler, item)


def _feed(kind: type[Atom1Feed], items: list[dict]) -> Atom1Feed:
    feed = kind(title="Backfile - Taiwan", link="/", description="", feed_url="feeds/t.xml")
    for item in items:
        feed.add_item(**item)
    return feed


def _xml(feed: Atom1Feed) -> str:
    out = io.StringIO()
    feed.write(out, "utf-8")
    return out.getvalue()


def _item(n: int, **extra: object) -> dict:
    return {"title": f"Vote <b>{n}</b> & recount", "link": f"stories/s{n}.html",
            "description": "<p>In brief &amp; more.</p>", "pubdate": WHEN,
            "unique_id": f"tag:s{n}", "categories": ["Politics", "Taiwan"], **extra}


def test_entries_are_written_once_and_copied_byte_for_byte(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = [_item(1), _item(2, content="<p>Full text</p>")]
    monkeypatch.setattr(Atom1Feed, "write_items", feed_entries._pelican_write_items)
    plain = _xml(_feed(Atom1Feed, items))  # feedgenerator's own
    monkeypatch.setattr(feed_entries, "_entries", {})
    monkeypatch.setattr(Atom1Feed, "write_items", feed_entries.write_items)
    CountingFeed.serialised = 0
    first, second = _xml(_feed(CountingFeed, items)), _xml(_feed(CountingFeed, items[:1]))
    assert CountingFeed.serialised == 2  # the second feed's entry was copied, not rewritten
    assert first == plain
    assert "Vote &lt;b&gt;1&lt;/b&gt; &amp; recount" in first
    assert second.count("<entry>") == 1 and first.count("<entry>") == 2


def test_an_entry_with_other_values_or_no_date_is_written_anew(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(feed_entries, "_entries", {})
    monkeypatch.setattr(Atom1Feed, "write_items", feed_entries.write_items)
    CountingFeed.serialised = 0
    with_text = _xml(_feed(CountingFeed, [_item(1, content="<p>Full text</p>")]))
    summary_only = _xml(_feed(CountingFeed, [_item(1)]))
    assert "<content" in with_text and "<content" not in summary_only
    undated = {**_item(3), "pubdate": None}
    _xml(_feed(CountingFeed, [undated]))
    _xml(_feed(CountingFeed, [undated]))
    assert CountingFeed.serialised == 4


class _Writer:
    """Pelican's Writer as `_add_item_to_the_feed` reads it."""

    def __init__(self) -> None:
        self.site_url = ""
        self.settings = {"FEED_APPEND_REF": False, "TIMEZONE": "UTC"}

    def urljoiner(self, base: str, url: str) -> str:
        return f"{base}/{url}" if base else url


def test_a_story_entry_is_made_once_per_writer_and_each_feed_gets_its_own_copy() -> None:
    calls = []

    class Story(SimpleNamespace):
        def get_content(self, siteurl: str) -> str:
            calls.append(siteurl)
            return "<p>Full text</p>"

    story = Story(title="Vote <b>count</b>", url="stories/a.html", date=WHEN,
                  summary="<p>In brief.</p>", category="Politics", tags=["Taiwan"])
    writer = _Writer()
    entity, everything = _feed(Atom1Feed, []), _feed(Atom1Feed, [])
    feeds._add_item_with_text_title(writer, entity, story)
    entity.items[0]["content"] = None  # what summaries_only does to an entity feed's entry
    feeds._add_item_with_text_title(writer, everything, story)
    assert len(calls) == 1
    assert everything.items[0]["content"] == "<p>Full text</p>"
    assert everything.items[0]["title"] == "Vote <b>count</b>"  # the headline, as text
    everything.items[0]["categories"].append("x")
    assert entity.items[0]["categories"] == ["Politics", "Taiwan"]
    writer.site_url = "https://example.org"  # another site URL: another entry
    feeds._add_item_with_text_title(writer, _feed(Atom1Feed, []), story)
    assert len(calls) == 2


def test_the_entries_kept_are_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(feed_entries, "_entries", {})
    monkeypatch.setattr(feed_entries, "MAX_ENTRIES", 2)
    monkeypatch.setattr(Atom1Feed, "write_items", feed_entries.write_items)
    items = [_item(n) for n in range(5)]
    first = _xml(_feed(Atom1Feed, items))
    assert len(feed_entries._entries) <= 2
    assert _xml(_feed(Atom1Feed, items)) == first
    monkeypatch.setattr(feeds, "MAX_ENTRIES", 1)
    writer = _Writer()
    for n in range(3):
        story = SimpleNamespace(title=f"S{n}", url=f"stories/{n}.html", date=WHEN, summary="",
                                get_content=lambda siteurl: "<p>Text</p>")
        feeds._add_item_with_text_title(writer, _feed(Atom1Feed, []), story)
    assert len(writer._backfile_entries) == 1  # type: ignore[attr-defined]
