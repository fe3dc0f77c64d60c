"""Pelican's reader cache is saved only when an entry in it was set or removed
(backfile_speed/cache_save.py); a build that reads a file afresh still saves it."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

from backfile_speed import cache_save
from sitebuild import build, edit_story, make_site


class _Readers:
    """What cache_save uses of Pelican's Readers: its cache and its save_cache."""

    def __init__(self, entries: dict[str, Any]) -> None:
        self._cache = dict(entries)
        self._cache_data_policy = True
        self.saved: list[dict[str, Any]] = []

    def save_cache(self) -> None:
        self.saved.append(dict(self._cache))


def test_a_set_entry_is_saved() -> None:
    readers = _Readers({"a.md": (1, "old")})
    cache_save.install(readers)
    readers._cache["b.md"] = (2, "new")
    readers.save_cache()
    assert readers.saved == [{"a.md": (1, "old"), "b.md": (2, "new")}]


def test_a_dropped_entry_is_saved() -> None:
    readers = _Readers({"a.md": (1, "x"), "b.md": (2, "y")})
    cache_save.install(readers)
    del readers._cache["a.md"]
    readers.save_cache()
    assert readers.saved == [{"b.md": (2, "y")}]


def test_an_unchanged_cache_is_not_saved() -> None:
    readers = _Readers({"a.md": (1, "x")})
    cache_save.install(readers)
    assert readers._cache.get("a.md") == (1, "x")  # reads do not count
    readers.save_cache()
    assert readers.saved == []


def test_a_build_saves_new_reads_and_a_forced_rebuild_leaves_the_cache_alone(
        tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=4)
    build(site)
    cache = site / "cache" / "ArticlesGenerator-Readers"
    edit_story(site, 1, "An edited body for the cache test.")
    build(site)
    with open(cache, "rb") as handle:
        entries = pickle.load(handle)
    assert type(entries) is dict  # Pelican loads a plain dict
    story = str(site / "content" / "stories" / "story-1.md")
    assert "An edited body for the cache test." in entries[story][1][0]
    before = os.stat(cache)
    subprocess.run([sys.executable, "-m", "invoke", "build", "--force"], cwd=site,
                   check=True, capture_output=True)
    after = os.stat(cache)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
