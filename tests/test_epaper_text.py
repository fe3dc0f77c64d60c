"""Text copied from a PDF e-paper: hard-wrapped in a column with no blank lines at all, a
running head with the page number (`12 THE TIMES Monday June 3 2024`), headlines in sentence
case over the writer's name without `By` (`Priya Shah`, `David Lowe Arts Correspondent`),
and words hyphenated at the column's edge."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from backfile_ingest.hyphens import join_broken_word
from ingest_support import ingest_string

PAGE = """12 THE TIMES Monday June 3 2024
NEWS
Council to scrap weekly bin collections
Ben Harris Local Government Correspondent
Households in three more districts will have their general waste collected only once a fort-
night from September under plans approved by the county council last night, after a vote.
The change, which councillors said would save about 2.4 million pounds a year, follows a
similar move in neighbouring authorities where recycling rates rose by almost a fifth.
"This is a cut dressed up as an environ-
mental policy," said Sarah Kemp, the Liberal Democrat group leader on the council.
Rail operator fined over late trains
Priya Shah
A train operating company has been fined 1.2 million pounds by the regulator after fail-
ing to meet punctuality targets on its routes into London for the third year in a row.
The company apologised and said it had hired 140 new drivers and would bring in a new
timetable in December, with more trains at the weekend on its busiest routes.
13 THE TIMES Monday June 3 2024
Museum returns bronze heads to Nigeria
David Lowe Arts Correspondent
A university museum has handed back two bronze heads taken from Benin City by British
troops in 1897, in a ceremony attended by representatives of the Oba of Benin, officials
said. The heads will be displayed in a new gallery in Benin City due to open next year.
"""


def test_an_epaper_page_is_cut_at_its_headlines_with_bylines_and_whole_words() -> None:
    """The page was two stories: the running head was the first one's headline, the second
    began mid-story, the headlines and bylines ran into the text, words kept the margin's
    hyphen (`fail-ing`)."""
    council, rail, museum = ingest_string(PAGE)
    assert council.title == "Council to scrap weekly bin collections"
    assert council.byline == "Ben Harris Local Government Correspondent"
    assert council.date == date(2024, 6, 3)
    assert council.paragraphs[0].startswith("Households in three more districts")
    assert "an environmental policy" in " ".join(council.paragraphs)
    assert rail.title == "Rail operator fined over late trains"
    assert rail.byline == "Priya Shah"
    assert rail.paragraphs[0].startswith("A train operating company has been fined")
    assert "after failing to meet" in rail.paragraphs[0]
    assert museum.title == "Museum returns bronze heads to Nigeria"
    assert museum.byline == "David Lowe Arts Correspondent"
    assert museum.date == date(2024, 6, 3)
    assert not any("THE TIMES" in p for s in (council, rail, museum) for p in s.paragraphs)


def test_running_heads_and_hyphens() -> None:
    assert cues.masthead_line("8 THE HINDU CHENNAI TUESDAY, MARCH 14, 2023") == (
        "THE HINDU CHENNAI", "TUESDAY, MARCH 14, 2023")
    assert cues.masthead_line("2 Arsenal beat Everton on June 3 2024") is None
    words = frozenset({"the", "well", "known"})
    assert join_broken_word("a gov-", "ernment plan", words) == "a government plan"
    assert join_broken_word("a well-", "known face", words) == "a well-known face"
    assert join_broken_word("a long-", "term plan", frozenset()) == "a long-term plan"
    assert join_broken_word("a re-", "elected mayor", frozenset({"re-elected"})) == (
        "a re-elected mayor")
