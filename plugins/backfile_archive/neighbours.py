"""Previous/next story in time and within a section, computed once for the whole archive."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .story_facts import StoryFacts


@dataclass(frozen=True)
class Neighbours:
    """Keys of the adjacent stories (None at either end)."""

    prev_in_time: int | None = None
    next_in_time: int | None = None
    prev_in_section: int | None = None
    next_in_section: int | None = None


def _chain(order: Sequence[int]) -> dict[int, tuple[int | None, int | None]]:
    return {
        key: (order[i - 1] if i > 0 else None, order[i + 1] if i + 1 < len(order) else None)
        for i, key in enumerate(order)
    }


def neighbours(stories: Sequence[StoryFacts]) -> dict[int, Neighbours]:
    """Oldest-to-newest order by (date, slug), so ties are stable across builds. O(n log n)."""
    ordered = sorted(stories, key=lambda s: (s.day, s.slug, s.key))
    in_time = _chain([s.key for s in ordered])
    by_section: dict[str, list[int]] = defaultdict(list)
    for story in ordered:
        by_section[story.section].append(story.key)
    in_section: dict[int, tuple[int | None, int | None]] = {}
    for keys in by_section.values():
        in_section.update(_chain(keys))
    return {
        key: Neighbours(*in_time[key], *in_section[key])
        for key in in_time
    }
