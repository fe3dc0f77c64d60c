"""Run one command and measure it: wall time, peak memory of its whole process tree, stage marks.

Peak memory is sampled from /proc every 100 ms as the summed proportional set size (PSS) of
the command and all its descendants: a forked worker's pages still shared with its parent are
split between them rather than counted twice, as summed RSS would.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Run:
    """What one measured command cost."""

    wall: float
    peak_mb: float
    marks: dict[str, float] = field(default_factory=dict)  # stage name -> seconds since start


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _tree_memory(root: int) -> int:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
    total, stack = 0, [root]
    seen: set[int] = set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _pss(pid)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None,
            log: Path | None = None) -> Run:
    """Run command in cwd (output to log), raising if it fails."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as marks_file:
        marks_path = Path(marks_file.name)
    full_env = {**os.environ, **(env or {}), "BACKFILE_TIMINGS": str(marks_path)}
    peak = 0
    with open(log or os.devnull, "ab") as out:
        start = time.time()
        process = subprocess.Popen(command, cwd=cwd, env=full_env, stdout=out,
                                   stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.1):
                peak = max(peak, _tree_memory(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        wall = time.time() - start
        done.set()
        sampler.join()
    if code:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {code} (log: {log})")
    marks: dict[str, float] = {}
    if marks_path.stat().st_size:
        marks = {k: v - start for k, v in json.loads(marks_path.read_text()).items()}
    marks_path.unlink()
    return Run(wall, peak / 2**20, marks)


def tree_size(folder: Path) -> tuple[int, int]:
    """(files, bytes) under folder."""
    files = size = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, name))
    return files, size
