"""The search stage as one plain function, callable in any process (the build runs it in the
background while Pelican writes pages): stories in, index and export brought up to date."""

from __future__ import annotations

from pathlib import Path

from .documents import SearchDoc
from .export import export_index
from .index import open_index, update_index


def update_search(docs: list[SearchDoc], index_dir: Path, out_dir: Path, procs: int = 1) -> str:
    """Update the Whoosh index at `index_dir` to hold exactly `docs` (only new, changed and
    vanished stories are touched) and the export in `out_dir` to match it (only new segments
    are written); return a one-line summary for the build log. `procs` > 1 lets a large
    update index and export in that many processes."""
    ix = open_index(index_dir)
    update = update_index(ix, docs, procs=procs)
    export = export_index(ix, out_dir, procs=procs)
    if export.new_segments or export.removed_segments or export.manifest_written:
        written = (f"exported {export.new_segments} new segment(s) ({export.new_files} files, "
                   f"{export.new_bytes} bytes), removed {export.removed_segments}; ")
    else:
        written = "export unchanged; "
    return (f"search: {update.added} added, {update.updated} updated, {update.deleted} deleted, "
            f"{update.unchanged} unchanged; {written}{export.segments} segment(s), "
            f"{export.files} files, {export.bytes} bytes")
