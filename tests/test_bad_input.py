"""Empty, binary and undecodable files: one clear error each, and the rest still builds."""

from __future__ import annotations

import pytest
from backfile_ingest.problems import IngestError
from backfile_ingest.read import decode_dump
from ingest_support import ingest


@pytest.mark.parametrize(("data", "line", "words"), [
    (b"", None, "empty file"),
    (b"\n \n\t\n", None, "empty file"),
    (b"GIF89a\x01\x00\x00\x00", 1, "binary file"),
    (b"line one\nline two\n\x01\x02\x03\x04\x05\x06", 3, "binary file"),
    (b"fine\nstill fine\n\x81\x8d\x90 bytes no legacy encoding has\n", 3, "undecodable"),
    # Documents handed out instead of text are named, with what to do (RTF is text: its
    # control words were read as stories)
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n\\par Ferry fares rise\n", 1, "RTF"),
    (b"\n%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 1, "PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", 1, "office document"),
])
def test_bad_bytes_raise_one_error_naming_file_and_line(
        data: bytes, line: int | None, words: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode_dump(data, "dumps/bad.txt")
    assert caught.value.problem.path == "dumps/bad.txt"
    assert caught.value.problem.line == line
    assert words in caught.value.problem.message


def test_utf8_bom_and_utf16_are_read() -> None:
    assert decode_dump("\ufeffCafé news.".encode(), "x").text == "Café news."
    assert decode_dump("Café news.".encode("utf-16"), "x").text == "Café news."


def test_bad_files_are_reported_and_good_ones_still_ingest(tmp_path) -> None:
    report = ingest(tmp_path, {
        "empty.txt": "",
        "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        "good.txt": "The council met on Monday and agreed the budget.\n",
    })
    assert sorted((p.path, p.level) for p in report.errors) == [
        ("dumps/empty.txt", "error"), ("dumps/photo.jpg", "error")]
    assert [s.dump for s in report.stories] == ["dumps/good.txt"]
    assert (tmp_path / "stories" / f"{report.stories[0].slug}.md").is_file()
