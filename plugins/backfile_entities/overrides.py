"""The editor's word on entities: `content/entities.toml`, applied at every build.

The file is read with the standard library's tomllib. Every table is optional:

    [block]                      # never tag these names (or their aliases)
    names = ["Balikatan", "Naval Strike Missiles"]

    [merge]                      # canonical name = other names that are the same entity
    "Vladimir Putin" = ["Putin", "President Putin"]

    [rename]                     # old canonical name = new canonical name
    "Macao" = "Macau"

    [retype]                     # name = "person" | "place" | "organization"
    "Kremlin" = "organization"

Order: block, then merge, then rename, then retype. The story pages are never rewritten, so
the overrides survive a re-ingest; a bad file stops the build with the file and line named.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from backfile_ingest.model import Entities
from backfile_ingest.toml_errors import toml_error_line

TYPES = ("person", "place", "organization")
TABLES = ("block", "merge", "rename", "retype")


class OverridesError(ValueError):
    """The overrides file is not valid; the message names the file and line."""


@dataclass
class Overrides:
    blocked: set[str] = field(default_factory=set)
    merges: dict[str, str] = field(default_factory=dict)    # other name -> canonical name
    renames: dict[str, str] = field(default_factory=dict)
    retypes: dict[str, str] = field(default_factory=dict)

    def empty(self) -> bool:
        return not (self.blocked or self.merges or self.renames or self.retypes)


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return 1


def load(path: Path) -> Overrides:
    """Read the overrides file; a missing file means no overrides."""
    if not path.is_file():
        return Overrides()
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise OverridesError(f"{path}:{toml_error_line(err, text)}: {err}") from err

    def fail(needle: str, message: str) -> OverridesError:
        return OverridesError(f"{path}:{_line_of(text, needle)}: {message}")

    for table in data:
        if table not in TABLES:
            raise fail(f"[{table}]", f"unknown table [{table}]; use {', '.join(TABLES)}")
    out = Overrides()
    names = data.get("block", {}).get("names", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise fail("names", "[block] names must be a list of strings")
    out.blocked = {n.casefold() for n in names}
    for canonical, others in data.get("merge", {}).items():
        if isinstance(others, str):
            others = [others]
        if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            raise fail(canonical, f"[merge] {canonical!r} must be a list of names")
        out.merges.update({o: canonical for o in others})
    for old, new in data.get("rename", {}).items():
        if not isinstance(new, str) or not new.strip():
            raise fail(old, f"[rename] {old!r} must be a new name (a string)")
        out.renames[old] = new.strip()
    for name, kind in data.get("retype", {}).items():
        if kind not in TYPES:
            raise fail(name, f"[retype] {name!r} = {kind!r}: the type must be one of {TYPES}")
        out.retypes[name] = kind
    return out


def apply(entities: Entities, overrides: Overrides) -> Entities:
    """One story's entities with the editor's overrides applied, order kept."""
    if overrides.empty():
        return entities
    out = Entities()
    seen: set[str] = set()
    typed = ([(n, "person") for n in entities.people] + [(n, "place") for n in entities.places]
             + [(n, "organization") for n in entities.organizations])
    typed.sort(key=lambda nk: entities.tags.index(nk[0]))
    for name, kind in typed:
        forms = [name, *entities.aliases.get(name, [])]
        if any(f.casefold() in overrides.blocked for f in forms):
            continue
        target = overrides.merges.get(name, name)
        target = overrides.renames.get(target, target)
        kind = overrides.retypes.get(target, overrides.retypes.get(name, kind))
        if target in seen:
            continue
        seen.add(target)
        {"person": out.people, "place": out.places, "organization": out.organizations}[
            kind].append(target)
        others = [f for f in forms if f != target]
        if others:
            out.aliases[target] = others
    return out
