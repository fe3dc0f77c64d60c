"""`invoke ingest --dumps DIR --out DIR` writes the pages and prints problems and a summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ingest_support import ROOT, make_dumps


def test_invoke_ingest_prints_a_summary_and_problems(tmp_path: Path) -> None:
    dumps = make_dumps(tmp_path, {
        "2024-03-01.txt": "MARKETS RALLY\n\nShares rose on Friday.\n",
        "broken.txt": b"\x00\x01binary",
    })
    out = tmp_path / "stories"
    run = subprocess.run(
        [sys.executable, "-m", "invoke", "ingest", "--dumps", str(dumps), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "Ingest: 2 dumps read, 1 stories; 1 pages written, 0 unchanged, 0 kept because " \
           "edited" in run.stdout
    assert "dumps/broken.txt:1: error: binary file" in run.stderr
    assert [p.name for p in out.glob("*.md")] == ["2024-03-01-markets-rally.md"]
