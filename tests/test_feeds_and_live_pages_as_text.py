"""A feed pasted as text (its title and address over items set as a title, its link, an RFC
2822 stamp with seconds, the text) and a live page's posts under their time stamps (`14:02
GMT` / the post's headline / its text)."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from backfile_ingest.dates import parse_date_line
from ingest_support import ingest_string

FEED = """Valley News - Latest
https://example.com/feed

Bridge reopens after repairs
https://example.com/bridge
Tue, 14 May 2024 09:00:00 GMT
The Mill Street bridge reopened on Monday after eight months of repairs, the city said.

School board approves budget
https://example.com/budget
Wed, 15 May 2024 18:30:00 +0000
The school board voted 5-2 on Tuesday to approve a $48 million budget for next year.
"""

LIVE = """Storm Ciaran live: Thousands without power as 100mph winds batter Channel Islands

Thu 2 Nov 2023 07.45 GMT

14:02 GMT
Schools closed across Cornwall

Cornwall council says more than 200 schools will stay closed on Thursday as the storm passes.

13:45 GMT
Jersey records gust of 104mph

The Met Office says a gust of 104mph was recorded at Jersey airport.
"""


def test_a_feed_pasted_as_text() -> None:
    """The feed's title was a story, each item's link its summary and its stamp a paragraph."""
    bridge, budget = ingest_string(FEED)
    assert (bridge.title, bridge.date) == ("Bridge reopens after repairs", date(2024, 5, 14))
    assert bridge.url == "https://example.com/bridge"
    assert bridge.paragraphs == [
        "The Mill Street bridge reopened on Monday after eight months of repairs, the city said."]
    assert (budget.title, budget.date) == ("School board approves budget", date(2024, 5, 15))
    assert parse_date_line("Tue, 14 May 2024 09:00:00 GMT").value == date(2024, 5, 14)


def test_a_live_pages_posts_keep_their_times_apart() -> None:
    """Each post's time ran into its headline, and that was the summary."""
    (live,) = ingest_string(LIVE)
    assert live.date == date(2023, 11, 2)
    assert live.paragraphs[:3] == ["14:02 GMT", "Schools closed across Cornwall",
                                   "Cornwall council says more than 200 schools will stay "
                                   "closed on Thursday as the storm passes."]
    assert live.summary.startswith("Cornwall council says")
    assert cues.is_post_time("2.15pm") and not cues.is_post_time("14:02 GMT Schools closed")
