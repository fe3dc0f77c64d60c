"""One name per entity across the archive: merge the forms that different stories used.

Each story is tagged alone, so one story may say "Putin" where another says "Vladimir Putin",
or "MAC" where another defined "Mainland Affairs Council (MAC)". `canonicalise` looks at every
story's entities at once and rewrites each name to the archive's canonical one:

1. a name that another entity lists as an alias (a surname, an acronym) becomes that entity,
   if only one entity claims the alias (places are left to the gazetteer's names);
2. a one-word person name that is the last or first word of exactly one longer person name in
   the archive becomes that name ("Putin" -> "Vladimir Putin");
3. spellings that differ only in case or apostrophes ("ST PETER'S SQUARE") become the most used;
4. an entity typed differently in different stories takes its most frequent type.

Pure function over plain data; the Pelican plugin runs it at build time over all stories.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from backfile_ingest.model import Entities

TYPES = ("person", "place", "organization")


def fold(name: str) -> str:
    return name.casefold().replace("\u2019", "'").replace("\u2018", "'")


def _typed(entities: Entities) -> list[tuple[str, str]]:
    return ([(n, "person") for n in entities.people] + [(n, "place") for n in entities.places]
            + [(n, "organization") for n in entities.organizations])


def build_map(stories: list[Entities]) -> tuple[dict[str, str], dict[str, str]]:
    """(name -> canonical name, canonical name -> type) for the whole archive."""
    uses: Counter[str] = Counter()
    types: dict[str, Counter[str]] = defaultdict(Counter)
    claims: dict[str, set[str]] = defaultdict(set)   # folded alias -> names claiming it
    for entities in stories:
        for name, kind in _typed(entities):
            uses[name] += 1
            types[name][kind] += 1
            for alias in entities.aliases.get(name, []):
                if fold(alias) != fold(name):
                    claims[fold(alias)].add(name)
    spelling: dict[str, str] = {}
    for name in sorted(uses, key=lambda n: (-uses[n], n)):
        spelling.setdefault(fold(name), name)
    people = [n for n in uses if types[n].most_common(1)[0][0] == "person" and " " in n]
    mapping: dict[str, str] = {}
    for name in uses:
        target = spelling[fold(name)]
        kind = types[name].most_common(1)[0][0]
        owners = {spelling[fold(o)] for o in claims.get(fold(name), set())} - {target}
        if len(owners) == 1 and kind != "place":  # places are canonical from the gazetteer
            target = owners.pop()
        elif " " not in name and kind == "person":
            longer = {spelling[fold(p)] for p in people
                      if name in (p.split()[-1], p.split()[0]) and fold(p) != fold(name)}
            if len(longer) == 1:
                target = longer.pop()
        mapping[name] = target
    final_types: dict[str, Counter[str]] = defaultdict(Counter)
    for name, target in mapping.items():
        final_types[target].update(types[name])
    canonical_type = {target: _vote(counter) for target, counter in final_types.items()}
    return mapping, canonical_type


def _vote(counter: Counter[str]) -> str:
    best = max(counter.values())
    return next(kind for kind in TYPES if counter[kind] == best)


def apply(entities: Entities, mapping: dict[str, str], types: dict[str, str]) -> Entities:
    """One story's entities under the archive's canonical names and types, order kept."""
    out = Entities()
    seen: set[str] = set()
    for name, _ in sorted(_typed(entities), key=lambda nk: entities.tags.index(nk[0])):
        target = mapping.get(name, name)
        if target in seen:
            continue
        seen.add(target)
        kind = types.get(target, _kind_in(entities, name))
        {"person": out.people, "place": out.places, "organization": out.organizations}[
            kind].append(target)
        forms = [f for f in [name, *entities.aliases.get(name, [])] if f != target]
        if forms:
            known = out.aliases.setdefault(target, [])
            known.extend(f for f in forms if f not in known)
    return out


def _kind_in(entities: Entities, name: str) -> str:
    if name in entities.people:
        return "person"
    return "place" if name in entities.places else "organization"


def canonicalise(stories: list[Entities]) -> list[Entities]:
    """Every story's entities, renamed and retyped so the archive has one name per entity."""
    mapping, types = build_map(stories)
    return [apply(entities, mapping, types) for entities in stories]
