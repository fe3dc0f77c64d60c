"""One name per entity across the archive: merge the forms that different stories used.

Each story is tagged alone, so one story may say "Putin" where another says "Vladimir Putin",
or "MAC" where another defined "Mainland Affairs Council (MAC)". `canonicalise` looks at every
story's entities at once and rewrites each name to the archive's canonical one:

1. a name that another entity lists as an alias becomes that entity, if only one entity
   claims the alias: an acronym if the name spells it out ("IMF", not "BBC" for "BBC One"),
   a lone surname always, other names only when the claiming name is used more often
   ("Yukos" does not become "Yukos USA");
   places are left to the gazetteer's names;
2. a one-word person name that is the last or first word of exactly one longer person name in
   the archive becomes that name ("Putin" -> "Vladimir Putin");
3. spellings that differ only in case or apostrophes ("ST PETER'S SQUARE") become the most used;
4. an entity typed differently in different stories takes its most frequent type.

Pure function over plain data; the Pelican plugin runs it at build time over all stories.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from backfile_ingest.model import Entities

from .mentions import acronym_matches

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
    parent = {name: name for name in uses}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    by_fold: dict[str, str] = {}
    for name in sorted(uses):
        union(name, by_fold.setdefault(fold(name), name))
    kind_of = {name: types[name].most_common(1)[0][0] for name in uses}
    by_part: dict[str, set[str]] = defaultdict(set)   # first or last word -> full names
    for n in uses:
        if kind_of[n] == "person" and " " in n:
            by_part[n.split()[0]].add(n)
            by_part[n.split()[-1]].add(n)
    for name in uses:
        kind = kind_of[name]
        if kind == "place":
            continue  # places are canonical from the gazetteer
        owners = {o for o in claims.get(fold(name), set()) if fold(o) != fold(name)}
        if len({fold(o) for o in owners}) == 1:
            owner = next(iter(owners))
            single_person = kind == "person" and " " not in name
            expands = (name.isupper() and name not in owner.split()
                       and acronym_matches(name, tuple(owner.split())))
            if expands or single_person or uses[owner] > uses[name]:
                union(name, owner)  # "MAC", "Putin"; "Commons" only if the full form is usual
                continue
        if " " not in name and kind == "person":
            longer = {fold(p): p for p in by_part.get(name, ()) if fold(p) != fold(name)}
            if len(longer) == 1:
                union(name, next(iter(longer.values())))
    groups: dict[str, list[str]] = defaultdict(list)
    for name in uses:
        groups[find(name)].append(name)
    mapping: dict[str, str] = {}
    canonical_type: dict[str, str] = {}
    for members in groups.values():
        best = max(members, key=lambda n: _preference(n, uses, kind_of))
        counter: Counter[str] = Counter()
        for name in members:
            mapping[name] = best
            counter.update(types[name])
        canonical_type[best] = _vote(counter)
    return mapping, canonical_type


def _preference(name: str, uses: Counter[str], kind_of: dict[str, str]) -> tuple:
    """Which member names the group: a full name over an acronym or a lone surname, then the
    most used spelling, then the longer one, then alphabetical (deterministic)."""
    full = " " in name and not name.isupper()
    return (full, uses[name], "\u2019" not in name, len(name), name)


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
