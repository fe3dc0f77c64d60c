"""Pelican plugin: index every story with Whoosh and export the index for the search page.

The search stage (`stage.update_search`) needs only the stories, so it starts in a forked
process as soon as Pelican has read them and runs while Pelican renders the pages, on the other
core; the build waits for it at the end and fails (keeping the previous output) if it failed.

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
import sys
from pathlib import Path
from typing import Any

from pelican import signals

from .documents import from_article
from .minify import minify_scripts
from .stage import update_search

log = logging.getLogger(__name__)
_running: dict[int, Any] = {}  # id(settings) -> the background process, or the finished line


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


def _run_stage(articles: list[Any], settings: dict[str, Any], output_path: str) -> None:
    out = Path(output_path) / settings.get("BACKFILE_SEARCH_OUTPUT", "search")
    procs = int(settings.get("BACKFILE_SEARCH_PROCESSES") or os.cpu_count() or 1)
    docs = [from_article(a) for a in articles]
    log.info("%s", update_search(docs, index_path(settings), out, procs=procs))


def _in_child(articles: list[Any], settings: dict[str, Any], output_path: str) -> None:
    try:
        _run_stage(articles, settings, output_path)
    except BaseException:
        log.exception("search: indexing failed")
        sys.exit(1)


def _start(generator: Any) -> None:
    """Articles are read: index them now, in the background unless that is switched off."""
    args = (list(generator.articles), generator.settings, generator.output_path)
    if not generator.settings.get("BACKFILE_SEARCH_BACKGROUND", True):
        _running[id(generator.settings)] = args
        return
    process = multiprocessing.get_context("fork").Process(
        target=_in_child, args=args, name="backfile-search")
    process.start()
    _running[id(generator.settings)] = process


def _finish(pelican: Any) -> None:
    """Wait for the search stage; a failure fails the build."""
    job = _running.pop(id(pelican.settings), None)
    if job is None:
        return
    if isinstance(job, tuple):
        _run_stage(*job)
        return
    job.join()
    if job.exitcode != 0:
        raise RuntimeError(f"the search stage failed (exit code {job.exitcode}); see above")


def _minify_client(pelican: Any) -> None:
    minify_scripts(Path(pelican.output_path) / "theme" / "search")


def register() -> None:
    signals.initialized.connect(_add_search_page)
    signals.finalized.connect(_minify_client)
    signals.article_generator_finalized.connect(_start)
    signals.finalized.connect(_finish)
