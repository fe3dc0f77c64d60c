"""Text that is not UTF-8 but is cp1252 (as one BBC file is) is decoded, with a warning."""

from __future__ import annotations

import pytest
from backfile_ingest.read import decode_dump
from ingest_support import BBC, ingest


def test_cp1252_is_decoded_with_a_warning_naming_file_and_line() -> None:
    data = "Headline\n\nA \u00a315.8m signing \u2013 \u201cquoted\u201d.\n".encode("cp1252")
    decoded = decode_dump(data, "dumps/old.txt")
    assert decoded.text == "Headline\n\nA £15.8m signing \u2013 “quoted”.\n"
    assert decoded.encoding == "cp1252"
    [warning] = decoded.warnings
    assert (warning.path, warning.line, warning.level) == ("dumps/old.txt", 3, "warning")
    assert "not UTF-8" in warning.message


def test_the_bbc_legacy_file_ingests(tmp_path) -> None:
    source = BBC / "sport" / "199.txt"
    if not source.is_file():
        pytest.skip("the BBC corpus is not in ../shared")
    report = ingest(tmp_path, {"199.txt": source.read_bytes()})
    [story] = report.stories
    assert story.title == "Chelsea sack Mutu"
    assert any("£15.8m" in p for p in story.paragraphs)
    assert [p.message for p in report.warnings if "UTF-8" in p.message]
