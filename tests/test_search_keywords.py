"""A source's own tags (a dump's Tags/Keywords field, the page's `Keywords:` header) are
searchable: a bare word finds a story whose keywords hold it and nothing else does, and
`keywords:word` searches that field alone, in Whoosh and in the client alike."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from backfile_search.documents import ArticleText, SearchDoc, from_article_text
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.query import top_results
from backfile_search.schema import make_parser

from tests.support.node import run_client


def test_keywords_header_reaches_the_search_doc() -> None:
    text = ArticleText(slug="s", url="stories/s.html", title="Budget day", content="<p>Text.</p>",
                       date=date(2005, 3, 1), category="Business",
                       metadata={"keywords": "Treasury; Fiscal policy;"})
    assert from_article_text(text).keywords == ["Treasury", "Fiscal policy"]


def story(n: int, keywords: list[str]) -> SearchDoc:
    return SearchDoc(slug=f"s{n}", url=f"stories/s{n}.html", title=f"Story number {n}",
                     body=f"Markets moved on day {n}.", date=date(2005, 1, 1 + n),
                     section="Business", keywords=keywords)


def test_keywords_are_searched_by_whoosh_and_the_client(tmp_path: Path) -> None:
    docs = [story(0, ["Treasury", "Fiscal policy"]), story(1, []), story(2, ["Sport"])]
    ix = open_index(tmp_path / "index")
    update_index(ix, docs)
    export_index(ix, tmp_path / "search")
    queries = ["treasury", "keywords:fiscal", "keywords:markets", "fiscal policy", "sport"]
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        expected = [[(h.docnum, h.score) for h in top_results(searcher, parser.parse(q), 20)]
                    for q in queries]
        slugs = {n: searcher.stored_fields(n)["slug"] for n in range(3)}
    assert [[slugs[d] for d, _ in hits] for hits in expected] == [["s0"], ["s0"], [], ["s0"],
                                                                  ["s2"]]
    client = run_client(tmp_path / "search", queries)
    assert [[tuple(h) for h in answer["hits"]] for answer in client] == expected


def test_a_keyword_brings_its_storys_card(tmp_path: Path, monkeypatch) -> None:
    """A bare word ranks a story with it in its keywords high (boosted), so the term shard
    carries that story's card, as it does for headline and tag words."""
    from backfile_search import segment_export
    from backfile_search.encoding import shard_of

    from tests.test_search_cards import _call_args

    monkeypatch.setattr(segment_export, "CARD_LIST_DOCS", 1)  # the shared headline words: none
    ix = open_index(tmp_path / "index")
    update_index(ix, [story(0, ["Treasury"]), story(1, [])])
    export_index(ix, tmp_path / "search")
    (folder,) = (tmp_path / "search" / "s").iterdir()
    shards = int(json.loads((folder / "meta.json").read_text())["shards"])
    _, _, entries, cards = _call_args(folder / "t" / f"{shard_of('treasuri', shards)}.js")
    assert "keywords" in entries["treasuri"]
    assert [card[0] for card in cards.values()] == ["stories/s0.html"]
