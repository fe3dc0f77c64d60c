"""Fill the staging folder with hard links to the previous output while Pelican starts.

An incremental build starts from a hard-linked copy of the previous output (see `atomic`):
23,000 links at 10,000 stories, most of a second. Nothing looks at the output folder until
Pelican has started, ingested the dumps and begins to make its generators, so the copy is made
by a thread of the building process while Pelican runs: Pelican, started through
`pelican_process.main`, blocks on a pipe before it makes any generator (`wait_for_seed`) until
the copy is complete, and fails the build if the copy failed.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from backfile_publish.atomic import link_tree

ENV = "BACKFILE_SEED_FD"  # the read end of the pipe that says the copy is done ("ok")
DONE = b"ok"


@contextlib.contextmanager
def seeding(source: Path, staging: Path) -> Iterator[int | None]:
    """Link `source` into `staging` in a thread; yield the pipe end to hand to Pelican (None
    when there is nothing to copy). Waits for the thread on leaving; raises if it failed."""
    if not source.is_dir():
        yield None
        return
    read_end, write_end = os.pipe()
    failures: list[BaseException] = []

    def copy() -> None:
        outcome = b"failed"
        try:
            link_tree(source, staging)
            outcome = DONE
        except BaseException as error:  # handed to the building thread
            failures.append(error)
        finally:
            with contextlib.suppress(OSError):  # Pelican may have died before reading
                os.write(write_end, outcome)
            os.close(write_end)

    thread = threading.Thread(target=copy, name="backfile-seed", daemon=True)
    thread.start()
    try:
        yield read_end
    finally:
        os.close(read_end)
        thread.join()
    if failures:
        raise failures[0]


def wait_for_seed(*_args: Any, **_kwargs: Any) -> None:
    """In Pelican: block until the staging folder is a complete copy (see the module doc)."""
    fd = os.environ.pop(ENV, None)
    if fd is None:
        return
    received = b""
    with os.fdopen(int(fd), "rb") as pipe:
        while chunk := pipe.read(64):
            received += chunk
    if received != DONE:
        raise RuntimeError("the copy of the previous output into the staging folder failed")
