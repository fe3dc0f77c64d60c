"""Backfile's speed plugin: Pelican fast paths for large archives (issue 7).

- plain_reader: story pages of plain paragraphs read without running Markdown;
- parallel_read: new/changed Markdown parsed on every core into Pelican's reader cache, while
  Pelican's read loop already works on the stories parsed first;
- frozen_urls: each story's URL and output name computed once, not on every use;
- cache_prune: Pelican's cached reads of files that are gone are dropped before it saves them;
- cache_save: Pelican's reader cache saved only when an entry in it changed;
- dates: each distinct date formatted once per build (Pelican's locale_date), not per story;
- relative_paths: each story's path relative to the content folder worked out once, not per use;
- heap: no full garbage collections while the archive is read and its context built;
- taxonomy: linear-time fast paths for Pelican's quadratic tag/category/author/archive loops;
- writer: unchanged output files are not rewritten, files no longer produced (pages, feeds,
  static copies such as the raw dumps) are removed;
- own_parts: each story's own fingerprint part (its text, its plain attributes) kept across
  builds by its file's stamp, worked out for every story before the write phase forks;
- parallel_write: the write phase (Jinja rendering) split across forked processes;
- timings: stage marks for `invoke bench scale` (only with BACKFILE_TIMINGS set).

List it FIRST in PLUGINS so its stage marks and `finalized` receiver run before the others'.
Settings: BACKFILE_READ_PROCESSES, BACKFILE_WRITE_PROCESSES (default:
every core; 1 = off), BACKFILE_SKIP_UNCHANGED (default True).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from pelican import signals

from backfile_speed import (
    cache_prune,
    cache_save,
    dates,
    heap,
    parallel_read,
    parallel_write,
    relative_paths,
    taxonomy,
    timings,
)
from backfile_speed.frozen_urls import freeze_urls
from backfile_speed.plain_reader import use_plain_reader
from backfile_speed.writer import prune

log = logging.getLogger(__name__)
_writers: list[parallel_write.SplitWriter] = []
_static: list[Any] = []  # this build's StaticGenerators, read once their outputs are final


def _cores(settings: dict[str, Any], name: str) -> int:
    return int(settings.get(name) or os.cpu_count() or 1)


def _articles_init(generator: Any) -> None:
    taxonomy.fast_period_archives(generator)
    cache_save.install(generator.readers)
    parallel_read.prefill(generator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES",
                          _cores(generator.settings, "BACKFILE_READ_PROCESSES"))


def _pages_init(generator: Any) -> None:
    cache_save.install(generator.readers)
    parallel_read.prefill(generator, "PAGE_PATHS", "PAGE_EXCLUDES",
                          _cores(generator.settings, "BACKFILE_READ_PROCESSES"))


class _Writer(parallel_write.SplitWriter):
    """The writer Pelican gets: forks renderers on its first call (see parallel_write)."""

    started = False

    def __init__(self, output_path: str, settings: dict[str, Any] | None = None) -> None:
        super().__init__(output_path, settings=settings)
        _writers.append(self)

    def write_file(self, name: str, template: Any, context: dict[str, Any],
                   *args: Any, **kwargs: Any) -> None:
        self._prepare(context)
        super().write_file(name, template, context, *args, **kwargs)

    def write_feed(self, elements: Any, context: dict[str, Any], *args: Any,
                   **kwargs: Any) -> Any:
        self._prepare(context)
        return super().write_feed(elements, context, *args, **kwargs)

    def _prepare(self, context: dict[str, Any]) -> None:
        """Before the fork: every story's own fingerprint part and card and every tag's
        description, once (see own_parts, story_keys)."""
        if not self.started and self.fingerprints is not None:
            self.fingerprints.prepare(context.get("articles") or [],
                                      context.get("tags") or [])

    def _mine(self) -> bool:
        if not self.started:
            self.started = True
            parallel_write.start(self, parallel_write.processes(self.settings))
            heap.release_full_collections()  # after the fork's gc.freeze (see heap)
        return super()._mine()


def _get_writer(_pelican: Any) -> type:
    return _Writer


def _static_generated(generator: Any) -> None:
    _static.append(generator)


def _static_outputs(output_path: str) -> set[str]:
    """Where this build copied its static files (the raw dumps): a copy whose source is gone
    is pruned like a page no longer produced, so the output equals a fresh build's. Read at
    the end, after other plugins have moved files (a markup dump goes to `<name>.txt`)."""
    found = {os.path.join(output_path, static.save_as)
             for generator in _static for static in generator.staticfiles if static.save_as}
    _static.clear()
    return found


def _finalized(pelican: Any) -> None:
    static = _static_outputs(pelican.output_path)
    if not _writers:
        return
    writer = _writers.pop()
    parallel_write.finish(writer)
    produced = writer.stats.produced | static
    removed = prune(pelican.output_path, pelican.settings, produced)
    if writer.fingerprints is not None:
        writer.fingerprints.save()
    kept = writer.fingerprints.story_keys.kept_count if writer.fingerprints is not None else 0
    log.info("backfile_speed: %d files rewritten, %d rendered but unchanged, %d not rendered "
             "(inputs unchanged; %d story pages not even described: story_keys), %d removed",
             writer.stats.changed, writer.stats.unchanged, writer.stats.skipped, kept,
             len(removed))


def register() -> None:
    timings.register()
    dates.install()
    relative_paths.install()
    signals.readers_init.connect(use_plain_reader)
    signals.article_generator_init.connect(_articles_init)
    signals.page_generator_init.connect(_pages_init)
    signals.article_generator_pretaxonomy.connect(parallel_read.finish)  # before the others
    signals.page_generator_finalized.connect(parallel_read.finish)
    signals.article_generator_pretaxonomy.connect(freeze_urls)
    signals.article_generator_pretaxonomy.connect(cache_prune.drop_missing)
    signals.article_generator_finalized.connect(taxonomy.scope_taxonomies)
    signals.get_writer.connect(_get_writer)
    signals.static_generator_finalized.connect(_static_generated)
    signals.get_generators.connect(heap.hold_full_collections)
    signals.finalized.connect(heap.release_full_collections)  # if nothing was written
    signals.all_generators_finalized.connect(parallel_write.bound_split)
    signals.finalized.connect(_finalized)
