"""Incremental Whoosh index: add, update and delete stories by slug and content checksum.

Only stories whose checksum changed are analysed and written, and a commit writes them as a new
segment: Whoosh's own merge policy (MERGE_SMALL) folds small segments together now and then and
leaves large ones alone, so adding one dump costs about as much as indexing its stories. The
client ranks per segment exactly as Whoosh's multi-segment searcher does, so no merge is forced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from .documents import SearchDoc
from .files import replace_file
from .schema import make_schema
from .term_writer import TermCodec

# Bump when the schema, the stored `display` record or checksums change. 5: a `keywords` field.
# 6: the text fields are analysis.NewsText, pickled by name in the index's schema: an older
# Backfile, finding this stamp, starts its own index over instead of failing to read ours (and
# we do the same).
INDEX_FORMAT = "6"
# Whoosh's posting pool per writing process, in Whoosh's estimate (about what the postings take
# in memory). A pool that outgrows it is sorted to a temporary file, and every posting is then
# written, read back and merged once more: a third more indexing CPU. 320 MB holds the ~5,000
# news stories each of two processes gets in a 10,000-story first build; larger updates spill.
POOL_MB = 320
# An update too big to sort in memory anyway (a first build of tens of thousands of stories)
# spills whatever the pool; there a small pool keeps the build's peak memory down (issue 7:
# 50,000 stories in 3 GB) at the cost of more, smaller runs to merge.
IN_MEMORY_STORIES = 6000   # per writing process
SPILL_POOL_MB = 128        # Whoosh's default
PARALLEL_FROM = 2000    # stories to write before a multi-process writer pays for its start-up


@dataclass
class IndexUpdate:
    """What one update did, for the build log and the tests."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


def make_codec() -> TermCodec:
    """Whoosh's default codec, minus two costs of its writer nothing here uses.

    - Per-block length statistics: to record them the writer reads every posting's field length
      back from disk (a quarter of a commit's time). They only bound block scores for the
      top-N collector's shortcut, which searching here turns off (query.top_results, for the
      client's exact ranking); without them the bound is the loosest, never a wrong one.
      `length_stats` is the codec's own switch (Whoosh's plain-text codec sets it off).
    - zlib on posting blocks (compression=0): the index is a build cache, never published;
      the export and the terminal search read postings without decompressing them.

    It writes postings a term at a time (term_writer.py: the same bytes, less CPU), and its
    segments record a plain W3Codec, so any Whoosh can open the index.
    """
    codec = TermCodec(compression=0)
    codec.length_stats = False
    return codec


def open_index(path: Path) -> Index:
    """Open the index at `path`, creating it (and the folder) if needed.

    An index written by an older version (another schema or stored-field layout) is started over.
    """
    path.mkdir(parents=True, exist_ok=True)
    stamp = path / "format.txt"
    if whoosh_index.exists_in(str(path)) and stamp.is_file() and stamp.read_text() == INDEX_FORMAT:
        ix = whoosh_index.open_dir(str(path))
        if ix.schema.names() == make_schema().names():
            return ix
    ix = whoosh_index.create_in(str(path), make_schema())
    stamp.write_text(INDEX_FORMAT)
    return ix


def _checksum_file(ix: Index) -> Path:
    return Path(ix.storage.folder) / "checksums.json"


def indexed_checksums(ix: Index) -> dict[str, str]:
    """slug -> checksum of every live document.

    Read from a side file written with the last commit when it belongs to the index's current
    generation (reading every stored document takes seconds at 50,000 stories), else from the
    index itself.
    """
    try:
        saved = json.loads(_checksum_file(ix).read_text("utf-8"))
        if saved["generation"] == ix.latest_generation():
            return dict(saved["checksums"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    with ix.searcher() as searcher:
        return {f["slug"]: f["checksum"] for f in searcher.all_stored_fields()}


def _save_checksums(ix: Index, checksums: dict[str, str]) -> None:
    data = json.dumps({"generation": ix.latest_generation(), "checksums": checksums})
    replace_file(_checksum_file(ix), data.encode("utf-8"))


def _fields(doc: SearchDoc, checksum: str) -> dict[str, object]:
    fields: dict[str, object] = {
        "slug": doc.slug, "url": doc.url, "checksum": checksum, "display": doc.display(),
        "title": doc.title, "kicker": doc.kicker, "summary": doc.summary, "body": doc.body,
        "people": "; ".join(doc.people), "places": "; ".join(doc.places),
        "organizations": "; ".join(doc.organizations), "section": doc.section,
        "keywords": "; ".join(doc.keywords),
    }
    if doc.date is not None:
        fields["date"] = datetime(doc.date.year, doc.date.month, doc.date.day)
    return fields


def update_index(ix: Index, docs: Iterable[SearchDoc], procs: int = 1) -> IndexUpdate:
    """Bring the index in line with `docs`: write new and changed stories, delete vanished ones.

    With procs > 1 and at least PARALLEL_FROM stories to write, Whoosh's multi-process writer
    analyses them in `procs` processes, each writing its own segment.
    """
    known = indexed_checksums(ix)
    report = IndexUpdate()
    current: dict[str, str] = {}
    todo: list[SearchDoc] = []
    for doc in docs:
        current[doc.slug] = doc.checksum()
        if known.get(doc.slug) == current[doc.slug]:
            report.unchanged += 1
        else:
            todo.append(doc)
    gone = known.keys() - current.keys()
    if not todo and not gone:
        _save_checksums(ix, current)
        return report
    writers = procs if procs > 1 and len(todo) >= PARALLEL_FROM else 1
    pool = POOL_MB if len(todo) <= IN_MEMORY_STORIES * writers else SPILL_POOL_MB
    if writers > 1:
        writer = ix.writer(procs=writers, multisegment=True, limitmb=pool, codec=make_codec())
    else:
        writer = ix.writer(limitmb=pool, codec=make_codec())
    for doc in todo:
        if doc.slug in known:
            writer.update_document(**_fields(doc, current[doc.slug]))
            report.updated += 1
        else:
            writer.add_document(**_fields(doc, current[doc.slug]))
            report.added += 1
    for slug in sorted(gone):
        writer.delete_by_term("slug", slug)
        report.deleted += 1
    writer.commit()  # Whoosh's default merge policy: small segments merge, large ones stay
    _save_checksums(ix, current)
    return report
