"""Pick the pages the README shows and photograph them (used by `invoke screenshots`)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from tests.archive_build import ROOT, build_archive
from tests.browser_support import screenshot_pages


def pick_pages(site: Path) -> dict[str, str]:
    """Home, the story with the most entities, and the most-named entity's page."""
    stories = sorted((site / "stories").glob("*.html"))
    if not stories:
        raise FileNotFoundError(f"{site}: no stories/*.html; build the site first")

    def entity_links(page: Path) -> int:
        return page.read_text(encoding="utf-8").count('href="../entities/')

    story = max(stories, key=lambda p: (entity_links(p), p.name))
    linked = set(re.findall(r'href="\.\./(entities/[^"/]+\.html)"', story.read_text("utf-8")))
    linked.discard("entities/index.html")
    entity = max((site / rel for rel in linked), key=lambda p: (p.stat().st_size, p.name))
    return {"home": "index.html", "story": str(story.relative_to(site)),
            "entity": str(entity.relative_to(site))}


def take_screenshots(site: Path | None, out: Path) -> list[Path]:
    """Photograph `site` (default output/, else the fixture archive) into `out`."""
    site = site or ROOT / "output"
    if not any((site / "stories").glob("*.html")):
        work = Path(tempfile.mkdtemp(prefix="backfile-shots-"))
        site = build_archive(work)
    return screenshot_pages(site, pick_pages(site), out)
