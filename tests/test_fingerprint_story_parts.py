"""A story page's fingerprint: its own part is kept across builds by file, its view of the
archive is described afresh, and every field of that view that the page shows counts.

An everyday rebuild checks 10,000 unchanged story pages; it reuses each story's own part
(text and plain attributes, backfile_speed/own_parts.py) and describes only what the rest of
the archive can change (its StoryView: neighbours, related stories, entities, date pages).
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from backfile_archive.site import EntityGroup, EventLink, StoryView
from backfile_archive.story_facts import StoryFacts
from backfile_speed.own_parts import OwnParts
from backfile_speed.skip import Fingerprints
from pelican.contents import Article
from pelican.settings import read_settings
from pelican.urlwrappers import Tag


def _settings(tmp_path: Path) -> dict[str, Any]:
    return read_settings(override={"CACHE_PATH": str(tmp_path / "cache"),
                                   "LOAD_CONTENT_CACHE": True})


def _story(tmp_path: Path, name: str, settings: dict[str, Any], text: str = "<p>Text.</p>",
           title: str = "A story") -> Article:
    path = tmp_path / f"{name}.md"
    if not path.exists():
        path.write_text(f"Title: {title}\n\n{text}\n", encoding="utf-8")
    return Article(text, metadata={"title": title, "date": datetime(2024, 1, 1)},
                   settings=settings, source_path=str(path))


def _view(tmp_path: Path, settings: dict[str, Any], **changes: Any) -> StoryView:
    other = _story(tmp_path, "other", settings)
    facts = StoryFacts(key=0, slug="a", day=date(2024, 1, 1), precision="day", section="News")
    base: dict[str, Any] = {
        "facts": facts, "url": "a.html", "section_url": None, "date_label": "1 January 2024",
        "date_url": "2024/01/01/", "event_dates": [EventLink("2 January", None)],
        "entity_groups": [EntityGroup("People", [Tag("Ada Lovelace", settings)])],
        "source": None, "source_url": None, "related": [other], "prev_in_time": other}
    return StoryView(**{**base, **changes})


def test_the_same_view_gives_the_same_fingerprint(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert (Fingerprints(settings).value(_view(tmp_path, settings))
            == Fingerprints(settings).value(_view(tmp_path, settings)))


CHANGES = {
    "date_url": "2024/01/",
    "event_dates": [EventLink("2 January", "2024/01/02/")],
    "entity_groups": [EntityGroup("People", [Tag("Ada King", {})])],
    "source_url": "dumps/a.txt",
    "related": [],
    "prev_in_time": None,
    "next_in_time": "other",
    "prev_in_section": "other",
    "next_in_section": "other",
}


def test_every_field_the_page_shows_is_covered() -> None:
    """A new StoryView field that counts must be added to __fingerprint__ and to CHANGES."""
    counted = {f.name for f in dataclasses.fields(StoryView)
               if f.metadata.get("fingerprint", True) is not False}
    assert counted == set(CHANGES)


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_changed_field_changes_the_fingerprint(tmp_path: Path, name: str) -> None:
    settings = _settings(tmp_path)
    change = CHANGES[name]
    if change == "other":
        change = _story(tmp_path, "other", settings)
    if name == "entity_groups":
        change = [EntityGroup("People", [Tag("Ada King", settings)])]
    before = Fingerprints(settings).value(_view(tmp_path, settings))
    assert Fingerprints(settings).value(_view(tmp_path, settings, **{name: change})) != before
    # and on the story's own page, where its attached view is written out inline
    assert (_page(tmp_path, settings, _view(tmp_path, settings, **{name: change}))
            != _page(tmp_path, settings, _view(tmp_path, settings)))


def _page(tmp_path: Path, settings: dict[str, Any], view: StoryView) -> str:
    story = _story(tmp_path, "a", settings)
    story.backfile = view  # type: ignore[attr-defined]
    return Fingerprints(settings).value(story)


def test_a_linked_story_edited_changes_the_fingerprint(tmp_path: Path) -> None:
    """A related story is shown by its own fields: its file's stamp counts."""
    settings = _settings(tmp_path)
    before = Fingerprints(settings).value(_view(tmp_path, settings))
    page = _page(tmp_path, settings, _view(tmp_path, settings))
    (tmp_path / "other.md").write_text("Title: A new headline\n\nText.\n", encoding="utf-8")
    assert Fingerprints(settings).value(_view(tmp_path, settings)) != before
    assert _page(tmp_path, settings, _view(tmp_path, settings)) != page


def _page_part(tmp_path: Path, settings: dict[str, Any], story: Article) -> tuple[str, Any]:
    fingerprints = Fingerprints(settings)
    fingerprints.prepare([story])
    described = fingerprints.value(story)
    fingerprints.save()
    return described, fingerprints.own_parts


def test_an_unchanged_story_keeps_its_own_part_and_an_edited_one_does_not(
        tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first, _ = _page_part(tmp_path, settings, _story(tmp_path, "a", settings))
    again, parts = _page_part(tmp_path, settings, _story(tmp_path, "a", settings))
    assert again == first and parts.previous  # read back from the last build
    # The same file rewritten with another title (and so another stamp): described afresh
    os.utime(tmp_path / "a.md", ns=(1, 1))
    edited, _ = _page_part(tmp_path, settings,
                           _story(tmp_path, "a", settings, title="Another headline"))
    assert edited != first


def test_same_stamp_but_other_text_is_described_afresh(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first, _ = _page_part(tmp_path, settings, _story(tmp_path, "a", settings))
    other, _ = _page_part(tmp_path, settings,
                          _story(tmp_path, "a", settings, text="<p>Other text.</p>"))
    assert other != first


def test_own_parts_are_dropped_for_other_settings() -> None:
    kept = OwnParts(("", {}), "settings-1")
    kept.put("a.md", "1:2:x", "own")
    assert OwnParts(kept.stored(), "settings-1").get("a.md", "1:2:x") == "own"
    assert OwnParts(kept.stored(), "settings-1").get("a.md", "1:3:x") is None
    assert OwnParts(kept.stored(), "settings-2").get("a.md", "1:2:x") is None


def test_a_tag_is_described_by_its_name_and_what_is_attached(tmp_path: Path) -> None:
    """Pelican gives each story its own Tag objects: equal names describe alike (a memo by
    name), attached entity data still counts."""
    settings = _settings(tmp_path)
    fingerprints = Fingerprints(settings)
    one, other = Tag("Ada Lovelace", settings), Tag("Ada Lovelace", settings)
    assert fingerprints.value(one) == fingerprints.value(other)
    assert fingerprints.value(Tag("Ada King", settings)) != fingerprints.value(one)
    other.backfile = "entity data"  # type: ignore[attr-defined]
    assert fingerprints.value(other) != fingerprints.value(one)


def test_where_pelican_is_installed_does_not_change_the_keys(tmp_path: Path) -> None:
    """DEFAULT_CONFIG names Pelican's install folder: another virtualenv's Python building the
    same site must not re-render every page. A real setting still counts."""
    settings = {**_settings(tmp_path), "DEFAULT_CONFIG": {"THEME": "/one/venv/pelican"}}
    moved = {**settings, "DEFAULT_CONFIG": {"THEME": "/another/venv/pelican"}}
    assert Fingerprints(moved).settings_digest == Fingerprints(settings).settings_digest
    renamed = {**settings, "SITENAME": "Another archive"}
    assert Fingerprints(renamed).settings_digest != Fingerprints(settings).settings_digest
