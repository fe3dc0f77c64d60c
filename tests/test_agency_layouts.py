"""Agency and aggregator layouts met in real dumps (the text here is invented, in the same
layout): a byline run into the dateline on one line, question-led headlines, a date then an
agency opening the lede, a digest's dated title, trailing tag lines, a category heading
above the first headline, and a rule glued to a headline."""

from __future__ import annotations

from ingest_support import ingest_string

BYLINE_DATELINE = """Harbour strike enters its second week

VALDORA, Aug. 23 (Xinhua) -- Dock workers in the port of Valdora stayed off the job on \
Friday as talks between the union and the port authority broke down again.

Shipping lines said cargo was being diverted to neighbouring ports.

Forest fires should all be logged in one register: interior minister

by Mirela Fenwick VALDORA \u2014 The interior minister called on Wednesday for a single \
register of forest fires, similar to the national register of floods, after a summer of blazes.
"""


def test_byline_run_into_dateline_reads_both_and_opens_a_story() -> None:
    stories = ingest_string(BYLINE_DATELINE)
    assert [s.title for s in stories] == [
        "Harbour strike enters its second week",
        "Forest fires should all be logged in one register: interior minister"]
    second = stories[1]
    assert second.byline == "Mirela Fenwick"
    assert second.dateline == "VALDORA"
    assert second.paragraphs[0].startswith("The interior minister called")
