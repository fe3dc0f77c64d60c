"""Pelican walks the tags twice (feeds, then pages): each tag's date-ordered list is made once
and both walks see the same lists as Pelican's own comprehension would give
(backfile_speed/taxonomy.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from backfile_speed import taxonomy


def _walk(generator: Any) -> list[tuple[str, list[int], list[int], bool]]:
    seen = []
    for tag, members in generator.tags.items():
        dates = [a for a in generator.dates if a in members]  # Pelican's own comprehension
        seen.append((tag, [a.n for a in dates], [a.n for a in members], members[0] in members))
    return seen


def test_both_walks_see_the_same_date_ordered_lists_sorted_once(monkeypatch: Any) -> None:
    stories = [SimpleNamespace(n=n) for n in range(6)]
    dates = [stories[i] for i in (3, 0, 5, 1, 4, 2)]  # the archive's date order
    tags = {"a": [stories[0], stories[1], stories[3]], "b": [stories[5], stories[2]]}
    generator = SimpleNamespace(dates=dates, tags=tags, categories=[], authors=[])
    taxonomy.scope_taxonomies(generator)
    sorts = []
    real = taxonomy._in_date_order
    monkeypatch.setattr(taxonomy, "_in_date_order",
                        lambda articles, position: sorts.append(1) or real(articles, position))
    first, second = _walk(generator), _walk(generator)
    assert first == second == [("a", [3, 0, 1], [0, 1, 3], True), ("b", [5, 2], [5, 2], True)]
    assert len(sorts) == 2  # once per tag, not once per tag and walk
    assert generator.dates is dates  # restored after each walk
