"""While Pelican reads the archive and builds its context, no full garbage collection walks the
growing heap; young collections go on, and the usual thresholds come back for the write phase
and for the processes forked to parse Markdown."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from backfile_speed import heap

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def usual_thresholds() -> Iterator[tuple[int, int, int]]:
    usual = gc.get_threshold()
    yield usual
    heap.release_full_collections()
    gc.set_threshold(*usual)


def test_full_collections_are_held_then_released(usual_thresholds: tuple[int, int, int]) -> None:
    heap.hold_full_collections()
    young, middle, full = gc.get_threshold()
    assert (young, middle) == usual_thresholds[:2]  # young collections as usual
    assert full >= 1 << 30
    heap.hold_full_collections()  # a second hold must not lose the usual thresholds
    heap.release_full_collections()
    assert gc.get_threshold() == usual_thresholds


def test_a_forked_markdown_worker_collects_as_usual(
        usual_thresholds: tuple[int, int, int]) -> None:
    heap.hold_full_collections()
    heap.in_worker()  # what the worker runs first, with the parent's thresholds copied
    assert gc.get_threshold() == usual_thresholds


def test_the_speed_plugin_holds_them_from_reading_to_writing() -> None:
    """Held from get_generators; released when the first page is written (see
    test_the_first_write_releases_them), or at the end if none is."""
    check = ("import sys; sys.path.insert(0, sys.argv[1]); import backfile_speed; "
             "from backfile_speed import heap; from pelican import signals; "
             "backfile_speed.register(); "
             "assert heap.hold_full_collections in signals.get_generators.receivers_for(None); "
             "assert heap.release_full_collections in signals.finalized.receivers_for(None); "
             "assert heap.release_full_collections not in "
             "signals.all_generators_finalized.receivers_for(None)")
    subprocess.run([sys.executable, "-c", check, str(ROOT / "plugins")], check=True, timeout=60)


def test_the_first_write_releases_them(usual_thresholds: tuple[int, int, int],
                                       tmp_path: Path) -> None:
    import backfile_speed

    heap.hold_full_collections()
    writer = backfile_speed._Writer(str(tmp_path), settings={
        "CACHE_PATH": str(tmp_path), "BACKFILE_WRITE_PROCESSES": 1,
        "BACKFILE_SKIP_UNCHANGED": False})
    backfile_speed._writers.remove(writer)
    writer._mine()
    assert gc.get_threshold() == usual_thresholds
