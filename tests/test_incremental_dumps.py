"""From raw dumps: adding, editing or removing a dump gives what a from-scratch build gives.

The ingest and tagger caches (backfile_ingest.cache) must never serve a stale story: the
story pages and every output page are compared with a fresh build's byte for byte, the search
index story by story.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sitebuild import build, make_site, search_documents, site_tree, tree

from bench.generate import one_dump

DAY = date(2024, 5, 1)


def _site(folder: Path) -> Path:
    site = make_site(folder, stories=0)
    for number in range(3):
        one_dump(4, site / "content" / "dumps", seed=number, day=DAY.replace(day=1 + number))
    return site


def _add(site: Path) -> None:
    one_dump(3, site / "content" / "dumps", seed=50, day=DAY.replace(day=20))


def _edit(site: Path) -> None:
    dump = sorted((site / "content" / "dumps").glob("*.txt"))[1]
    text = dump.read_text(encoding="utf-8")
    words = text.split(" ")
    words[len(words) // 2] = "Zanzibar"
    dump.write_text(" ".join(words), encoding="utf-8")


def _edit_sidecar(site: Path) -> None:
    sidecar = site / "content" / "dumps" / (sorted(
        p.name for p in (site / "content" / "dumps").glob("*.txt"))[0] + ".meta.json")
    sidecar.write_text('{"date": "2023-02-03", "section": "Obituaries"}', encoding="utf-8")


@pytest.mark.parametrize("change", [_add, _edit, _edit_sidecar],
                         ids=["dump added", "dump edited", "sidecar added"])
def test_incremental_ingest_equals_fresh_ingest(tmp_path: Path,
                                                change: Callable[[Path], None]) -> None:
    site = _site(tmp_path / "incremental")
    build(site)
    before = site_tree(site)
    change(site)
    build(site)
    fresh = make_site(tmp_path / "fresh", stories=0)
    shutil.rmtree(fresh / "content" / "dumps")
    shutil.copytree(site / "content" / "dumps", fresh / "content" / "dumps")
    if change in (_edit, _edit_sidecar):  # old pages stay: the ingest keeps vanished stories
        shutil.rmtree(fresh / "content" / "stories")
        shutil.copytree(site / "content" / "stories", fresh / "content" / "stories")
    build(fresh)
    assert tree(site / "content" / "stories") == tree(fresh / "content" / "stories")
    assert site_tree(site) == site_tree(fresh)
    assert site_tree(site) != before
    assert search_documents(site) == search_documents(fresh)
    assert any((site / "cache" / "backfile_ingest" / "dumps").iterdir())
