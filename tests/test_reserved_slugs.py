"""An entity or a section called "Index" gets its own page beside the list page, not over it."""

from __future__ import annotations

from pathlib import Path

from tests.sitebuild import build, make_site, story_page


def test_entity_and_section_named_index(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=3)
    page = (story_page(7).replace("Category: Business", "Category: Index")
            .replace("Tags: ", "Tags: Index; ")
            .replace("Slug: story-7\n", "Slug: story-7\nOrganizations: Index;\n"))
    (site / "content" / "stories" / "story-7.md").write_text(page, encoding="utf-8")
    build(site)
    out = site / "output"
    assert "Index" in (out / "entities" / "index-entity.html").read_text(encoding="utf-8")
    assert "Index" in (out / "sections" / "index-section.html").read_text(encoding="utf-8")
    listing = (out / "entities" / "index.html").read_text(encoding="utf-8")
    assert 'href="../entities/index-entity.html"' in listing
    assert 'href="../sections/index-section.html"' in (out / "sections" / "index.html").read_text(
        "utf-8")
