"""Parse new and changed Markdown on every core, feeding Pelican's own reader cache.

Pelican reads one file after another. Before it starts, we find the files its reader cache does
not cover (new, or stamp changed), run Pelican's own reader on them in a pool of forked
processes, and store each result with `Readers.cache_data`, exactly what `Readers.read_file`
would store. Pelican then reads as usual and every file is a cache hit. Pelican does not wait for
the whole pool: its read loop takes each chunk of results as it reaches the chunk's first file,
so on a first build its own per-story work (Article objects, signals) runs beside the parsing
instead of after it (about 1.2 s of a 10,000-story build, issue 7). Needs CACHE_CONTENT (the
reader-layer content cache); without it this does nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from pelican.readers import _filter_discardable_metadata
from pelican.utils import file_suffix

from backfile_speed import heap

log = logging.getLogger(__name__)
_readers: Any = None  # the generator's Readers, inherited by the forked workers
CHUNK = 200


def _read_chunk(paths: list[str]) -> list[tuple[str, Any, Any]]:
    results = []
    for path in paths:
        reader = _readers.readers[file_suffix(path)]
        content, metadata = reader.read(path)
        results.append((path, content, _filter_discardable_metadata(metadata)))
    return results


def stale_files(generator: Any, paths_setting: str, excludes_setting: str) -> list[str]:
    """Absolute paths of the generator's source files its reader cache cannot answer."""
    readers = generator.readers
    stale = []
    for relative in generator.get_files(generator.settings[paths_setting],
                                        exclude=generator.settings[excludes_setting]):
        path = os.path.abspath(os.path.join(generator.path, relative))
        if file_suffix(path) in readers.readers and readers.get_cached_data(path) is None:
            stale.append(path)
    return stale


def prefill(generator: Any, paths_setting: str, excludes_setting: str, workers: int) -> int:
    """Start reading the stale files in parallel for the generator's reader cache; returns how
    many. Pelican's own read loop then waits for each file's chunk as it reaches it (see
    `_Stream`), so its work on the first stories overlaps the workers' on the later ones."""
    global _readers
    settings = generator.settings
    if not (settings.get("CACHE_CONTENT") and settings.get("CONTENT_CACHING_LAYER") == "reader"):
        return 0
    stale = stale_files(generator, paths_setting, excludes_setting)
    if workers <= 1 or len(stale) < 2 * CHUNK:
        return 0  # not worth a pool: Pelican reads these itself
    _readers = generator.readers
    chunks = [stale[i:i + CHUNK] for i in range(0, len(stale), CHUNK)]
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=heap.in_worker)
    try:
        # in Pelican's reading order; the workers are forked at the first submit
        futures = [pool.submit(_read_chunk, chunk) for chunk in chunks]
    except Exception as error:
        pool.shutdown(cancel_futures=True)
        log.warning("parallel reading did not start (%s); Pelican reads the files itself", error)
        return 0
    finally:
        _readers = None
    _Stream(generator.readers, pool, chunks, futures)
    return len(stale)


class _Stream:
    """Pool results handed to Pelican's reader cache as its read loop reaches them.

    Installed as the Readers' `get_cached_data` for the duration of the read: asked for a file
    still being read by the pool, it waits for that file's chunk, caches the whole chunk with
    `Readers.cache_data` (exactly what `Readers.read_file` would store) and answers from the
    cache. `finish` caches whatever the loop did not ask for, stops the pool and uninstalls it.
    """

    def __init__(self, readers: Any, pool: ProcessPoolExecutor, chunks: list[list[str]],
                 futures: list[Future[list[tuple[str, Any, Any]]]]) -> None:
        self.readers, self.pool, self.chunks, self.futures = readers, pool, chunks, futures
        self.pending = {path: n for n, chunk in enumerate(chunks) for path in chunk}
        self.shadowed = readers.__dict__.get("get_cached_data")  # an instance's own, if any
        self.original = readers.get_cached_data
        readers.get_cached_data = self.get_cached_data
        readers.backfile_stream = self

    def get_cached_data(self, filename: str, default: Any = None) -> Any:
        chunk = self.pending.get(filename)
        if chunk is not None:
            self._collect(chunk)
        return self.original(filename, default)

    def _collect(self, chunk: int) -> None:
        if self.chunks[chunk] and self.chunks[chunk][0] not in self.pending:
            return  # collected already
        for path in self.chunks[chunk]:
            self.pending.pop(path, None)
        try:
            results = self.futures[chunk].result()
        except Exception as error:  # a bad file: Pelican reads this chunk and reports it
            log.warning("parallel reading failed (%s); Pelican reads those files itself", error)
            results = []
        for path, content, metadata in results:
            self.readers.cache_data(path, (content, metadata))

    def finish(self) -> None:
        for chunk in range(len(self.futures)):
            self._collect(chunk)
        self.pool.shutdown()
        if self.shadowed is None:
            del self.readers.get_cached_data  # the class's method again
        else:
            self.readers.get_cached_data = self.shadowed
        del self.readers.backfile_stream


def finish(generator: Any) -> None:
    """After the generator's read loop: the pool's leftovers cached, the pool stopped."""
    stream = getattr(getattr(generator, "readers", None), "backfile_stream", None)
    if stream is not None:
        stream.finish()
