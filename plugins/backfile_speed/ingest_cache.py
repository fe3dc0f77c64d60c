"""Ingest and tag only what changed, on every core: per-dump and per-story results cached by hash.

The ingest (plugins/backfile_ingest) reads, splits and composes every dump, then tags every
story, on every build. Both steps are pure functions of their input, so we key their results by
a hash of that input plus the code of both packages (any code change empties the cache):

- a dump's stories and problems by its bytes, its sidecar's bytes, its name and the settings;
- a story's entities by its title, paragraphs and dateline.

Before the ingest's own loop runs, the dumps the cache cannot answer are ingested and tagged in
a pool of forked processes and stored; the loop then finds everything in the cache. We wrap
three names in `backfile_ingest.pipeline` (collect_stories, ingest_dump, tag_story) and change
none of its logic. Cache entries no build used are dropped at the end of the ingest.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
PACKAGES = ("backfile_ingest", "backfile_entities")
MIN_PARALLEL = 8  # dumps: below this a pool costs more than it saves


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


class IngestCache:
    """The two caches, the wrapped originals and the keys this build used."""

    def __init__(self, folder: Path, code: str, pipeline: Any, workers: int) -> None:
        self.folder, self.code, self.pipeline, self.workers = folder, code, pipeline, workers
        self.dumps = folder / "dumps"
        self.tags_file = folder / "tags.pickle"
        self.tags: dict[str, Any] = {}
        if self.tags_file.exists():
            try:
                self.tags = pickle.loads(self.tags_file.read_bytes())
            except (pickle.PickleError, EOFError, AttributeError, ImportError):
                self.tags = {}
        self.used_dumps: set[str] = set()
        self.used_tags: set[str] = set()
        self.hits = self.misses = 0
        self.ingest_dump: Callable[..., Any] = pipeline.ingest_dump
        self.tag_story: Callable[..., Any] = pipeline.tag_story
        self.collect_stories: Callable[..., Any] = pipeline.collect_stories

    # -- keys --------------------------------------------------------------------------------
    def dump_key(self, path: Path, settings: Any) -> str:
        sidecar = self.pipeline.find_sidecar(path)
        return _digest(self.code, repr(settings), str(path), path.read_bytes(),
                       sidecar.read_bytes() if sidecar else b"")

    def story_key(self, story: Any) -> str:
        return _digest(self.code, story.title, *story.paragraphs, story.dateline or "")

    # -- the wrappers --------------------------------------------------------------------------
    def cached_ingest_dump(self, path: Path, settings: Any, files: Any = None) -> Any:
        key = self.dump_key(path, settings)
        self.used_dumps.add(key)
        entry = self.dumps / f"{key}.pickle"
        try:
            result = pickle.loads(entry.read_bytes())
            self.hits += 1
            return result
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            pass
        self.misses += 1
        result = self.ingest_dump(path, settings, files)
        self._store(entry, result)
        return result

    def cached_tag_story(self, story: Any) -> Any:
        key = self.story_key(story)
        self.used_tags.add(key)
        if key not in self.tags:
            self.tags[key] = self.tag_story(story)
        return self.tags[key]

    def cached_collect_stories(self, settings: Any, report: Any) -> None:
        self.prefill(settings)
        self.collect_stories(settings, report)
        self.finish()

    def restore(self) -> None:
        """Put the ingest's own functions back (before a second install in one process)."""
        self.pipeline.ingest_dump = self.ingest_dump
        self.pipeline.tag_story = self.tag_story
        self.pipeline.collect_stories = self.collect_stories

    # -- parallel prefill ----------------------------------------------------------------------
    def prefill(self, settings: Any) -> None:
        """Ingest and tag, in a process pool, the dumps the cache has no entry for."""
        missing = [p for p in self.pipeline.find_dumps(self.pipeline.find_files(settings.dumps))
                   if not (self.dumps / f"{self.dump_key(p, settings)}.pickle").exists()]
        if self.workers <= 1 or len(missing) < MIN_PARALLEL:
            return
        global _active
        _active = (self, settings)
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(self.workers, mp_context=context) as pool:
                for key, result, tags in pool.map(_ingest_and_tag, missing, chunksize=4):
                    self._store(self.dumps / f"{key}.pickle", result)
                    self.tags.update(tags)
        except Exception as error:  # the ingest's own loop will meet and report it
            log.warning("parallel ingest stopped (%s); the ingest continues on one core", error)
        finally:
            _active = None

    def _store(self, entry: Path, result: Any) -> None:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = entry.with_suffix(".staging")
        staging.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(staging, entry)

    def finish(self) -> None:
        """Drop entries this build did not use; save the tag cache."""
        if self.dumps.is_dir():
            for entry in self.dumps.glob("*.pickle"):
                if entry.stem not in self.used_dumps:
                    entry.unlink()
        self.tags = {k: v for k, v in self.tags.items() if k in self.used_tags}
        self._store(self.tags_file, self.tags)
        log.info("backfile_speed: ingest cache %d dumps reused, %d ingested", self.hits,
                 self.misses)
        self.used_dumps, self.used_tags = set(), set()


_active: tuple[IngestCache, Any] | None = None  # set in the parent, inherited by forked workers


def _ingest_and_tag(path: Path) -> tuple[str, Any, dict[str, Any]]:
    cache, settings = _active  # type: ignore[misc]
    result = cache.ingest_dump(path, settings)
    stories, _problems = result
    tags = {}
    if settings.tag:
        tags = {cache.story_key(s): cache.tag_story(s) for s in stories}
    return cache.dump_key(path, settings), result, tags


def install(settings: dict[str, Any], plugins: Path) -> IngestCache | None:
    """Wrap the ingest's pipeline (if the ingest plugin is there) with the caches."""
    try:
        from backfile_ingest import pipeline
    except ImportError:
        return None
    if not all(hasattr(pipeline, n) for n in ("collect_stories", "ingest_dump", "tag_story",
                                               "find_files", "find_dumps", "find_sidecar")):
        log.warning("backfile_speed: the ingest's pipeline changed shape; ingest cache off")
        return None
    if isinstance(getattr(pipeline.collect_stories, "__self__", None), IngestCache):
        pipeline.collect_stories.__self__.restore()  # a second build in the same process
    workers = int(settings.get("BACKFILE_INGEST_PROCESSES") or os.cpu_count() or 1)
    cache = IngestCache(Path(settings["CACHE_PATH"]) / "backfile_ingest",
                        code_digest(plugins), pipeline, workers)
    pipeline.ingest_dump = cache.cached_ingest_dump
    pipeline.tag_story = cache.cached_tag_story
    pipeline.collect_stories = cache.cached_collect_stories
    return cache
