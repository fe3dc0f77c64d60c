"""Tagger speed: stories per second on one core over the whole BBC corpus.

The gazetteer is built once before timing (it is per process, not per story). The corpus is
tagged REPEATS times in one process, one core; the median pass is reported.
Run: `invoke bench tagger`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from backfile_entities import tag
from backfile_entities.gazetteer import load

from bench.entity_corpus import bbc_files, bbc_story

REPEATS = 3
TARGET = 200.0


def run() -> None:
    stories = [bbc_story(path) for path in bbc_files()]
    started = time.perf_counter()
    load()
    print(f"gazetteer built in {time.perf_counter() - started:.2f}s (once per process)")
    rates = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        for title, paragraphs in stories:
            tag(title, paragraphs)
        rates.append(len(stories) / (time.perf_counter() - started))
    print(f"{len(stories)} BBC stories, {REPEATS} passes: median {statistics.median(rates):.0f} "
          f"stories/s (min {min(rates):.0f}, max {max(rates):.0f}); target >= {TARGET:.0f}")


if __name__ == "__main__":
    run()
