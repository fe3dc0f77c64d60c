"""The ingest's cache: an unchanged dump is read from it, a changed one is ingested again."""

from __future__ import annotations

from pathlib import Path

from backfile_ingest.partial_date import parse_partial_date
from backfile_ingest.pipeline import IngestSettings, run_ingest

from tests.ingest_support import SEED, make_dumps


def _run(root: Path, processes: int = 1) -> tuple[int, int, list[str]]:
    report = run_ingest(IngestSettings(
        dumps=root / "dumps", stories=root / "stories", cache=root / "cache",
        default_date=parse_partial_date("2024-01-01"), progress=False, processes=processes))
    return report.dumps_read, report.dumps_cached, sorted(s.title for s in report.stories)


def test_unchanged_dumps_come_from_the_cache(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    make_dumps(tmp_path, {"a.txt": text, "b.txt": text.replace("Putin", "Vladimir Putin")})
    first = _run(tmp_path)
    assert first[:2] == (2, 0)
    again = _run(tmp_path)
    assert again == (2, 2, first[2])
    (tmp_path / "dumps" / "b.txt").write_text("A new story.\n\nWith a body.\n", encoding="utf-8")
    changed = _run(tmp_path)
    assert changed[:2] == (2, 1)
    assert changed[2] != first[2]


def test_parallel_ingest_fills_the_cache_with_the_same_stories(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    make_dumps(tmp_path, {f"d{n:02}.txt": text.replace("Taiwan", f"Taiwan {n}")
                          for n in range(10)})
    parallel = _run(tmp_path, processes=2)
    assert parallel[1] == 10  # every dump was ingested by the pool, then read from the cache
    (tmp_path / "cache").rename(tmp_path / "old-cache")
    assert _run(tmp_path, processes=1)[2] == parallel[2]
