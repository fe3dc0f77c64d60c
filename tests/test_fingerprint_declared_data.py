"""The archive's plain data say what they are made of in one text (`__fingerprint__`).

The A-Z, type and names pages list thousands of entities, and the dates index every year and
month with its calendar; describing each entity's and period's fields one by one was most of
checking those pages on every build. An entity and a period now describe themselves as one
text: every field must still count, so a page showing any of them re-renders when it changes.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from backfile_archive.calendars import DayCell, MonthGrid, Period, PeriodLink
from backfile_archive.entities import EntityInfo
from backfile_speed.skip import Fingerprints
from pelican.contents import Article
from pelican.settings import read_settings


def _fingerprints(tmp_path: Path) -> Fingerprints:
    return Fingerprints(read_settings(override={"CACHE_PATH": str(tmp_path)}))


def _story(tmp_path: Path, name: str) -> Article:
    path = tmp_path / name
    if not path.exists():
        path.write_text("Title: A story\n\nText.\n", encoding="utf-8")
    settings = read_settings(override={"CACHE_PATH": str(tmp_path)})
    return Article("<p>Text.</p>", metadata={"title": "A story", "date": datetime(2024, 1, 1)},
                   settings=settings, source_path=str(path))


def _entity(tmp_path: Path, **changes: Any) -> EntityInfo:
    story = _story(tmp_path, "a.md")
    entity = EntityInfo("Ada Lovelace", "people", aliases=["Ada"], stories=[1, 4],
                        months=Counter({(2024, 1): 2}), url="entities/ada.html",
                        first_story=story, last_story=story)
    return dataclasses.replace(entity, **changes)


def _period(**changes: Any) -> Period:
    grid = MonthGrid(2024, 1, "January 2024", "2024/01/", [[DayCell(0), DayCell(1, 2, "d")]], 2)
    period = Period("year", date(2024, 1, 1), "2024", "2024/", stories=[1, 2],
                    prev=PeriodLink("2023", "2023/", 5), crumbs=[PeriodLink("All", "a/")],
                    grids=[grid], on_this_day=[PeriodLink("1 Jan 2023", "2023/01/01/", 1)])
    return dataclasses.replace(period, **changes)


def test_an_entity_listed_twice_describes_alike(tmp_path: Path) -> None:
    assert (_fingerprints(tmp_path).value([_entity(tmp_path)])
            == _fingerprints(tmp_path).value([_entity(tmp_path)]))


@pytest.mark.parametrize("change", [
    {"name": "Ada King"}, {"kind": "places"}, {"aliases": ["Countess"]}, {"stories": [1, 5]},
    {"months": Counter({(2024, 2): 2})}, {"url": "entities/ada-king.html"},
])
def test_every_field_of_a_listed_entity_counts(tmp_path: Path, change: dict[str, Any]) -> None:
    assert (_fingerprints(tmp_path).value([_entity(tmp_path)])
            != _fingerprints(tmp_path).value([_entity(tmp_path, **change)]))


def test_a_listed_entity_counts_its_first_story_by_its_file(tmp_path: Path) -> None:
    other = _story(tmp_path, "b.md")
    assert (_fingerprints(tmp_path).value([_entity(tmp_path)])
            != _fingerprints(tmp_path).value([_entity(tmp_path, first_story=other)]))


def test_an_entity_attached_to_its_tag_still_leaves_out_its_listing(tmp_path: Path) -> None:
    """Attached to a tag, an entity counts without what its stories make of it (its count,
    months, first and last story): the tag's pages count their own listing."""
    from pelican.urlwrappers import Tag

    def tag(entity: EntityInfo) -> str:
        wrapper = Tag("Ada Lovelace", read_settings(override={"CACHE_PATH": str(tmp_path)}))
        wrapper.backfile = entity
        return _fingerprints(tmp_path).value(wrapper)

    assert tag(_entity(tmp_path)) == tag(_entity(tmp_path, stories=[1, 2, 3]))
    assert tag(_entity(tmp_path)) != tag(_entity(tmp_path, aliases=["Countess"]))


def test_a_period_described_twice_is_the_same(tmp_path: Path) -> None:
    assert _fingerprints(tmp_path).value([_period()]) == _fingerprints(tmp_path).value([_period()])


@pytest.mark.parametrize("change", [
    {"title": "Year 2024"}, {"url": "y/2024/"}, {"stories": [1, 3]}, {"undated": [7]},
    {"prev": PeriodLink("2023", "2023/", 6)}, {"next": PeriodLink("2025", "2025/", 1)},
    {"crumbs": []}, {"on_this_day": []},
    {"grids": [MonthGrid(2024, 1, "January 2024", "2024/01/",
                         [[DayCell(0), DayCell(1, 3, "d")]], 3)]},
])
def test_every_field_of_a_period_counts_down_to_a_calendar_cell(
        tmp_path: Path, change: dict[str, Any]) -> None:
    assert (_fingerprints(tmp_path).value([_period()])
            != _fingerprints(tmp_path).value([_period(**change)]))
