"""Long posting lists (in chunk files) rank as Whoosh does and cost a typed query no extra round
of files: the search page loads each segment's long-list index (h/ files, never the manifest)
as it opens, so a query asks for a long list's chunks beside its term shards, and for no shard
of a term whose first chunk holds its entry (every field's list or chunk references, as in the
shard). A client that has
loaded nothing but the manifest (arriving with ?q=) asks for them as soon as the term's shard in
that segment, which says the same, has arrived, without waiting for the query's other shards."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from backfile_search import segment_export, segment_postings
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.query import top_results
from backfile_search.schema import make_parser

from tests.support.bbc import bbc_docs_or_skip
from tests.support.node import ENGINE, node_or_skip, run_client

pytestmark = [pytest.mark.slow, pytest.mark.node]

QUERIES = ["said", "year", "said year", "people OR government", "said NOT year", "new*"]

# Records, for every file the client asks for, which files had already been delivered: a file
# asked for before its term's shard was delivered came in the same round as that shard.
ROUNDS_JS = r"""
const fs = require("fs"), path = require("path"), vm = require("vm");
const [engine, dir, query] = process.argv.slice(1);
const ctx = vm.createContext({ TextEncoder, console, Promise, Array, Object, Math, Number,
  String, JSON });
ctx.globalThis = ctx;
vm.runInContext(fs.readFileSync(engine, "utf8"), ctx);
const BS = ctx.BackfileSearch, delivered = [], asked = [];
BS.base = "";
BS.loadScript = (url) => {
  asked.push([url, delivered.slice()]);
  setImmediate(() => {
    vm.runInContext(fs.readFileSync(path.join(dir, url), "utf8"), ctx);
    delivered.push(url);
  });
};
(async () => {
  if (process.argv[4] === "--opened") await BS.search("", 1);  // what the search page does first
  const start = asked.length;
  const r = await BS.search(query, 20);
  process.stdout.write(JSON.stringify({ asked: asked.slice(start), total: r.total,
    hits: r.hits.map((h) => h.docnum) }));
})();
"""


@pytest.fixture(scope="module")
def long_export(tmp_path_factory: pytest.TempPathFactory):
    """150 BBC stories in two commits, exported with tiny shard and chunk limits so that common
    words' lists are in several chunk files."""
    tmp = tmp_path_factory.mktemp("long")
    docs = bbc_docs_or_skip(30)
    ix = open_index(tmp / "index")
    update_index(ix, docs[:100])
    update_index(ix, docs)
    patch = pytest.MonkeyPatch()
    patch.setattr(segment_export, "SHARD_LIST_CHARS", 100)
    patch.setattr(segment_postings, "CHUNK_CHARS", 120)
    try:
        export_index(ix, tmp / "search")
    finally:
        patch.undo()
    assert list((tmp / "search").glob("s/*/c/*/1.js")), "no list was cut into several chunks"
    return ix, tmp / "search"


def _asked(export_dir: Path, query: str, opened: bool) -> dict:
    out = subprocess.run([node_or_skip(), "-e", ROUNDS_JS, str(ENGINE), str(export_dir), query,
                          "--opened" if opened else "--cold"],
                         capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout)


def test_chunked_lists_rank_as_whoosh(long_export) -> None:
    ix, export_dir = long_export
    answers = run_client(export_dir, QUERIES)
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        for text, answer in zip(QUERIES, answers, strict=True):
            expected = [h.docnum for h in top_results(searcher, parser.parse(text), 20)]
            assert [d for d, _ in answer["hits"]] == expected, text


def test_an_opened_page_asks_for_a_long_terms_chunks_not_its_shard(long_export) -> None:
    ix, export_dir = long_export
    parser = make_parser(ix.schema)
    for query in ("said", "said year", "said NOT year"):
        got = _asked(export_dir, query, opened=True)
        chunks = [(url, before) for url, before in got["asked"] if "/c/" in url]
        shards = [url for url, _ in got["asked"] if "/t/" in url]
        assert chunks and got["total"] > 0, query
        for url, before in chunks:
            assert not set(shards) & set(before), f"{url} waited for a term shard"
        # "said" and "year" have long lists in both segments: their first chunks say the rest.
        assert not shards, f"{query}: asked for {shards}"
        with ix.searcher() as searcher:
            expected = [h.docnum for h in top_results(searcher, parser.parse(query), 20)]
        assert got["hits"] == expected, query


def test_chunks_are_asked_for_when_their_shard_arrives_on_a_cold_page(long_export) -> None:
    _, export_dir = long_export
    got = _asked(export_dir, "said", opened=False)
    chunks = [(url, before) for url, before in got["asked"] if "/c/" in url]
    shards = [url for url, _ in got["asked"] if "/t/" in url]
    assert chunks and len(shards) == 2 and got["total"] > 0  # "said" in each of two segments
    assert not any("/h/" in url for url, _ in got["asked"])  # the index parts are the page's
    for url, before in chunks:
        segment = url.split("/")[1]
        own = [s for s in shards if s.split("/")[1] == segment]
        assert set(own) <= set(before), f"{url} was asked for before its shard said it exists"
    assert set(shards) - set(chunks[0][1]), "the first chunk waited for every shard"
