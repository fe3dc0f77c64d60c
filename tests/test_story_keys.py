"""A story page keeps last build's key, without being described, only while its signature and
every story and tag its view links to are unchanged (backfile_speed/story_keys.py).

The whole-build comparisons (test_incremental_build.py) show the output equals a fresh build's;
these show the shortcut is taken for an unchanged page and refused for each kind of change.
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
from backfile_speed.skip import Fingerprints
from jinja2 import DictLoader, Environment
from pelican.contents import Article
from pelican.settings import read_settings
from pelican.urlwrappers import Tag

TEMPLATE = ("{{ article.title }} {{ article.backfile.related|length }}"
            "{% for g in article.backfile.entity_groups %}{{ g.tags|length }}{% endfor %}")


def _settings(tmp_path: Path) -> dict[str, Any]:
    return read_settings(override={"CACHE_PATH": str(tmp_path / "cache"),
                                   "LOAD_CONTENT_CACHE": True})


@dataclasses.dataclass
class Entity:
    """Stands in for the entity data backfile_archive attaches to a tag."""

    kind: str


class Build:
    """One build's objects: a story page whose view links one other story and one tag."""

    def __init__(self, tmp_path: Path, kind: str = "person", tag: str = "Ada Lovelace",
                 event_url: str | None = None) -> None:
        self.settings = _settings(tmp_path)
        self.tag = Tag(tag, self.settings)
        self.tag.backfile = Entity(kind)  # type: ignore[attr-defined]
        self.other = self._story(tmp_path, "other")
        self.story = self._story(tmp_path, "a")
        facts = StoryFacts(key=0, slug="a", day=date(2024, 1, 1), precision="day",
                           section="News")
        self.story.backfile = StoryView(  # type: ignore[attr-defined]
            facts=facts, url="a.html", section_url=None, date_label="1 January 2024",
            date_url="2024/01/01/", event_dates=[EventLink("2 January", event_url)],
            entity_groups=[EntityGroup("People", [self.tag])], source=None, source_url=None,
            related=[self.other], prev_in_time=self.other)
        self.template = Environment(loader=DictLoader({"article.html": TEMPLATE})).get_template(
            "article.html")
        self.fingerprints = Fingerprints(self.settings)
        self.described = 0

    def _story(self, tmp_path: Path, name: str) -> Article:
        path = tmp_path / f"{name}.md"
        if not path.exists():
            path.write_text(f"Title: {name}\n\nText.\n", encoding="utf-8")
        return Article("<p>Text.</p>", metadata={"title": name, "date": datetime(2024, 1, 1)},
                       settings=self.settings, source_path=str(path))

    def key(self, tags: list[Any] | None = None) -> str | None:
        """The story page's key, counting whether it had to be described in full."""
        fingerprints = self.fingerprints
        fingerprints.prepare([self.other, self.story], [(t, []) for t in tags or [self.tag]])
        full = fingerprints._page_key

        def counted(*args: Any, **kwargs: Any) -> str | None:
            self.described += 1
            return full(*args, **kwargs)

        fingerprints._page_key = counted  # type: ignore[method-assign]
        key = fingerprints.page_key("a.html", self.template, {"SITENAME": "x"},
                                    {"article": self.story, "url": "a.html"})
        fingerprints.save()
        return key


def _fresh_key(tmp_path: Path, **changes: Any) -> str | None:
    """What a build with no stored keys gives for the same objects."""
    (tmp_path / "cache" / "backfile_pages.pickle").unlink()
    return Build(tmp_path, **changes).key()


def test_an_unchanged_page_keeps_its_key_without_being_described(tmp_path: Path) -> None:
    first = Build(tmp_path)
    key = first.key()
    assert key is not None and first.described == 1
    again = Build(tmp_path)
    assert again.key() == key
    assert again.described == 0


@pytest.mark.parametrize("change", [{"kind": "organization"}, {"tag": "Ada King"},
                                    {"event_url": "2024/01/02/"}],
                         ids=["linked tag's data", "linked tag", "plain field"])
def test_a_changed_view_is_described(tmp_path: Path, change: dict[str, Any]) -> None:
    key = Build(tmp_path).key()
    changed = Build(tmp_path, **change)
    new_key = changed.key()
    assert changed.described == 1
    assert new_key != key
    assert new_key == _fresh_key(tmp_path, **change)


def test_an_edited_linked_story_is_described(tmp_path: Path) -> None:
    """A related story is listed by its own fields: its file's stamp counts."""
    key = Build(tmp_path).key()
    (tmp_path / "other.md").write_text("Title: A new headline\n\nText.\n", encoding="utf-8")
    os.utime(tmp_path / "other.md", ns=(1, 1))
    changed = Build(tmp_path)
    new_key = changed.key()
    assert changed.described == 1 and new_key != key
    assert new_key == _fresh_key(tmp_path)


def test_two_tags_of_one_name_are_not_known_by_it(tmp_path: Path) -> None:
    Build(tmp_path).key()
    build = Build(tmp_path)
    twin = Tag("Ada Lovelace", build.settings)
    assert build.key([build.tag, twin]) is not None and build.described == 1


def test_other_settings_keep_nothing(tmp_path: Path) -> None:
    Build(tmp_path).key()
    build = Build(tmp_path)
    build.settings["SITENAME"] = "Another archive"
    build.fingerprints = Fingerprints(build.settings)
    build.key()
    assert build.described == 1


def test_the_signature_names_what_the_fingerprint_describes(tmp_path: Path) -> None:
    """Every field the view's fingerprint counts changes its signature or what it links to
    (a new field must be added to both)."""
    build = Build(tmp_path)
    view = build.story.backfile  # type: ignore[attr-defined]
    counted = [f.name for f in dataclasses.fields(StoryView)
               if f.metadata.get("fingerprint", True) is not False and f.name != "jsonld"]
    changes: dict[str, Any] = {
        "date_url": "2024/01/", "event_dates": [EventLink("3 January", None)],
        "entity_groups": [EntityGroup("Places", [build.tag])], "source_url": "dumps/a.txt",
        "related": [], "prev_in_time": None, "next_in_time": build.other,
        "prev_in_section": build.other, "next_in_section": build.other}
    assert set(counted) == set(changes)
    for name, value in changes.items():
        assert dataclasses.replace(view, **{name: value}).__signature__() != \
            view.__signature__(), name


def test_a_list_of_the_builds_stories_reads_as_without_the_shortcut(tmp_path: Path) -> None:
    """prepare() lets a listing describe its stories by their cards in one pass: the same
    text as describing each story (and a list holding anything else takes the long way)."""
    build = Build(tmp_path)
    stories = [build.other, build.story, build.other]
    plain = Fingerprints(build.settings)
    build.fingerprints.prepare([build.other, build.story], [(build.tag, [])])
    assert build.fingerprints._listed
    for listing in (stories, [*stories, "x"], [build.tag, build.story]):
        assert build.fingerprints.value(list(listing)) == plain.value(list(listing))
        assert build.fingerprints.value(list(listing), 1) == plain.value(list(listing), 1)
