"""Clippings from old newspapers as archive sites and blogs give them: the citation over a
clipping (`The Valport Republic, Valport, Missouri, p. 1`) is its source, not its headline,
and the capitals headline under it heads the story without the full stop old papers put after
it (the citation was the title, the headline the summary)."""

from __future__ import annotations

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
