"""What agencies and press offices put around a story: Kyodo's comma before its name in the
dateline and its `==Kyodo` end mark, a release's `###` with its media contact under it."""

from __future__ import annotations

from backfile_ingest import cues
from ingest_support import ingest_string

KYODO = """TOKYO, Nov. 29, Kyodo - Japan's industrial output rose 1.2 percent in October from \
the previous month, the first increase in three months, government data showed Friday.

The rise was led by cars and electronic parts, the Ministry of Economy, Trade and Industry said.

==Kyodo

NAIROBI, Kenya, Nov 29 (Xinhua) -- Kenya's central bank on Friday cut its benchmark lending \
rate by 75 basis points to 11.25 percent, citing easing inflation.

Governor Kamau Thugge said the cut would support lending to small businesses. Enditem
"""


def test_kyodos_dateline_and_end_mark() -> None:
    """`TOKYO, Nov. 29, Kyodo - ` was the headline, and `==Kyodo` the next story's text."""
    kyodo, xinhua = ingest_string(KYODO)
    assert (kyodo.dateline, kyodo.signoff) == ("TOKYO", "==Kyodo")
    assert kyodo.paragraphs[0].startswith("Japan's industrial output rose")
    assert len(kyodo.paragraphs) == 2
    assert (xinhua.dateline, xinhua.signoff) == ("NAIROBI", "Enditem")


RELEASE = """FOR IMMEDIATE RELEASE

Acme Water District Announces Rate Freeze for 2024

FRESNO, Calif., Jan. 8, 2024 -- The Acme Water District board of directors voted \
unanimously Monday to freeze residential water rates for 2024, citing strong reserves.

The district serves about 120,000 customers in Fresno County.

###

Media contact: Jordan Blake, 559-555-0100, jblake@acmewater.example
"""


def test_a_media_contact_under_the_end_mark_stays_with_the_release() -> None:
    """The contact line under `###` was a story of its own, titled by the contact."""
    (release,) = ingest_string(RELEASE)
    assert release.title == "Acme Water District Announces Rate Freeze for 2024"
    assert release.paragraphs[-1] == (
        "The district serves about 120,000 customers in Fresno County.")


PR_NEWSWIRE = """Acme Robotics Raises $40 Million to Expand Warehouse Automation

SAN FRANCISCO, March 14, 2023 /PRNewswire/ -- Acme Robotics, a maker of autonomous \
warehouse robots, today announced it has raised $40 million in Series B funding.

The company will use the funds to double its engineering team.

Media Contact:
Dana Wells
press@acmerobotics.example

SOURCE Acme Robotics
"""


def test_a_contact_blocks_address_is_not_part_of_the_sign_off() -> None:
    """The address was taken into the sign-off with `SOURCE ...` under it."""
    (release,) = ingest_string(PR_NEWSWIRE)
    assert release.signoff == "SOURCE Acme Robotics"
    assert release.paragraphs[-1] == (
        "The company will use the funds to double its engineering team.")


BIO = """Text messages aid disaster recovery

A network of volunteers is using text messages to help survivors find relatives after \
the tsunami, the project's founder Taran Rampersad said on Monday.

Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston \
co-production.
"""


def test_a_writers_one_line_biography_signs_the_story_off() -> None:
    """The bio was the story's last paragraph, and the writer one of its people."""
    (story,) = ingest_string(BIO)
    assert story.signoff is not None and story.signoff.startswith("Clark Boyd is technology")
    assert story.paragraphs[-1].endswith("said on Monday.")
    assert not cues.is_signoff("John Smith is a reporter who was injured in the blast.")


BLOOMBERG = """Oil Rises as OPEC+ Signals Deeper Output Cuts

By Jane Doe

(Bloomberg) -- Oil rose for a third day after OPEC+ signaled it may deepen production cuts \
at its meeting next week, tightening a market already short of supply.

To contact the reporter on this story:
Jane Doe in London at jdoe@bloomberg.net

To contact the editors responsible for this story:
John Roe at jroe@bloomberg.net

Yen Weakens Past 150 as BOJ Holds Rates

By Kenji Sato

(Bloomberg) -- The yen weakened past 150 per dollar for the first time in a year after the \
Bank of Japan kept its ultra-low interest rates unchanged.
"""


def test_bloombergs_contact_trailer_ends_its_story() -> None:
    """The trailer was text, and the next story ran on inside the first."""
    oil, yen = ingest_string(BLOOMBERG)
    assert oil.signoff is not None and oil.signoff.startswith("To contact the reporter")
    assert len(oil.paragraphs) == 1
    assert (yen.title, yen.byline) == ("Yen Weakens Past 150 as BOJ Holds Rates", "By Kenji Sato")


def test_end_marks_and_a_takes_more_line() -> None:
    """`-- 30 --` and `END OF STORY` end a story; a wire take's `(MORE)` is furniture (the
    story carries on below it), never its end."""
    for line in ("-- 30 --", "\u2014 30 \u2014", "END OF STORY"):
        assert cues.is_signoff(line), line
    assert cues.is_chrome("(MORE)") and not cues.is_signoff("(MORE)")
    assert not cues.is_signoff("30")


AP_SPORTS = """Celtics beat Heat 112-104

BOSTON (AP) \u2014 Jayson Tatum scored 31 points and the Boston Celtics beat the Miami Heat \
112-104 on Monday night.

UP NEXT

Celtics: At Philadelphia on Thursday.

___

AP NBA: https://apnews.com/hub/nba

Bruins top Rangers in shootout

NEW YORK (AP) \u2014 David Pastrnak scored the only goal of the shootout and the Boston Bruins \
beat the New York Rangers 3-2 on Monday night.
"""


def test_aps_hub_link_under_the_rule_heads_no_story() -> None:
    """`AP NBA: https://...` under the story's `___` was the next story's headline."""
    celtics, bruins = ingest_string(AP_SPORTS)
    assert bruins.title == "Bruins top Rangers in shootout"
    assert celtics.paragraphs[-1] == "Celtics: At Philadelphia on Thursday."
