"""Join a surname left on its own to the one person the story names in full with it.

Grouping joins "Mr Blair" and "Blair said" to "Tony Blair" when the full name has person
evidence of its own (a title, a known given name). A full name typed person only by its shape
("Lleyton Hewitt", "Dudley Dorival": given names the lists lack) is not there yet when its
surname alone ("playing against Hewitt") is typed, so the surname became an organisation by
default, or a town of that name: two entities for one person, a wrong tag and a weaker one.
"""

from __future__ import annotations

from .evidence import is_acronym
from .gazetteer import Gazetteer
from .lexicon import word_set
from .mentions import LEADING_PARTICLES
from .resolve import ORG, PERSON, PLACE, Entity

# Titles of peers kept in the name ("Lady Hallett"), which one peer is given interchangeably.
PEERAGE = word_set("lord lady baron baroness")


def _particle_surname(name: str) -> str | None:
    """ "Van Nistelrooy", "Bin Laden", "De Villepin": a surname that starts with a capitalised
    joiner; its last word (the key full names are filed under), or None."""
    words = name.split()
    if len(words) == 2 and words[0][:1].isupper() and words[0].lower() in LEADING_PARTICLES:
        return words[1]
    return None


def _loose(entity: Entity, gazetteer: Gazetteer) -> bool:
    """A one-word name with nothing but default evidence for its type: an organisation typed
    by default, or a town (a country or region keeps its own name: "Jordan", "Georgia"); or
    a joiner's surname ("Van Nistelrooy"), which a full name always owns."""
    if _particle_surname(entity.name) is not None:
        return entity.type == PERSON or (entity.type == ORG and entity.weak)
    if " " in entity.name or is_acronym(entity.name):
        return False
    if entity.type == ORG:
        return entity.weak
    return entity.type == PLACE and entity.name.lower() not in gazetteer.place_stems and all(
        loc.mention.text == entity.name for loc in entity.mentions)


def _full_name(entity: Entity, others: frozenset[str]) -> bool:
    """A person named in full somewhere inside a sentence (a sentence's first word may be an
    adjective: "Injured Rio Ferdinand", "Rival Sony"), by no word the story also writes in
    lower case ("Barrick Gold", "Half Life"), and with no word that is another entity of the
    story ("Apple Mac": a product)."""
    words = entity.name.split()
    full = [loc.mention for loc in entity.mentions if loc.mention.text == entity.name]
    return (entity.type == PERSON and len(words) >= 2
            and any(not m.sentence_initial for m in full)
            and not any(m.common_word for m in full)
            and not any(" ".join(words[:k]) in others for k in range(1, len(words))))


def join_surnames(entities: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
    """Merge each loose one-word entity into the one full-named person whose last word it is."""
    others = frozenset(e.name for e in entities if e.type != PERSON)
    people: dict[str, list[Entity]] = {}
    for entity in entities:
        if _full_name(entity, others):
            people.setdefault(entity.name.split()[-1], []).append(entity)
    out: list[Entity] = []
    for entity in entities:
        particle = _particle_surname(entity.name)
        # (a joiner's surname is its full name's tail, whatever the full name's first word:
        # "Ruud van Nistelrooy scored" at a sentence start owns "Van Nistelrooy")
        owners = people.get(entity.name, []) if particle is None else [
            p for p in entities if p is not entity and p.type == PERSON
            and p.name.lower().endswith(" " + entity.name.lower())]
        if len(owners) != 1 or not _loose(entity, gazetteer):
            out.append(entity)
            continue
        person = owners[0]
        person.mentions.extend(entity.mentions)
        if entity.name not in person.aliases:
            person.aliases.append(entity.name)
    return out


def join_peerage(entities: list[Entity]) -> list[Entity]:
    """ "Lady Hallett" and "Baroness Hallett", "Lord Coe" and "Baron Coe": one peer under two
    of the titles kept in a peer's name; the first named keeps the name, the other is an alias."""
    first: dict[tuple[str, ...], Entity] = {}
    out: list[Entity] = []
    for entity in entities:
        words = entity.name.split()
        key = tuple(words[1:])
        if entity.type != PERSON or len(words) < 2 or words[0].lower() not in PEERAGE:
            out.append(entity)
        elif key in first:
            peer = first[key]
            peer.mentions.extend(entity.mentions)
            for alias in (entity.name, *entity.aliases):
                if alias not in peer.aliases and alias != peer.name:
                    peer.aliases.append(alias)
        else:
            first[key] = entity
            out.append(entity)
    return out
