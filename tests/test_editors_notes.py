"""An editor's note belongs to the story it introduces (AP sets `EDITOR'S NOTE \u2014 ...` over
the headline or under the byline); one saying an earlier version got something wrong is a
correction and signs off the story above."""

from __future__ import annotations

from backfile_ingest import cues
from ingest_support import ingest_string

UNDER_THE_BYLINE = """Survivors describe night of terror at border camp

By Ahmed Hassan

EDITOR'S NOTE \u2014 This story contains descriptions of violence.

KHARTOUM, Sudan \u2014 Survivors of an attack on a displacement camp near the Chad border \
described gunmen moving from tent to tent before dawn on Sunday.

Aid groups said at least 40 people were killed.
"""

OVER_THE_HEADLINE = """Rivers are expected to crest on Thursday, forecasters said on Monday.

Editor's note: This story contains descriptions of violence.

Survivors describe night of terror at border camp

By Ahmed Hassan

KHARTOUM, Sudan \u2014 Survivors of an attack on a displacement camp near the Chad border \
described gunmen moving from tent to tent before dawn on Sunday.
"""

CORRECTED = """Survivors describe night of terror at border camp

KHARTOUM, Sudan \u2014 Survivors of an attack on a displacement camp near the Chad border \
described gunmen moving from tent to tent before dawn on Sunday.

Editor's note: An earlier version of this story misstated the number of people killed.

Flood warnings issued for three counties

DES MOINES, Iowa \u2014 The National Weather Service issued flood warnings on Tuesday for \
Polk, Story and Dallas counties as heavy rain continued.
"""


def test_a_note_under_the_byline_is_kept_and_the_story_stays_whole() -> None:
    """The note cut the story in two, and `EDITOR'S NOTE` was taken for its dateline."""
    (story,) = ingest_string(UNDER_THE_BYLINE)
    assert (story.title, story.dateline) == (
        "Survivors describe night of terror at border camp", "KHARTOUM")
    assert story.paragraphs[0] == (
        "EDITOR'S NOTE \u2014 This story contains descriptions of violence.")
    assert story.summary.startswith("Survivors of an attack")


def test_a_note_over_the_headline_opens_its_story() -> None:
    """The note was a story of its own, titled by the note."""
    _, story = ingest_string(OVER_THE_HEADLINE)
    assert story.title == "Survivors describe night of terror at border camp"
    assert story.paragraphs[0].startswith("Editor's note: This story contains")
    assert story.summary.startswith("Survivors of an attack")


def test_a_correcting_note_signs_off_the_story_above() -> None:
    camp, flood = ingest_string(CORRECTED)
    assert camp.signoff is not None and camp.signoff.startswith("Editor's note: An earlier")
    assert flood.title == "Flood warnings issued for three counties"
    assert not cues.is_editors_note(camp.signoff)
    assert not cues.is_editors_note("Editors say the note was clear.")


def test_a_note_is_not_read_for_entity_tags() -> None:
    """`EDITOR'S NOTE` and `Note` were tagged as organisations."""
    from backfile_ingest.entities import tag_story

    (story,) = ingest_string(UNDER_THE_BYLINE)
    tags = tag_story(story)
    assert "Khartoum" in tags.places
    assert not {"EDITOR'S NOTE", "Note", "Editor"} & {*tags.organizations, *tags.people}
