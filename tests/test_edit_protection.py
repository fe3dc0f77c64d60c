"""A page a person edited (its Checksum no longer matches) is kept, reported, never overwritten."""

from __future__ import annotations

from ingest_support import ingest

DUMP = "COUNCIL AGREES BUDGET\n\nThe council agreed the budget on Monday.\n"


def test_hand_edited_page_is_kept_and_reported(tmp_path) -> None:
    [story] = ingest(tmp_path, {"a.txt": DUMP}).stories
    page = tmp_path / "stories" / f"{story.slug}.md"
    edited = page.read_text(encoding="utf-8").replace("agreed the budget", "approved the budget")
    page.write_text(edited, encoding="utf-8")
    report = ingest(tmp_path, {"a.txt": DUMP.replace("Monday", "Tuesday")})
    assert report.pages.kept_edited == [page.name]
    assert page.read_text(encoding="utf-8") == edited
    assert any(page.name in p.path and "edited by hand" in p.message for p in report.warnings)


def test_page_without_checksum_is_treated_as_hand_written(tmp_path) -> None:
    [story] = ingest(tmp_path, {"a.txt": DUMP}).stories
    page = tmp_path / "stories" / f"{story.slug}.md"
    page.write_text("Title: Mine\nDate: 2020-01-01\n\nMy own words.\n", encoding="utf-8")
    report = ingest(tmp_path)
    assert report.pages.kept_edited == [page.name]
    assert "My own words." in page.read_text(encoding="utf-8")
