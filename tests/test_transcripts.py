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


def test_a_teasers_dump_labelled_by_section_is_no_transcript() -> None:
    """Each line a story under its section's label: many labels, one often twice running."""
    items = [("POLITICS", "The council voted last night to go ahead with the bypass plan"),
             ("POLITICS", "The mayor defended the budget against critics in the chamber"),
             ("HEALTH", "The clinic in the north will close two afternoons a week from June"),
             ("OPINION", "Why the bypass matters to the shops on the high street and beyond"),
             ("WORLD", "Floods closed the border crossing for a third day, officials said"),
             ("BUSINESS", "The paper mill will shed 40 jobs after orders fell by a quarter"),
             ("POLITICS", "Ward boundaries will be redrawn before the next local elections"),
             ("POLITICS", "A by-election has been set for May after the councillor resigned"),
             ("TECHNOLOGY", "The library will lend laptops to pupils who have none at home"),
             ("POLITICS", "A second councillor quit the party over the bypass vote on Friday")]
    lines = [f"{label}: {text}." for label, text in items]
    assert speaker_labels(lines) == frozenset()
    assert len(ingest_string("\n".join(lines) + "\n")) == len(lines)
