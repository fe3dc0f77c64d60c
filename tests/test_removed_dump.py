"""A dump taken out of content/dumps leaves the output as a fresh build would, links whole.

The ingest keeps the pages of stories whose dump has gone (only the editor deletes a page),
but the raw copy in `output/dumps/` stayed behind on incremental builds (only pages and feeds
were pruned), while a fresh build left it out and so linked, from those pages and the About
page, to a file that was not there. Now the copy goes with its dump, and the kept pages name
the dump without linking to it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from backfile_publish.links import check_folder
from sitebuild import build, make_site, site_tree

WIRE = """HARBOUR BRIDGE REOPENS AFTER REPAIRS

PORTSMOUTH, March 11 (Reuters) - The Harbour Bridge reopened on Monday after six months of
repairs, Mayor Helen Okafor said, ending long detours for commuters.

Reuter
"""
PAGE = """<!DOCTYPE html><html><body><article><h1>Ferry Service Resumes</h1>
<time datetime="2021-06-04">4 June 2021</time>
<p>The ferry to Brownsea Island resumed on Friday, Carla Mendes said.</p></article></body></html>
"""
KEPT = """MUSEUM BUYS RARE MAP

OXFORD, May 12 (Reuters) - The Bodleian Library in Oxford bought a rare map, curator Simon
Albright said on Thursday.
"""


def _site(folder: Path) -> Path:
    site = make_site(folder, stories=0)
    dumps = site / "content" / "dumps"
    (dumps / "wire-2024-03-11.txt").write_text(WIRE, encoding="utf-8")
    (dumps / "wire-2024-03-11.txt.meta.toml").write_text('source = "Wire"\n', encoding="utf-8")
    (dumps / "page.html").write_text(PAGE, encoding="utf-8")
    (dumps / "kept-2022-05-12.txt").write_text(KEPT, encoding="utf-8")
    return site


def test_a_removed_dump_leaves_no_copy_and_no_broken_link(tmp_path: Path) -> None:
    site = _site(tmp_path / "incremental")
    build(site)
    output = site / "output"
    assert {"dumps/page.html.txt", "dumps/wire-2024-03-11.txt"} <= set(site_tree(site))
    for name in ("wire-2024-03-11.txt", "wire-2024-03-11.txt.meta.toml", "page.html"):
        (site / "content" / "dumps" / name).unlink()
    build(site)
    published = {p for p in site_tree(site) if p.startswith("dumps/")}
    assert published == {"dumps/kept-2022-05-12.txt"}
    assert not check_folder(output)
    kept = [p for p in (output / "stories").glob("*.html") if "harbour" in p.name]
    assert kept, "the ingest keeps the page of a story whose dump has gone"
    assert "wire-2024-03-11.txt</code>" in kept[0].read_text(encoding="utf-8")

    fresh = make_site(tmp_path / "fresh", stories=0)
    shutil.rmtree(fresh / "content")
    shutil.copytree(site / "content", fresh / "content")
    build(fresh)
    assert site_tree(fresh) == site_tree(site)
