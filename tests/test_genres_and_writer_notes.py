"""Opinion, analysis and reviews as sites title them (`Opinion: The city needs a real transit
plan`): the genre is the story's kicker, the headline stays whole; an op-ed's closing note on
its writer (`Maria Santos is a professor of urban planning ...`) is its sign-off."""

from __future__ import annotations

from backfile_ingest import cues
from ingest_support import ingest_string

OP_ED = """Opinion: The city needs a real transit plan

By Maria Santos

The city's new transit plan promises more buses and a light rail line by 2030. It will not \
deliver either without a dedicated source of money.

Voters rejected a sales tax increase in 2019. The council must now make the case again.

Maria Santos is a professor of urban planning at State University.
"""


def test_an_op_eds_genre_and_its_writers_note() -> None:
    """The kicker was empty and the writer's note was the story's last paragraph."""
    (story,) = ingest_string(OP_ED)
    assert (story.title, story.kicker) == (
        "Opinion: The city needs a real transit plan", "Opinion")
    assert story.signoff == "Maria Santos is a professor of urban planning at State University."
    assert story.paragraphs[-1].startswith("Voters rejected a sales tax increase")
    assert cues.genre_label("Analysis | Why mortgage rates are stuck near 7%") == "Analysis"
    assert cues.genre_label("Reviewers praise the film") is None
