"""Pelican plugin: index every story with Whoosh and export the index for the search page.

Settings (pelicanconf.py):
  BACKFILE_SEARCH_INDEX   where the Whoosh index lives (default "cache/search", relative to the
                          project folder, i.e. the parent of PATH); kept between builds so a build
                          only indexes new or changed stories.
  BACKFILE_SEARCH_OUTPUT  folder in the output for the exported data (default "search").
The search page itself is the theme's `search.html`, added to DIRECT_TEMPLATES here.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from pelican import signals

from .documents import SearchDoc, from_article
from .export import export_index
from .index import open_index, update_index
from .minify import minify_scripts

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
    ix = open_index(index_path(pelican.settings))
    update = update_index(ix, docs)
    out = Path(pelican.output_path) / pelican.settings.get("BACKFILE_SEARCH_OUTPUT", "search")
    if _export_is_current(ix, out, index_path(pelican.settings)):
        log.info("search: index unchanged (%d stories); previous export kept", update.unchanged)
        return
    report = export_index(ix, out)
    _export_stamp(index_path(pelican.settings)).write_text(_export_key(ix, out), "utf-8")
    log.info("search: %d added, %d updated, %d deleted, %d unchanged; exported %d files (%d bytes)",
             update.added, update.updated, update.deleted, update.unchanged,
             report.files, report.bytes)


def _export_key(ix: Any, out: Path) -> str:
    """What the export is a function of: the index generation, the export code, where it goes."""
    code = hashlib.sha256((Path(__file__).parent / "export.py").read_bytes()).hexdigest()
    return f"{ix.latest_generation()}:{code}:{out.name}"


def _export_stamp(index: Path) -> Path:
    return index / "exported.txt"


def _export_is_current(ix: Any, out: Path, index: Path) -> bool:
    """An incremental build (output seeded from the last one) keeps an up-to-date export."""
    stamp = _export_stamp(index)
    return ((out / "manifest.js").is_file() and stamp.is_file()
            and stamp.read_text("utf-8") == _export_key(ix, out))


def _minify_client(pelican: Any) -> None:
    minify_scripts(Path(pelican.output_path) / "theme" / "search")


def register() -> None:
    signals.initialized.connect(_add_search_page)
    signals.finalized.connect(_minify_client)
    signals.article_generator_finalized.connect(_collect)
    signals.finalized.connect(_index_and_export)
