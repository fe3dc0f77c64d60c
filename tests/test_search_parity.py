"""The JavaScript client ranks exactly as Whoosh does: top-20 lists compared over 300+ queries.

The index is a few hundred BBC stories read from ../shared (never published), updated once
incrementally (edits, deletions and exact duplicates, so ties must break by docnum).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.query import MAX_QUERY_CHARS, top_results
from backfile_search.schema import make_parser

from tests.support.bbc import bbc_docs_or_skip
from tests.support.node import run_client
from tests.support.parity_queries import parity_queries

pytestmark = [pytest.mark.slow, pytest.mark.node]


@pytest.fixture(scope="module")
def bbc_index(tmp_path_factory: pytest.TempPathFactory):
    """430 BBC stories written in eight commits (so several segments, some merged by Whoosh's
    policy), with edits, deletions and exact duplicates (ties must break by global docnum)."""
    tmp = tmp_path_factory.mktemp("parity")
    docs = [dataclasses.replace(d, keywords=keywords(d)) if i % 4 == 0 else d
            for i, d in enumerate(bbc_docs_or_skip(80))]
    ix = open_index(tmp / "index")
    update_index(ix, docs[:150])
    export_index(ix, tmp / "search")  # exported between commits, as builds do
    update_index(ix, docs[:260])
    changed = [
        dataclasses.replace(d, title=d.title + " revised") if i % 37 == 0 else d
        for i, d in enumerate(docs[:260]) if i % 41 != 5
    ]
    changed += [dataclasses.replace(d, slug=d.slug + "-copy") for d in changed[:30]]
    update_index(ix, changed)
    export_index(ix, tmp / "search")
    for end in range(290, len(docs) + 30, 30):  # small dumps, one commit each
        changed += docs[end - 30:end]
        update_index(ix, changed)
    export_index(ix, tmp / "search")
    segments = ix._segments()
    assert len(segments) >= 3 and any(s.has_deletions() for s in segments), segments
    return ix, tmp / "search", changed


def keywords(doc) -> list[str]:
    """A source's tags for a quarter of the stories: their two commonest long body words, so a
    bare word matches both the body and the keywords field (boosted) of those stories."""
    words = Counter(w.lower() for w in re.findall(r"[A-Za-z]{7,}", doc.body))
    return [w.title() for w, _ in words.most_common(2)]


@pytest.mark.parametrize("large_archive_path", [False, True])
def test_client_top20_equals_whoosh(bbc_index, large_archive_path: bool) -> None:
    """Also with Whoosh's Or matcher for archives over 5,000 stories (weighted union trees)."""
    ix, export_dir, docs = bbc_index
    queries = parity_queries(docs)
    assert len(queries) >= 300
    if large_archive_path:
        from whoosh.query import Or

        client = run_client(export_dir, queries, env={"BACKFILE_FORCE_TREE": "1"})
        Or.matcher_type = Or.DEFAULT_MATCHER
        try:
            compare(ix, queries, client)
        finally:
            Or.matcher_type = Or.AUTO_MATCHER
    else:
        compare(ix, queries, run_client(export_dir, queries))


def compare(ix, queries: list[str], client: list[dict]) -> None:
    parser = make_parser(ix.schema)
    identical, differing = 0, []
    with ix.searcher() as searcher:
        for text, answer in zip(queries, client, strict=True):
            hits = top_results(searcher, parser.parse(text[:MAX_QUERY_CHARS]), 20)
            expected = [hit.docnum for hit in hits]
            got = [docnum for docnum, _ in answer["hits"]]
            if got == expected:
                identical += 1
                for hit, (_, score) in zip(hits, answer["hits"], strict=True):
                    assert score == hit.score, text  # the same floats: idf, avgfl, BM25F order
            else:
                differing.append(text)
    share = identical / len(queries)
    print(f"ranking parity: {identical}/{len(queries)} identical top-20 lists ({share:.1%})")
    assert not differing, f"{len(differing)} lists differ, e.g. {differing[:5]}"


def test_client_shows_the_stories_whoosh_finds(bbc_index) -> None:
    """Display records come from the right segment's files (global docnum = offset + local)."""
    ix, export_dir, docs = bbc_index
    queries = parity_queries(docs)[::10]
    client = run_client(export_dir, queries, "--documents")
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        for text, urls in zip(queries, client, strict=True):
            expected = [hit["url"] for hit in top_results(searcher, parser.parse(text), 20)]
            assert urls == expected, text


def test_client_analyzer_equals_whoosh(bbc_index) -> None:
    """Tokenizer, lower case, stop words and Porter stemmer agree on every corpus word."""
    from backfile_search.schema import ANALYZER

    _, export_dir, docs = bbc_index
    words = sorted({w for d in docs for w in d.body.split()})
    texts = [*words, "Ünïcödé STRASSE naïve café", "U.S.A. e.g. 3.14 under_score", "Yelling yes"]
    client = run_client(export_dir, texts, "--analyze")
    expected = [[t.text for t in ANALYZER(text, mode="query")] for text in texts]
    differing = [(t, c, e) for t, c, e in zip(texts, client, expected, strict=True) if c != e]
    assert not differing, differing[:10]


BAD_QUERIES = [
    "", "   ", "the of and", "AND", "OR OR", "NOT", "(", ")(", '"', '""', "*", "date:2005",
    "url:x", "x" * 5000, "a" * 300 + "*", "((((((((((elect", "\U0001f642 \u2603", "title:",
    "s*", "?", "t?x*", "title:*", 'body:"', '"unclosed phrase', "NOT NOT NOT market",
    "(((a OR b) AND", "\ud800lone surrogate", "date:[2004 TO 2005]", "market^2",
    " OR ".join(["growth"] * 400),
]
NOTHING_TO_SEARCH = {"", "   ", "the of and", "AND", "OR OR", "NOT", "(", ")(", '"', '""'}


def test_bad_queries_get_a_message_not_an_error(bbc_index) -> None:
    _, export_dir, _ = bbc_index
    answers = run_client(export_dir, BAD_QUERIES)  # the harness fails if the client throws
    for query, answer in zip(BAD_QUERIES, answers, strict=True):
        assert answer["total"] > 0 or answer["message"], (query, answer)
        if query in NOTHING_TO_SEARCH:
            assert answer["total"] == 0 and answer["message"], (query, answer)
    # A date range (Whoosh's syntax, but the date is not searchable here) says what to do instead.
    dated = answers[BAD_QUERIES.index("date:[2004 TO 2005]")]["message"]
    assert "year" in dated.lower() and "title:" not in dated, dated
