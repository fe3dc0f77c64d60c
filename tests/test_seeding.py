"""An incremental build's staging folder is filled while Pelican starts, and Pelican waits for
it: no generator runs before the hard-linked copy of the previous output is complete."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from backfile_publish import seeding as seeding_module
from backfile_publish.seeding import ENV, seeding, wait_for_seed


def _tree(tmp_path: Path) -> Path:
    output = tmp_path / "output"
    (output / "stories").mkdir(parents=True)
    (output / "index.html").write_text("home")
    (output / "stories" / "a.html").write_text("story")
    return output


def test_pelican_side_waits_for_the_whole_copy(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    output, staging = _tree(tmp_path), tmp_path / "staging"
    staging.mkdir()
    release, events = threading.Event(), []
    real_link_tree = seeding_module.link_tree

    def slow_link_tree(source: Path, destination: Path) -> None:
        release.wait(30)
        real_link_tree(source, destination)
        events.append("copied")

    monkeypatch.setattr(seeding_module, "link_tree", slow_link_tree)
    with seeding(output, staging) as fd:
        assert fd is not None
        monkeypatch.setenv(ENV, str(os.dup(fd)))
        waiter = threading.Thread(target=lambda: (wait_for_seed(), events.append("waited")))
        waiter.start()
        time.sleep(0.2)  # a waiter that did not wait has appended by now
        release.set()
        waiter.join(30)
    assert events == ["copied", "waited"]
    for name in ("index.html", "stories/a.html"):
        assert (staging / name).stat().st_ino == (output / name).stat().st_ino


def test_a_failed_copy_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output, staging = _tree(tmp_path), tmp_path / "staging"

    def broken_link_tree(source: Path, destination: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(seeding_module, "link_tree", broken_link_tree)
    with pytest.raises(OSError, match="disk full"), seeding(output, staging) as fd:
        monkeypatch.setenv(ENV, str(os.dup(fd)))
        with pytest.raises(RuntimeError, match="copy of the previous output"):
            wait_for_seed()


def test_nothing_to_copy_without_a_previous_output(tmp_path: Path) -> None:
    with seeding(tmp_path / "output", tmp_path / "staging") as fd:
        assert fd is None
    assert not (tmp_path / "staging").exists()
