"""JSON Lines exports: one story a line; a bad line is reported by file and line, others kept."""

from __future__ import annotations

import json
from datetime import date

from ingest_support import ingest, page_header

GOOD = {"title": "Rates held", "date": "2024-05-02", "section": "Business",
        "byline": "By A. Writer", "url": "https://example.com/rates",
        "tags": ["Bank of England", "London"],
        "body": "The Bank held rates on Thursday.\n\nIt meets again in June."}


def test_export_lines_become_stories_and_bad_lines_are_reported(tmp_path) -> None:
    lines = [
        json.dumps(GOOD),
        '{"title": "no body"}',
        "not json at all",
        json.dumps({"body": "Only a body, cut off mid"}),
    ]
    report = ingest(tmp_path, {"export.jsonl": "\n".join(lines) + "\n"})
    assert [(p.path, p.line) for p in report.errors] == [
        ("dumps/export.jsonl", 2), ("dumps/export.jsonl", 3)]
    first, second = report.stories
    assert (first.first_line, first.last_line) == (1, 1)
    assert first.title == "Rates held" and first.section == "Business"
    assert first.date == date(2024, 5, 2)
    assert first.paragraphs == ["The Bank held rates on Thursday.", "It meets again in June."]
    header = page_header(tmp_path / "stories" / f"{first.slug}.md")
    assert header["Original-Url"] == "https://example.com/rates"
    assert header["Tags"] == "Bank of England; London"
    assert header["Byline"] == "By A. Writer"
    assert second.truncated and second.title.startswith("Only a body")
    assert (second.date_source, second.first_line) == ("default", 4)


def test_unparseable_export_date_is_reported_and_falls_back(tmp_path) -> None:
    line = json.dumps({"body": "Text.", "date": "sometime"})
    report = ingest(tmp_path, {"2021-03-04-export.jsonl": line})
    [story] = report.stories
    assert story.date == date(2021, 3, 4) and story.date_source == "filename"
    assert [(p.path, p.line) for p in report.warnings if "unparseable" in p.message] == [
        ("dumps/2021-03-04-export.jsonl", 1)]
