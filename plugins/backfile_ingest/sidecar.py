"""Sidecar files: what is known about a dump that its text does not say.

A sidecar sits beside its dump, named after it plus `.meta.toml` or `.meta.json`
(`content/dumps/x.txt` -> `content/dumps/x.txt.meta.toml`). Top-level keys apply to every
story in the dump; each entry of `stories` applies to one story, picked by `index` (1-based
position in the dump), `line` (its first line) or `starts` (the first words of its text):

    date = "2025-04"            # YYYY-MM-DD, YYYY-MM or YYYY
    section = "World"
    source = "Taipei Times"

    [[stories]]
    index = 1
    date = "2023-09-14"
    title = "Kim and Putin meet"  # optional: replaces the headline
    section = "Asia"              # optional: replaces the section

The JSON form has the same keys: `{"date": "2025-04", "stories": [{"index": 1, ...}]}`.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .partial_date import PartialDate, parse_partial_date
from .problems import IngestError
from .toml_errors import toml_error_line

SUFFIXES = (".meta.toml", ".meta.json")
_DUMP_KEYS = {"date", "section", "source", "stories"}
_STORY_KEYS = {"index", "line", "starts", "date", "section", "title"}
_SELECTORS = ("index", "line", "starts")


@dataclass
class StoryEntry:
    """Facts about one story of the dump, and which story they are about."""

    index: int | None = None
    line: int | None = None
    starts: str | None = None
    date: PartialDate | None = None
    section: str | None = None
    title: str | None = None

    def matches(self, index: int, first_line: int, text: str) -> bool:
        """Whether this entry is about the story at `index` starting at `first_line`."""
        return (
            (self.index is None or self.index == index)
            and (self.line is None or self.line == first_line)
            and (self.starts is None or text.lstrip().startswith(self.starts))
        )


@dataclass
class Sidecar:
    """A dump's sidecar, parsed and checked."""

    date: PartialDate | None = None
    section: str | None = None
    source: str | None = None
    stories: list[StoryEntry] = field(default_factory=list)

    def entry_for(self, index: int, first_line: int, text: str) -> StoryEntry | None:
        return next((e for e in self.stories if e.matches(index, first_line, text)), None)


def find_sidecar(dump: Path, files: set[Path] | None = None) -> Path | None:
    """The dump's sidecar file, if it has one (looked up in `files` when given, else on disk)."""
    for suffix in SUFFIXES:
        path = dump.with_name(dump.name + suffix)
        if path in files if files is not None else path.is_file():
            return path
    return None


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SUFFIXES)


class _Locator:
    """Finds the line a key was written on, for messages (neither parser reports it)."""

    def __init__(self, text: str, stories: list[object]) -> None:
        self.lines = text.splitlines()
        self.stories = stories
        self._found: dict[str, list[int]] = {}  # (asked once per story entry: scan once)

    def _hits(self, key: str) -> list[int]:
        if key not in self._found:
            k = re.escape(key)
            pattern = re.compile(rf"""^\s*(?:{k}\s*=|\[\[\s*{k}\s*\]\]|.*["']{k}["']\s*:)""")
            self._found[key] = [n + 1 for n, line in enumerate(self.lines) if pattern.match(line)]
        return self._found[key]

    def story(self, index: int, key: str | None) -> int | None:
        """Line of `key` in the index-th story entry (or of the entry itself)."""
        if key is None:
            headers = self._hits("stories")
            return headers[index] if index < len(headers) else None
        earlier = sum(1 for e in self.stories[:index] if isinstance(e, dict) and key in e)
        hits = self._hits(key)
        if key in ("date", "section") and self.top_before_stories(key):
            earlier += 1
        return hits[earlier] if earlier < len(hits) else self.top("stories")

    def _entry(self, index: int) -> dict[str, object]:
        entry = self.stories[index]
        return entry if isinstance(entry, dict) else {}

    def top_before_stories(self, key: str) -> bool:
        hits, stories = self._hits(key), self._hits("stories")
        return bool(hits) and (not stories or hits[0] < stories[0])

    def top(self, key: str) -> int | None:
        hits = self._hits(key)
        if not hits:
            return None
        if self.top_before_stories(key) or key == "stories":
            return hits[0]
        return hits[-1]


def _text(value: object, name: str, key: str, line: int | None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IngestError(name, line, f"`{key}` must be a non-empty string")
    return value.strip()


def _date(value: object, name: str, line: int | None) -> PartialDate:
    if not isinstance(value, str):
        raise IngestError(name, line, "`date` must be a quoted date like \"2025-04-23\"")
    try:
        return parse_partial_date(value)
    except ValueError as error:
        raise IngestError(name, line, str(error)) from None


def _story(raw: object, index: int, name: str, where: _Locator) -> StoryEntry:
    if not isinstance(raw, dict):
        raise IngestError(name, where.top("stories"), "each entry of `stories` must be a table")
    unknown = set(raw) - _STORY_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise IngestError(name, where.story(index, key), f"unknown key `{key}` in a story entry")
    if not any(k in raw for k in _SELECTORS):
        raise IngestError(name, where.story(index, None),
                          f"story entry {index + 1} needs `index`, `line` or `starts`")
    entry = StoryEntry()
    for key in ("index", "line"):
        if key in raw:
            value = raw[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise IngestError(name, where.story(index, key), f"`{key}` must be a number >= 1")
            setattr(entry, key, value)
    for key in ("starts", "section", "title"):
        if key in raw:
            setattr(entry, key, _text(raw[key], name, key, where.story(index, key)))
    if "date" in raw:
        entry.date = _date(raw["date"], name, where.story(index, "date"))
    return entry


def _load(text: str, name: str) -> dict[str, object]:
    if name.endswith(".json"):
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise IngestError(name, error.lineno, f"malformed JSON: {error.msg}") from None
        if not isinstance(raw, dict):
            raise IngestError(name, 1, "a JSON sidecar must be one object {...}")
        return raw
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise IngestError(name, toml_error_line(error, text), f"malformed TOML: {error}") from None


def parse_sidecar(text: str, name: str) -> Sidecar:
    """Parse a sidecar's text (TOML, or JSON if `name` ends in .json); errors name the line."""
    raw = _load(text, name)
    stories = raw.get("stories", [])
    where = _Locator(text, stories if isinstance(stories, list) else [])
    unknown = set(raw) - _DUMP_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise IngestError(name, where.top(key), f"unknown key `{key}`")
    sidecar = Sidecar()
    if "date" in raw:
        sidecar.date = _date(raw["date"], name, where.top("date"))
    for key in ("section", "source"):
        if key in raw:
            setattr(sidecar, key, _text(raw[key], name, key, where.top(key)))
    if not isinstance(stories, list):
        raise IngestError(name, where.top("stories"), "`stories` must be a list of tables")
    sidecar.stories = [_story(entry, i, name, where) for i, entry in enumerate(stories)]
    return sidecar


def load_sidecar(path: Path, name: str) -> Sidecar:
    """Read and parse a sidecar file; `name` is how messages refer to it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(name, None, f"sidecar is not UTF-8: {error.reason}") from None
    return parse_sidecar(text, name)
