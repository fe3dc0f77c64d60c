"""The search page reads the exported index from wherever `BACKFILE_SEARCH_OUTPUT` puts it.

The setting moved the export, but the page kept asking for `search/manifest.js`: a fresh build
with another folder had a search page that found nothing (and an old build's `search/` folder
hid it).
"""

from __future__ import annotations

import re
from pathlib import Path

from backfile_publish.links import check_folder
from sitebuild import build, make_site


def test_the_search_page_loads_the_index_from_the_configured_folder(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=3, settings='BACKFILE_SEARCH_OUTPUT = "find"')
    build(site)
    output = site / "output"
    assert (output / "find" / "manifest.js").is_file()
    assert not (output / "search").exists()
    page = (output / "search.html").read_text(encoding="utf-8")
    assert re.search(r'data-index="find/"', page)
    assert 'href="find/manifest.js"' in page
    assert not [p for p in check_folder(output) if p.page == "search.html"]
