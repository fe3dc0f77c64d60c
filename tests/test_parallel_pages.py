"""Story pages written by several processes come out, and are reported, exactly as by one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from backfile_ingest import parallel_pages, write
from backfile_ingest.partial_date import parse_partial_date
from backfile_ingest.pipeline import IngestReport, IngestSettings, run_ingest
from ingest_support import make_dumps

HEADLINES = ["COUNCIL AGREES BUDGET", "FLOODS CLOSE BRIDGE", "MAYOR OPENS LIBRARY",
             "STRIKE ENDS AT PORT", "SCHOOL WINS PRIZE", "TRAINS RUN LATE AGAIN"]


def _dump(day: int) -> str:
    return "\n\n\n".join(f"{title}\n\nOn day {day} the {title.split()[0].lower()} news "
                         f"was reported in full." for title in HEADLINES) + "\n"


def _ingest(root: Path, processes: int, files: dict[str, str] | None = None) -> IngestReport:
    return run_ingest(IngestSettings(
        dumps=make_dumps(root, files or {}), stories=root / "stories",
        default_date=parse_partial_date("1970-01-01"), tag=False, progress=False,
        cache=root / "cache", processes=processes))


def _pages(root: Path) -> dict[str, str]:
    folder = root / "stories"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


class Writers:
    """The process ids that wrote pages, recorded in a file (workers cannot append to a list)."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def pids(self) -> set[int]:
        return {int(n) for n in self.log.read_text().split()} if self.log.exists() else set()

    def clear(self) -> None:
        self.log.unlink(missing_ok=True)


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Writers:
    """Lower the pool threshold to this test's few pages and record which processes wrote."""
    writers = Writers(tmp_path / "writers.log")
    real = write.write_one
    monkeypatch.setattr(parallel_pages, "MIN_PARALLEL", 2)

    def recording(*args):  # type: ignore[no-untyped-def]
        with writers.log.open("a") as log:
            log.write(f"{os.getpid()}\n")
        return real(*args)

    monkeypatch.setattr(write, "write_one", recording)
    return writers


def test_pages_written_on_two_processes_equal_one_process(tmp_path: Path,
                                                          forked: Writers) -> None:
    files = {f"2024-01-0{d}.txt": _dump(d) for d in range(1, 4)}
    one = _ingest(tmp_path / "one", 1, files)
    assert forked.pids() == {os.getpid()}  # one process: no pool
    forked.clear()
    two = _ingest(tmp_path / "two", 2, files)
    assert forked.pids() and os.getpid() not in forked.pids()  # written by workers
    assert len(two.pages.written) == 3 * len(HEADLINES)
    assert two.pages == one.pages  # the same pages, reported in the same order
    assert _pages(tmp_path / "two") == _pages(tmp_path / "one")


def test_edited_and_changed_pages_are_handled_by_the_workers(tmp_path: Path,
                                                             forked: Writers) -> None:
    files = {f"2024-01-0{d}.txt": _dump(d) for d in range(1, 4)}
    first = _ingest(tmp_path, 2, files)
    edited = tmp_path / "stories" / first.pages.written[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAn editor's note.\n",
                      encoding="utf-8")
    forked.clear()
    changed = {"2024-01-02.txt": _dump(2).replace("in full", "at length")}
    report = _ingest(tmp_path, 2, changed)
    assert forked.pids() and os.getpid() not in forked.pids()
    assert report.pages.kept_edited == [edited.name]
    assert "An editor's note." in edited.read_text(encoding="utf-8")
    assert len(report.pages.written) == len(HEADLINES)
    assert all("at length" in (tmp_path / "stories" / name).read_text(encoding="utf-8")
               for name in report.pages.written)
    assert len(report.pages.unchanged) == 2 * len(HEADLINES) - 1
