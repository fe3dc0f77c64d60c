"""A full ingest on several cores builds the tagger's gazetteer once, in the process that
forks the workers, so they inherit it instead of each building their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from backfile_entities import gazetteer
from backfile_ingest.partial_date import parse_partial_date
from backfile_ingest.pipeline import MIN_PARALLEL, IngestSettings, run_ingest

from tests.ingest_support import SEED, make_dumps


def test_the_workers_inherit_the_gazetteer(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer, "_tables", None)
    text = SEED.read_text(encoding="utf-8")
    make_dumps(tmp_path, {f"d{n:02}.txt": text.replace("Taiwan", f"Taiwan {n}")
                          for n in range(MIN_PARALLEL)})
    report = run_ingest(IngestSettings(
        dumps=tmp_path / "dumps", stories=tmp_path / "stories", cache=tmp_path / "cache",
        default_date=parse_partial_date("2024-01-01"), progress=False, processes=2))
    assert report.dumps_cached == MIN_PARALLEL  # the pool ingested and tagged every dump
    assert gazetteer._tables is not None  # loaded here, before the pool forked
    assert any(report.stories.entities[i].places for i in report.stories.entities)
