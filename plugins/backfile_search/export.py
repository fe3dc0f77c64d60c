"""Bring the client's data files (`<output>/search/`) in line with the Whoosh index, per segment.

Why scripts: over file:// Chromium blocks fetch, XHR, workers and modules, but a <script src> that
calls a global callback still loads. Layout:

- manifest.js  the index as the client sees it: the segments in Whoosh's order (their folder,
               document count, total field lengths, shard count, lexicon bounds and deleted
               documents, number of long-list index parts) plus scoring and analyzer
               settings. Small, and nothing in it is per term (format 4: which terms have long
               posting lists is in each segment's h/ files and term shards), so it does not
               grow with a segment's vocabulary; rewritten (as a new file) when the index
               changes, and loaded by every page that searches.
- s/<key>/     one folder per Whoosh segment (segment_export.py), written once and never
               changed; removed when a merge removes the segment. The large segments one sync
               exports (a first build writes one per process) form a group sharing their term
               shards and long lists' first chunks (group_export.py): a query word costs the
               group one file, not one per segment. Their keys name the group, so a member
               exported again in another group, or alone, gets a new folder.

A commit that adds a dump therefore writes one small segment folder and a new manifest, whatever
the size of the archive.
"""

from __future__ import annotations

import hashlib
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh.index import Index

from .encoding import encode_numbers
from .files import js_call, replace_file
from .group_export import GROUP_MIN_DOCS, merge_group
from .schema import DEFAULT_FIELDS, FIELD_BOOSTS, MINSIZE, SEARCH_FIELDS, STOPLIST
from .segment_export import DOCS_PER_FILE, SegmentExport, export_segment, group_temp

SEGMENTS = "s"
LEGACY = ("t", "c", "l", "d")   # the single-segment layout's folders, removed if found


def _format_key() -> str:
    """Changes whenever the code that writes segment files changes, so stale files are redone."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("segment_export.py", "group_export.py", "segment_postings.py", "encoding.py",
                 "files.py", "documents.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:8]


FORMAT_KEY = _format_key()


@dataclass
class ExportReport:
    """The export after a sync: all of it, and what this sync wrote."""

    segments: int = 0
    files: int = 0
    bytes: int = 0
    largest_file: int = 0
    shards: int = 0
    chunk_files: int = 0
    group_files: int = 0
    doc_files: int = 0
    facet_files: int = 0
    terms: int = 0
    new_segments: int = 0
    new_files: int = 0
    new_bytes: int = 0
    removed_segments: int = 0
    manifest_written: bool = False


def segment_key(segment: Any, group: list[Any] | None = None) -> str:
    """Folder name of a segment's files: Whoosh's segment id plus the export format, plus for a
    member of a group (group_export.py) a digest of all the members' ids, so that a segment
    exported again in another group (or alone) gets a new folder, never a changed one."""
    key = f"{segment.segid}-{FORMAT_KEY}"
    if group:
        ids = ",".join(s.segid for s in group)
        key += "-" + hashlib.sha256(ids.encode()).hexdigest()[:8]
    return key


def _current(folder: Path) -> SegmentExport | None:
    try:
        return SegmentExport.load(folder)
    except (OSError, ValueError, TypeError):
        return None


def _valid_exports(seg_root: Path, toc: Any) -> dict[str, SegmentExport]:
    """Segment id -> its export, for the segments whose folder is complete: of this format,
    and, for a group's member, with every member of its group still in the index."""
    live = {segment.segid for segment in toc.segments}
    found: dict[str, SegmentExport] = {}
    for folder in seg_root.iterdir():
        segid, _, rest = folder.name.partition("-")
        if segid not in live or not rest.startswith(FORMAT_KEY) or folder.name[:1] == ".":
            continue
        info = _current(folder)
        if info is not None and info.key == folder.name:
            found[folder.name] = info
    valid: dict[str, SegmentExport] = {}
    for key, info in found.items():
        if all(k in found for k in info.group):
            valid[key.partition("-")[0]] = info
    return valid


def _groups(todo: list[Any]) -> list[list[Any]]:
    """The segments to export, in groups sharing their term files (large segments exported
    together) and alone (the rest)."""
    large = [s for s in todo if s.doc_count_all() >= GROUP_MIN_DOCS]
    if len(large) < 2:
        return [[s] for s in todo]
    return [large] + [[s] for s in todo if s not in large]


