"""Incremental Whoosh index: add, update and delete stories by slug and content checksum.

Only stories whose checksum changed are analysed and written, so adding one dump indexes only its
stories; the commit then merges segments into one (see update_index).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from .documents import SearchDoc
from .schema import make_schema


@dataclass
class IndexUpdate:
    """What one update did, for the build log and the tests."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


def open_index(path: Path) -> Index:
    """Open the index at `path`, creating it (and the folder) if needed."""
    path.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(path)):
        ix = whoosh_index.open_dir(str(path))
        if ix.schema.names() == make_schema().names():
            return ix
    return whoosh_index.create_in(str(path), make_schema())  # new or outdated schema: start over


def indexed_checksums(ix: Index) -> dict[str, str]:
    """slug -> checksum of every live document."""
    with ix.searcher() as searcher:
        return {f["slug"]: f["checksum"] for f in searcher.all_stored_fields()}


def _fields(doc: SearchDoc) -> dict[str, object]:
    display = {
        "section": doc.section,
        "precision": doc.date_precision,
        "people": doc.people,
        "places": doc.places,
        "organizations": doc.organizations,
        "summary": doc.summary,
        "body": doc.body,
    }
    fields: dict[str, object] = {
        "slug": doc.slug, "url": doc.url, "checksum": doc.checksum(), "display": display,
        "title": doc.title, "kicker": doc.kicker, "summary": doc.summary, "body": doc.body,
        "people": "; ".join(doc.people), "places": "; ".join(doc.places),
        "organizations": "; ".join(doc.organizations), "section": doc.section,
    }
    if doc.date is not None:
        fields["date"] = datetime(doc.date.year, doc.date.month, doc.date.day)
    return fields


def update_index(ix: Index, docs: Iterable[SearchDoc]) -> IndexUpdate:
    """Bring the index in line with `docs`: write new and changed stories, delete vanished ones."""
    known = indexed_checksums(ix)
    report = IndexUpdate()
    seen: set[str] = set()
    writer = None
    for doc in docs:
        seen.add(doc.slug)
        checksum = doc.checksum()
        if known.get(doc.slug) == checksum:
            report.unchanged += 1
            continue
        writer = writer or ix.writer()
        if doc.slug in known:
            writer.update_document(**_fields(doc))
            report.updated += 1
        else:
            writer.add_document(**_fields(doc))
            report.added += 1
    for slug in known.keys() - seen:
        writer = writer or ix.writer()
        writer.delete_by_term("slug", slug)
        report.deleted += 1
    if writer is not None:
        # One segment: Whoosh expands prefix* and shapes Or trees per segment, so a single
        # segment is what lets the client rank exactly as Whoosh does. Merging copies postings;
        # it does not re-analyse unchanged stories.
        writer.commit(optimize=True)
    return report
