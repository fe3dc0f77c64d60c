"""Many story pages rendered and written on every core (a first build writes them all).

After the archive-wide steps (tags, slugs) the ingest renders and writes each page that is new
or whose story changed: about 10,000 on a first build of 10,000 stories, one after another
while Pelican waits and the other core idles (issue 7). Each page depends only on its own
story, so forked processes share them; each returns what it did, page by page, and the parent
reports it in story order exactly as one process would. Few pages (an everyday build) are
written in this process: a fork costs more than it saves there.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

MIN_PARALLEL = 500  # pages to render: below this one process is quicker than starting a pool
CHUNKS_PER_PROCESS = 8  # jobs are handed out in this many chunks per process, for balance
Job = TypeVar("Job", bound=Sequence[Any])  # its first item is its key in the result
_work: Callable[[Any], Any] | None = None  # read by the forked workers


def _run(job: Any) -> tuple[Any, Any]:
    assert _work is not None
    return job[0], _work(job)


def run_jobs(work: Callable[[Job], Any], jobs: list[Job], processes: int) -> dict[Any, Any]:
    """`work(job)` for every job, keyed by the job's first item; on `processes` forked
    processes when there are at least MIN_PARALLEL jobs. An exception in `work` is raised
    here either way."""
    global _work
    if processes <= 1 or len(jobs) < MIN_PARALLEL:
        return {job[0]: work(job) for job in jobs}
    _work = work
    try:
        context = multiprocessing.get_context("fork")  # the workers inherit `work`'s data
        chunk = max(1, len(jobs) // (processes * CHUNKS_PER_PROCESS))
        with ProcessPoolExecutor(processes, mp_context=context) as pool:
            return dict(pool.map(_run, jobs, chunksize=chunk))
    finally:
        _work = None
