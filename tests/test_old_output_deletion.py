"""The old output is deleted off the build's critical path, and never piles up.

`invoke build` swaps the new site in and hands the old tree (renamed `output.discard-*`) to a
detached process; every swap also hands over old trees an earlier deleter left (killed, or
crashed), so they never accumulate, and no build ever restores one as its output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from backfile_publish import atomic
from backfile_publish.atomic import discard_leftovers, recover, staged_output


def _site(tmp_path: Path) -> Path:
    output = tmp_path / "output"
    (output / "stories").mkdir(parents=True)
    (output / "index.html").write_text("old home")
    (output / "stories" / "a.html").write_text("old story")
    return output


def _build(output: Path, home: str) -> None:
    with staged_output(output, seed=True, detach_cleanup=True) as staging:
        (staging / "index.html").write_text(home)


def _beside(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir())


def _wait_until_only_output(output: Path) -> list[str]:
    for _ in range(600):  # a detached process: poll (up to a minute) rather than time it
        if _beside(output) == ["output"]:
            break
        time.sleep(0.1)
    return _beside(output)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_old_output_is_deleted_by_another_process(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    output = _site(tmp_path)
    deleted_here: list[str] = []
    real_rmtree = shutil.rmtree

    def rmtree(path: object, *args: object, **kwargs: object) -> None:
        deleted_here.append(str(path))  # a forked deleter records into its own copy
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "rmtree", rmtree)
    _build(output, "new home")
    assert (output / "index.html").read_text() == "new home"
    assert (output / "stories" / "a.html").read_text() == "old story"  # seeded, then swapped
    assert not [p for p in deleted_here if ".discard-" in p], "the build deleted it itself"
    assert _wait_until_only_output(output) == ["output"]


def test_trees_a_dead_deleter_left_go_with_the_next_build(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    output = _site(tmp_path)
    stale = tmp_path / f"output.discard-{_dead_pid()}-0abc"  # a crashed build's old output
    (stale / "stories").mkdir(parents=True)
    (stale / "stories" / "a.html").write_text("older story")
    with monkeypatch.context() as patched:  # deleters killed before they did anything
        patched.setattr(atomic, "_delete_detached", lambda paths: None)
        for n in range(3):
            _build(output, f"home {n}")
            assert len(discard_leftovers(output)) == n + 2  # without deleters they would grow
    _build(output, "home 3")
    assert (output / "index.html").read_text() == "home 3"
    assert _wait_until_only_output(output) == ["output"]


def test_an_old_output_is_never_restored(tmp_path: Path) -> None:
    output = _site(tmp_path)
    stale = tmp_path / f"output.discard-{_dead_pid()}-0abc"
    output.rename(stale)  # output/ deleted by hand while an old tree waits for its deleter
    recover(output)
    assert not output.exists()
    _build(output, "fresh home")
    assert (output / "index.html").read_text() == "fresh home"
    assert not (output / "stories").exists(), "nothing of the old tree came back"
    assert _wait_until_only_output(output) == ["output"]
