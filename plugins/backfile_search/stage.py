"""The search stage as one plain function: bring the index and its export in line with the stories.

Plain data in, files out, so the Pelican wiring can run it in a background process while Pelican
renders the pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .documents import SearchDoc
from .export import export_index
from .index import open_index, update_index


def update_search(docs: list[SearchDoc], index_dir: Path, out_dir: Path) -> str:
    """Index new, changed and vanished stories, re-export if the index changed; a log line."""
    ix = open_index(index_dir)
    update = update_index(ix, docs)
    if _export_is_current(ix, out_dir, index_dir):
        return f"search: index unchanged ({update.unchanged} stories); previous export kept"
    report = export_index(ix, out_dir)
    _export_stamp(index_dir).write_text(_export_key(ix, out_dir), "utf-8")
    return (f"search: {update.added} added, {update.updated} updated, {update.deleted} deleted, "
            f"{update.unchanged} unchanged; exported {report.files} files ({report.bytes} bytes)")


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
