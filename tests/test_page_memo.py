"""Pages known unchanged since the last ingest are not rendered again, and the memo never hides
a person's edit or a changed story."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from backfile_ingest import write
from backfile_ingest.partial_date import parse_partial_date
from backfile_ingest.pipeline import IngestReport, IngestSettings, run_ingest
from ingest_support import make_dumps

DUMP = ("COUNCIL AGREES BUDGET\n\nThe council agreed the budget on Monday.\n\n\n"
        "FLOODS CLOSE BRIDGE\n\nThe river bridge was closed after heavy rain.\n")


def _ingest(root: Path, files: dict[str, str] | None = None) -> IngestReport:
    return run_ingest(IngestSettings(
        dumps=make_dumps(root, files or {}), stories=root / "stories",
        default_date=parse_partial_date("1970-01-01"), tag=False, progress=False,
        cache=root / "cache"))


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = write.render

    def counting(story):  # type: ignore[no-untyped-def]
        seen.append(story.slug)
        return real(story)

    monkeypatch.setattr(write, "render", counting)
    return seen


def test_unchanged_pages_are_not_rendered_again(tmp_path: Path, renders: list[str]) -> None:
    first = _ingest(tmp_path, {"a.txt": DUMP})
    assert len(first.pages.written) == 2 and len(renders) == 2
    renders.clear()
    second = _ingest(tmp_path)
    assert sorted(second.pages.unchanged) == sorted(first.pages.written)
    assert renders == []


def test_a_changed_story_is_rendered_and_written(tmp_path: Path, renders: list[str]) -> None:
    _ingest(tmp_path, {"a.txt": DUMP})
    renders.clear()
    report = _ingest(tmp_path, {"a.txt": DUMP.replace("Monday", "Tuesday")})
    assert len(report.pages.written) == 1 and len(report.pages.unchanged) == 1
    [page] = report.pages.written
    assert "Tuesday" in (tmp_path / "stories" / page).read_text(encoding="utf-8")


def test_an_edit_after_a_memoised_run_is_kept(tmp_path: Path) -> None:
    report = _ingest(tmp_path, {"a.txt": DUMP})
    _ingest(tmp_path)  # the memo now vouches for both pages
    page = tmp_path / "stories" / sorted(report.pages.written)[0]
    stat = page.stat()
    text = page.read_text(encoding="utf-8")
    edited = text.replace("council", "Council", 1)  # same size
    assert len(edited) == len(text) and edited != text
    page.write_text(edited, encoding="utf-8")
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = _ingest(tmp_path)
    assert again.pages.kept_edited == [page.name]
    assert page.read_text(encoding="utf-8") == edited
