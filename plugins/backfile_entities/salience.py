"""Rank a story's entities by how much the story is about them, and keep the likely ones.

Each entity gets the cues a reader uses to tell what a story is about: how often and where it is
named (headline, lede), whether it is a named site ("Kodak Theatre"), how the writer introduced
it (a title or role noun, "said", a description after a comma) and signs of a passing mention
(only in a quotation, one item of a list, only before a noun like an adjective, only quoted as a
source, a continent), against how many names the story has. The score is a weighted sum of those
cues, read as log-odds that the entity is salient; an entity is kept when its score is above
THRESHOLD, at most MAX_ENTITIES of them, most salient first.

The weights are log-odds fitted by logistic regression on the development part of the gold
set (`python -m bench.fit_salience` refits them and prints them beside these), to two decimals;
tests/test_entities_salience.py fails when a change to the candidate finder moves a refit more
than 0.3 from them. The held-out part was never used to choose them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .evidence import org_form, place_form
from .resolve import Entity

MAX_ENTITIES = 8
# Log-odds above which an entity is kept: -0.5 is a probability of 0.38. Below 0.5 because a
# miss costs as much as a false tag; it balances precision and recall on the development part.
THRESHOLD = -0.5

# Log-odds per cue (see the module docstring). Counts enter as log(1 + count).
WEIGHTS: dict[str, float] = {
    "bias": 0.27,
    "mentions": 3.20,         # log(1 + mentions in the text, after coreference)
    "spread": 0.82,           # share of the story's paragraphs that name it
    "headline": 0.67,         # named in the headline too
    "lede": 0.96,             # named in the first paragraph or the dateline
    "person": 0.43,
    "place": -0.58,
    "named_site": 1.47,       # a named site ("Kodak Theatre", "Victoria Park"): the venue
    "full_name": 0.52,        # a person by full name, an organisation by its formal name
    "weak": -0.48,            # typed by default: no evidence of what it is
    "introduced": 0.90,       # after a title or a noun ("leader", "firm"), "said", described
    "only_attributive": -0.62,  # only before a noun, like an adjective: "UK firms"
    "only_quoted": -0.66,     # named only inside quotations
    "only_listed": -0.34,     # named only as one item of a list
    "only_source": -2.39,     # only quoted as a source ("RIA reported"); score() drops these
    "broad": -1.47,           # a continent: rarely what a story is about
    "crowd": -1.38,           # log(1 + candidates in the story): a long story names more
}


@dataclass(frozen=True)
class StoryCues:
    """What the cues of one entity are measured against: the rest of its story."""

    candidates: int
    broad: frozenset[str]
    paragraphs: int

    @classmethod
    def of(cls, entities: list[Entity], paragraphs: int,
           broad: frozenset[str] = frozenset()) -> StoryCues:
        return cls(candidates=len(entities), broad=broad, paragraphs=max(1, paragraphs))


def features(entity: Entity, story: StoryCues) -> dict[str, float]:
    """The cues of one entity, as numbers (booleans are 0 or 1)."""
    located = entity.mentions
    mentions = [loc.mention for loc in located]
    in_text = [loc for loc in located if loc.where != "title"]
    introduced = any(m.titled or m.speech or m.described or m.cue in ("person", "org")
                     for m in mentions)
    full = (entity.type == "person" and " " in entity.name) or (
        entity.type == "organization" and " " in entity.name
        and org_form(tuple(entity.name.split())))
    return {
        "bias": 1.0,
        "mentions": math.log1p(len(in_text)),
        "spread": len({loc.paragraph for loc in in_text}) / story.paragraphs,
        "headline": float(any(loc.where == "title" for loc in located)),
        "lede": float(any(loc.where in ("lede", "dateline") for loc in located)),
        "person": float(entity.type == "person"),
        "place": float(entity.type == "place"),
        "named_site": float(entity.type == "place" and place_form(tuple(entity.name.split()))),
        "full_name": float(full),
        "weak": float(entity.weak),
        "introduced": float(introduced),
        "only_attributive": float(all(m.attributive for m in mentions)),
        "only_quoted": float(all(m.quoted for m in mentions)),
        "only_listed": float(all(m.listed for m in mentions)),
        "only_source": float(entity.type != "person" and all(m.source for m in mentions)),
        "broad": float(entity.name in story.broad),
        "crowd": math.log1p(story.candidates),
    }


def score(entity: Entity, story: StoryCues, weights: dict[str, float] = WEIGHTS) -> float:
    """Log-odds that the story is about the entity; an entity named only in the headline
    scores nothing (its capitals may just be headline style), nor a body or outlet named only
    as the story's source, however often ("told BBC Sport" three times, "BBC Sport
    understands": 1 of the 38 such candidates of the development part is a gold entity)."""
    if all(loc.where == "title" for loc in entity.mentions):
        return -math.inf
    cues = features(entity, story)
    if cues["only_source"]:
        return -math.inf
    return sum(weights[name] * value for name, value in cues.items())


def select(entities: list[Entity], paragraphs: int, limit: int = MAX_ENTITIES,
           broad: frozenset[str] = frozenset(), *, weights: dict[str, float] = WEIGHTS,
           threshold: float = THRESHOLD) -> list[Entity]:
    """The likely salient entities of a story of `paragraphs` paragraphs, most salient first;
    ties go to the one mentioned first. (`weights` and `threshold` are parameters for
    bench/fit_salience.py's cross-validation.)"""
    story = StoryCues.of(entities, paragraphs, broad)
    scored = [(score(e, story, weights), e) for e in entities]
    kept = [(s, e) for s, e in scored if s > threshold]
    kept.sort(key=lambda se: (-se[0], se[1].first))
    return [e for _, e in kept[:limit]]
