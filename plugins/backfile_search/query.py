"""Query-time helpers: run Whoosh's own parser and searcher over the index."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.index import Index

from .schema import make_parser

MAX_QUERY_CHARS = 1000  # longer input is cut, as the client does


@dataclass
class Hit:
    """One search result, best first; `docnum` is Whoosh's tie-breaker."""

    url: str
    title: str
    date: str | None
    score: float
    slug: str
    docnum: int


def search(ix: Index, text: str, limit: int = 10) -> list[Hit]:
    """Top `limit` stories for `text` in Whoosh's default query syntax."""
    query = make_parser(ix.schema).parse(text[:MAX_QUERY_CHARS])
    with ix.searcher() as searcher:
        results = searcher.search(query, limit=limit)
        return [
            Hit(
                url=hit["url"],
                title=hit.get("title", ""),
                date=hit["date"].date().isoformat() if hit.get("date") else None,
                score=hit.score,
                slug=hit["slug"],
                docnum=hit.docnum,
            )
            for hit in results
        ]
