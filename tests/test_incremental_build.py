"""An incremental rebuild leaves exactly the tree a from-scratch build of the same content does.

Every page (story, section, entity, archive, index, feeds) is compared byte for byte, and the
search index story for story, after adding, editing and removing a story, and after the
editor's entity overrides change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sitebuild import build, copy_content, make_site, search_documents, site_tree, story_page

Change = Callable[[Path], None]


def _add(site: Path) -> None:
    (site / "content/stories/story-99.md").write_text(story_page(99), encoding="utf-8")


def _edit(site: Path) -> None:
    (site / "content/stories/story-4.md").write_text(
        story_page(4, title="A corrected headline", body="A corrected body."), encoding="utf-8")


def _remove(site: Path) -> None:
    (site / "content/stories/story-7.md").unlink()


def _override(site: Path) -> None:
    """The editor renames and retypes entities: no story file changes, yet every page and feed
    naming them must (feeds list a story's entity names as its categories)."""
    (site / "content/entities.toml").write_text(
        '[rename]\n"Alan Turing" = "Alan M. Turing"\n[retype]\n"Nairobi" = "organization"\n',
        encoding="utf-8")


@pytest.mark.parametrize("change", [_add, _edit, _remove, _override],
                         ids=["added", "edited", "removed", "entities overridden"])
def test_incremental_equals_full_build(tmp_path: Path, change: Change) -> None:
    site = make_site(tmp_path / "incremental")
    build(site)
    before = site_tree(site)
    change(site)
    build(site)
    fresh = make_site(tmp_path / "fresh", stories=0)
    copy_content(site, fresh)
    build(fresh)
    after = site_tree(site)
    assert after == site_tree(fresh)
    assert after != before
    assert search_documents(site) == search_documents(fresh)


def test_removed_story_is_gone_everywhere(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    build(site)
    assert (site / "output/stories/story-7.html").exists()
    _remove(site)
    build(site)
    assert not (site / "output/stories/story-7.html").exists()
    for page in (site / "output").rglob("*.html"):
        assert "story-7.html" not in page.read_text(encoding="utf-8"), page


def test_added_story_is_listed(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    build(site)
    _add(site)
    build(site)
    listed = [p for p in (site / "output").rglob("*.html")
              if "story-99.html" in p.read_text(encoding="utf-8")]
    assert (site / "output/stories/story-99.html").exists()
    assert any("entities" in str(p) for p in listed)
    assert any("sections" in str(p) for p in listed)
