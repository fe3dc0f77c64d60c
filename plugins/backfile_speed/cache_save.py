"""Pelican's reader cache is saved by a forked process, off the single-core read stage.

Pelican pickles its reader cache (`cache/ArticlesGenerator-Readers`, 31 MB at 10,000 stories)
at the end of reading, on the one core the read stage has, while the other core idles: 0.3 s
of every everyday rebuild (py-spy, session 10). Here `save_cache` forks: the child pickles the
cache into a temporary file beside it and renames it into place (so no build ever reads a
half-written cache), then exits; the build goes on at once and waits for the child when it
ends (`finalized`), by when the write stage has long covered it. A cache whose entries did not
change (no file read afresh, none dropped) is not saved at all. A failed save only means the
next build reads those files again, so it is logged, never fatal.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
from typing import Any

log = logging.getLogger(__name__)
STAGING = ".saving"
_children: list[tuple[int, str]] = []  # (pid, cache path) of saves still running


class _Tracked(dict):  # type: ignore[type-arg]
    """The reader cache's dict, noting whether an entry was set or removed since loading."""

    changed = False

    def __setitem__(self, key: Any, value: Any) -> None:
        self.changed = True
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self.changed = True
        super().__delitem__(key)


def install(readers: Any) -> None:
    """Make `readers.save_cache` save in the background (a Pelican `Readers` object)."""
    cache = getattr(readers, "_cache", None)
    if not isinstance(cache, dict) or not getattr(readers, "_cache_data_policy", False):
        return
    readers._cache = _Tracked(cache)
    readers.save_cache = lambda: save_in_background(readers)


def save_in_background(readers: Any) -> None:
    """Pelican's save_cache, in a forked child that renames the finished file into place."""
    cache = readers._cache
    if isinstance(cache, _Tracked) and not cache.changed:
        return
    path = readers._cache_path
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    pid = os.fork()
    if pid:
        _children.append((pid, path))
        return
    status, staging = 1, f"{path}{STAGING}-{os.getpid()}"
    try:
        with readers._cache_open(staging, "wb") as handle:
            pickle.dump(dict(cache), handle)  # a plain dict, as Pelican saves and loads it
        os.replace(staging, path)
        status = 0
    finally:
        if status:
            with contextlib.suppress(OSError):
                os.unlink(staging)
        os._exit(status)


def wait(*_args: Any, **_kwargs: Any) -> None:
    """Wait for the saves still running (at `finalized`); a failure is logged."""
    while _children:
        pid, path = _children.pop()
        _, status = os.waitpid(pid, 0)
        if status:
            log.warning("Could not save the reader cache %s (status %d): the next build "
                        "reads those files again", path, status)
