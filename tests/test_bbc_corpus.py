"""Every BBC file (2,225, one story each, headline on line 1) ingests as one story."""

from __future__ import annotations

from pathlib import Path

import pytest
from backfile_ingest.pipeline import IngestSettings, ingest_dump
from ingest_support import BBC, BBC_SECTIONS

pytestmark = pytest.mark.slow


def test_each_bbc_file_is_one_story_headed_by_its_first_line() -> None:
    if not BBC.is_dir():
        pytest.skip("the BBC corpus is not in ../shared")
    settings = IngestSettings(dumps=BBC, stories=Path("unused"), tag=False, progress=False)
    files = sorted(p for section in BBC_SECTIONS for p in (BBC / section).glob("*.txt"))
    assert len(files) == 2225
    wrong: list[str] = []
    for path in files:
        stories, problems = ingest_dump(path, settings)
        errors = [p for p in problems if p.level == "error"]
        first_line = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        if errors or len(stories) != 1 or not stories[0].title_from_source or (
            stories[0].first_line != 1 or stories[0].pieces[0].text != first_line
        ):
            wrong.append(f"{path.relative_to(BBC)}: {len(stories)} stories, {errors}")
    assert wrong == [], f"{len(wrong)} files: {wrong[:10]}"
