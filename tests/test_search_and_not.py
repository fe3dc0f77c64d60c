"""`a ANDNOT b` never lists a story that `b` matches, in the terminal search and in the client,
whatever order the stories were indexed in (Whoosh's own matcher fails when the excluded word's
first story comes before the wanted word's first: its issue #419)."""

from __future__ import annotations

from datetime import date

import pytest
from backfile_search.documents import SearchDoc
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.query import search, top_results
from backfile_search.schema import make_parser

from tests.support.node import run_client

# Indexed in this order: the excluded word comes first, then a story with both words.
BODIES = ["A sapphire was found.", "A ruby and a sapphire were found.", "A ruby was found.",
          "Another ruby, no other stone."]
QUERIES = ["ruby ANDNOT sapphire", "(ruby OR stone) ANDNOT sapphire", "ruby ANDNOT found",
           "ruby ANDNOT (sapphire OR other)"]


@pytest.fixture(scope="module")
def index_and_export(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    tmp = tmp_path_factory.mktemp("andnot")
    docs = [SearchDoc(slug=f"s{i}", url=f"stories/s{i}.html", title=f"Story {i}", body=body,
                      date=date(2020, 1, 1 + i)) for i, body in enumerate(BODIES)]
    ix = open_index(tmp / "index")
    update_index(ix, docs)
    export_index(ix, tmp / "search")
    return ix, tmp / "search"


def _excluded_docnums(ix, text: str) -> set[int]:
    """Stories the query's excluded part matches, asked of Whoosh on its own."""
    excluded = text.split("ANDNOT", 1)[1]
    with ix.searcher() as searcher:
        return {hit.docnum for hit in top_results(searcher, make_parser(ix.schema).parse(excluded),
                                                  100)}


def test_terminal_search_leaves_out_the_excluded_stories(index_and_export: tuple) -> None:
    ix, _ = index_and_export
    assert [h.slug for h in search(ix, "ruby ANDNOT sapphire")] == ["s2", "s3"]
    for text in QUERIES:
        found = {h.docnum for h in search(ix, text)}
        assert not found & _excluded_docnums(ix, text), text


@pytest.mark.node
def test_client_gives_the_same_lists(index_and_export: tuple) -> None:
    ix, export_dir = index_and_export
    answers = run_client(export_dir, QUERIES)
    for text, answer in zip(QUERIES, answers, strict=True):
        assert [d for d, _ in answer["hits"]] == [h.docnum for h in search(ix, text)], text
