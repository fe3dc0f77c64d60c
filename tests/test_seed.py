"""The sample dump: five stories with the right lines, sections, truncation, credit and dates."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from ingest_support import SEED, ingest, page_header


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("seed")
    (root / "dumps").mkdir()
    shutil.copy(SEED, root / "dumps")
    shutil.copy(SEED.with_name(SEED.name + ".meta.toml"), root / "dumps")
    return root, ingest(root)


def test_five_stories_with_the_issue_line_ranges(seed) -> None:
    _, report = seed
    ranges = [(s.first_line, s.last_line) for s in report.stories]
    assert ranges == [(1, 14), (15, 15), (16, 16), (17, 17), (18, 18)]
    assert not report.errors and not report.warnings


def test_sections_come_from_the_two_kickers(seed) -> None:
    _, report = seed
    assert [s.kicker for s in report.stories] == [None, "SECURITY", "CARROT AND STICK", None, None]
    assert [s.section for s in report.stories] == [
        "News", "Security", "Carrot and Stick", "News", "News"]


def test_four_teasers_are_truncated_and_say_so(seed) -> None:
    root, report = seed
    assert [s.truncated for s in report.stories] == [False, True, True, True, True]
    for story in report.stories:
        page = root / "stories" / f"{story.slug}.md"
        assert page_header(page)["Truncated"] == str(story.truncated).lower()
        assert page.read_text(encoding="utf-8").endswith("…\n" if story.truncated else ".\n")


def test_photo_credit_is_a_credit_not_a_paragraph(seed) -> None:
    root, report = seed
    first = report.stories[0]
    assert first.credits == ["Photo: Kremlin via Reuters"]
    assert all("Kremlin via Reuters" not in p for p in first.paragraphs)
    assert len(first.paragraphs) == 13
    header = page_header(root / "stories" / f"{first.slug}.md")
    assert header["Credits"] == "Photo: Kremlin via Reuters;"


def test_dates_from_the_sidecar_and_event_dates_from_the_text(seed) -> None:
    _, report = seed
    s1, s2, s3, s4, s5 = report.stories
    assert (s1.date, s1.date_precision) == (date(2023, 9, 14), "day")
    assert date(2023, 9, 13) in s1.event_dates  # "yesterday met for their first summit"
    for teaser in (s2, s3, s4):
        assert (teaser.date, teaser.date_precision) == (date(2025, 4, 1), "month")
    assert date(2025, 3, 13) in s2.event_dates  # "on March 13"
    assert (s5.date, s5.date_precision) == (date(2025, 4, 23), "day")
    assert {date(2025, 4, 22), date(2025, 4, 26)} <= set(s5.event_dates)


def test_headlines_are_derived_without_kicker_said_or_yesterday(seed) -> None:
    _, report = seed
    for story in report.stories:
        assert not story.title_from_source
        assert 0 < len(story.title) <= 90
        assert "yesterday" not in story.title.lower()
        assert not story.title.lower().endswith("said")
        assert ":" not in story.title
    assert report.stories[1].title.startswith("Taiwan must raise")


def test_pages_record_provenance_and_unicode(seed) -> None:
    root, report = seed
    story = report.stories[1]
    text = (root / "stories" / f"{story.slug}.md").read_text(encoding="utf-8")
    header = page_header(root / "stories" / f"{story.slug}.md")
    assert header["Source"] == "dumps/000_347963c6eb78a301.txt#L15-L15"
    assert len(header["Source-Hash"]) == 64
    assert "邱垂正" in text and "\u2018reshaping\u2019" in text
    assert header["Kicker"] == "SECURITY" and header["Category"] == "Security"


def test_slugs_are_ascii_and_unique(seed) -> None:
    _, report = seed
    slugs = [s.slug for s in report.stories]
    assert len(set(slugs)) == 5
    assert all(slug.isascii() and " " not in slug for slug in slugs)
    assert Path(f"{slugs[0]}.md").stem.startswith("2023-09-14-")
