"""The search process is started by a thread of Pelican's process (backfile_search._Launch), so
the read stage does not wait for it to read the stories; a start that fails still fails the
build, in the build's own thread, and never leaves it waiting for a report."""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.connection import Connection
from types import SimpleNamespace
from typing import Any

import backfile_search
import pytest


class _Unstartable:
    exitcode = None

    def start(self) -> None:
        raise OSError("no more processes")

    def join(self) -> None:
        raise AssertionError("a process that never started is not joined")


def test_a_failed_start_fails_the_build_without_waiting(tmp_path: Any) -> None:
    receive, send = multiprocessing.get_context("spawn").Pipe(duplex=False)
    launch = backfile_search._Launch(_Unstartable(), send)
    launch.start()
    settings: dict[str, Any] = {}
    backfile_search._running[id(settings)] = (launch, launch.process, receive)
    with pytest.raises(RuntimeError, match=r"could not start.*no more processes"):
        backfile_search._finish(SimpleNamespace(settings=settings))
    assert send.closed and receive.closed
    assert id(settings) not in backfile_search._running


class _Started:
    exitcode = 0

    def __init__(self) -> None:
        self.started = self.joined = False

    def start(self) -> None:
        self.started = True

    def join(self) -> None:
        self.joined = True


def test_the_report_is_read_after_the_launch_is_done(tmp_path: Any) -> None:
    receive, send = multiprocessing.get_context("spawn").Pipe(duplex=False)
    process = _Started()
    writer = Connection(os.dup(send.fileno()), readable=False)  # the child's end, in effect
    launch = backfile_search._Launch(process, send)
    launch.start()
    writer.send((True, "indexed 3 stories"))
    writer.close()
    settings: dict[str, Any] = {}
    backfile_search._running[id(settings)] = (launch, process, receive)
    backfile_search._finish(SimpleNamespace(settings=settings))
    assert process.started and process.joined and send.closed


class _Slow:
    exitcode = 0

    def __init__(self) -> None:
        self.done = False

    def start(self) -> None:
        import time
        time.sleep(0.3)
        self.done = True


def test_a_fork_waits_until_the_search_process_has_started() -> None:
    receive, send = multiprocessing.get_context("spawn").Pipe(duplex=False)
    process = _Slow()
    launch = backfile_search._Launch(process, send)
    settings: dict[str, Any] = {}
    backfile_search._running[id(settings)] = (launch, process, receive)
    try:
        launch.start()
        backfile_search._before_fork()
        assert process.done and not launch.is_alive()
    finally:
        del backfile_search._running[id(settings)]
        receive.close()
