"""Results, league, election and market tables set as text in a dump: each row stays a line
of its own, a table never makes the dump look like a paragraph a line (which made every
paragraph of the report under it a story), a headline over a table or under its last row
opens a story, and the summary is the report's first sentence, not a row."""

from __future__ import annotations

from backfile_ingest import cues
from ingest_support import ingest_string

RESULTS = """Premier League results

Saturday's results
Arsenal 2 Everton 1
Brentford 0 Newcastle 3
Crystal Palace 2 Wolves 0

Premier League table
Pos Team P W D L GD Pts
1 Arsenal 38 28 5 5 62 89
2 Man City 38 27 7 4 62 88
3 Liverpool 38 24 10 4 45 82

Arsenal clinch title on final day

Arsenal won their first league title in two decades after a late goal sealed a 2-1 win \
over Everton at the Emirates Stadium on Sunday.

Supporters spilled on to the pitch at the final whistle.

Manager Mikel Arteta said the squad had shown "incredible character" over the season.

FTSE 100 closes higher as miners rally

Closing prices
BP 478.20 +3.15 +0.66%
Rio Tinto 5,102.00 +88.00 +1.75%

London's leading share index rose on Tuesday as mining companies gained on hopes of \
stronger demand from China.

The FTSE 100 ended the day up 0.6% at 8,254 points.
"""


def test_tables_keep_their_rows_and_the_reports_stay_whole() -> None:
    """The tables' rows were run into one paragraph each, and each paragraph of the match
    report was a story of its own."""
    table, report, market = ingest_string(RESULTS)
    assert table.title == "Premier League results"
    assert table.paragraphs[:5] == ["Saturday's results", "Arsenal 2 Everton 1",
                                    "Brentford 0 Newcastle 3", "Crystal Palace 2 Wolves 0",
                                    "Premier League table"]
    assert table.paragraphs[5:7] == ["Pos Team P W D L GD Pts", "1 Arsenal 38 28 5 5 62 89"]
    assert report.title == "Arsenal clinch title on final day"
    assert len(report.paragraphs) == 3
    assert market.title == "FTSE 100 closes higher as miners rally"
    assert market.paragraphs[1:3] == ["BP 478.20 +3.15 +0.66%", "Rio Tinto 5,102.00 +88.00 +1.75%"]
    assert market.summary.startswith("London's leading share index rose on Tuesday")


def test_a_table_row_is_names_and_figures_not_prose_or_a_date() -> None:
    assert cues.is_table_row("Liberal Democrat 6 +2")
    assert cues.is_table_row("Shell 2,710.50 -12.00 -0.44%")
    assert not cues.is_table_row("Monday 3 June 2024")
    assert not cues.is_table_row("Jane Doe Environment editor Tue 19 Jul 2022 16.02 BST")
    assert not cues.is_table_row("Yow 39 his wife Millie Fitzhenry 49")  # OCR'd prose
    assert not cues.is_table_row("The score was 2-1 at half time and 3-1 at the end.")


SCORECARD = """Scoreboard: India v Australia, 3rd Test, Day 2

India 1st innings
Rohit Sharma c Smith b Cummins 42
Shubman Gill lbw b Lyon 18
Virat Kohli not out 104
Total (5 wkts, 90 overs) 298

Kohli century puts India in control

Virat Kohli struck his 30th Test century as India reached 298 for five at stumps on the \
second day in Ahmedabad.

Kohli, who had gone 14 innings without a hundred, brought up the milestone with a drive.
"""


def test_a_scorecard_of_lines_ending_in_figures_is_a_table() -> None:
    """Rows with one figure each (a batsman's runs) ran into one paragraph, and the report's
    paragraphs under them were stories of their own."""
    card, report = ingest_string(SCORECARD)
    assert card.paragraphs[1:3] == ["Rohit Sharma c Smith b Cummins 42",
                                    "Shubman Gill lbw b Lyon 18"]
    assert report.title == "Kohli century puts India in control"
    assert len(report.paragraphs) == 2
    assert cues.table_rows(["Kohli 104", "The end of it all."]) == [False, False]
