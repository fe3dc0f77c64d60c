"""A press conference transcript is one story: its speakers' labels (`PRIME MINISTER: `,
`JOURNALIST: `) are turns, not kickers, so they neither name the section nor open a new story
(the transcript was split at `JOURNALIST:` and filed under "Prime Minister"). Where labels
are few and none recurs they are still kickers."""

from __future__ import annotations

from backfile_ingest.cues import speaker_labels
from ingest_support import ingest_string

TRANSCRIPT = """Premier's press conference on the floods

PREMIER: Good morning everyone. I want to address the serious situation with the floods \
across the eastern seaboard.

First of all, let me thank the volunteers working in the northern valleys tonight.

JOURNALIST: Premier, will you increase the relief budget given the damage?

PREMIER: Well, what we have is a target of doubling it by the end of the year.

JOURNALIST: And the insurers?

PREMIER: They will be at the table on Monday.
"""


def test_a_transcript_is_one_story_with_no_kicker() -> None:
    (story,) = ingest_string(TRANSCRIPT)
    assert story.title == "Premier's press conference on the floods"
    assert story.kicker is None
    assert story.paragraphs[-1] == "PREMIER: They will be at the table on Monday."


def test_kickers_that_do_not_recur_are_no_speakers() -> None:
    assert speaker_labels(["SECURITY: Taiwan tightens rules on visits.", "The rules start soon.",
                           "Officials said so.", "TRADE: Exports rose in March."]) == frozenset()
    assert speaker_labels(["PREMIER: Good morning.", "JOURNALIST: Will you?",
                           "PREMIER: Yes."]) == frozenset({"PREMIER", "JOURNALIST"})
