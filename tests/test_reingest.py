"""Re-ingest is idempotent: unchanged stories' pages are not rewritten; changed ones are."""

from __future__ import annotations

import os

from ingest_support import ingest

DUMP = "FIRST STORY HEADLINE\n\nThe first story.\n\n***\n\nSECOND ONE\n\nThe second story.\n"


def test_unchanged_pages_are_not_rewritten(tmp_path) -> None:
    first = ingest(tmp_path, {"a.txt": DUMP})
    assert len(first.pages.written) == 2
    pages = sorted((tmp_path / "stories").glob("*.md"))
    for page in pages:
        os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    second = ingest(tmp_path)
    assert second.pages.written == [] and sorted(second.pages.unchanged) == [p.name for p in pages]
    assert all(p.stat().st_mtime_ns == 1_000_000_000 for p in pages)
    assert [s.slug for s in second.stories] == [s.slug for s in first.stories]


def test_a_changed_story_is_rewritten_in_place(tmp_path) -> None:
    ingest(tmp_path, {"a.txt": DUMP})
    report = ingest(tmp_path, {"a.txt": DUMP.replace("The second story.", "The second, fixed.")})
    assert len(report.pages.written) == 1 and len(report.pages.unchanged) == 1
    [written] = report.pages.written
    assert "The second, fixed." in (tmp_path / "stories" / written).read_text(encoding="utf-8")
    assert not list((tmp_path / "stories").glob(".*.tmp"))  # temporary files renamed away