def manifest_data(toc: Any, exports: list[tuple[Any, SegmentExport]]) -> dict[str, Any]:
    """What manifest.js holds (plain JSON)."""
    segments = []
    for segment, info in exports:
        segments.append({
            "key": info.key,
            "docs": info.doc_count_all,
            "lengths": info.field_lengths,
            "shards": info.shards,
            "pshards": info.position_shards,
            "fdocs": info.facet_docs,
            "lexicon": info.lexicon,
            "lparts": info.long_parts,
            "whole": info.whole,
            "group": info.group[0] if info.group else None,
            "deleted": encode_numbers(sorted(segment.deleted_docs())),
        })
    doc_count_all = sum(s.doc_count_all() for s, _ in exports)
    return {
        "version": 8,
        "generation": toc.generation,
        "docCountAll": doc_count_all,
        "docCount": doc_count_all - sum(s.deleted_count() for s, _ in exports),
        "K1": 1.2,
        "B": 0.75,
        "fields": list(SEARCH_FIELDS),
        "defaultFields": list(DEFAULT_FIELDS),
        "boosts": FIELD_BOOSTS,
        "stoplist": STOPLIST,
        "minsize": MINSIZE,
        "docsPerFile": DOCS_PER_FILE,
        "segments": segments,
    }


def _export_all(ix: Index, schema: Any, groups: list[list[Any]], dest: Path,
                procs: int) -> list[SegmentExport]:
    """Export segments, in `procs` processes when there are several (they are independent until
    a group's members are merged, group_export.py)."""
    todo = [(seg, segment_key(seg, group if len(group) > 1 else None), len(group) == 1)
            for group in groups for seg in group]
    for _, key, _ in todo:
        shutil.rmtree(dest / key, ignore_errors=True)
        shutil.rmtree(group_temp(dest, key), ignore_errors=True)
    if procs <= 1 or len(todo) <= 1:
        infos = [export_segment(ix.storage, schema, seg, key, dest, alone)
                 for seg, key, alone in todo]
    else:
        with ProcessPoolExecutor(max_workers=min(procs, len(todo))) as pool:
            jobs = [pool.submit(export_segment, ix.storage, schema, seg, key, dest, alone)
                    for seg, key, alone in todo]
            infos = [job.result() for job in jobs]
    done = 0
    for group in groups:
        if len(group) > 1:
            merge_group(dest, infos[done:done + len(group)])
        done += len(group)
    return infos


def export_index(ix: Index, out_dir: Path, procs: int = 1) -> ExportReport:
    """Export the segments not exported yet, drop those merged away, rewrite the manifest."""
    from whoosh.scoring import BM25F

    if (BM25F().K1, BM25F().B) != (1.2, 0.75):
        raise ValueError("the manifest's K1 and B must be Whoosh's BM25F defaults")
    report = ExportReport()
    for name in LEGACY:
        shutil.rmtree(out_dir / name, ignore_errors=True)
    seg_root = out_dir / SEGMENTS
    seg_root.mkdir(parents=True, exist_ok=True)
    toc = ix._read_toc()  # the segments in the order Whoosh's MultiReader numbers documents
    found = _valid_exports(seg_root, toc)
    todo = [segment for segment in toc.segments if segment.segid not in found]
    for info in _export_all(ix, toc.schema, _groups(todo), seg_root, procs):
        found[info.key.partition("-")[0]] = info
        report.new_segments += 1
        report.new_files += info.files
        report.new_bytes += info.bytes
    exports = [(segment, found[segment.segid]) for segment in toc.segments]
    keys = {info.key for _, info in exports}
    for stale in seg_root.iterdir():
        if stale.name not in keys:
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
            report.removed_segments += stale.name[:1] != "."
    for _, info in exports:
        report.segments += 1
        report.files += info.files + 1  # + its meta.json
        report.bytes += info.bytes
        report.largest_file = max(report.largest_file, info.largest_file)
        report.shards += info.shards if info.key == (info.group or [info.key])[0] else 0
        report.group_files += info.group_files
        report.chunk_files += info.chunk_files
        report.doc_files += info.doc_files
        report.facet_files += info.facet_files
        report.terms += info.terms
    manifest = js_call("manifest", manifest_data(toc, exports)).encode("utf-8")
    report.manifest_written = replace_file(out_dir / "manifest.js", manifest)
    report.files += 1
    report.bytes += len(manifest)
    return report

