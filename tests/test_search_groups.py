"""Segments exported together share their term files (group_export.py), small segments are one
shard the page loads as it opens, and neither changes the ranking: the client's top 20 equal
Whoosh's over the parity queries, both as a typed query in an open page and on a page opened
with the query; a query word costs a group one file; and an export never changes a file in place
(a group whose member Whoosh merges away is exported again under new folder names)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from pathlib import Path

import pytest
from backfile_search import export as export_module
from backfile_search import segment_export, segment_postings
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.query import top_results
from backfile_search.schema import make_parser
from backfile_search.segment_export import GROUP_TERMS

from tests.support.bbc import bbc_docs_or_skip
from tests.support.node import ENGINE, node_or_skip, run_client
from tests.support.parity_queries import parity_queries
from tests.test_search_long_lists import ROUNDS_JS

pytestmark = [pytest.mark.slow, pytest.mark.node]


def _export(ix, out: Path, group_min_docs: int = 60) -> None:
    """Export with a group threshold of 60 stories and small list limits, so that lists are long
    in one member and short in another, and some chunked lists have several chunk files."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export_module, "GROUP_MIN_DOCS", group_min_docs)
        patch.setattr(segment_export, "SHARD_LIST_CHARS", 100)
        patch.setattr(segment_postings, "CHUNK_CHARS", 150)
        export_index(ix, out)


def _metas(out: Path) -> dict[str, dict]:
    return {p.parent.name: json.loads(p.read_text()) for p in (out / "s").glob("*/meta.json")}


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory):
    """BBC stories: three commits of 100, 80 and 70 exported in one sync (a group of three),
    with edits and deletions, then a dump of 12 (a small, whole segment)."""
    tmp = tmp_path_factory.mktemp("groups")
    docs = bbc_docs_or_skip(80)[:262]
    ix = open_index(tmp / "index")
    update_index(ix, docs[:100])
    update_index(ix, docs[:180])
    changed = [dataclasses.replace(d, title=d.title + " revised") if i % 29 == 0 else d
               for i, d in enumerate(docs[:250]) if i % 31 != 4]
    update_index(ix, changed)
    _export(ix, tmp / "search")
    first = _metas(tmp / "search")
    changed += docs[250:262]
    update_index(ix, changed)
    _export(ix, tmp / "search")
    return ix, tmp / "search", changed, first


def test_group_layout(grouped) -> None:
    _, out, _, first = grouped
    metas = _metas(out)
    groups = [m for m in metas.values() if m["group"]]
    assert len(groups) >= 2, metas.keys()
    lead = groups[0]["group"][0]
    assert all(m["group"][0] == lead for m in groups)
    assert all(m["shards"] == groups[0]["shards"] for m in groups)  # one cut by term hash
    for key, meta in metas.items():  # only the group's first member has term shards
        has_shards = (out / "s" / key / "t").is_dir()
        assert has_shards == (not meta["group"] or key == lead), key
    assert metas[lead]["group_files"] == len(list((out / "s" / lead / "g").glob("*.js"))) > 0
    g_files = [p.read_text() for p in (out / "s" / lead / "g").glob("*.js")]
    assert any(',-1,0,"",' in text for text in g_files)  # a term long in one member only
    assert list((out / "s").glob("*/c/*/1.js"))  # and lists of several chunks
    wholes = [m for m in metas.values() if m["whole"]]
    assert len(wholes) == 1 and wholes[0]["shards"] == 1 and not wholes[0]["group"]
    assert set(first) <= set(metas), "the dump's export changed the group's folders"
    manifest = (out / "manifest.js").read_text()
    assert '"version":8' in manifest
    # the members' term shards wait for the merge outside the published files, and are gone
    assert not list(out.rglob(GROUP_TERMS)) and not list(out.glob(".*"))


def _plain(ix, out: Path) -> None:
    """The same index exported with no group (and the same list limits)."""
    _export(ix, out, group_min_docs=10**9)


