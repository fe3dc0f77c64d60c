"""Entity-test helpers: the candidate names the tagger finds in a small story."""

from __future__ import annotations

from backfile_entities.resolve import Entity
from backfile_entities.tagger import candidates


def candidate_names(title: str, paragraphs: list[str]) -> set[str]:
    """Every candidate entity's name, before salience picks the story's tags."""
    return {e.name for e in candidates(title, paragraphs)}


def candidate_types(title: str, paragraphs: list[str]) -> dict[str, str]:
    """Each candidate entity's name and type ("person", "place", "organization")."""
    return {e.name: e.type for e in candidates(title, paragraphs)}


def candidates_of(title: str, paragraphs: list[str]) -> list[Entity]:
    """Every candidate entity, with its aliases and mentions."""
    return candidates(title, paragraphs)
