"""Pelican plugin: index every story with Whoosh and export the index for the search page.

Settings (pelicanconf.py):
  BACKFILE_SEARCH_INDEX   where the Whoosh index lives (default "cache/search", relative to the
                          project folder, i.e. the parent of PATH); kept between builds so a build
                          only indexes new or changed stories.
  BACKFILE_SEARCH_OUTPUT  folder in the output for the exported data (default "search").
The search page itself is the theme's `search.html`, added to DIRECT_TEMPLATES here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from .documents import SearchDoc, from_article
from .minify import minify_scripts
from .stage import update_search

log = logging.getLogger(__name__)
_collected: dict[int, list[SearchDoc]] = {}


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


def _collect(generator: Any) -> None:
    _collected[id(generator.settings)] = [from_article(a) for a in generator.articles]


def _index_and_export(pelican: Any) -> None:
    docs = _collected.pop(id(pelican.settings), [])
    out = Path(pelican.output_path) / pelican.settings.get("BACKFILE_SEARCH_OUTPUT", "search")
    log.info("%s", update_search(docs, index_path(pelican.settings), out))


def _minify_client(pelican: Any) -> None:
    minify_scripts(Path(pelican.output_path) / "theme" / "search")


def register() -> None:
    signals.initialized.connect(_add_search_page)
    signals.finalized.connect(_minify_client)
    signals.article_generator_finalized.connect(_collect)
    signals.finalized.connect(_index_and_export)
