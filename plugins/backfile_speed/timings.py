"""Stage timestamps for the scale benchmark, written only when BACKFILE_TIMINGS names a file.

Pelican's signals bracket the stages: `initialized` fires before the ingest (a receiver of the
same signal, connected after this plugin), `get_generators` right after it, readers and writers
run between `get_generators`, `all_generators_finalized` and `finalized`, and the search export
runs in `finalized` receivers after ours. The process end closes the last stage, so the bench
adds it from the wall time it measures itself.
"""

from __future__ import annotations

import atexit
import json
import os
import time
from typing import Any

from pelican import signals

ENV = "BACKFILE_TIMINGS"
_marks: dict[str, float] = {}


def _mark(name: str) -> Any:
    def receiver(*_args: Any, **_kwargs: Any) -> None:
        _marks.setdefault(name, time.time())
    return receiver


def _dump(path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(_marks, handle)


def register() -> None:
    """Connect the stage marks (and a dump at exit) if BACKFILE_TIMINGS is set."""
    path = os.environ.get(ENV)
    if not path:
        return
    for name, signal in (
        ("initialized", signals.initialized),
        ("get_generators", signals.get_generators),
        ("all_generators_finalized", signals.all_generators_finalized),
        ("get_writer", signals.get_writer),
        ("finalized", signals.finalized),
    ):
        signal.connect(_mark(name), weak=False)
    atexit.register(_dump, path)
