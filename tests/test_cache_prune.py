"""Pelican's reader cache forgets files that are gone (backfile_speed/cache_prune.py), and a
build after a rename is still the same site as a fresh build."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from sitebuild import build, make_site, site_tree


def _cached_paths(site: Path) -> set[str]:
    with open(site / "cache" / "ArticlesGenerator-Readers", "rb") as handle:
        return {Path(p).name for p in pickle.load(handle)}


def test_a_renamed_story_leaves_no_cached_read_behind(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=6)
    build(site)
    assert "story-2.md" in _cached_paths(site)
    stories = site / "content" / "stories"
    (stories / "story-2.md").rename(stories / "story-2-renamed.md")
    (stories / "story-4.md").unlink()
    build(site)
    cached = _cached_paths(site)
    assert "story-2.md" not in cached and "story-4.md" not in cached
    assert {"story-2-renamed.md", "story-0.md", "story-5.md"} <= cached
    fresh = make_site(tmp_path / "fresh", stories=6)
    fresh_stories = fresh / "content" / "stories"
    (fresh_stories / "story-2.md").rename(fresh_stories / "story-2-renamed.md")
    (fresh_stories / "story-4.md").unlink()
    build(fresh)
    assert site_tree(site) == site_tree(fresh)


def test_a_copied_project_forgets_the_original_folders_reads(tmp_path: Path) -> None:
    original = make_site(tmp_path / "site", stories=4)
    build(original)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy, symlinks=True)
    build(copy)  # the original's files still exist, but this site never reads them
    with open(copy / "cache" / "ArticlesGenerator-Readers", "rb") as handle:
        cached = set(pickle.load(handle))
    assert cached and all(Path(p).is_relative_to(copy) for p in cached)
    assert site_tree(copy) == site_tree(original)
