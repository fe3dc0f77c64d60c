"""Each feed entry's XML written once per build, then copied into every feed that has it.

A story is an entry in the all-stories feed, its section's and the feed of every name it
mentions (thousands of entity feeds, each with its latest `FEED_MAX_ITEMS` stories): the same
entry, serialised by feedgenerator element by element, a dozen times. `install()` makes Atom
feeds look each entry up by its values (title, link, dates, summary, content, categories...)
and serialise it only the first time. An entry's XML depends on nothing else (feedgenerator's
`add_item_elements` reads only the entry; the feed's class is in the key), so the bytes are
the same; an entry holding a value that cannot be a key, or no date (feedgenerator then
stamps the current time), is written anew each time.
"""

from __future__ import annotations

import copy
import io
from typing import Any

from feedgenerator import Atom1Feed
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator

MAX_ENTRIES = 20_000  # about one per story of a 10,000-story archive (summary-only: ~0.5 KB)

_entries: dict[tuple[Any, ...], str] = {}
_pelican_write_items = Atom1Feed.write_items


def _key(feed: Atom1Feed, item: dict[str, Any]) -> tuple[Any, ...] | None:
    if item.get("pubdate") is None and item.get("updateddate") is None:
        return None
    key = (type(feed), *((name, tuple(value) if isinstance(value, list) else value)
                         for name, value in item.items()))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _entry_xml(feed: Atom1Feed, item: dict[str, Any]) -> str:
    """One `<entry>`, written by feedgenerator's own write_items for a feed of that entry."""
    buffer = io.StringIO()
    alone = copy.copy(feed)
    alone.items = [item]
    _pelican_write_items(alone, SimplerXMLGenerator(buffer, "utf-8", short_empty_elements=True))
    return buffer.getvalue()


def write_items(self: Atom1Feed, handler: SimplerXMLGenerator) -> None:
    """Atom1Feed.write_items, each entry's XML looked up before it is made."""
    for item in self.items:
        key = _key(self, item)
        xml = _entries.get(key) if key is not None else None
        if xml is None:
            xml = _entry_xml(self, item)
            if key is not None:
                if len(_entries) >= MAX_ENTRIES:
                    _entries.clear()
                _entries[key] = xml
        handler.ignorableWhitespace(xml)  # written as it is: it is XML already


def install() -> None:
    """Every Atom feed (Pelican's writer makes feedgenerator's) looks its entries up."""
    Atom1Feed.write_items = write_items  # type: ignore[method-assign]