def same_order(ix, queries: list[str], client: list[dict]) -> None:
    """The client's top 20 are Whoosh's, in Whoosh's order."""
    parser = make_parser(ix.schema)
    with ix.searcher() as searcher:
        for text, answer in zip(queries, client, strict=True):
            expected = [h.docnum for h in top_results(searcher, parser.parse(text), 20)]
            assert [d for d, _ in answer["hits"]] == expected, text


@pytest.mark.parametrize("opened", [False, True])
def test_grouped_client_ranks_as_whoosh(grouped, tmp_path, opened: bool) -> None:
    """Bit for bit the answers of the same index exported without groups (this index's layout
    gives one last-bit score difference from Whoosh's, "his role", on main's export too; the
    parity test's layout has none), and Whoosh's order."""
    ix, out, docs, _ = grouped
    queries = parity_queries(docs)
    env = {"BACKFILE_OPENED": "1"} if opened else {}
    grouped_answers = run_client(out, queries, env=env)
    _plain(ix, tmp_path / "plain")
    assert grouped_answers == run_client(tmp_path / "plain", queries, env=env)
    same_order(ix, queries, grouped_answers)


def _asked(out: Path, query: str) -> list[str]:
    got = subprocess.run([node_or_skip(), "-e", ROUNDS_JS, str(ENGINE), str(out), query,
                          "--opened"], capture_output=True, text=True, check=True, timeout=120)
    return [url for url, _ in json.loads(got.stdout)["asked"]]


def test_a_word_costs_a_group_one_file(grouped) -> None:
    """In an open page a typed word asks for one term file for the whole group (its shard or
    its g/ file) plus only later chunks of long lists, and nothing of the whole segment, whose
    shard the page loaded as it opened."""
    _, out, _, _ = grouped
    metas = _metas(out)
    whole = next(k for k, m in metas.items() if m["whole"])
    for word in ("said", "government", "minister", "football", "music"):
        asked = _asked(out, word)
        assert not [u for u in asked if whole in u], (word, asked)
        first = [u for u in asked
                 if "/t/" in u or "/g/" in u or ("/c/" in u and u.endswith("/0.js"))]
        assert len(first) == 1 and "/c/" not in first[0], (word, asked)


def _merge_smallest_two(writer, segments):
    """A merge policy (as Whoosh's MERGE_SMALL is written) merging the two smallest segments."""
    from whoosh.reading import SegmentReader

    merged = sorted(segments, key=lambda seg: seg.doc_count_all())[:2]
    for seg in merged:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg not in merged]


def test_a_merge_exports_a_groups_survivors_again_under_new_names(grouped, tmp_path) -> None:
    """Whoosh merges the dump's segment and the group's smallest member: the group's two others
    are exported again, with the merged segment, as a new group under new folder names, and
    nothing published changes (the staging output is hard-linked to the published one); the new
    export ranks as Whoosh."""
    import shutil

    _, out, docs, _ = grouped
    shutil.copytree(out.parent / "index", tmp_path / "index")
    shutil.copytree(out, tmp_path / "published")
    shutil.copytree(tmp_path / "published", tmp_path / "staging", copy_function=os.link)
    published = {p: p.read_bytes() for p in (tmp_path / "published").rglob("*.js")}
    before = _metas(tmp_path / "staging")
    ix = open_index(tmp_path / "index")
    ix.writer().commit(mergetype=_merge_smallest_two)
    _export(ix, tmp_path / "staging")
    for path, data in published.items():
        assert path.read_bytes() == data, path
    after = _metas(tmp_path / "staging")
    grouped_after = {k: m for k, m in after.items() if m["group"]}
    assert not set(after) & set(before)  # every folder is new (the merged segment joins)
    old_ids = {k.partition("-")[0] for k, m in before.items() if m["group"]}
    survivors = {k.partition("-")[0] for k in grouped_after} & old_ids
    assert len(survivors) == 2 and len(grouped_after) == 3
    queries = parity_queries(docs)[::5]
    same_order(ix, queries, run_client(tmp_path / "staging", queries,
                                       env={"BACKFILE_OPENED": "1"}))
