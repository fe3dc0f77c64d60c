"""Query-time helpers: run Whoosh's own parser and searcher over the index."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh.collectors import TopCollector
from whoosh.index import Index

from .and_not import exact_and_not
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


def top_results(searcher: Any, query: Any, limit: int) -> Any:
    """Whoosh's top `limit` results for `query`, every match fully scored.

    Whoosh's default top-N collector skips posting blocks whose estimated best score cannot
    enter the top N; that estimate leaves out what a NOT clause adds, so it can drop a story
    that ties with the last ones kept. Collecting without that shortcut (usequality=False, no
    matcher replacement) gives the exact ranking, the one the browser client computes. ANDNOT
    runs with Whoosh's matcher corrected for its issue #419 (see and_not.py).
    """
    collector = TopCollector(limit=limit, usequality=False, replace=0)
    searcher.search_with_collector(exact_and_not(query), collector)
    return collector.results()


def search(ix: Index, text: str, limit: int = 10) -> list[Hit]:
    """Top `limit` stories for `text` in Whoosh's default query syntax."""
    query = make_parser(ix.schema).parse(text[:MAX_QUERY_CHARS])
    with ix.searcher() as searcher:
        results = top_results(searcher, query, limit)
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
