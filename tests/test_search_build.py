"""The search plugin indexes a Pelican build incrementally and exports the client's files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from backfile_search.files import call_args

from tests.support.site import build, write_story


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    content = site / "content"
    write_story(content, "bank-rates", "Bank raises interest rates",
                "The Bank of England raised interest rates. Markets fell sharply.")
    write_story(content, "cup-final", "Cup final goes to extra time",
                "The cup final went to extra time at Wembley.", section="Sport")
    write_story(content, "xss", "<script>alert(1)</script> headline",
                "A story whose text contains <img src=x onerror=alert(1)> markup.")
    build(site)
    return site


def test_build_writes_index_export_and_page(site: Path) -> None:
    out = site / "output"
    assert (out / "search.html").is_file()
    assert (out / "search" / "manifest.js").is_file()
    assert (out / "theme" / "search" / "engine.js").is_file()
    manifest = (out / "search" / "manifest.js").read_text(encoding="utf-8")
    [(name, [data])] = call_args(manifest)
    assert name == "manifest" and data["docCount"] == 3
    assert (site / "cache" / "search").is_dir()


def test_rebuild_indexes_only_new_stories(site: Path) -> None:
    write_story(site / "content", "new-one", "Election called", "Voters go to the polls.")
    assert "search: 1 added, 0 updated, 0 deleted, 3 unchanged" in build(site).stdout
    unchanged = "search: 0 added, 0 updated, 0 deleted, 4 unchanged; export unchanged"
    assert unchanged in build(site).stdout
    write_story(site / "content", "another", "Another story", "Something else happened.")
    (site / "content" / "stories" / "cup-final.md").unlink()
    assert "search: 1 added, 0 updated, 1 deleted, 3 unchanged" in build(site).stdout


def test_invoke_search_json(site: Path) -> None:
    import subprocess
    import sys

    from tests.support.site import ROOT

    out = subprocess.run(
        [sys.executable, "-m", "invoke", "search", "markup OR interest", "--json",
         "--limit", "5", "--settings", str(site / "conf.py")],
        cwd=ROOT, capture_output=True, text=True, check=True)
    hits = json.loads(out.stdout)
    assert {h["url"] for h in hits} == {"stories/bank-rates.html", "stories/xss.html"}
    assert all({"url", "title", "date", "score"} <= h.keys() for h in hits)
    assert hits[0]["score"] >= hits[1]["score"]
    assert {h["date"] for h in hits} == {"2005-03-01"}
