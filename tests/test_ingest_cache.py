"""The ingest's cache: an unchanged dump is read from it, a changed one is ingested again."""

from __future__ import annotations

from pathlib import Path

import pytest
from backfile_ingest.cache import IngestCache
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


def _counting_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    loads: list[str] = []
    real = IngestCache.load_dump

    def load_dump(self: IngestCache, key: str, count: bool = True):  # type: ignore[no-untyped-def]
        loads.append(key)
        return real(self, key, count)

    monkeypatch.setattr(IngestCache, "load_dump", load_dump)
    return loads


def test_unchanged_dumps_are_not_read_back_unless_a_page_needs_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = SEED.read_text(encoding="utf-8")
    make_dumps(tmp_path, {"a.txt": text, "b.txt": text.replace("Putin", "Vladimir Putin")})
    settings = IngestSettings(
        dumps=tmp_path / "dumps", stories=tmp_path / "stories", cache=tmp_path / "cache",
        default_date=parse_partial_date("2024-01-01"), progress=False)
    first = run_ingest(settings)
    pages = {p.name: p.read_bytes() for p in (tmp_path / "stories").iterdir()}
    loads = _counting_loads(monkeypatch)
    again = run_ingest(settings)
    assert loads == [] and again.dumps_cached == 2  # briefs alone: no story unpickled
    assert sorted(again.pages.unchanged) == sorted(pages)
    gone = sorted(pages)[-1]
    (tmp_path / "stories" / gone).unlink()  # one page to write again: only its dump is read
    third = run_ingest(settings)
    assert len(loads) == 1 and third.pages.written == [gone]
    assert {p.name: p.read_bytes() for p in (tmp_path / "stories").iterdir()} == pages
    assert list(third.stories) == list(first.stories)  # read on demand: the same stories
