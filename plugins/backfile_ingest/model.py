"""Plain data passed between the ingest stages: read -> segment -> parse -> write."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Line:
    """One non-blank source line and its 1-based number in the dump."""

    number: int
    text: str
    # a blank line above it in the text as read (a saved web page's blocks may share one
    # source line, so the numbers alone cannot tell)
    spaced: bool = False


@dataclass(frozen=True)
class Piece:
    """A stretch of one source line and the part of the story it is (headline, body, ...)."""

    line: int
    role: str  # headline, byline, date, kicker, deck, dateline, credit, body, signoff, field
    text: str


@dataclass
class Segment:
    """The lines of one story as cut from a dump, before anything is parsed out of them."""

    lines: list[Line]
    had_separator: bool = False  # cut at a blank line, rule or form feed rather than guessed

    @property
    def first_line(self) -> int:  # lines are in order, except fields read from markup
        return min(line.number for line in self.lines)

    @property
    def last_line(self) -> int:
        return max(line.number for line in self.lines)


@dataclass
class Entities:
    """What the tagger returns for one story: canonical names by type."""

    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical name -> other forms

    @property
    def tags(self) -> list[str]:
        return [*self.people, *self.places, *self.organizations]


@dataclass
class Story:
    """One story, parsed: what the Markdown page's metadata and body are made from."""

    dump: str                    # dump path relative to the content folder, e.g. dumps/x.txt
    first_line: int
    last_line: int
    source_hash: str             # sha256 of the story's source lines, joined by "\n"
    paragraphs: list[str]        # body paragraphs, headline/kicker/dateline/credits removed
    title: str
    title_from_source: bool      # True when the dump had a headline line
    kicker: str | None = None
    section: str | None = None
    dateline: str | None = None  # place part, e.g. "TAIPEI"
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    signoff: str | None = None
    date: date | None = None
    date_precision: str = "day"  # "day", "month" or "year"
    date_source: str = "default"  # field, dateline, trailer, sidecar-story, ...
    event_dates: list[date] = field(default_factory=list)
    truncated: bool = False
    summary: str = ""
    url: str | None = None       # original URL, from JSON Lines exports
    entities: Entities = field(default_factory=Entities)
    slug: str = ""
    pieces: list[Piece] = field(default_factory=list)  # every source character, by role
    tags: list[str] = field(default_factory=list)  # tags given by the source (JSON Lines)
