"""Read the ingest's story metadata into plain data the archive computations work on.

Pelican hands us its Article objects with metadata as strings; everything the
plugin computes (calendars, related stories, entity pages) works on StoryFacts
instead, so it can be unit-tested without Pelican and never re-parses a story.
Bad values are logged with the story's file and key and shown as plain text;
nothing is dropped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pelican.readers import ensure_metadata_list

logger = logging.getLogger(__name__)

PRECISIONS = ("day", "month", "year")
ENTITY_KINDS = ("people", "places", "organizations")
_SOURCE = re.compile(r"^(?P<dump>[^#]+)#L(?P<first>\d+)(?:-L(?P<last>\d+))?$")


@dataclass(frozen=True)
class SourceRef:
    """Where a story came from: a dump path (relative to the content folder) and its lines."""

    dump: str
    first_line: int
    last_line: int


@dataclass(frozen=True)
class EventDate:
    """A date mentioned in the text; `day` is None when the value was not an ISO date."""

    text: str
    day: date | None


@dataclass
class StoryFacts:
    """The metadata of one story that the archive pages are computed from."""

    # position in the list the facts were made from; never shown, so not part of a page's
    # fingerprint (backfile_speed.skip): one added story shifts every position after it
    key: int = field(metadata={"fingerprint": False})
    slug: str
    day: date
    precision: str           # day, month or year
    section: str
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    event_dates: list[EventDate] = field(default_factory=list)
    truncated: bool = False
    source: SourceRef | None = None

    @property
    def entities(self) -> list[str]:
        """Every entity name once, people first (the order the story page shows them in)."""
        return list(dict.fromkeys([*self.people, *self.places, *self.organizations]))


def split_list(value: Any) -> list[str]:
    """Split a `; `-separated metadata list the way Pelican splits Tags (and drop empties)."""
    if value is None:
        return []
    return ensure_metadata_list(value if isinstance(value, list) else str(value))


def parse_aliases(value: Any, where: str) -> dict[str, list[str]]:
    """Read `Canonical = alias | alias; Other = alias;` into {canonical: [aliases]}.

    `:` is accepted in place of `=` and `,` in place of `|`; an item without
    either is logged and ignored (it names no alias).
    """
    aliases: dict[str, list[str]] = {}
    for item in split_list(value):
        name, sep, rest = item.partition("=")
        if not sep:
            name, sep, rest = item.partition(":")
        if not sep or not name.strip():
            logger.warning("%s: Aliases: %r is not 'Name = alias | alias'", where, item)
            continue
        forms = [f.strip() for f in re.split(r"[|,]", rest) if f.strip()]
        if forms:
            aliases.setdefault(name.strip(), []).extend(forms)
    return aliases


def parse_source(value: Any, where: str) -> SourceRef | None:
    """Read `dumps/<file>#L<first>-L<last>`; None (logged) if absent or malformed."""
    if not value:
        return None
    match = _SOURCE.match(str(value).strip())
    if not match:
        logger.warning("%s: Source: %r is not 'dumps/<file>#L<first>-L<last>'", where, value)
        return None
    first = int(match["first"])
    return SourceRef(match["dump"], first, int(match["last"] or first))


def parse_event_dates(value: Any, where: str) -> list[EventDate]:
    """Read ISO dates; a value that is not one is kept as text (and logged)."""
    dates: list[EventDate] = []
    for item in split_list(value):
        try:
            dates.append(EventDate(item, date.fromisoformat(item)))
        except ValueError:
            logger.warning("%s: Event-Dates: %r is not an ISO date; shown as text", where, item)
            dates.append(EventDate(item, None))
    return dates


def parse_precision(value: Any, where: str) -> str:
    """day, month or year; anything else is logged and read as day."""
    text = str(value or "day").strip().lower()
    if text not in PRECISIONS:
        logger.warning("%s: Date-Precision: %r is not day, month or year", where, value)
        return "day"
    return text


def parse_truthy(value: Any) -> bool:
    """Truncated: true|false (also yes/1), tolerant of case."""
    return str(value or "").strip().lower() in {"true", "yes", "1"}


def facts_from_metadata(key: int, metadata: dict[str, Any], where: str) -> StoryFacts:
    """Build StoryFacts from one article's (lowercased) Pelican metadata."""
    when = metadata["date"]
    category = metadata.get("category")
    return StoryFacts(
        key=key,
        slug=str(metadata.get("slug", "")),
        day=date(when.year, when.month, when.day),
        precision=parse_precision(metadata.get("date-precision"), where),
        section=str(category) if category else "",
        people=split_list(metadata.get("people")),
        places=split_list(metadata.get("places")),
        organizations=split_list(metadata.get("organizations")),
        aliases=parse_aliases(metadata.get("aliases"), where),
        event_dates=parse_event_dates(metadata.get("event-dates"), where),
        truncated=parse_truthy(metadata.get("truncated")),
        source=parse_source(metadata.get("source"), where),
    )
