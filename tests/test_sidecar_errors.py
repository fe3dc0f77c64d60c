"""A malformed sidecar gets one clear error naming its file and line; its dump still ingests."""

from __future__ import annotations

import pytest
from backfile_ingest.problems import IngestError
from backfile_ingest.sidecar import parse_sidecar
from ingest_support import ingest


@pytest.mark.parametrize(("name", "text", "line", "words"), [
    ("x.meta.toml", 'date = "2025-04"\nsection = \n', 2, "malformed TOML"),
    ("x.meta.toml", 'date = "2025-13-01"\n', 1, "impossible date"),
    ("x.meta.toml", 'date = "last spring"\n', 1, "unparseable date"),
    ("x.meta.toml", 'date = "2025"\ncolour = "red"\n', 2, "unknown key `colour`"),
    ("x.meta.toml", '[[stories]]\nindex = 1\n\n[[stories]]\nindex = 2\ndate = "2025-02-30"\n',
     6, "impossible date"),
    ("x.meta.toml", '[[stories]]\ndate = "2025"\n', 1, "needs `index`, `line` or `starts`"),
    ("x.meta.json", '{"date": "2025",\n "stories": [\n  {"index": 0}]}', 3, "must be a number"),
    ("x.meta.json", '{"date": "2025",,\n}', 1, "malformed JSON"),
])
def test_error_names_file_and_line(name: str, text: str, line: int, words: str) -> None:
    with pytest.raises(IngestError) as caught:
        parse_sidecar(text, name)
    problem = caught.value.problem
    assert (problem.path, problem.line) == (name, line)
    assert words in problem.message


def test_bad_sidecar_is_reported_and_the_dump_still_ingests(tmp_path) -> None:
    report = ingest(tmp_path, {
        "a.txt": "The council met on Monday.\n",
        "a.txt.meta.toml": 'date = "2025-02-30"\n',
        "b.txt": "The mayor spoke on Tuesday.\n",
    })
    assert [str(p) for p in report.errors] == [
        "dumps/a.txt.meta.toml:1: error: impossible date '2025-02-30': day is out of range "
        "for month"]
    assert [s.dump for s in report.stories] == ["dumps/a.txt", "dumps/b.txt"]


def test_sidecar_entries_pick_stories_by_index_line_or_start(tmp_path) -> None:
    dump = "One story here.\n\n***\n\nTwo story here.\n\n***\n\nThree story here.\n"
    report = ingest(tmp_path, {
        "a.txt": dump,
        "a.txt.meta.toml": (
            'date = "2020"\nsection = "Local"\n'
            '[[stories]]\nindex = 1\ntitle = "First"\n'
            '[[stories]]\nline = 5\nsection = "Sport"\n'
            '[[stories]]\nstarts = "Three"\ndate = "2020-05-06"\n'
        ),
    })
    first, second, third = report.stories
    assert (first.title, first.section) == ("First", "Local")
    assert second.section == "Sport"
    assert (third.date.isoformat(), third.date_source) == ("2020-05-06", "sidecar-story")
