"""Tagger speed: stories per second on one core over the whole BBC corpus.

The gazetteer is built once before timing (it is per process, not per story). The corpus is
tagged REPEATS times in one single-threaded process; the median pass is reported both per
CPU-second of this process (time.process_time: what one core does, steady on a shared, noisy
machine) and per wall-clock second (what you wait, including time the machine gave others).
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

REPEATS = 5
TARGET = 200.0


def run() -> None:
    stories = [bbc_story(path) for path in bbc_files()]
    started = time.perf_counter()
    load()
    print(f"gazetteer built in {time.perf_counter() - started:.2f}s (once per process)")
    cpu_rates, wall_rates = [], []
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        for title, paragraphs in stories:
            tag(title, paragraphs)
        cpu_rates.append(len(stories) / (time.process_time() - cpu))
        wall_rates.append(len(stories) / (time.perf_counter() - wall))
    for label, rates in (("per CPU-second", cpu_rates), ("per wall-clock second", wall_rates)):
        print(f"{len(stories)} BBC stories, {REPEATS} passes, {label}: median "
              f"{statistics.median(rates):.0f} stories/s (min {min(rates):.0f}, "
              f"max {max(rates):.0f})")
    print(f"target >= {TARGET:.0f} stories/s on one core")


if __name__ == "__main__":
    run()
