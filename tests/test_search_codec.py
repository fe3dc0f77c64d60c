"""The index's codec (no per-block length statistics, no zlib) finds and ranks as Whoosh's default.

Same stories written with Whoosh's default codec and with ours: for parity queries of every kind,
the exact top 20 (query.top_results, what the client matches) and Whoosh's own default search (its
top-N shortcut uses the block statistics ours leaves out) give the same documents and scores.
A plain Whoosh opens the index: the codec is Whoosh's own class.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from backfile_search.documents import SearchDoc
from backfile_search.index import _fields, open_index, update_index
from backfile_search.query import top_results
from backfile_search.schema import make_parser
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec

from tests.support.parity_queries import parity_queries

SYLLABLES = ["mar", "ket", "ban", "vot", "gol", "fil", "chi", "pho", "tax", "gro", "pro", "lea",
             "cou", "pol", "str", "tal", "dea", "rat", "min", "ele"]
WORDS = [a + b for a in SYLLABLES for b in SYLLABLES]  # 400 words, a few common, most rare


def stories(count: int) -> list[SearchDoc]:
    docs = []
    for n in range(count):
        words = [WORDS[(n * 7 + k * k) % min(400, 20 + k * 15)] for k in range(n % 37 + 3)]
        docs.append(SearchDoc(
            slug=f"s{n}", url=f"stories/s{n}.html", title=" ".join(words[:3]).capitalize(),
            body=". ".join(" ".join(words[i:i + 6]) for i in range(0, len(words), 6)),
            date=date(2004, 1 + n % 12, 1 + n % 28), section=("Business", "Sport")[n % 2],
            summary=" ".join(words[:5]), people=[("Jane Doe", "John Smith")[n % 2]]))
    return docs


def ranked(ix: whoosh_index.Index, query_text: str) -> tuple[list, list]:
    query = make_parser(ix.schema).parse(query_text)
    with ix.searcher() as searcher:
        exact = [(hit.docnum, round(hit.score, 9)) for hit in top_results(searcher, query, 20)]
        default = [(hit.docnum, round(hit.score, 9)) for hit in searcher.search(query, limit=20)]
    return exact, default


def test_our_codec_ranks_as_the_default_codec(tmp_path: Path) -> None:
    docs = stories(300)
    ours = open_index(tmp_path / "ours")
    update_index(ours, docs)
    (tmp_path / "default").mkdir()
    default = whoosh_index.create_in(str(tmp_path / "default"), ours.schema)
    with default.writer(codec=W3Codec()) as writer:
        for doc in docs:
            writer.add_document(**_fields(doc, doc.checksum()))
    reopened = whoosh_index.open_dir(str(tmp_path / "ours"))
    codec = reopened._read_toc().segments[0].codec()
    assert type(codec) is W3Codec and codec.length_stats is False
    queries = parity_queries(docs)[::6]  # a sixth of them: every kind of query
    found = 0
    for text in queries:
        expected = ranked(default, text)
        assert ranked(reopened, text) == expected, text
        found += bool(expected[0])
    assert found > len(queries) // 2  # the queries do find stories
