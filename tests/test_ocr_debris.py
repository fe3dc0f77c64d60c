"""Old newspapers' OCR with column debris at the line ends (the text is invented, in the
layout a library's scans give): the debris makes no dateline and stays out of titles and
summaries; text without such debris keeps its lines' last words."""

from __future__ import annotations

from backfile_ingest.ocr import strip_column_debris
from ingest_support import ingest_string

OCR = """The Valdora Gazette (VL : 1880 - 1960), Monday 3 May 1948, page 5

- I A
FERRY AGROUND j I
OFF POINT ROSS . 1
. -» , r I I
Miss Ada Fenwick, 61, who !
was among the passengers on \\. "J
the ferry that ran aground off >t i I
Point Ross on Friday night, said i j |
the crew had kept everyone calm. U\\ i
All passengers were taken to the j J
harbour by launch before dawn. .. 'I
The ferry company said it would |
inquire into the cause. !
"""


def test_column_debris_makes_no_title_dateline_or_summary() -> None:
    [story] = ingest_string(OCR)
    assert story.title.upper().startswith("FERRY AGROUND")
    assert story.dateline is None
    assert story.summary.startswith(
        "Miss Ada Fenwick, 61, who was among the passengers on the ferry")
    assert not any(mark in " ".join(story.paragraphs) for mark in ("!", "|", "\\\\", '"J'))


def test_text_without_debris_keeps_its_last_words() -> None:
    text = "\n".join(["The council met on Monday and agreed to buy a"] * 10)
    assert strip_column_debris(text) == (text, None)
