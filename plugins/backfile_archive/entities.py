"""The entity directory: each entity's type, aliases, counts, span and timeline; the A-Z index."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

from unidecode import unidecode

from .story_facts import ENTITY_KINDS, StoryFacts
from .timeline import Timeline, compact_timeline

KIND_LABELS = {"people": "People", "places": "Places", "organizations": "Organisations"}
KIND_SINGULAR = {"people": "Person", "places": "Place", "organizations": "Organisation"}


_LISTED = {"fingerprint": "listing"}  # derived from the entity's stories (backfile_speed/skip.py)


@dataclass
class EntityInfo:
    name: str
    kind: str                         # people, places or organizations
    aliases: list[str] = field(default_factory=list)
    stories: list[int] = field(default_factory=list, metadata=_LISTED)  # keys, oldest first
    months: Counter[tuple[int, int]] = field(default_factory=Counter, metadata=_LISTED)
    url: str = ""                     # the entity's page (Pelican's tag URL)
    first_story: Any = field(default=None, metadata=_LISTED)  # the Pelican articles of
    last_story: Any = field(default=None, metadata=_LISTED)   # stories[0] and stories[-1]

    def __fingerprint__(self) -> tuple[Any, ...]:
        """What a page listing this entity counts of it (backfile_speed/skip.py): every field,
        the plain ones as one text and the two stories it links to by themselves (their
        files). Described field by field (the month counts a mapping, the story keys a list),
        the A-Z, type and names pages' thousands of entities were about two thirds of their
        checking on every build. Attached to its tag, the entity is described by its
        non-listing fields as before (skip.py reads the dataclass fields there)."""
        plain = [getattr(self, name) for name in _PLAIN_FIELDS]  # a new field counts too
        return repr(plain), self.first_story, self.last_story

    @cached_property
    def timeline(self) -> Timeline | None:
        """Stories per month (or year), laid out only when the entity's page is rendered."""
        return compact_timeline(self.months)

    @property
    def count(self) -> int:
        return len(self.stories)

    @property
    def first(self) -> int:
        return self.stories[0]

    @property
    def last(self) -> int:
        return self.stories[-1]

    @property
    def letter(self) -> str:
        return index_letter(self.name)

    @property
    def kind_label(self) -> str:
        return KIND_SINGULAR[self.kind]

    @property
    def kind_plural(self) -> str:
        return KIND_LABELS[self.kind]


_PLAIN_FIELDS = tuple(f.name for f in fields(EntityInfo)
                      if f.name not in ("first_story", "last_story"))  # stories: by their files


def sort_key(name: str) -> tuple[str, str]:
    """Alphabetical order that files 'Émile' under E and ignores case."""
    return unidecode(name).casefold(), name


def index_letter(name: str) -> str:
    """The A-Z heading a name is filed under; '#' for digits and other scripts' leftovers."""
    initial = unidecode(name).strip()[:1].upper()
    return initial if "A" <= initial <= "Z" else "#"


def entity_directory(stories: Sequence[StoryFacts]) -> dict[str, EntityInfo]:
    """Every entity by name. A name typed differently in different stories takes its most
    frequent type (ties go people, places, organisations). O(total mentions)."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, dict[str, None]] = defaultdict(dict)
    found: dict[str, list[int]] = defaultdict(list)
    months: dict[str, Counter[tuple[int, int]]] = defaultdict(Counter)
    for story in sorted(stories, key=lambda s: (s.day, s.slug, s.key)):
        for kind in ENTITY_KINDS:
            for name in getattr(story, kind):
                kinds[name][kind] += 1
        for name in story.entities:
            found[name].append(story.key)
            months[name][story.day.year, story.day.month] += 1
            for alias in story.aliases.get(name, ()):
                if alias != name:
                    aliases[name][alias] = None
    directory = {}
    for name, counts in kinds.items():
        kind = max(ENTITY_KINDS, key=lambda k, c=counts: (c[k], -ENTITY_KINDS.index(k)))
        directory[name] = EntityInfo(
            name, kind, sorted(aliases[name], key=sort_key), found[name], months[name])
    return directory


def by_letter(infos: Sequence[EntityInfo]) -> dict[str, list[EntityInfo]]:
    """A-Z groups, each sorted alphabetically; '#' last."""
    groups: dict[str, list[EntityInfo]] = defaultdict(list)
    for info in sorted(infos, key=lambda i: sort_key(i.name)):
        groups[info.letter].append(info)
    return {k: groups[k] for k in sorted(groups, key=lambda k: (k == "#", k))}


def by_kind(infos: Sequence[EntityInfo]) -> dict[str, list[EntityInfo]]:
    """Entities of each type, most mentioned first (then alphabetical)."""
    groups: dict[str, list[EntityInfo]] = {k: [] for k in ENTITY_KINDS}
    for info in sorted(infos, key=lambda i: (-i.count, sort_key(i.name))):
        groups[info.kind].append(info)
    return groups
