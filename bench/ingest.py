"""Ingest speed over the BBC corpus (2,225 stories), tagger excluded, on one core.

Two figures, each the median of RUNS passes in one process pinned to one CPU, as wall-clock
rate and as CPU-time rate (user + system time of this process: less disturbed by other load on
a shared machine):
- "parse": read + decode + segment + compose (headline, dates, summary) + slugs + render the
  page text, all in memory;
- "full": `run_ingest` into an empty folder, i.e. the above plus writing every page
  (temporary file + rename).
Run: `invoke bench ingest`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from backfile_ingest.page import render  # noqa: E402
from backfile_ingest.partial_date import PartialDate, parse_partial_date  # noqa: E402
from backfile_ingest.pipeline import IngestSettings, ingest_dump, run_ingest  # noqa: E402
from backfile_ingest.slugs import assign_slugs  # noqa: E402

BBC = Path("../shared/corpora/bbc-2004-2005")
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
RUNS = 5
TARGET = 300.0


def _corpus_folder(tmp: Path) -> Path:
    """The five BBC sections (not the corpus README) as a dumps folder of symlinks."""
    dumps = tmp / "dumps"
    for section in SECTIONS:
        (dumps / section).mkdir(parents=True)
        for path in sorted((ROOT / BBC / section).glob("*.txt")):
            (dumps / section / path.name).symlink_to(path.resolve())
    return dumps


def _parse(settings: IngestSettings, files: list[Path]) -> int:
    stories = []
    for path in files:
        stories.extend(ingest_dump(path, settings)[0])
    assign_slugs(stories, [PartialDate(s.date, s.date_precision).iso() if s.date else ""
                           for s in stories])
    for story in stories:
        render(story)
    return len(stories)


def _rate(count: int, seconds: float) -> float:
    return count / seconds


def run() -> None:
    if not (ROOT / BBC).is_dir():
        raise SystemExit(f"the BBC corpus is not at {BBC} (relative to the repository)")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    # Under the repository (output.* is git-ignored): the same disk the real pages go to.
    with tempfile.TemporaryDirectory(dir=ROOT, prefix="output.bench-ingest-") as tmp:
        dumps = _corpus_folder(Path(tmp))
        files = sorted(dumps.rglob("*.txt"))
        settings = IngestSettings(dumps=dumps, stories=Path(tmp) / "unused", tag=False,
                                  progress=False, default_date=parse_partial_date("2005"))
        rates: dict[str, list[float]] = {}
        for run_number in range(RUNS):
            wall, cpu = time.perf_counter(), time.process_time()
            count = _parse(settings, files)
            rates.setdefault("parse (in memory), wall", []).append(
                _rate(count, time.perf_counter() - wall))
            rates.setdefault("parse (in memory), CPU", []).append(
                _rate(count, time.process_time() - cpu))
            settings.stories = Path(tmp) / f"stories-{run_number}"
            wall, cpu = time.perf_counter(), time.process_time()
            report = run_ingest(settings)
            rates.setdefault("full (pages written), wall", []).append(
                _rate(len(report.stories), time.perf_counter() - wall))
            rates.setdefault("full (pages written), CPU", []).append(
                _rate(len(report.stories), time.process_time() - cpu))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"BBC corpus: {len(files)} files, {count} stories; {RUNS} runs on one core, tagger off "
          f"(load average {load:.1f})")
    for name, values in rates.items():
        print(f"  {name:28s} median {statistics.median(values):6.0f} stories/s "
              f"(min {min(values):.0f}, max {max(values):.0f}); target >= {TARGET:.0f}")


if __name__ == "__main__":
    run()
