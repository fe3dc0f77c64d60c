"""Results of the ingest's two pure steps, kept between builds so only what changed is redone.

- a dump's stories and problems, keyed by its bytes, its sidecar's bytes, its name and the
  ingest settings;
- a story's entity tags, keyed by its title, paragraphs and dateline;
- beside each dump's result, its brief (one file for the whole archive): its problems and, per
  story, what the archive-wide steps need (see `Brief`). An unchanged dump's stories are then
  read back from its result only when one of its pages has to be written again: unpickling
  every story (paragraphs, per-line source pieces) was most of an everyday ingest.

The keys include a digest of the ingest's and the tagger's code and data, so any change to
either starts afresh. Entries no build used are dropped at the end of the ingest.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Entities, Story
from .sidecar import find_sidecar
from .slugs import base_slug, date_text

PACKAGES = ("backfile_ingest", "backfile_entities")
_UNREADABLE = (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError)


def _digest(*parts: bytes | str) -> str:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@dataclass(frozen=True)
class Brief:
    """A story as the archive-wide steps see it: the slug it starts from, its source hash (which
    tells equal slugs apart) and its key in the tag cache."""

    base_slug: str
    source_hash: str
    tag_key: str


DumpBrief = tuple[list[Any], list[Brief]]  # a dump's problems, and a brief per story


def code_digest(plugins: Path) -> str:
    """Hash of every file of the ingest and tagger packages (code and data)."""
    parts: list[bytes | str] = []
    for package in PACKAGES:
        for path in sorted((plugins / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                parts += [path.relative_to(plugins).as_posix(), path.read_bytes()]
    return _digest(*parts)


def _load(entry: Path) -> Any:
    """A dict stored with `_store`; empty if missing or unreadable."""
    try:
        return pickle.loads(entry.read_bytes()) if entry.exists() else {}
    except _UNREADABLE:
        return {}


def _store(entry: Path, value: Any) -> None:
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = entry.with_suffix(".staging")
    staging.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(staging, entry)


class IngestCache:
    """Dump results (one file each) and story tags (one file) under `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.code = code_digest(Path(__file__).resolve().parent.parent)
        self.tags_file = folder / "tags.pickle"
        self.tags: dict[str, Entities] = _load(self.tags_file)
        self.briefs_file = folder / "briefs.pickle"
        self.briefs: dict[str, DumpBrief] = _load(self.briefs_file)
        self.briefs_changed = False
        self.used_dumps: set[str] = set()
        self.used_tags: set[str] = set()
        self.hits = 0  # dumps served from the cache this build

    def dump_key(self, path: Path, settings: Any, files: set[Path] | None = None) -> str:
        sidecar = find_sidecar(path, files)
        return _digest(self.code, repr(settings), str(path), path.read_bytes(),
                       sidecar.read_bytes() if sidecar else b"")

    def story_key(self, story: Story) -> str:
        return _digest(self.code, story.title, *story.paragraphs, story.dateline or "")

    def brief(self, story: Story) -> Brief:
        return Brief(base_slug(story, date_text(story)), story.source_hash, self.story_key(story))

    def load_brief(self, key: str) -> DumpBrief | None:
        """The brief of the dump result cached under `key`, or None."""
        brief = self.briefs.get(key)
        if brief is None or not self.has_dump(key):
            return None
        self.used_dumps.add(key)
        self.hits += 1
        return brief

    def store_brief(self, key: str, result: tuple[list[Story], list[Any]]) -> DumpBrief:
        brief = (result[1], [self.brief(story) for story in result[0]])
        if self.briefs.get(key) != brief:
            self.briefs[key] = brief
            self.briefs_changed = True
        return brief

    def _entry(self, key: str) -> Path:
        return self.folder / "dumps" / f"{key}.pickle"

    def has_dump(self, key: str) -> bool:
        return self._entry(key).exists()

    def load_dump(self, key: str, count: bool = True) -> tuple[list[Story], list[Any]] | None:
        """The cached result for `key`, or None. `count`: a cache hit (not when its brief was
        the hit)."""
        self.used_dumps.add(key)
        try:
            result = pickle.loads(self._entry(key).read_bytes())
        except _UNREADABLE:
            return None
        self.hits += count
        return result

    def store_dump(self, key: str, result: tuple[list[Story], list[Any]]) -> None:
        self.used_dumps.add(key)
        _store(self._entry(key), result)

    def load_tags(self, story: Story) -> tuple[str, Entities | None]:
        key = self.story_key(story)
        self.used_tags.add(key)
        return key, self.tags.get(key)

    def finish(self) -> None:
        """Drop entries this build did not use; save the tags and the briefs if they changed."""
        dumps = self.folder / "dumps"
        if dumps.is_dir():
            for entry in dumps.glob("*.pickle"):
                if entry.stem not in self.used_dumps:
                    entry.unlink()
        tags = {k: v for k, v in self.tags.items() if k in self.used_tags}
        if tags != self.tags or not self.tags_file.exists():
            self.tags = tags
            _store(self.tags_file, self.tags)
        briefs = {k: v for k, v in self.briefs.items() if k in self.used_dumps}
        if self.briefs_changed or briefs.keys() != self.briefs.keys():
            self.briefs = briefs
            _store(self.briefs_file, self.briefs)
