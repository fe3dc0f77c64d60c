"""A story that disappeared from its dump is reported, and its page is not deleted."""

from __future__ import annotations

from ingest_support import ingest

DUMP = "FIRST HEADLINE\n\nThe first story.\n\n***\n\nSECOND HEADLINE\n\nThe second story.\n"


def test_vanished_story_is_reported_not_deleted(tmp_path) -> None:
    first, second = ingest(tmp_path, {"a.txt": DUMP}).stories
    report = ingest(tmp_path, {"a.txt": DUMP.split("***")[0]})
    page = tmp_path / "stories" / f"{second.slug}.md"
    assert page.is_file()
    assert report.pages.vanished == [(page.name, "dumps/a.txt#L7-L9")]
    assert any("no longer in its dump" in p.message for p in report.warnings)
    assert report.pages.unchanged == [f"{first.slug}.md"]


def test_pages_not_written_by_the_ingest_are_left_alone(tmp_path) -> None:
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "about.md").write_text("Title: About\n\nHello.\n", encoding="utf-8")
    report = ingest(tmp_path, {"a.txt": DUMP})
    assert report.pages.vanished == []
    about = (tmp_path / "stories" / "about.md").read_text(encoding="utf-8")
    assert about == "Title: About\n\nHello.\n"
