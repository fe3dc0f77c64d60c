"""No full garbage collections while Pelican reads the archive and builds its context.

CPython runs a full collection, which walks every object alive, each time the long-lived heap
has grown by a quarter. Reading an archive grows the heap from nothing to millions of objects
that all stay alive (Pelican's reader cache, the stories, their metadata, the archive's
context), so those walks add up: unpickling the 31 MB reader cache of a 10,000-story site took
0.36-0.64 CPU s with them and 0.13-0.18 s without. From `get_generators` (after the ingest)
until the write phase starts the third threshold is raised out of reach; young collections go
on as usual, so short-lived cycles are still freed. The hold lasts until the first page is
written, after the renderers are forked from `gc.freeze()` (see parallel_write), which takes the
objects read so far out of later collections: loading the stored page fingerprints (3.6 MB)
just before took 74 py-spy samples with full collections walking the whole archive. Processes
forked in between to parse Markdown get the usual thresholds back (`in_worker`).
"""

from __future__ import annotations

import gc
from typing import Any

NEVER = 1 << 30  # young collections between full ones: none within a build
_usual: tuple[int, int, int] | None = None


def hold_full_collections(*_args: Any, **_kwargs: Any) -> None:
    global _usual
    if _usual is None:
        _usual = gc.get_threshold()
        gc.set_threshold(_usual[0], _usual[1], NEVER)


def release_full_collections(*_args: Any, **_kwargs: Any) -> None:
    global _usual
    if _usual is not None:
        gc.set_threshold(*_usual)
        _usual = None


def in_worker() -> None:
    """A process forked while full collections are held: it collects as usual."""
    if _usual is not None:
        gc.set_threshold(*_usual)
