"""Pelican's reader cache is saved by a forked process, whole and as a plain dict, and not at
all when nothing in it changed (backfile_speed/cache_save.py)."""

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
    """What cache_save uses of Pelican's Readers: its cache and how it opens the file."""

    def __init__(self, path: Path, entries: dict[str, Any], opener: Any = open) -> None:
        self._cache = dict(entries)
        self._cache_path = str(path)
        self._cache_open = opener
        self._cache_data_policy = True

    def save_cache(self) -> None:
        raise AssertionError("Pelican's own save_cache must not run")


def test_a_changed_cache_is_saved_whole_as_a_plain_dict(tmp_path: Path) -> None:
    readers = _Readers(tmp_path / "cache" / "Readers", {"a.md": (1, "old")})
    cache_save.install(readers)
    readers._cache["b.md"] = (2, "new")
    readers.save_cache()
    cache_save.wait()
    with open(tmp_path / "cache" / "Readers", "rb") as handle:
        saved = pickle.load(handle)
    assert type(saved) is dict
    assert saved == {"a.md": (1, "old"), "b.md": (2, "new")}
    assert os.listdir(tmp_path / "cache") == ["Readers"]  # no staging file left


def test_a_dropped_entry_counts_as_a_change(tmp_path: Path) -> None:
    readers = _Readers(tmp_path / "Readers", {"a.md": (1, "x"), "b.md": (2, "y")})
    cache_save.install(readers)
    del readers._cache["a.md"]
    readers.save_cache()
    cache_save.wait()
    with open(tmp_path / "Readers", "rb") as handle:
        assert pickle.load(handle) == {"b.md": (2, "y")}


def test_an_unchanged_cache_is_not_saved(tmp_path: Path) -> None:
    readers = _Readers(tmp_path / "Readers", {"a.md": (1, "x")})
    cache_save.install(readers)
    readers.save_cache()
    cache_save.wait()
    assert not (tmp_path / "Readers").exists()


def test_a_failed_save_keeps_the_old_cache_and_leaves_nothing_behind(tmp_path: Path,
                                                                      caplog: Any) -> None:
    (tmp_path / "Readers").write_bytes(pickle.dumps({"a.md": (1, "x")}))

    def failing(name: str, mode: str) -> Any:
        handle = open(name, mode)  # noqa: SIM115 - closed by the failure below
        handle.close()
        raise OSError("disk full")

    readers = _Readers(tmp_path / "Readers", {"a.md": (1, "x")}, opener=failing)
    cache_save.install(readers)
    readers._cache["b.md"] = (2, "y")
    readers.save_cache()
    cache_save.wait()
    assert pickle.loads((tmp_path / "Readers").read_bytes()) == {"a.md": (1, "x")}
    assert os.listdir(tmp_path) == ["Readers"]
    assert "Could not save the reader cache" in caplog.text


def test_a_build_saves_new_reads_and_a_forced_rebuild_leaves_the_cache_alone(
        tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=4)
    build(site)
    cache = site / "cache" / "ArticlesGenerator-Readers"
    edit_story(site, 1, "An edited body for the cache test.")
    build(site)
    with open(cache, "rb") as handle:
        entries = pickle.load(handle)
    story = str(site / "content" / "stories" / "story-1.md")
    assert "An edited body for the cache test." in entries[story][1][0]
    before = os.stat(cache)
    subprocess.run([sys.executable, "-m", "invoke", "build", "--force"], cwd=site,
                   check=True, capture_output=True)
    after = os.stat(cache)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
