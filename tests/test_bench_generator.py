"""The bench's archive generator writes every day's dump, wire stories without a dateline too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.generate import one_dump


def test_a_wire_dump_with_a_story_without_dateline(tmp_path: Path) -> None:
    archive = one_dump(20, tmp_path, seed=1110, day=date(2025, 4, 21))  # crashed before
    undated = [s for s in archive.stories if not s.dateline]
    assert undated, "seed 1110 has a story without a dateline"
    text = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir()
                   if p.suffix == ".txt")
    assert all(s.paragraphs[0] in text for s in archive.stories)
