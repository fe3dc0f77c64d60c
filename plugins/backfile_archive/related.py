"""Related stories: shared entities weighted by rarity, discounted by distance in time.

Each entity's stories are kept in date order; a story only looks at the `window`
stories either side of itself in each of its entities' lists, so a very common
entity (a country named in thousands of stories) costs a bounded amount and the
whole computation stays linear in the archive's size.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from .story_facts import StoryFacts


def related_stories(
    stories: Sequence[StoryFacts],
    limit: int = 5,
    window: int = 30,
    half_life_days: float = 60.0,
) -> dict[int, list[int]]:
    """Map each story's key to up to `limit` related keys, best first."""
    ordered = sorted(stories, key=lambda s: (s.day, s.slug, s.key))
    postings: dict[str, list[StoryFacts]] = defaultdict(list)
    positions: dict[tuple[int, str], int] = {}
    for story in ordered:
        for name in story.entities:
            positions[story.key, name] = len(postings[name])
            postings[name].append(story)
    total = len(ordered)
    weight = {name: math.log(1 + total / len(p)) for name, p in postings.items()}

    related: dict[int, list[int]] = {}
    for story in ordered:
        shared: dict[int, float] = defaultdict(float)
        others: dict[int, StoryFacts] = {}
        for name in story.entities:
            plist = postings[name]
            if len(plist) < 2:
                continue
            at = positions[story.key, name]
            for other in plist[max(0, at - window): at + window + 1]:
                if other.key != story.key:
                    shared[other.key] += weight[name]
                    others[other.key] = other
        scored = [
            (-points / (1 + abs((others[key].day - story.day).days) / half_life_days),
             others[key].day, others[key].slug, key)
            for key, points in shared.items()
        ]
        related[story.key] = [key for *_, key in sorted(scored)[:limit]]
    return related
