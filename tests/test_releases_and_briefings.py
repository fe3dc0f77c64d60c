"""A press conference's transcript whose reporter asks questions in short lines (`REPORTER:
Will taxes go up?` looked like a headline, and `Reporter:` like a byline field), and a press
release with its contact block over the headline and its `About ...` boilerplate under the
text."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from ingest_support import ingest_string

BRIEFING = """Transcript: Finance minister's news conference on the budget

March 6, 2024

MINISTER: Good morning everyone. Today we are setting out a budget that puts families first.

REPORTER: Minister, will taxes go up for middle-income earners?

MINISTER: No. The threshold for the higher rate stays where it is.

REPORTER: How will you pay for the new hospitals?

MINISTER: Through savings in central government and a levy on energy companies' profits.
"""

RELEASE = """FOR IMMEDIATE RELEASE

Contact: Jane Rivera
Communications Director
(555) 010-2233
jrivera@riverdalecity.gov

City of Riverdale Announces Expanded Summer Youth Jobs Program

RIVERDALE, Ohio (May 2, 2024) \u2013 The City of Riverdale today announced that its Summer \
Youth Employment Program will offer 400 paid positions this year.

"Every young person who wants a summer job should be able to get one," said Mayor Thomas Greene.

About the City of Riverdale
The City of Riverdale serves about 58,000 residents in southwest Ohio.

###
"""


def test_a_transcripts_questions_are_turns_not_stories() -> None:
    """It was two stories, the second headed `MINISTER: No` and signed by a question."""
    (briefing,) = ingest_string(BRIEFING)
    assert briefing.title == "Transcript: Finance minister's news conference on the budget"
    assert briefing.date == date(2024, 3, 6)
    assert briefing.byline is None and briefing.kicker is None
    assert [p.split(":")[0] for p in briefing.paragraphs] == [
        "MINISTER", "REPORTER", "MINISTER", "REPORTER", "MINISTER"]


def test_a_release_keeps_its_contact_block_and_boilerplate_out_of_the_way() -> None:
    """The contact's title was the headline and the phone number the summary; the boilerplate
    was a story of its own."""
    (release,) = ingest_string(RELEASE)
    assert release.title == "City of Riverdale Announces Expanded Summer Youth Jobs Program"
    assert release.date == date(2024, 5, 2)
    assert release.summary.startswith("The City of Riverdale today announced")
    assert not any("555" in p or "Communications Director" in p for p in release.paragraphs)
    assert release.paragraphs[-2:] == [
        "About the City of Riverdale",
        "The City of Riverdale serves about 58,000 residents in southwest Ohio."]
    assert cues.is_about_heading("About Acme Robotics Inc.")
    assert not cues.is_about_heading("About 200 people were evacuated.")
