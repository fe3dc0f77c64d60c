"""A press release copied from a newswire's page reads as one story: the subheadline under the
headline is its deck, `NEWS PROVIDED BY` over the issuer's name is its byline (the label was
taken for a headline and the release split in two), the `Media Contact:` block under the body
and the `SOURCE Acme Ltd` trailer stay out of the text (the contact was tagged as a person)."""

from __future__ import annotations

from datetime import date

from backfile_ingest.entities import tag_story
from ingest_support import ingest_string

RELEASE = """Valport Robotics Announces Record Third-Quarter Results

Revenue up 42% year over year; company raises full-year guidance

NEWS PROVIDED BY
Valport Robotics Inc.
Oct 28, 2021, 08:00 ET

VALPORT, Calif., Oct. 28, 2021 /PRNewswire/ -- Valport Robotics Inc., a maker of warehouse \
robots, today reported record revenue of $212 million for the third quarter of 2021.

"Our customers are automating faster than ever," said Tova Ramek, chief executive officer.

Media Contact:
Dana Kirov
press@valport.example
+1 408-555-0100

SOURCE Valport Robotics Inc.
"""


def test_a_release_page_is_one_story_without_its_contact_block() -> None:
    (release,) = ingest_string(RELEASE)
    assert release.title == "Valport Robotics Announces Record Third-Quarter Results"
    assert (release.date, release.dateline) == (date(2021, 10, 28), "VALPORT")
    assert release.byline == "Valport Robotics Inc."
    assert release.signoff == "SOURCE Valport Robotics Inc."
    assert release.paragraphs == [
        "Revenue up 42% year over year; company raises full-year guidance",
        "Valport Robotics Inc., a maker of warehouse robots, today reported record revenue of "
        "$212 million for the third quarter of 2021.",
        "\"Our customers are automating faster than ever,\" said Tova Ramek, chief executive "
        "officer."]
    assert release.summary.startswith("Valport Robotics Inc., a maker of warehouse robots")
    assert [p.text for p in release.pieces if p.role == "field"] == [
        "Media Contact:", "Dana Kirov", "press@valport.example", "+1 408-555-0100"]
    assert "Dana Kirov" not in tag_story(release).people
