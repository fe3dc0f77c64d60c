"""Taking one story's lines apart: headline, byline, date line, kicker, deck, dateline,
photo credits, sign-off and body paragraphs.

Every character of every source line ends up in exactly one `Piece` (in source order), so
nothing is lost and the page can always be traced back to the dump.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from . import cues
from .dates import parse_date_line
from .model import Line, Piece

_SENTENCE_STARTERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "there",
        "here",
        "his",
        "her",
        "their",
        "our",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "although",
        "though",
        "if",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "nearly",
        "almost",
        "about",
        "more",
        "most",
        "many",
        "some",
        "several",
        "few",
        "all",
        "both",
        "each",
        "every",
        "no",
        "none",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "of",
        "to",
        "over",
        "under",
        "amid",
        "despite",
        "during",
        "according",
        "officials",
        "police",
        "authorities",
        "president",
        "minister",
    ]
)


@dataclass
class Anatomy:
    """A story's parts, as text, plus the pieces that account for every source character."""

    headline: str | None = None
    kicker: str | None = None
    deck: str | None = None
    dateline: str | None = None  # the whole dateline, e.g. "TAIPEI, April 24 (Reuters) -"
    dateline_place: str | None = None  # "TAIPEI"
    date_line: str | None = None  # a line holding only the story's date
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    signoff: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)


def split_deck(text: str) -> tuple[str, str] | None:
    """Split a deck that runs into the body with no full stop ("... said When Hong Kong")."""
    words = text.split(" ")
    lowered = {w.lower() for w in words if w[:1].islower()}
    for i in range(3, len(words) - 1):
        word, following = words[i], words[i + 1]
        if not (word[-1:].isalpha() and word[-1:].islower() and following[:1].isupper()):
            continue
        bare = following.lower().strip("\u2019'.,")
        if bare in _SENTENCE_STARTERS or bare in lowered:
            return " ".join(words[: i + 1]), " ".join(words[i + 1 :])
    return None


def _paragraphs(lines: list[tuple[int, str]], blocks: bool) -> list[str]:
    """Body lines to paragraphs: blank-line blocks if the story has them (`blocks`), else a
    line each (re-joining hard-wrapped lines that continue a sentence in lowercase)."""
    paragraphs: list[str] = []
    previous = None
    for number, text in lines:
        joins = (
            bool(paragraphs)
            and previous is not None
            and (
                (blocks and number == previous + 1)
                or (not blocks and text[:1].islower() and not cues.ends_sentence(paragraphs[-1]))
            )
        )
        if joins:
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        previous = number
    return paragraphs


def _is_headline(text: str, following: str, blank_after: bool) -> bool:
    """A headline-like first line, or a short one set off by a blank line above a longer one
    (which may end in punctuation: "'My memories of Marley...'")."""
    if cues.is_headline(text, following):
        return True
    return (
        blank_after and len(text) <= 100 and len(text.split()) <= 16
        and (len(following) > len(text) or not cues.ends_sentence(text))
        and not any(f(text) for f in (cues.dateline, cues.is_byline, cues.is_photo_credit,
                                      cues.is_signoff, parse_date_line))
    )


def dissect(lines: list[Line]) -> Anatomy:
    """Take a segment's lines apart into an `Anatomy`."""
    story = Anatomy()
    pieces: list[Piece] = []
    body: list[tuple[int, str]] = []
    texts = [line.text.strip() for line in lines]
    start = 0
    if len(lines) > 1 and _is_headline(texts[0], texts[1], lines[1].number - lines[0].number > 1):
        story.headline = texts[0]
        pieces.append(Piece(lines[0].number, "headline", texts[0]))
        start = 1
    # Byline and date line sit between the headline and the body.
    while start < len(lines) - 1:
        text = texts[start]
        if story.byline is None and cues.is_byline(text):
            story.byline = text
            pieces.append(Piece(lines[start].number, "byline", text))
        elif story.date_line is None and parse_date_line(text):
            story.date_line = text
            pieces.append(Piece(lines[start].number, "date", text))
        else:
            break
        start += 1
    end = len(lines)
    if end - start > 1 and cues.is_signoff(texts[-1]):
        story.signoff = texts[-1]
        end -= 1
    first_body = True
    for line, text in zip(lines[start:end], texts[start:end], strict=True):
        if cues.is_photo_credit(text):
            story.credits.append(text)
            pieces.append(Piece(line.number, "credit", text))
            continue
        if first_body:
            first_body = False
            text = _opening(story, pieces, line.number, text)
            if not text:
                continue
        body.append((line.number, text))
        pieces.append(Piece(line.number, "body", text))
    if story.signoff:
        pieces.append(Piece(lines[-1].number, "signoff", story.signoff))
    numbers = [line.number for line in lines[start:end]]
    blocks = any(b - a > 1 for a, b in itertools.pairwise(numbers))
    story.paragraphs = ([story.deck] if story.deck else []) + _paragraphs(body, blocks)
    story.pieces = pieces
    return story


def _opening(story: Anatomy, pieces: list[Piece], number: int, text: str) -> str:
    """Peel the kicker, deck and dateline off the first body line; return what is left."""
    kicker = cues.kicker(text)
    if kicker:
        story.kicker = kicker.rstrip(": ").strip()
        pieces.append(Piece(number, "kicker", kicker.strip()))
        text = text[len(kicker) :].strip()
        split = split_deck(text)
        if split:
            story.deck = split[0]
            pieces.append(Piece(number, "deck", split[0]))
            text = split[1]
    dateline = cues.parse_dateline(text)
    if dateline:
        story.dateline = dateline.prefix.strip()
        story.dateline_place = dateline.place
        pieces.append(Piece(number, "dateline", dateline.prefix.strip()))
        text = dateline.rest.strip()
    return text
