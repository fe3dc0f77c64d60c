"""Facet files give every result's section, year and date as Whoosh stored them, across
segments, blocks and deleted stories, so the page counts and filters over all results."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from backfile_search import segment_export
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.query import top_results
from backfile_search.schema import make_parser

from tests.support.bbc import bbc_docs_or_skip
from tests.support.node import run_client

pytestmark = pytest.mark.node

QUERIES = ["said", "year OR people", "government", "film", "NOT said", "xyzzy"]
EPOCH = date(1970, 1, 1)


@pytest.fixture(scope="module")
def facet_export(tmp_path_factory: pytest.TempPathFactory):
    """60 BBC stories in two segments, one story edited (deleted from the first segment) and
    one without a date, exported with 7 stories per facet file so a query spans many files."""
    tmp = tmp_path_factory.mktemp("facets")
    docs = bbc_docs_or_skip(12)
    docs[3] = dataclasses.replace(docs[3], date=None)
    ix = open_index(tmp / "index")
    update_index(ix, docs[:40])
    docs[5] = dataclasses.replace(docs[5], body=docs[5].body + "\n\nSaid in an update.")
    update_index(ix, docs)
    patch = pytest.MonkeyPatch()
    patch.setattr(segment_export, "FACET_DOCS", 7)
    try:
        export_index(ix, tmp / "search")
    finally:
        patch.undo()
    assert len(list((tmp / "search").glob("s/*/f/*.js"))) > 6
    return ix, tmp / "search"


def test_every_result_has_its_section_year_and_date(facet_export) -> None:
    ix, export_dir = facet_export
    answers = run_client(export_dir, QUERIES, "--facets")
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        assert searcher.doc_count() < searcher.doc_count_all(), "no deleted story to skip"
        for text, answer in zip(QUERIES, answers, strict=True):
            found = sorted(searcher.docs_for_query(parser.parse(text)))
            assert sorted(d for d, _, _ in answer) == found, text
            for docnum, facet, day in answer:
                stored = searcher.stored_fields(docnum)
                when = stored.get("date")
                assert facet == [stored["display"][1], str(when.year) if when else ""], text
                assert day == ((when.date() - EPOCH).days if when else None), text
    assert answers[0] and answers[-1] == []


def test_facet_files_stay_small(facet_export) -> None:
    _, export_dir = facet_export
    for path in Path(export_dir).glob("s/*/[fw]/*.js"):
        assert path.stat().st_size < 400, path  # 7 stories: a few bytes each plus the labels


def test_the_best_results_come_first_and_every_match_in_whoosh_order(facet_export) -> None:
    """search() ranks its best few in one pass and sorts every match only when `all` is read
    (as the page's list does past them, for "more"): both orders must be Whoosh's, ties ("NOT
    said" scores every story 1.0) by docnum."""
    ix, export_dir = facet_export
    answers = run_client(export_dir, QUERIES, "--ranking")
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        for text, answer in zip(QUERIES, answers, strict=True):
            whoosh = [h.docnum for h in top_results(searcher, parser.parse(text), 1000)]
            assert answer["all"] == whoosh, text
            assert answer["hits"] == whoosh[:3], text
            assert answer["docs"] == sorted(whoosh), text
            # the page's list of the best 2 (from the best hits) and 5 (past them: every match)
            for key, n in (("two", 2), ("five", 5)):
                assert answer[key] == {"docs": whoosh[:n], "more": len(whoosh) > n}, text
    assert len(answers[4]["all"]) > 3
