"""A story whose slug changes (a sidecar dates it, the default date changes) is not listed twice.

The README's own advice for an undated story is a sidecar date; the slug is made from the date,
so the story got a new page, and the old one stayed as "no longer in its dump" though the story
was still there: the archive showed it twice, at 1970-01-01 and at its date. A page nobody edited
whose story (same source hash) now has another slug is replaced; an edited one is kept and
reported as listed twice.
"""

from __future__ import annotations

from ingest_support import ingest, page_header

DUMP = "The village fete raised money for the church roof, organisers in Ambridge said.\n"
SIDECAR = 'date = "2024-06-01"\n'


def test_a_redated_story_replaces_its_old_page(tmp_path) -> None:
    (old,) = ingest(tmp_path, {"fete.txt": DUMP}).stories
    report = ingest(tmp_path, {"fete.txt.meta.toml": SIDECAR})
    (new,) = report.stories
    pages = sorted(p.name for p in (tmp_path / "stories").glob("*.md"))
    assert new.slug != old.slug and pages == [f"{new.slug}.md"]
    assert page_header(tmp_path / "stories" / pages[0])["Date"] == "2024-06-01"
    assert report.pages.replaced == [(f"{old.slug}.md", f"{new.slug}.md")]
    assert report.pages.vanished == []
    assert any(new.slug in p.message for p in report.warnings)


def test_an_edited_page_is_kept_even_when_its_story_moved(tmp_path) -> None:
    (old,) = ingest(tmp_path, {"fete.txt": DUMP}).stories
    page = tmp_path / "stories" / f"{old.slug}.md"
    page.write_text(page.read_text(encoding="utf-8").replace("church roof", "church tower"),
                    encoding="utf-8")
    report = ingest(tmp_path, {"fete.txt.meta.toml": SIDECAR})
    (new,) = report.stories
    assert page.is_file() and (tmp_path / "stories" / f"{new.slug}.md").is_file()
    assert report.pages.replaced == [] and report.pages.vanished == []
    assert report.pages.moved_edited == [(page.name, f"{new.slug}.md")]
    assert any("both kept" in p.message and p.path.endswith(page.name) for p in report.warnings)
