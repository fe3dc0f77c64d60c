"""Related stories: shared entities weighted by rarity, discounted by distance in time.

Each entity's stories are kept in date order; a story only looks at the `window`
stories either side of itself in each of its entities' lists, so a very common
entity (a country named in thousands of stories) costs a bounded amount and the
whole computation stays linear in the archive's size.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence

from .story_facts import StoryFacts


def related_stories(
    stories: Sequence[StoryFacts],
    limit: int = 5,
    window: int = 12,
    half_life_days: float = 60.0,
) -> dict[int, list[int]]:
    """Map each story's key to up to `limit` related keys, best first.

    Score = sum of log(1 + N/df) over shared entities, divided by 1 + days apart / half
    life; ties go to the older story. Cost: O(n * entities per story * window).
    """
    ordered = sorted(stories, key=lambda s: (s.day, s.slug, s.key))
    ordinal = [s.day.toordinal() for s in ordered]
    postings: dict[str, list[int]] = defaultdict(list)     # entity -> positions in `ordered`
    entity_slots: list[list[tuple[str, int]]] = []         # per position: (entity, index)
    for at, story in enumerate(ordered):
        slots = []
        for name in story.entities:
            slots.append((name, len(postings[name])))
            postings[name].append(at)
        entity_slots.append(slots)
    total = len(ordered)
    weight = {name: math.log(1 + total / len(p)) for name, p in postings.items()}

    per_day = 1 / half_life_days
    related: dict[int, list[int]] = {}
    for at, story in enumerate(ordered):
        shared: dict[int, float] = defaultdict(float)
        for name, index in entity_slots[at]:
            plist = postings[name]
            if len(plist) < 2:
                continue
            w = weight[name]
            for other in plist[max(0, index - window): index + window + 1]:
                shared[other] += w
        shared.pop(at, None)
        here = ordinal[at]
        scored = [(-points / (1 + abs(ordinal[other] - here) * per_day), other)
                  for other, points in shared.items()]
        best = heapq.nsmallest(limit, scored)
        related[story.key] = [ordered[other].key for _, other in best]
    return related
