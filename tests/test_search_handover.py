"""The stories reach the search process through a file beside the index's folder, which the search
process removes once read, and the build removes if the process never read it
(backfile_search._Handover): the build no longer waits on a pipe for the process to start."""

from __future__ import annotations

import pickle
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import backfile_search
import pytest
from backfile_search import HANDOVER_PREFIX, SearchJob, _Handover


def _job(tmp_path: Path) -> SearchJob:
    return SearchJob(stories=[], index_dir=tmp_path / "cache" / "search",
                     out_dir=tmp_path / "output" / "search", procs=1)


def test_the_job_is_read_back_whole_and_its_file_removed(tmp_path: Path) -> None:
    job = _job(tmp_path)
    handover = _Handover.write(job)
    assert isinstance(handover, _Handover)
    assert handover.path.parent == job.index_dir.parent
    assert handover.path.name.startswith(HANDOVER_PREFIX)
    assert pickle.loads(pickle.dumps(handover)).path == handover.path  # what the child gets
    assert handover.read() == job
    assert list(job.index_dir.parent.iterdir()) == []


def test_with_no_room_for_the_file_the_job_itself_is_handed_over(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    job = _job(tmp_path)
    assert _Handover.write(job) is job


class _DiedEarly:
    exitcode = 1

    def join(self) -> None:
        pass


class _Silent:
    def recv(self) -> Any:
        raise EOFError

    def close(self) -> None:
        pass


def test_a_process_that_never_read_its_stories_leaves_no_file(tmp_path: Path) -> None:
    job = _job(tmp_path)
    handover = _Handover.write(job)
    assert isinstance(handover, _Handover)
    settings: dict[str, Any] = {}
    backfile_search._running[id(settings)] = (_DiedEarly(), _Silent(), handover)
    with pytest.raises(RuntimeError, match="without a report"):
        backfile_search._finish(SimpleNamespace(settings=settings))
    assert not handover.path.exists()
