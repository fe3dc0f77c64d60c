"""Results of the ingest's two pure steps, kept between builds so only what changed is redone.

- a dump's stories and problems, keyed by its bytes, its sidecar's bytes, its name and the
  ingest settings;
- a story's entity tags, keyed by its title, paragraphs and dateline.

Both keys include a digest of the ingest's and the tagger's code and data, so any change to
either starts afresh. Entries no build used are dropped at the end of the ingest.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from .model import Entities, Story
from .sidecar import find_sidecar

PACKAGES = ("backfile_ingest", "backfile_entities")
_UNREADABLE = (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError)


def _digest(*parts: bytes | str) -> str:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def code_digest(plugins: Path) -> str:
    """Hash of every file of the ingest and tagger packages (code and data)."""
    parts: list[bytes | str] = []
    for package in PACKAGES:
        for path in sorted((plugins / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                parts += [path.relative_to(plugins).as_posix(), path.read_bytes()]
    return _digest(*parts)


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
        self.tags: dict[str, Entities] = {}
        if self.tags_file.exists():
            try:
                self.tags = pickle.loads(self.tags_file.read_bytes())
            except _UNREADABLE:
                self.tags = {}
        self.used_dumps: set[str] = set()
        self.used_tags: set[str] = set()
        self.hits = 0  # dumps served from the cache this build

    def dump_key(self, path: Path, settings: Any, files: set[Path] | None = None) -> str:
        sidecar = find_sidecar(path, files)
        return _digest(self.code, repr(settings), str(path), path.read_bytes(),
                       sidecar.read_bytes() if sidecar else b"")

    def story_key(self, story: Story) -> str:
        return _digest(self.code, story.title, *story.paragraphs, story.dateline or "")

    def _entry(self, key: str) -> Path:
        return self.folder / "dumps" / f"{key}.pickle"

    def has_dump(self, key: str) -> bool:
        return self._entry(key).exists()

    def load_dump(self, key: str) -> tuple[list[Story], list[Any]] | None:
        """The cached result for `key`, or None."""
        self.used_dumps.add(key)
        try:
            result = pickle.loads(self._entry(key).read_bytes())
        except _UNREADABLE:
            return None
        self.hits += 1
        return result

    def store_dump(self, key: str, result: tuple[list[Story], list[Any]]) -> None:
        self.used_dumps.add(key)
        _store(self._entry(key), result)

    def load_tags(self, story: Story) -> tuple[str, Entities | None]:
        key = self.story_key(story)
        self.used_tags.add(key)
        return key, self.tags.get(key)

    def finish(self) -> None:
        """Drop entries this build did not use; save the tags."""
        dumps = self.folder / "dumps"
        if dumps.is_dir():
            for entry in dumps.glob("*.pickle"):
                if entry.stem not in self.used_dumps:
                    entry.unlink()
        self.tags = {k: v for k, v in self.tags.items() if k in self.used_tags}
        _store(self.tags_file, self.tags)
