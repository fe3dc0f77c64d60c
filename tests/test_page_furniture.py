"""Text copied from web pages and press releases keeps the story, not the furniture: `Share on
Facebook`, `Read more`, `Last modified on ...`, `FOR IMMEDIATE RELEASE` lines are left out
(and accounted for), and a `/PRNewswire/` dateline is read."""

from __future__ import annotations

from datetime import date

from backfile_ingest.cues import is_chrome, parse_dateline
from ingest_support import ingest_string

WEB = """Whale found stranded on Norfolk beach
Share on Facebook
Share on Twitter
Tue 3 Mar 2020 12.05 GMT
Last modified on Tue 3 Mar 2020 14.20 GMT

A 15-metre fin whale has been found dead on a beach in north Norfolk, the coastguard said.

Marine experts will carry out a postmortem examination on Wednesday.

Read more

Council approves flood defences for Great Yarmouth
Wed 4 Mar 2020 09.00 GMT

Norfolk county council has approved a scheme to protect Great Yarmouth from tidal flooding.
"""

RELEASE = """FOR IMMEDIATE RELEASE

Acme Corp Announces Record Quarterly Results

SPRINGFIELD, Ill., April 2, 2019 /PRNewswire/ -- Acme Corp today reported record revenue of \
$1.2 billion for the first quarter of 2019.

Contact: John Smith, 555-0100

###
"""


def test_web_page_furniture_stays_out_of_the_stories() -> None:
    whale, council = ingest_string(WEB)
    assert (whale.title, whale.date) == ("Whale found stranded on Norfolk beach", date(2020, 3, 3))
    assert whale.paragraphs == [
        "A 15-metre fin whale has been found dead on a beach in north Norfolk, the coastguard "
        "said.",
        "Marine experts will carry out a postmortem examination on Wednesday."]
    assert [p.text for s in (whale, council) for p in s.pieces if p.role == "chrome"] == [
        "Share on Facebook", "Share on Twitter", "Last modified on Tue 3 Mar 2020 14.20 GMT",
        "Read more"]
    assert (council.title, council.date) == (
        "Council approves flood defences for Great Yarmouth", date(2020, 3, 4))


def test_a_press_release_reads_as_a_story() -> None:
    (story,) = ingest_string(RELEASE)
    assert (story.title, story.date, story.dateline) == (
        "Acme Corp Announces Record Quarterly Results", date(2019, 4, 2), "SPRINGFIELD")
    assert story.paragraphs == ["Acme Corp today reported record revenue of $1.2 billion for the "
                                "first quarter of 2019."]
    found = parse_dateline("SPRINGFIELD, Ill., April 2, 2019 /PRNewswire/ -- Acme")
    assert found is not None and found.agency == "PRNewswire"


def test_furniture_is_whole_lines_only() -> None:
    assert is_chrome("Share on WhatsApp") and is_chrome("ADVERTISEMENT")
    assert is_chrome("Read more")
    assert not is_chrome("Read more about the plan in the council's report, officials said.")
    assert not is_chrome("Shares in Acme rose 5 percent")
