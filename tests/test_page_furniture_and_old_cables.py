"""Lines around a story that are not its text: a magazine's running head at a page break,
GOV.UK's labels over their values, an old paper's cable credits and dateline."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from ingest_support import ingest_string

RUNNING_HEAD = """THE WEEKLY REVIEW | March 3, 2020 | 12

The quiet collapse of the local newspaper

By Helen Marsh

In 2004, the town of Bellhaven had two daily newspapers. Today it has none. The Bellhaven \
Courier printed its last edition in 2019, after 112 years.

What replaced them is a patchwork of Facebook groups and a volunteer-run newsletter.

THE WEEKLY REVIEW | March 3, 2020 | 13

Researchers call such places news deserts. By one count, more than 2,000 American counties \
now have no local newspaper at all.
"""


def test_a_running_head_at_a_page_break_is_not_a_story() -> None:
    """The page's running head cut the story in two and was the second part's headline."""
    (story,) = ingest_string(RUNNING_HEAD)
    assert story.title == "The quiet collapse of the local newspaper"
    assert story.date == date(2020, 3, 3)
    assert story.paragraphs[-1].startswith("Researchers call such places news deserts.")
    assert not any("WEEKLY REVIEW" in p for p in story.paragraphs)
    assert cues.masthead_line("12 | The Weekly Review | March 3, 2020") == (
        "The Weekly Review", "March 3, 2020")
    assert cues.masthead_line("Jane Doe | March 3, 2020") is None  # a byline and date


GOV_UK = """Press release

New funding to repair potholes across England

Local councils will receive an extra \u00a3150 million to fix roads damaged by winter weather.

From:
Department for Transport
Published
17 March 2023

Councils across England will share \u00a3150 million to repair potholes and resurface roads, \
the Transport Secretary announced today.
"""


def test_labels_over_their_values_date_the_story_and_stay_out_of_it() -> None:
    """`Published` / `17 March 2023` was text, and the story had no date."""
    (story,) = ingest_string(GOV_UK)
    assert (story.title, story.date) == (
        "New funding to repair potholes across England", date(2023, 3, 17))
    assert not any(p.startswith("From:") for p in story.paragraphs)
    assert story.summary.startswith("Councils across England will share")


CABLES = """THE WAR IN SOUTH AFRICA.

(By Telegraph.)

(From Our Own Correspondent.)

LONDON, Tuesday.

The War Office announces that General Buller has crossed the Tugela River with the main \
body of his force. The enemy offered little resistance.

THE PLAGUE IN SYDNEY.

(By Telegraph.)

SYDNEY, Monday.

Two fresh cases of plague were reported to-day. The patients have been removed to the \
quarantine station.
"""


def test_an_old_papers_cables_are_two_stories_with_credit_and_dateline() -> None:
    """Both cables were one story, their credits and datelines its paragraphs."""
    war, plague = ingest_string(CABLES)
    assert (war.title, war.byline, war.dateline) == (
        "The War in South Africa", "By Telegraph, From Our Own Correspondent", "LONDON")
    assert (plague.title, plague.dateline) == ("The Plague in Sydney", "SYDNEY")
    assert plague.paragraphs == ["Two fresh cases of plague were reported to-day. The patients "
                                 "have been removed to the quarantine station."]
