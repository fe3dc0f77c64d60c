"""Entity feeds carry each story's summary and link, not its full text.

Every name in the archive has a feed (`TAG_FEED_ATOM`), thousands of them, each with the latest
`FEED_MAX_ITEMS` stories. With full text, one story's body is repeated in the feed of every name
it mentions: at 10,000 stories that was 71 MB of the 315 MB output, and a reader following
twenty names downloaded megabytes per poll. News sites' topic feeds give the headline, summary
and link; so do ours. The all-stories and section feeds keep the full text.
`ENTITY_FEED_FULL_TEXT = True` restores it for entity feeds too.

Pelican builds each feed's items, then sends `feed_generated` before writing it: the receiver
drops the items' content there, so the summary Pelican already put beside it is what remains.
"""

from __future__ import annotations

import re
from typing import Any


def entity_feed_url(pattern: str) -> re.Pattern[str]:
    """The addresses of the feeds made from `pattern` (e.g. "feeds/entities/{slug}.atom.xml"),
    absolute or site-relative."""
    prefix, _, suffix = pattern.lstrip("/").partition("{slug}")
    return re.compile("(?:^|/)" + re.escape(prefix) + "[^/]+" + re.escape(suffix) + "$")


def summaries_only(context: dict[str, Any], feed: Any) -> None:
    """`feed_generated` receiver: an entity feed's items keep their summary, not content."""
    pattern = context.get("TAG_FEED_ATOM_URL") or context.get("TAG_FEED_ATOM") or ""
    if context.get("ENTITY_FEED_FULL_TEXT") or "{slug}" not in pattern:
        return
    if not entity_feed_url(pattern).search(feed.feed.get("feed_url") or ""):
        return
    for item in feed.items:
        if item.get("description") is None:  # Pelican drops a summary equal to the content
            item["description"] = item.get("content")
        item["content"] = None
