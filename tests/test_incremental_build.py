"""An incremental rebuild leaves exactly the tree a from-scratch build of the same content does.

Every page (story, section, entity, archive, index, feeds) and the search export are compared
byte for byte, after adding, editing and removing a story.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sitebuild import build, copy_content, make_site, story_page, tree

Change = Callable[[Path], None]


def _add(site: Path) -> None:
    (site / "content/stories/story-99.md").write_text(story_page(99), encoding="utf-8")


def _edit(site: Path) -> None:
    (site / "content/stories/story-4.md").write_text(
        story_page(4, title="A corrected headline", body="A corrected body."), encoding="utf-8")


def _remove(site: Path) -> None:
    (site / "content/stories/story-7.md").unlink()


@pytest.mark.parametrize("change", [_add, _edit, _remove], ids=["added", "edited", "removed"])
def test_incremental_equals_full_build(tmp_path: Path, change: Change) -> None:
    site = make_site(tmp_path / "incremental")
    build(site)
    before = tree(site / "output")
    change(site)
    build(site)
    fresh = make_site(tmp_path / "fresh", stories=0)
    copy_content(site, fresh)
    build(fresh)
    after = tree(site / "output")
    assert after == tree(fresh / "output")
    assert after != before


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
