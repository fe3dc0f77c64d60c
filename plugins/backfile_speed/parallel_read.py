"""Parse new and changed Markdown on every core, feeding Pelican's own reader cache.

Pelican reads one file after another. Before it starts, we find the files its reader cache does
not cover (new, or stamp changed), run Pelican's own reader on them in a pool of forked
processes, and store each result with `Readers.cache_data`, exactly what `Readers.read_file`
would store. Pelican then reads as usual and every file is a cache hit. Needs CACHE_CONTENT
(the reader-layer content cache); without it this does nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
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
    """Read the stale files in parallel into the generator's reader cache; returns how many."""
    global _readers
    settings = generator.settings
    if not (settings.get("CACHE_CONTENT") and settings.get("CONTENT_CACHING_LAYER") == "reader"):
        return 0
    stale = stale_files(generator, paths_setting, excludes_setting)
    if workers <= 1 or len(stale) < 2 * CHUNK:
        return 0  # not worth a pool: Pelican reads these itself
    _readers = generator.readers
    chunks = [stale[i:i + CHUNK] for i in range(0, len(stale), CHUNK)]
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=heap.in_worker) as pool:
            for results in pool.map(_read_chunk, chunks):
                for path, content, metadata in results:
                    generator.readers.cache_data(path, (content, metadata))
    except Exception as error:  # a bad file: let Pelican read it and report it its own way
        log.warning("parallel reading stopped (%s); Pelican reads the rest itself", error)
    finally:
        _readers = None
    return len(stale)
