"""`invoke livereload`: serves output/ and rebuilds on an editor's change, not on its own writes."""

from __future__ import annotations

import threading
import time
import urllib.request
from pathlib import Path

from backfile_speed.serve import start_server, watch_and_build


def _wait_for(condition, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_rebuilds_on_edit_but_not_on_its_own_output(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "dumps").mkdir(parents=True)
    (content / "stories").mkdir()
    (content / "dumps" / "a.txt").write_text("first\n", encoding="utf-8")
    builds: list[float] = []

    def build() -> None:  # like the ingest: the build writes story pages into content/
        builds.append(time.monotonic())
        (content / "stories" / "a.md").write_text(f"build {len(builds)}\n", encoding="utf-8")

    stop = threading.Event()
    watcher = threading.Thread(target=watch_and_build, args=([content], build, stop))
    watcher.start()
    try:
        assert _wait_for(lambda: len(builds) == 1)
        time.sleep(1.5)  # the first build's own write must not trigger another
        assert len(builds) == 1
        (content / "dumps" / "a.txt").write_text("second\n", encoding="utf-8")
        assert _wait_for(lambda: len(builds) == 2)
        time.sleep(1.5)
        assert len(builds) == 2
    finally:
        stop.set()
        watcher.join(10)


def test_serves_the_output_folder_across_swaps(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("old", encoding="utf-8")
    server = start_server(output, 0)
    url = f"http://127.0.0.1:{server.server_port}/index.html"
    try:
        assert urllib.request.urlopen(url).read() == b"old"
        output.rename(tmp_path / "output.previous")  # what the atomic build does
        output.mkdir()
        (output / "index.html").write_text("new", encoding="utf-8")
        assert urllib.request.urlopen(url).read() == b"new"
    finally:
        server.shutdown()
