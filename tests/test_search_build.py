"""The search plugin indexes a Pelican build incrementally and exports the client's files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.node import ROOT

STORY = """Title: {title}
Date: {date}
Category: {section}
Slug: {slug}
Summary: {summary}
People: {people};
Places: London;
Organizations: Acme Corp;
Tags: {people}; London; Acme Corp;

{body}
"""


def write_story(content: Path, slug: str, title: str, body: str, date: str = "2005-03-01",
                section: str = "Business", people: str = "Jane Doe") -> None:
    stories = content / "stories"
    stories.mkdir(parents=True, exist_ok=True)
    (stories / f"{slug}.md").write_text(STORY.format(
        title=title, date=date, section=section, slug=slug, summary=body.split(".")[0],
        people=people, body=body), encoding="utf-8")


def build(site: Path) -> subprocess.CompletedProcess[str]:
    settings = site / "conf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        f"PATH = {str(site / 'content')!r}\nTHEME = {str(ROOT / 'theme')!r}\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nPLUGINS = ['backfile_search']\n"
        "STATIC_PATHS = []\nCACHE_CONTENT = False\nLOAD_CONTENT_CACHE = False\n",
        encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pelican", str(site / "content"), "-s", str(settings),
         "-o", str(site / "output"), "--debug"],
        cwd=site, capture_output=True, text=True, check=True,
        env={**os.environ, "COLUMNS": "500"})  # keep the log line on one line


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
    assert manifest.startswith("BackfileSearch.manifest(")
    assert json.loads(manifest[len("BackfileSearch.manifest("):-3])["docCount"] == 3
    assert (site / "cache" / "search").is_dir()


def test_rebuild_indexes_only_new_stories(site: Path) -> None:
    write_story(site / "content", "new-one", "Election called", "Voters go to the polls.")
    assert "search: 1 added, 0 updated, 0 deleted, 3 unchanged" in build(site).stdout
    assert "search: 0 added, 0 updated, 0 deleted, 4 unchanged" in build(site).stdout
    write_story(site / "content", "another", "Another story", "Something else happened.")
    (site / "content" / "stories" / "cup-final.md").unlink()
    assert "search: 1 added, 0 updated, 1 deleted, 3 unchanged" in build(site).stdout
