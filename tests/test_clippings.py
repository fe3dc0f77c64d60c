"""Clippings from old newspapers as archive sites and blogs give them: the citation over a
clipping (`The Valport Republic, Valport, Missouri, p. 1`) is its source, not its headline,
and the capitals headline under it heads the story without the full stop old papers put after
it (the citation was the title, the headline the summary)."""

from __future__ import annotations

from datetime import date

from ingest_support import ingest_string

CLIPPING = """The Valport Republic, Valport, Missouri, p. 1

STRANDED GAMBLERS CONSUME $4,000 WORTH OF CHICKENS.

Bellport, Tenn., Dec. 31. \u2013 Forty gamblers with 100 chickens left by boat Christmas Day \
for an isolated spot ten miles below Bellport.

The boat got stuck before reaching its destination.
"""


def test_a_clippings_citation_is_its_source() -> None:
    (story,) = ingest_string(CLIPPING)
    assert story.title == "Stranded Gamblers Consume $4,000 Worth of Chickens"
    assert story.dateline == "Bellport"
    assert story.summary.startswith("Forty gamblers with 100 chickens")
    assert [p.text for p in story.pieces if p.role == "source"] == [
        "The Valport Republic, Valport, Missouri, p. 1"]


# A digitised paper's article as a national library's newspaper site cites it (Trove's layout):
# the paper, its run in brackets, the date and the page.
DIGITISED = """The Valport Morning Herald (NSW : 1842 - 1954), Monday 10 April 1944, page 4

TWO SMASHES AT KELBY

SEVEN PEOPLE HURT

Two road accidents occurred within half a mile of each other on the
highway at Kelby last night. In the first, four people travelling
in a car were injured when the car crashed into a light standard.

The Valport Morning Herald (NSW : 1842 - 1954), Saturday 19 October 1946, page 3

INJURED WOMAN ALONE SIX DAYS

Miss Mary Ellen Dunmore, 75, who was found lying injured on the floor
of a flat on Thursday afternoon, had been there for about six days.
"""


def test_a_dated_citation_dates_the_article_and_is_its_source() -> None:
    first, second = ingest_string(DIGITISED)
    assert first.title == "Two Smashes at Kelby"
    assert (first.date, first.date_source) == (date(1944, 4, 10), "dateline")
    assert [p.text for p in first.pieces if p.role == "source"] == [
        "The Valport Morning Herald (NSW : 1842 - 1954), Monday 10 April 1944, page 4"]
    assert first.summary.startswith("Two road accidents occurred")
    assert (second.title, second.date) == ("Injured Woman Alone Six Days", date(1946, 10, 19))
