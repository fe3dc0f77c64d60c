"""An incremental rebuild leaves exactly the tree a from-scratch build of the same content does.

Every page (story, section, entity, archive, index, feeds) is compared byte for byte, and the
search index story for story, after adding, editing and removing a story, after the
editor's entity overrides change and after a setting changes, and after several such builds in
a row (story pages keep last build's key while nothing they link to changed: story_keys.py).
"""

from __future__ import annotations

import shutil
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


def _settings(site: Path) -> None:
    """A setting every page shows: no story page may keep last build's key (story_keys.py)."""
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nSITENAME = "Another Archive"\n')


def _fresh(tmp_path: Path, site: Path) -> Path:
    """A site built from scratch with `site`'s content and settings."""
    fresh = make_site(tmp_path / "fresh", stories=0)
    copy_content(site, fresh)
    shutil.copy(site / "pelicanconf.py", fresh / "pelicanconf.py")
    build(fresh)
    return fresh


@pytest.mark.parametrize("change", [_add, _edit, _remove, _override, _settings],
                         ids=["added", "edited", "removed", "entities overridden",
                              "settings changed"])
def test_incremental_equals_full_build(tmp_path: Path, change: Change) -> None:
    site = make_site(tmp_path / "incremental")
    build(site)
    before = site_tree(site)
    change(site)
    build(site)
    fresh = _fresh(tmp_path, site)
    after = site_tree(site)
    assert after == site_tree(fresh)
    assert after != before
    assert search_documents(site) == search_documents(fresh)


def test_a_chain_of_everyday_builds_equals_a_full_build(tmp_path: Path) -> None:
    """Keys kept without describing (story_keys.py) are stored again for the next build:
    several incremental builds in a row still end on a fresh build's tree."""
    site = make_site(tmp_path / "incremental")
    build(site)
    for change in (_add, _edit, _remove):
        change(site)
        build(site)
    assert site_tree(site) == site_tree(_fresh(tmp_path, site))


def test_an_edited_headline_reaches_every_page_that_links_it(tmp_path: Path) -> None:
    """Story 4 is a neighbour and a related story of others: their pages list its headline."""
    site = make_site(tmp_path / "site")
    build(site)
    old = "Story number 4 about"
    linking = [p for p in (site / "output/stories").glob("*.html")
               if p.name != "story-4.html" and old in p.read_text(encoding="utf-8")]
    assert linking
    _edit(site)
    build(site)
    for page in (site / "output").rglob("*.html"):
        assert old not in page.read_text(encoding="utf-8"), page
    for page in linking:
        assert "A corrected headline" in page.read_text(encoding="utf-8"), page


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


def _surname_story(index: int, people: str) -> str:
    return (f"Title: Story {index} on the inquiry\nDate: 2024-02-0{index % 9 + 1}\n"
            f"Category: News\nSlug: story-{index}\nPeople: {people};\nTags: {people};\n"
            f"Summary: Story {index} in brief.\n\n{people} spoke to the inquiry on day {index}.\n")


def test_a_new_story_renames_an_old_storys_lone_surname(tmp_path: Path) -> None:
    """"Lamarr" alone becomes "Hedy Lamarr" once another story names her in full (canon.py):
    the old story's file is unchanged, yet its page and every list naming her must change
    exactly as a fresh build has them; removing the new story again undoes it."""
    site = make_site(tmp_path / "incremental")
    (site / "content/stories/story-50.md").write_text(_surname_story(50, "Lamarr"),
                                                      encoding="utf-8")
    build(site)
    old = (site / "output/stories/story-50.html").read_text(encoding="utf-8")
    assert "Hedy Lamarr" not in old
    (site / "content/stories/story-51.md").write_text(_surname_story(51, "Hedy Lamarr"),
                                                      encoding="utf-8")
    build(site)
    assert "Hedy Lamarr" in (site / "output/stories/story-50.html").read_text(encoding="utf-8")
    assert site_tree(site) == site_tree(_fresh(tmp_path, site))
    (site / "content/stories/story-51.md").unlink()
    build(site)
    assert (site / "output/stories/story-50.html").read_text(encoding="utf-8") == old
