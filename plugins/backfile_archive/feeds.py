"""Entity feeds carry each story's summary and link, not its full text.

Every name in the archive has a feed (`TAG_FEED_ATOM`), thousands of them, each with the latest
`FEED_MAX_ITEMS` stories. With full text, one story's body is repeated in the feed of every name
it mentions: at 10,000 stories that was 71 MB of the 315 MB output, and a reader following
twenty names downloaded megabytes per poll. News sites' topic feeds give the headline, summary
and link; so do ours. The all-stories and section feeds keep the full text.
`ENTITY_FEED_FULL_TEXT = True` restores it for entity feeds too.

Pelican builds each feed's items, then sends `feed_generated` before writing it: the receiver
drops the items' content there, so the summary Pelican already put beside it is what remains.

Headlines, section names and the site's name are text here (templates autoescape them), but
Pelican's feed writer takes titles for HTML and strips their tags: "<b>Vote</b> count" on the
page was "Vote count" in every feed. `install()` makes feeds and their entries carry the
titles as written; feedgenerator escapes them.
"""

from __future__ import annotations

import re
from typing import Any

from pelican.writers import Writer

MAX_ENTRIES = 20_000  # entries kept per writer (see _add_item_with_text_title)

_pelican_add_item = Writer._add_item_to_the_feed
_pelican_new_feed = Writer._create_new_feed


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


def _add_item_with_text_title(self: Writer, feed: Any, item: Any) -> None:
    """Pelican's `_add_item_to_the_feed`, then the entry's title set back to the headline.

    A story is an entry in the all-stories feed, its section's and each of its names': the
    entry is made once per writer (one a build), feed type and site URL, and copied after
    (`summaries_only` changes a feed's own copy)."""
    made = self.__dict__.setdefault("_backfile_entries", {})
    key = (id(item), type(feed), self.site_url)
    hit = made.get(key)
    if hit is not None and hit[0] is item:
        feed.items.append({**hit[1], "categories": hit[1]["categories"][:]})
        return
    _pelican_add_item(self, feed, item)
    entry = feed.items[-1]
    entry["title"] = str(item.title)
    if len(made) >= MAX_ENTRIES:  # (about 1 KB each: bounded, for the largest archives)
        made.clear()
    made[key] = (item, {**entry, "categories": entry["categories"][:]})


def _new_feed_with_text_title(self: Writer, feed_type: str, feed_title: str | None,
                              context: dict[str, Any]) -> Any:
    """Pelican's `_create_new_feed`, then the feed's title set back to the text it joined."""
    feed = _pelican_new_feed(self, feed_type, feed_title, context)
    site = str(context["SITENAME"])
    feed.feed["title"] = f"{site} - {feed_title}" if feed_title else site
    return feed


def install() -> None:
    """Every writer (ours derive from Pelican's) makes feeds and entries with text titles."""
    Writer._add_item_to_the_feed = _add_item_with_text_title  # type: ignore[method-assign]
    Writer._create_new_feed = _new_feed_with_text_title  # type: ignore[method-assign]
