"""Pelican plugin: index every story with Whoosh and export the index for the search page.

The search stage (`stage.update_search`) needs only the stories, so it starts as soon as Pelican
has read them and runs while Pelican renders the pages, on the other core; the build waits for it
at the end and fails (keeping the previous output) if it failed. It runs in a fresh (spawned)
interpreter that receives the stories as plain data: a forked one would inherit, and by touching
it copy, Pelican's whole memory (about 1 GB at 50,000 stories). The stories go through a
file beside the index's folder (`_Handover`), not through the pipe multiprocessing starts the
process with: a pipe holds 64 KB, so handing over 10,000 stories made Pelican's single-core
read stage wait until the new interpreter had started and read them all (1.3-1.5 s of wall
time in-process at load 9-14); a file is written at once, and the process reads it and
removes it.

Settings (pelicanconf.py):
  BACKFILE_SEARCH_INDEX       where the Whoosh index lives (default "cache/search", relative to
                              the project folder, i.e. the parent of PATH); kept between builds so
                              a build only indexes new or changed stories.
  BACKFILE_SEARCH_OUTPUT      folder in the output for the exported data (default "search").
  BACKFILE_SEARCH_BACKGROUND  run the stage in a background process (default True).
  BACKFILE_SEARCH_PROCESSES   processes a large update (a first build) is indexed and exported
                              in (default: every core; they share the machine with Pelican's
                              renderers, and each writes its own index segment).
The search page itself is the theme's `search.html`, added to DIRECT_TEMPLATES here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
import tempfile
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .conversions import load_memo, save_memo, story_docs
from .documents import ArticleText, article_text
from .minify import minify_scripts

log = logging.getLogger(__name__)
HANDOVER_PREFIX = "handover-"  # the stories on their way to the search process (_Handover)
_running: dict[int, Any] = {}  # id(settings) -> (process, its report pipe), or the job to run


def index_path(settings: dict[str, Any]) -> Path:
    """The Whoosh index folder for these Pelican settings."""
    path = Path(settings.get("BACKFILE_SEARCH_INDEX", "cache/search"))
    if not path.is_absolute():
        path = Path(settings["PATH"]).parent / path
    return path


def _add_search_page(pelican: Any) -> None:
    templates = list(pelican.settings.get("DIRECT_TEMPLATES", []))
    if "search" not in templates:
        pelican.settings["DIRECT_TEMPLATES"] = [*templates, "search"]


@dataclass
class SearchJob:
    """Everything the search stage needs, as plain picklable data."""

    stories: list[ArticleText]
    index_dir: Path
    out_dir: Path
    procs: int

    def run(self) -> str:
        # Whoosh is imported here, in the search process: Pelican's process only hands the
        # stories over (importing Whoosh there cost about 0.4 s before Pelican could start).
        from .stage import update_search

        docs = story_docs(self.stories, load_memo(self.index_dir))
        summary = update_search(docs, self.index_dir, self.out_dir,  # type: ignore[arg-type]
                                procs=self.procs)
        save_memo(self.index_dir, docs)  # only after the index holds them
        return summary


@dataclass
class _Handover:
    """A SearchJob pickled to a file: what the search process is started with."""

    path: Path

    @classmethod
    def write(cls, job: SearchJob) -> _Handover | SearchJob:
        """The job in a file beside the index folder; the job itself (handed over through
        the pipe, as before) if no file can be written there."""
        try:
            job.index_dir.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=HANDOVER_PREFIX, suffix=".pickle",
                                            dir=job.index_dir.parent)
        except OSError:
            return job
        with os.fdopen(handle, "wb") as out:
            pickle.dump(job, out, protocol=pickle.HIGHEST_PROTOCOL)
        return cls(Path(name))

    def read(self) -> SearchJob:
        """The job (from our own build's file), which is then removed."""
        try:
            with open(self.path, "rb") as handle:
                return pickle.load(handle)
        finally:
            self.remove()

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def _in_child(handover: _Handover | SearchJob, report: Connection) -> None:
    """Entry point of the search process: send back (ok, log line or traceback). After a
    success the process ends at once: tearing down the stories and Whoosh's objects one by one
    (a few tenths of a second at 10,000 stories) would only keep Pelican waiting."""
    try:
        job = handover.read() if isinstance(handover, _Handover) else handover
        report.send((True, job.run()))
    except BaseException:
        report.send((False, traceback.format_exc()))
        sys.exit(1)
    finally:
        report.close()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


def _start(generator: Any) -> None:
    """Articles are read: index them now, in the background unless that is switched off."""
    settings = generator.settings
    job = SearchJob(
        stories=[article_text(a) for a in generator.articles],
        index_dir=index_path(settings),
        out_dir=Path(generator.output_path) / settings.get("BACKFILE_SEARCH_OUTPUT", "search"),
        procs=int(settings.get("BACKFILE_SEARCH_PROCESSES") or os.cpu_count() or 1),
    )
    if not settings.get("BACKFILE_SEARCH_BACKGROUND", True):
        _running[id(settings)] = job
        return
    handover = _Handover.write(job)
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_in_child, args=(handover, send), name="backfile-search")
    process.start()
    send.close()  # so a child that dies without a word gives EOFError, not a hang
    _running[id(settings)] = (process, receive, handover)


def _finish(pelican: Any) -> None:
    """Wait for the search stage; a failure fails the build."""
    job = _running.pop(id(pelican.settings), None)
    if job is None:
        return
    if isinstance(job, SearchJob):
        log.info("%s", job.run())
        return
    process, receive, handover = job
    try:
        ok, text = receive.recv()
    except EOFError:
        ok, text = False, "the search process ended without a report"
    finally:
        receive.close()
        process.join()
        if isinstance(handover, _Handover):
            handover.remove()  # already gone unless the process failed before reading it
    if not ok or process.exitcode != 0:
        raise RuntimeError(f"the search stage failed (exit code {process.exitcode}):\n{text}")
    log.info("%s", text)


def _minify_client(pelican: Any) -> None:
    minify_scripts(Path(pelican.output_path) / "theme" / "search")


def register() -> None:
    # Pelican is imported here, not at the top: the search process imports this package (its
    # entry point is here) and needs nothing of Pelican.
    from pelican import signals

    signals.initialized.connect(_add_search_page)
    signals.finalized.connect(_minify_client)
    signals.article_generator_finalized.connect(_start)
    signals.finalized.connect(_finish)
