"""The search page, like every page, loads at most 50 kB of CSS + JS (its index data aside)."""

from __future__ import annotations

import re
from pathlib import Path


def _assets(page: Path) -> list[Path]:
    html = page.read_text(encoding="utf-8")
    urls = re.findall(r'<script[^>]*\ssrc="([^"]+)"', html)
    urls += re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
    return [page.parent / url for url in urls]


def test_search_page_css_and_js_under_50_kb(offline_site: Path) -> None:
    assets = _assets(offline_site / "search.html")
    assert any(a.name == "engine.js" for a in assets), assets
    total = sum(a.stat().st_size for a in assets)
    assert total <= 50 * 1024, f"search.html loads {total} bytes of CSS + JS"


def test_client_scripts_in_the_output_are_minified(offline_site: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "theme" / "static" / "search" / "engine.js"
    built = offline_site / "theme" / "search" / "engine.js"
    assert built.stat().st_size < 0.8 * source.stat().st_size
