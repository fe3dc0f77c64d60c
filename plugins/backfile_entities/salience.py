"""Rank a story's entities by how much the story is about them, and keep the top few."""

from __future__ import annotations

from .evidence import org_form
from .resolve import Entity

WEIGHTS = {"title": 3.0, "dateline": 2.0, "lede": 2.0, "body": 1.0}
CUE_BONUS = 0.5          # a title, "said" or an acronym definition: the writer introduced it
MIN_SCORE = 2.0          # one passing mention in the body is not what a story is about
MIN_SCORE_WEAK = 3.0     # a name typed by default must come up more often
MAX_ENTITIES = 8


FULL_NAME_BONUS = 1.0    # a person introduced by full name is usually part of the story


def score(entity: Entity) -> float:
    if all(loc.where == "title" for loc in entity.mentions):
        return 0.0  # named only in the headline: its capitals may just be headline style
    if entity.type != "person" and all(loc.mention.source for loc in entity.mentions):
        return 0.0  # only quoted as a source ("RIA reported")
    total = sum(WEIGHTS[loc.where] for loc in entity.mentions)
    if entity.type == "person" and " " in entity.name:
        total += FULL_NAME_BONUS
    elif entity.type == "organization" and " " in entity.name and org_form(
            tuple(entity.name.split())):
        total += FULL_NAME_BONUS  # "British Medical Association": named in full, on purpose
    if any(loc.mention.titled or loc.mention.speech or loc.mention.acronym_defined
           for loc in entity.mentions):
        total += CUE_BONUS
    return total


BROAD_PLACE_FACTOR = 0.5  # "Europe", "Asia": rarely what a story is about


def select(entities: list[Entity], limit: int = MAX_ENTITIES,
           broad: frozenset[str] = frozenset()) -> list[Entity]:
    """The most salient entities first; ties go to the one mentioned first."""
    scored = [(score(e) * (BROAD_PLACE_FACTOR if e.name in broad else 1.0), e)
              for e in entities]
    kept = [(s, e) for s, e in scored if s >= (MIN_SCORE_WEAK if e.weak else MIN_SCORE)]
    kept.sort(key=lambda se: (-se[0], se[1].first))
    return [e for _, e in kept[:limit]]
