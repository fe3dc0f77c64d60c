"""Taking one story's lines apart: headline, byline, date line, kicker, deck, dateline,
photo credits, sign-off and body paragraphs.

Every character of every source line ends up in exactly one `Piece` (in source order), so
nothing is lost and the page can always be traced back to the dump.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from . import cues
from .dates import is_stamp, parse_date_line
from .entities import known_place
from .fields import Field, body_label, field_date, label_over_value, parse_field
from .hyphens import join_broken_word, story_words
from .model import Line, Piece
from .partial_date import PartialDate

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


HIGHLIGHT = "@highlight"
MARK_CHARS = 40  # a mark in a body (`TD`, `BODY:`) is a short line
WRAPPED_MIN_LINES = 4  # lines of text before its width says where it wraps
DECK_WORDS = 10  # a capitals deck under a capitals headline: a line, not a caps paragraph
# A clipping's citation over it: the paper, its town and the page (`The St. Louis Republic, St.
# Louis, Missouri, p. 1`, `The World from New York, New York \u00b7 Page 9`).
_CITED_WORD = r"(?:[A-Z][\w.'&\-]*|of|the|and|from|on|upon)"
_PAGE_CITATION = re.compile(rf"^{_CITED_WORD}(?:,?\s+{_CITED_WORD}){{1,12}}(?:,|\s\u00b7)\s*"
                            r"(?:p|pp|pg|Page)\.?\s*[A-Z]?\d{1,3}$")
# A web page's update note opening the lede: `(Updated 4:01 p.m., Sept. 29) `, `UPDATE 2-`.
_LEDE_STAMP = re.compile(r"^\((?:updated?|corrected)\b[^()]{0,60}\)\s*", re.IGNORECASE)
# Where in the paper, not which section: `Section A`, `Column 0`, `Pg. 1`, `A1`.
_PAGE_PART = re.compile(r"^(?:Section\s+[A-Z0-9]{1,2}|Column\s+\d+|(?:Pg|Page|P)\.?\s*\d+|"
                        r"[A-Z]\d{1,3})$", re.IGNORECASE)
_POSTED = re.compile(r"^(?:Posted|Published|Updated)\b", re.IGNORECASE)
_EDITION = re.compile(r"\bedition\b", re.IGNORECASE)


@dataclass
class Anatomy:
    """A story's parts, as text, plus the pieces that account for every source character."""

    headline: str | None = None
    kicker: str | None = None
    deck: str | None = None
    more_decks: list[str] = field(default_factory=list)  # an old paper's stacked head's others
    dateline: str | None = None  # the whole dateline, e.g. "TAIPEI, April 24 (Reuters) -"
    dateline_place: str | None = None  # "TAIPEI"
    date_line: str | None = None  # a line holding only the story's date
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    signoff: str | None = None
    highlights: list[str] = field(default_factory=list)  # `@highlight` summary points
    notes: list[str] = field(default_factory=list)  # `Editor's note: ...` over the text
    masthead: str | None = None  # the publication's name over the date
    labelled_date: PartialDate | None = None  # from a `Date:` field
    url: str | None = None  # from a `URL:` field
    tags: list[str] = field(default_factory=list)  # from a `Tags:` field
    stamps: list[str] = field(default_factory=list)  # `Updated: ...` time stamps, for a date
    captions: int = 0  # photo captions opening the body (over a dateline): not the lede
    paragraphs: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)


def _extend_deck(story: Anatomy, text: str) -> None:
    if story.more_decks:
        story.more_decks[-1] = f"{story.more_decks[-1]} {text}"
    else:
        story.deck = f"{story.deck} {text}"


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


@dataclass(frozen=True)
class _BodyLine:
    number: int
    text: str       # stripped, with any kicker/dateline already taken off
    indented: bool  # the raw line starts with whitespace (a wire paragraph indent)
    width: int      # the raw line's length, for spotting a paragraph's short last line
    blank_before: bool  # a blank line separates it from the story's previous line


WRAP_SHARE = 0.6  # of the story's wide lines' width (its 90th percentile): narrower lines
# that stop mid-sentence are lines of their own, not wraps


def is_wrapped(lines: list[_BodyLine]) -> bool:
    """Hard-wrapped prose: most lines that run straight into the next stop mid-sentence.
    A line much narrower than the story's wide lines that stops mid-sentence is no wrap but a
    line of its own (a caption, a related link, a video's title on a copied page whose
    paragraphs are a line each), so it says nothing either way."""
    widths = sorted(line.width for line in lines)
    wide = widths[(9 * len(widths)) // 10] if widths else 0
    runs = [(a.width >= WRAP_SHARE * wide, cues.ends_sentence(a.text))
            for a, b in itertools.pairwise(lines) if not b.blank_before]
    runs = [ends for wide_enough, ends in runs if ends or wide_enough]
    if len(runs) < 2:
        return False
    return runs.count(False) >= 0.5 * len(runs)


def _paragraphs(lines: list[_BodyLine]) -> list[str]:
    """Body lines to paragraphs. Blank lines end a paragraph (unless the line after goes on in
    lower case from a line that ends no sentence, as double-spaced copy does). Hard-wrapped prose is
    rejoined, a new paragraph starting at an indented line or after a short line that ends a
    sentence; otherwise a paragraph is a line (or a block of lines, where the story separates
    paragraphs by blank lines), a line that continues a sentence in lowercase rejoined."""
    wrapped = is_wrapped(lines)
    blocks = any(line.blank_before for line in lines[1:])
    widths = sorted(line.width for line in lines)
    short = 0.75 * widths[len(widths) // 2] if widths else 0
    paragraphs: list[str] = []
    previous: _BodyLine | None = None
    words: frozenset[str] | None = None  # the story's words, once a word is split
    rows = cues.table_rows([line.text for line in lines])
    for k, line in enumerate(lines):
        if previous is None:
            joins = False
        elif not line.blank_before and (cues.is_list_item(line.text) or any(rows[k - 1:k + 2])):
            joins = False  # a list's items and a table's rows (and its header: `Pos Team P
            # W D L Pts`) stay apart however the story's lines run
            # (`Key points:` / `- Floodwaters peaked ...` / `- More than 2,000 homes ...`)
        elif cues.is_post_time(previous.text):
            joins = False  # a live page's `14:02 GMT` over its post's headline or text
        elif line.blank_before:  # double-spaced copy: `A debate was heating up` / (blank) /
            # `across the nation after ...`: a line that goes on in lower case continues
            joins = line.text[:1].islower() and not cues.ends_sentence(previous.text)
        elif wrapped:
            joins = not line.indented and not (
                cues.ends_sentence(previous.text) and previous.width < short)
        elif blocks:  # (a crosshead over its text, `About Acme Inc.`, is a line of its own)
            joins = not cues.is_about_heading(previous.text)
        else:
            joins = line.text[:1].islower() and not cues.ends_sentence(previous.text)
        name_part = _broken_name(paragraphs[-1], line.text) if previous is not None else None
        if name_part is not None:  # `Patrick Mc-` / `Knight, the chairman`: one name
            paragraphs[-1] = _join_name(paragraphs[-1], line.text, name_part, lines)
        elif joins and _broken_word(paragraphs[-1], line.text):
            if words is None:
                words = story_words(body.text for body in lines)
            paragraphs[-1] = join_broken_word(paragraphs[-1], line.text, words)  # `gov-` /
            # `ernment`: one word split at the margin
        elif joins:
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _broken_word(before: str, after: str) -> bool:
    """A hard-wrapped line ends in a hyphen inside a word (`dwell-`) and the next goes on
    in lower case: one word again, without a space (`hyphens.join_broken_word`)."""
    return len(before) > 1 and before[-1] == "-" and before[-2].isalpha() and after[:1].islower()


_NAME_BREAK = re.compile(r"(?:^|[\s(\u201c\"'])([A-Z][A-Za-z'\u2019]*)-$")
_NAME_START = re.compile(r"[A-Z][A-Za-z'\u2019]*")
# Gaelic "son of" prefixes, which names write closed up ("McKnight", "MacDonald"), never with
# a hyphen of their own.
_CLOSED_PREFIXES = frozenset(["Mc", "Mac"])


def _broken_name(before: str, after: str) -> str | None:
    """`Mc-` / `Knight`, `Jean-` / `Paul`: a line ends in a capitalised word and a hyphen and
    the next goes on with a capital (a paragraph never ends in a hyphen): the first part."""
    found = _NAME_BREAK.search(before)
    return found.group(1) if found and _NAME_START.match(after) else None


def _join_name(before: str, after: str, part: str, lines: list[_BodyLine]) -> str:
    """One word again: the hyphen goes when it was the margin's, that is when the story writes
    the name closed up elsewhere ("McKnight") or the first part is a prefix names write
    closed ("Mc"); otherwise it is the name's ("Jean-Paul", "Lewis-Francis", "Anglo-French")."""
    rest = _NAME_START.match(after)
    closed = part + (rest.group(0) if rest else "")
    elsewhere = re.compile(rf"(?<![\w-]){re.escape(closed)}(?![\w-])")
    if part in _CLOSED_PREFIXES or any(elsewhere.search(line.text) for line in lines):
        return before[:-1] + after
    return before + after


def _is_category(text: str) -> bool:
    """A category heading, as a listing page sets over its stories: one capitalised word."""
    return text.isalpha() and text[:1].isupper() and len(text) > 2


# What a listing calls itself: `Top Stories`, `Latest news`, `Morning Briefing`, `News Digest`.
_LISTING = re.compile(r"\b(?:top stories|headlines|latest|news|digest|briefing|edition|roundup|"
                      r"round-up|in brief|what you need to know)\b", re.IGNORECASE)


ABOUT_WRITER_WORDS = 60  # a writer's note under the text is a sentence or two


def _about_the_writer(byline: str, text: str) -> bool:
    """Whether a last paragraph is a note on the story's writer: it opens with the byline's
    name and says who they are (`Maria Santos is a professor ...`, `Tom Becker covers ...`)."""
    name = cues.byline(byline) or byline
    return (len(name.split()) >= 2 and text.startswith(f"{name} ")
            and len(text.split()) <= ABOUT_WRITER_WORDS
            and text[len(name) + 1:].split(" ", 1)[0] in ("is", "was", "teaches", "writes",
                                                          "covers", "has", "reports"))


def _set_off(lines: list[Line], k: int) -> bool:
    """Whether line `k` stands alone as a headline does: not indented as a paragraph's first
    line, a blank line under it (else it is the first line of a hard-wrapped paragraph)."""
    return (not lines[k].text[:1].isspace() and k + 1 < len(lines)
            and (lines[k + 1].number - lines[k].number > 1 or lines[k + 1].spaced))


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
    body: list[_BodyLine] = []
    placed = cues.furniture_in_context([cues.unmark(line.text.strip()) for line in lines])
    chrome = [Piece(line.number, "chrome", line.text.strip()) for k, line in enumerate(lines)
              if k in placed or cues.is_chrome(line.text)]
    # Each line's predecessor in the segment, furniture included (a line taken out for being
    # furniture leaves no blank line: single-spaced paragraphs around `Related article` stay
    # a paragraph a line), to tell blank lines from lines taken out (credits).
    numbers = {b.number: a.number for a, b in itertools.pairwise(lines)}
    site = _site_name(lines, placed)
    if site is not None:  # a blog's or site's name over its header links (`The Long Game` /
        story.masthead = site.text.strip()  # `Subscribe` / `Sign in`), then the headline
        pieces.append(Piece(site.number, "source", story.masthead))
        lines = lines[1:]
        chrome = [piece for piece in chrome if piece.line != site.number]
        placed = {k - 1 for k in placed if k}
    if chrome and len(chrome) < len(lines):  # `Share on Facebook`, `Read more`: not story
        lines = [line for k, line in enumerate(lines)
                 if k not in placed and not cues.is_chrome(line.text)]
        story.stamps = [piece.text for piece in chrome if is_stamp(piece.text)]
    else:
        chrome = []
    raw = [line.text.strip() for line in lines]  # what pieces keep, every character
    texts = [cues.unmark(text) for text in raw]  # what the cues read
    start = 0
    while start < len(lines) - 1:  # a labelled block, or a wire slug line, above it all
        if found := parse_field(texts[start]):
            _take_field(story, pieces, lines[start].number, raw[start], found)
        elif cues.is_wire_slug(texts[start]):
            pieces.append(Piece(lines[start].number, "slug", raw[start]))
        elif cues.is_editors_note(texts[start]) and len(lines) - start > 2:
            story.notes.append(raw[start])  # AP's `EDITOR'S NOTE \u2014 ...` over the headline
            pieces.append(Piece(lines[start].number, "note", raw[start]))
        else:
            break
        start += 1
    start = _contact_over(pieces, lines, raw, texts, start)
    start = _copyright_notice(pieces, lines, raw, start)
    start = _masthead(story, pieces, lines, raw, start)
    cited = cues.dated_citation(texts[start]) if len(lines) - start > 2 else None
    if story.masthead is None and cited:
        story.masthead, story.date_line = cited
        pieces.append(Piece(lines[start].number, "source", raw[start]))  # dated, as Trove
        start += 1  # cites an article
    if story.masthead is None and len(lines) - start > 2 and _PAGE_CITATION.match(texts[start]):
        story.masthead = texts[start]  # `The St. Louis Republic, St. Louis, Missouri, p. 1`
        pieces.append(Piece(lines[start].number, "source", raw[start]))
        start += 1
    if (story.masthead is None and len(lines) - start > 3
            and cues.is_stamped_headline(*texts[start + 1:start + 4])
            and cues.headline_style(texts[start]) and not parse_field(texts[start])):
        story.masthead = texts[start]  # a listing page's own heading (`Latest Berlin News`)
        pieces.append(Piece(lines[start].number, "source", raw[start]))  # over its first story
        start += 1
    elif (story.masthead is None and len(lines) - start > 2 and _LISTING.search(texts[start])
          and cues.headline_style(texts[start]) and cues.headline_style(texts[start + 1])
          and lines[start + 1].number - lines[start].number > 1  # a blank under the heading,
          and lines[start + 2].number == lines[start + 1].number + 1  # none under the headline
          and cues.ends_sentence(texts[start + 2])
          and len(texts[start + 2]) > len(texts[start + 1])):
        story.masthead = texts[start]  # a feed's or digest's heading (`Top Stories - Evening
        pieces.append(Piece(lines[start].number, "source", raw[start]))  # Edition`) over its
        start += 1  # first item, set as every item is: a headline right over its text
    if (story.masthead is None and len(lines) - start > 4 and cues.is_url_line(texts[start + 1])
            and cues.is_url_line(texts[start + 3]) and cues.headline_style(texts[start])):
        story.masthead = texts[start]  # a feed pasted as text: its title and address over its
        pieces.append(Piece(lines[start].number, "source", raw[start]))  # first item's
        pieces.append(Piece(lines[start + 1].number, "field", raw[start + 1]))
        start += 2
    if (story.date_line is None and len(lines) - start > 2 and parse_date_line(texts[start])
            and cues.headline_style(texts[start + 1])):
        story.date_line = texts[start]  # a blog's `Tuesday, December 30, 2008` over the headline
        pieces.append(Piece(lines[start].number, "date", raw[start]))
        start += 1
    text_below = start + 2  # the text under the headline, past its byline lines
    while text_below < len(lines) - 1 and (cues.is_byline(texts[text_below])
                                           or cues.is_byline_title(texts[text_below])):
        text_below += 1
    while text_below < len(lines) - 1 and cues.is_life_span(texts[text_below]):
        text_below += 1  # an obituary's `1931 - 2023` under the name
    if (story.kicker is None and len(lines) - start > 4 and texts[start].isupper()
            and len(texts[start].split()) <= SECTION_WORDS and cues.headline_style(
                texts[start + 1]) not in (None, "caps")
            and (cues.print_byline(texts[start + 2], texts[start + 3]) or (
                cues.print_byline(texts[start + 2], texts[start + 4])
                and cues.place_alone(texts[start + 3])))):
        story.kicker = texts[start]  # a printed page's section (`TAMIL NADU`) over a headline
        pieces.append(Piece(lines[start].number, "kicker", raw[start]))  # and its byline
        start += 1
    elif (story.kicker is None and len(lines) - start > 2
            and (_is_category(texts[start]) or (
                cues.is_section_label(texts[start]) and _set_off(lines, start + 1)
                and not lines[start + 1].text.isupper()
                and not cues.dateline(texts[start + 1])))  # (a capitals headline's lede)
            and cues.headline_style(texts[start + 1])
            and len(texts[text_below]) > len(texts[start + 1])):
        story.kicker = texts[start]  # a page's category (`Italy`, `LETTERS TO THE EDITOR`)
        pieces.append(Piece(lines[start].number, "kicker", raw[start]))
        start += 1
    below = start + 1  # the line a headline is measured against: past a byline or date
    while below < len(lines) - 1 and (cues.is_byline(texts[below])
                                      or cues.is_provider_label(texts[below])
                                      or cues.is_provider_label(texts[below - 1])
                                      or cues.is_byline_title(texts[below])
                                      or cues.is_name_line(texts[below], texts[below + 1])
                                      or cues.print_byline(texts[below], texts[below + 1])
                                      or (below + 2 < len(lines)
                                          and cues.print_byline(texts[below], texts[below + 2])
                                          and cues.place_alone(texts[below + 1]))
                                      or (below > start + 1 and cues.place_alone(texts[below]))
                                      or cues.signature(texts[below], texts[below + 1])
                                      or parse_date_line(texts[below])
                                      or cues.credit_date_line(texts[below])):
        below += 1
    if story.headline is None and len(lines) - start > 1 and not parse_field(
            texts[start]) and not _wrapped_opening(lines, raw, start) and (_is_headline(
                texts[start], texts[below], lines[start + 1].number - lines[start].number > 1)
            or (len(lines) - start > 2 and cues.is_stamped_headline(*texts[start:start + 3]))):
        headline = texts[start]
        label = cues.kicker(headline)
        if label and headline[len(label):].strip():  # "SECURITY: Taiwan tightens rules"
            story.kicker = label.rstrip(": ").strip()  # the section; the headline stays whole
        story.headline = headline
        pieces.append(Piece(lines[start].number, "headline", raw[start]))
        start += 1
        start = _masthead_below(story, pieces, lines, raw, texts, start)
    # Byline, date line and labelled fields sit between the headline and the body.
    while start < len(lines) - 1:
        text = texts[start]
        if story.byline is None and cues.is_byline(text):
            story.byline, dated = _byline_and_date(cues.unbracket(text))  # (`(By Cable.)`)
            if dated and story.date_line is None:
                story.date_line = dated  # `By Jane Doe | 12 May 2022`
            pieces.append(Piece(lines[start].number, "byline", raw[start]))
        elif story.byline is None and cues.is_provider_label(text) and start + 2 < len(lines):
            story.byline = texts[start + 1]  # `NEWS PROVIDED BY` / `Acme Robotics Inc.`
            pieces.append(Piece(lines[start].number, "byline", raw[start]))
            pieces.append(Piece(lines[start + 1].number, "byline", raw[start + 1]))
            start += 1
        elif (pieces and pieces[-1].role == "byline" and cues.is_byline_title(text)
              and not cues.is_photo_credit(text)):  # (`Getty Images` under it is a credit)
            story.byline = f"{story.byline}, {cues.unbracket(text)}"  # "By JOHN HENDREN" /
            pieces.append(Piece(lines[start].number, "byline", raw[start]))  # "AP Writer"
        elif pieces and pieces[-1].role == "byline" and cues.is_reporting_note(text):
            pieces.append(Piece(lines[start].number, "byline", raw[start]))  # `Jane Doe
            # reported from Kyiv.` under the byline: with it, not the lede
        elif (story.byline is None or pieces[-1].role == "byline") and cues.is_name_line(
                text, texts[start + 1]):  # `Rushdi Abualouf` / `BBC Gaza correspondent`
            story.byline = f"{story.byline}; {text}" if story.byline else text
            pieces.append(Piece(lines[start].number, "byline", raw[start]))
        elif (story.byline is None and story.headline and pieces[-1].role == "headline"
              and (cues.print_byline(text, texts[start + 1]) or (
                  start + 2 < len(lines) and cues.print_byline(text, texts[start + 2])
                  and cues.place_alone(texts[start + 1])))):
            story.byline = text  # `Priya Shah` / the lede, under the headline of a printed page
            pieces.append(Piece(lines[start].number, "byline", raw[start]))
        elif story.byline is None and (signed := cues.signature(text, texts[start + 1])):
            story.byline = ", ".join(filter(None, signed))  # `Shaun Walker in Kyiv` over
            pieces.append(Piece(lines[start].number, "byline", raw[start]))  # its time stamp
        elif story.date_line is None and parse_date_line(text):
            story.date_line = text
            pieces.append(Piece(lines[start].number, "date", raw[start]))
        elif (story.byline or story.date_line) and pieces[-1].role in (
                "byline", "date", "chrome") and text.isdigit() and len(text) <= 6:
            pieces.append(Piece(lines[start].number, "chrome", raw[start]))  # a blog's like
            # and comment counts under its writer and date, bare (`42` / `8`)
        elif story.url is None and story.headline and cues.is_url_line(text):
            story.url = text.strip().strip("<>")  # a pasted feed's item link under its title
            pieces.append(Piece(lines[start].number, "field", raw[start]))
        elif story.date_line is None and (story.byline is None or pieces[-1].role == "byline") and (
                credited := cues.credit_date_line(text)):
            story.byline = f"{story.byline}, {credited[0]}" if story.byline else credited[0]
            story.date_line = credited[1]  # `Jane Doe, The Times | June 13, 2017`; under a
            pieces.append(Piece(lines[start].number, "byline", raw[start]))  # byline, the
            # outlet and its stamp (`Philippine Daily Inquirer / 05:30 AM March 14, 2023`)
        elif story.date_line is None and (placed := cues.place_date_line(text)):
            story.dateline_place, story.date_line = placed  # `Madrid, 13 May 2022`
            story.dateline = text
            pieces.append(Piece(lines[start].number, "date", raw[start]))
        elif story.dateline is None and (cabled := cues.cable_dateline(text)):
            story.dateline, story.dateline_place = text, cabled  # `LONDON, Tuesday.` over
            pieces.append(Piece(lines[start].number, "dateline", raw[start]))  # an old cable
        elif story.headline and story.deck is None and cues.is_monitored_source(text):
            story.deck = text  # `Text of report by Iranian news agency IRNA on 15 March`
            pieces.append(Piece(lines[start].number, "deck", raw[start]))
        elif (story.headline and story.deck is None and pieces[-1].role == "headline"
              and cues.is_life_span(text)):
            story.deck = text  # an obituary's `1931 - 2023` under the name
            pieces.append(Piece(lines[start].number, "deck", raw[start]))
        elif cues.is_editors_note(text):
            story.notes.append(raw[start])  # `Editor's note: This story contains ...`
            pieces.append(Piece(lines[start].number, "note", raw[start]))
        elif start + 2 < len(lines) and (paired := label_over_value(text, texts[start + 1])):
            _take_field(story, pieces, lines[start].number, raw[start], paired)  # `Published`
            pieces.append(Piece(lines[start + 1].number, "field", raw[start + 1]))  # / its date
            start += 1
        elif body_label(text):
            break  # `Full Text: PARIS, May 21.--...`: the body, under its label
        elif found := parse_field(text):
            top = start
            while start + 2 < len(lines) and _runs_on(lines, raw, start):
                start += 1  # `BYLINE: Jane Doe;John` / `Smith`: a value wrapped at the margin
            _take_wrapped_field(story, pieces, lines, raw, found, top, start + 1)
        elif story.headline is None and pieces and _is_headline(
                text, texts[start + 1], lines[start + 1].number - lines[start].number > 1):
            story.headline = text  # under a live page's `Edited by ...` or a date line
            pieces.append(Piece(lines[start].number, "headline", raw[start]))
        elif (story.headline and story.deck is None and story.byline is None
              and (cues.is_byline(texts[start + 1]) or cues.is_provider_label(texts[start + 1])
                   or (start + 2 < len(lines)  # GOV.UK's summary over `From:` / `Published`
                       and label_over_value(texts[start + 1], texts[start + 2]))
                   or cues.credit_date_line(texts[start + 1])  # Anadolu's `Jane Doe |18.03.2023`
                   or (start + 2 < len(lines) and cues.signature(texts[start + 1],
                                                                  texts[start + 2])))
              and (cues.headline_style(text) or (pieces[-1].role == "headline" and (
                  cues.is_standfirst(text) or len(text.split()) <= cues.STANDFIRST_WORDS)))):
            story.deck = text  # a subheadline over the byline, or a live page's first post's
            # headline over its writer's name
            pieces.append(Piece(lines[start].number, "deck", raw[start]))
        elif (story.headline and story.deck is None and pieces[-1].role == "headline"
              and story.headline.upper() == story.headline and text.upper() == text
              and len(text.split()) <= DECK_WORDS and any(c.islower() for c in texts[start + 1])
              and cues.headline_style(story.headline) == cues.headline_style(text) == "caps"):
            story.deck = text  # an old paper's capitals deck under its capitals headline
            pieces.append(Piece(lines[start].number, "deck", raw[start]))  # (`SEVEN HURT`)
        elif (story.headline and pieces[-1].role in ("headline", "deck")
              and story.headline.upper() == story.headline and cues.is_stacked_deck(text)
              and cues.headline_style(story.headline) == "caps"
              and not cues.dateline(text)
              and any(c.islower() for t in texts[start + 1:] for c in t)):  # (not teletype)
            # an old paper's stacked head: `TITANIC SINKS` / `Liner Goes Down After Striking
            # Iceberg.` / `CARPATHIA PICKS UP SURVIVORS`, each deck its own paragraph
            if story.deck is None:
                story.deck = text
            elif pieces[-1].role == "deck" and lines[start].number == pieces[-1].line + 1:
                _extend_deck(story, text)  # a deck wrapped onto a second line
            else:
                story.more_decks.append(text)
            pieces.append(Piece(lines[start].number, "deck", raw[start]))
        else:
            break
        start += 1
    end = len(lines)
    trailing: list[Piece] = []  # lines under the story: highlights, fields (`LOAD-DATE:`)
    marks = [k for k in range(start + 1, end) if texts[k] == HIGHLIGHT]
    if marks:  # CNN / Daily Mail `.story` files: `@highlight` over each summary point
        for k in range(marks[0], end):
            is_mark = texts[k] == HIGHLIGHT
            trailing.append(Piece(lines[k].number, "field" if is_mark else "highlight", raw[k]))
            if not is_mark:
                story.highlights.append(texts[k])
        trailing.reverse()
        end = marks[0]
    while end - start > 1:
        top = _wrapped_field_top(lines, raw, texts, start, end)
        if top is None:
            break
        found = parse_field(texts[top])
        assert found is not None
        _take_wrapped_field(story, trailing, lines, raw, found, top, end, reverse=True)
        end = top
    closing: list[Piece] = []  # a date line and sign-off under the body, in source order
    if end - start > 1 and cues.is_signoff(texts[end - 1]) and not (
            texts[end - 1].startswith("\u00a9") and cues.is_photo_credit(texts[end - 1])):
        story.signoff = raw[end - 1]  # (`\u00a9 Photograph: ...` last is still a credit)
        closing.append(Piece(lines[end - 1].number, "signoff", story.signoff))
        end -= 1
        while end - start > 1 and len(closing) < SIGNOFF_LINES and (cues.is_signoff(
                texts[end - 1]) or (cues.is_email_line(texts[end - 1])
                                    and cues.contact_block(texts, start, end) == end)) and not (
                    cues.is_photo_credit(texts[end - 1])):  # (a `Media Contact:` block's
            # address is the block's)
            # several: `jane@yna.co.kr` / `(END)`, `Enditem` / `Editor: ...`, two writers'
            # e-mail addresses over `... contributed to this report.`
            closing.insert(0, Piece(lines[end - 1].number, "signoff", raw[end - 1]))
            story.signoff = f"{raw[end - 1]} {story.signoff}"
            end -= 1
        while end - start > 1 and (found := parse_field(texts[end - 1])) and found.role in (
                "source", "meta"):  # `Source: Rossiya 1, Moscow, in Russian 1600 gmt 13 Mar
            closing.insert(0, Piece(lines[end - 1].number, "field", raw[end - 1]))  # 22` over
            end -= 1  # BBC Monitoring's trailer
    if end - start > 1 and story.byline is None and cues.is_byline(texts[end - 1]):
        story.byline, _ = _byline_and_date(cues.unbracket(texts[end - 1]))  # `Von Anna
        closing.insert(0, Piece(lines[end - 1].number, "byline", raw[end - 1]))  # Schmidt`
        end -= 1  # under the text, as German sites sign a story
    if end - start > 1 and story.byline and _about_the_writer(story.byline, texts[end - 1]):
        story.signoff = f"{raw[end - 1]} {story.signoff}" if story.signoff else raw[end - 1]
        closing.insert(0, Piece(lines[end - 1].number, "signoff", raw[end - 1]))
        end -= 1  # `Maria Santos is a professor of urban planning ...` under her op-ed
    signed = cues.closing_signature(texts[start:end])
    if signed and not story.signoff:  # a letter's `Robert Klein` / `Springfield`
        story.signoff = ", ".join(texts[end - signed:end])
        closing[:0] = [Piece(lines[k].number, "signoff", raw[k]) for k in range(end - signed, end)]
        end -= signed
    if end - start > 1 and story.date_line is not None and (
            dated := parse_date_line(texts[end - 1])) and dated == parse_date_line(
                story.date_line):  # `Posted 14 Mar 2023` under the story, dated above too
        closing.insert(0, Piece(lines[end - 1].number, "date", raw[end - 1]))
        end -= 1
    if end - start > 1 and story.date_line is None and parse_date_line(texts[end - 1]):
        story.date_line = texts[end - 1]  # `4 July 2024` under the story, as some sites put it
        closing.insert(0, Piece(lines[end - 1].number, "date", raw[end - 1]))
        end -= 1
    sources = _sources_block(texts, start, end)  # a wiki article's `Sources` list under it
    closing[:0] = [Piece(lines[k].number, "field", raw[k]) for k in range(sources, end)]
    if sources < end and story.signoff is None and sources - start > 1 and cues.is_signoff(
            texts[sources - 1]):  # a correction over the Guardian's `Explore more on these
        story.signoff = raw[sources - 1]  # topics`
        closing.insert(0, Piece(lines[sources - 1].number, "signoff", raw[sources - 1]))
        sources -= 1
    end = sources
    contact = cues.contact_block(texts, start, end)  # a release's `Media Contact:` and its lines
    closing[:0] = [Piece(lines[k].number, "field", raw[k]) for k in range(contact, end)]
    end = contact
    first_body = True
    caption: str | None = None  # the body's first line, when a dateline opens the second
    speakers = cues.speaker_labels(texts[start:end])  # a transcript's turns: no kicker
    marked = False  # a mark in the body ends the paragraph above it
    for line, text in zip(lines[start:end], raw[start:end], strict=True):
        marker = parse_field(text) if len(text) <= MARK_CHARS else None
        if marker and marker.role == "meta" and not marker.value:
            pieces.append(Piece(line.number, "field", text))  # Factiva's `TD` between its
            marked = True  # lead and the rest of the text, a `BODY:` mark
            continue
        if cues.is_photo_credit(text):
            story.credits.append(text)
            pieces.append(Piece(line.number, "credit", text))
            continue
        if not first_body and (running := cues.masthead_line(text)):
            pieces.append(Piece(line.number, "source", text))  # a page break's running head
            if story.masthead is None and story.date_line is None:
                story.masthead, story.date_line = running
            continue
        if first_body:
            first_body = False
            text = _opening(story, pieces, line.number, text, speakers)
            if not text:
                continue
        elif len(body) == 1 and story.dateline is None and (
                found := cues.parse_dateline(text) or cues.dateline_alone(text)) and (
                    found.agency or found.date_text):
            # under a photo caption: `BEIJING, Dec. 31 (Xinhua) -- In a New Year's address`,
            # or alone on its line over the lede (`Porto Alegre, Brazil CNN \u2014`)
            story.dateline, story.dateline_place = found.prefix.strip(), found.place or None
            pieces.append(Piece(line.number, "dateline", found.prefix.strip()))
            caption = body[0].text
            text = found.rest.strip()
            if not text:
                continue
        captioned = cues.trailing_credit(text)  # `... on Saturday. (Xinhua/Lan Hongguang)`
        if captioned:
            text = captioned[0]
        glued = cues.glued_signoff(text) if line is lines[end - 1] else None
        if glued:
            text = glued[0]
            story.signoff = f"{glued[1]} {story.signoff}" if story.signoff else glued[1]
            closing.insert(0, Piece(line.number, "signoff", glued[1]))
        raw = line.text.rstrip()
        blank_before = marked or line.spaced or (
            line.number - numbers.get(line.number, line.number) > 1)
        marked = False
        body.append(_BodyLine(line.number, text, raw[:1].isspace(), len(raw), blank_before))
        pieces.append(Piece(line.number, "body", text))
        if captioned:
            story.credits.append(captioned[1])
            pieces.append(Piece(line.number, "credit", captioned[1]))
    pieces.extend(closing)
    pieces.extend(reversed(trailing))
    paragraphs = _paragraphs(body)
    story.captions = int(caption is not None and len(paragraphs) > 1 and paragraphs[0] == caption)
    story.paragraphs = ([story.deck] if story.deck else []) + story.more_decks + story.notes + (
        paragraphs)
    story.pieces = sorted(pieces + chrome, key=lambda piece: piece.line) if chrome else pieces
    return story


SIGNOFF_LINES = 4  # end lines taken as the sign-off, at most


SOURCES_LINES = 12


def _sources_block(texts: list[str], start: int, end: int) -> int:
    """Where a list of sources under the body starts (Wikinews: `Sources` over lines such as
    `"Quake hits Hatay province" — BBC News, February 20, 2023`), else `end`."""
    for k in range(end - 1, max(start, end - SOURCES_LINES - 1), -1):
        if cues.is_sources_heading(texts[k]):
            return k if k + 1 < end and all(len(t) <= 250 for t in texts[k + 1:end]) else end
    return end


# A field line this long was wrapped at the export's margin (LexisNexis wraps at 80).
_WRAPPED_FIELD = 65


def _runs_on(lines: list[Line], raw: list[str], k: int) -> bool:
    """Whether line k+1 goes on from line k: no blank line between, line k filled to the
    export's margin, and k+1 no field of its own."""
    return (lines[k + 1].number == lines[k].number + 1 and len(raw[k]) >= _WRAPPED_FIELD
            and parse_field(raw[k + 1].strip()) is None)


def _wrapped_field_top(lines: list[Line], raw: list[str], texts: list[str], start: int,
                       end: int) -> int | None:
    """Where the field that ends at line end-1 starts: end-1 itself when it is a field, or
    the field line whose value wraps onto the lines down to end-1 (`SUBJECT: DEATHS (90%);`
    / `SHOOTINGS (90%)`), else None."""
    for top in range(end - 1, max(start, end - 7), -1):
        if parse_field(texts[top]):
            return top
        if not _runs_on(lines, raw, top - 1):
            return None
    return None


def _wrapped_opening(lines: list[Line], raw: list[str], start: int) -> bool:
    """Whether line `start` opens a hard-wrapped paragraph rather than heading the story: no
    blank line under it, it stops mid-sentence, and it is as wide as the lines the text wraps
    at (`U.S. President Donald Trump said he expects \u201cincredible things\u201d from
    Czechia\u2019s` / `Andrej Babi\u0161, including ...` was taken for a headline)."""
    if len(lines) - start < WRAPPED_MIN_LINES or lines[start + 1].number != lines[start].number + 1:
        return False
    widths = sorted(len(text) for text in raw[start:])
    wrap = widths[len(widths) * 3 // 4]  # most lines of wrapped text end near the margin
    return cues.ends_mid_sentence(raw[start]) and len(raw[start]) >= 0.9 * wrap


def _take_wrapped_field(story: Anatomy, pieces: list[Piece], lines: list[Line], raw: list[str],
                        found: Field, top: int, end: int, reverse: bool = False) -> None:
    """Record the field on lines top..end-1 (its value wrapped over them); `reverse` adds
    the pieces bottom-up, as the fields under a story are collected."""
    value = " ".join([found.value, *(raw[k].strip() for k in range(top + 1, end))]).strip()
    found = Field(found.label, found.role, value)
    if reverse:
        pieces.extend(Piece(lines[k].number, "field", raw[k]) for k in range(end - 1, top, -1))
        _take_field(story, pieces, lines[top].number, raw[top], found)
    else:
        _take_field(story, pieces, lines[top].number, raw[top], found)
        pieces.extend(Piece(lines[k].number, "field", raw[k]) for k in range(top + 1, end))


SECTION_WORDS = 3  # a printed page's section label in capitals (`TAMIL NADU`)
SITE_WORDS = 4  # a site's or newsletter's name over its header links


def _site_name(lines: list[Line], placed: set[int]) -> Line | None:
    """The segment's first line when it is a site's name over two or more lines of its header
    links (`Subscribe`, `Sign in`) and a story follows them."""
    text = cues.unmark(lines[0].text.strip())
    if len(lines) < 6 or len(text.split()) > SITE_WORDS or 0 in placed or cues.is_chrome(text):
        return None
    links = 0
    while links + 1 < len(lines) and (links + 1 in placed or cues.is_chrome(lines[links + 1].text)):
        links += 1
    if links < 2 or len(lines) - links <= 3:
        return None
    headline = cues.unmark(lines[links + 1].text.strip())  # (a headline over its share links
    # and time stamp is no site's name)
    return lines[0] if cues.headline_style(text) and cues.headline_style(headline) and not (
        parse_date_line(headline)) else None


CONTACT_CHARS = 80  # a contact block's line: a name, a title, a telephone, an address


def _contact_over(pieces: list[Piece], lines: list[Line], raw: list[str], texts: list[str],
                  start: int) -> int:
    """A release's contact block over its headline (`Contact: Jane Rivera` / `Communications
    Director` / `(555) 010-2233`), its lines run together: kept out of the headline and the
    text, as the one under a release is. Returns where the headline may start."""
    top = start - 1 if start and cues.is_contact_heading(texts[start - 1]) else start
    if top >= len(lines) - 2 or not cues.is_contact_heading(texts[top]):
        return start
    end = top + 1
    while (end < len(lines) - 2 and lines[end].number == lines[end - 1].number + 1
           and len(texts[end]) <= CONTACT_CHARS
           and (not cues.ends_sentence(texts[end]) or "@" in texts[end])):
        end += 1
    pieces.extend(Piece(lines[k].number, "field", raw[k]) for k in range(start, end))
    return end


def _copyright_notice(pieces: list[Piece], lines: list[Line], raw: list[str],
                      start: int) -> int:
    """Skip a copyright notice over a record (`Copyright 2015 Washingtonpost.Newsweek
    Interactive Company, LLC d/b/a` / `Washington Post Digital` / `All Rights Reserved`, as
    LexisNexis sets it above the publication's name): kept as a field, never the headline."""
    if len(lines) - start < 4 or not cues.is_copyright(raw[start]):
        return start
    end = start + 1
    while (end - start < 3 and len(lines) - end > 3
           and lines[end].number == lines[end - 1].number + 1):
        end += 1
    pieces.extend(Piece(lines[k].number, "field", raw[k]) for k in range(start, end))
    return end


def _byline_and_date(text: str) -> tuple[str, str | None]:
    """A byline and the date set beside it after a bar or dash, if any."""
    parts = re.split(r"\s+[|\u2013\u2014\u00b7]\s+|\s+-\s+", text)
    if len(parts) > 1 and parse_date_line(parts[-1]):
        return " ".join(parts[:-1]).strip(" ,"), parts[-1]
    return text, None


def _masthead(story: Anatomy, pieces: list[Piece], lines: list[Line], texts: list[str],
              start: int) -> int:  # texts: the lines as written (pieces keep them)
    """A publication's name over a date line (and maybe an edition line) above the headline,
    as news databases export a story: `The Guardian (London)` / `March 3, 2004 Wednesday` /
    `Final Edition`. Returns where the headline may start."""
    if len(lines) - start < 3 or story.date_line or story.labelled_date:
        return start
    running = cues.masthead_line(cues.unmark(texts[start]))
    if running and (cues.headline_style(cues.unmark(texts[start + 1])) or cues.is_section_label(
            cues.unmark(texts[start + 1]))):  # (over a page's `NEWS` and its first headline)
        story.masthead, story.date_line = running  # one line: `THE EVENING STAR, WASHINGTON,
        pieces.append(Piece(lines[start].number, "source", texts[start]))  # D. C., TUESDAY,
        return start + 1  # APRIL 16, 1912.` over the headline
    if len(lines) - start < 4:
        return start
    name, when = cues.unmark(texts[start]), cues.unmark(texts[start + 1])
    below = cues.unmark(texts[start + 2])
    if (_EDITION.search(below) or cues.is_section_label(below)) and len(lines) - start > 4:
        below = cues.unmark(texts[start + 3])  # (past `Final Edition` or a page's `NEWS`)
    labelled = parse_field(below)
    if (cues.headline_style(below) is None and labelled is None) or cues.is_byline(below) or (
            labelled and labelled.role == "byline") or _POSTED.match(when):
        return start  # a masthead stands over a headline (or the record's labelled fields,
        # `SECTION:`, `HEADLINE:`), not over the story's first line; a headline stands over
        # its `Posted: ...` stamp and its byline
    placed = None if parse_date_line(when) else cues.place_date_line(when)
    shouted = name.isupper() and name.endswith(".")  # `THE EVENING STAR.`
    if (len(name.split()) > 8 or (cues.ends_sentence(name) and not shouted)
            or not (parse_date_line(when) or placed)
            or cues.is_byline(name) or parse_date_line(name)):
        return start
    pieces.append(Piece(lines[start].number, "source", texts[start]))
    story.masthead = name
    story.date_line = placed[1].rstrip(".") if placed else when
    pieces.append(Piece(lines[start + 1].number, "date", texts[start + 1]))
    start += 2
    if _EDITION.search(texts[start]) and len(texts[start].split()) <= 6:
        pieces.append(Piece(lines[start].number, "field", texts[start]))
        start += 1
    return start


def _masthead_below(story: Anatomy, pieces: list[Piece], lines: list[Line], raw: list[str],
                    texts: list[str], start: int) -> int:
    """The paper's name over the issue's date (and edition, and copyright notice) under the
    headline, as Nexis Uni sets a record: `The New York Times` / `October 19, 2022 Wednesday`
    / `Late Edition - Final` / `Copyright 2022 The New York Times Company`."""
    if (len(lines) - start < 4 or story.masthead or story.date_line
            or not cues.is_paper_name(texts[start]) or not parse_date_line(texts[start + 1])):
        return start
    story.masthead, story.date_line = texts[start], texts[start + 1]
    pieces.append(Piece(lines[start].number, "source", raw[start]))
    pieces.append(Piece(lines[start + 1].number, "date", raw[start + 1]))
    start += 2
    while len(lines) - start > 2 and ((_EDITION.search(texts[start])
                                       and len(texts[start].split()) <= 6)
                                      or cues.is_copyright(texts[start])):
        pieces.append(Piece(lines[start].number, "field", raw[start]))
        start += 1
    return start


def _take_field(story: Anatomy, pieces: list[Piece], number: int, text: str,
                found: Field) -> None:
    """Record a labelled line: its value fills the part its label names, if still empty."""
    pieces.append(Piece(number, "field", text))
    value = found.value
    if found.role == "headline" and story.headline is None:
        story.headline = value
    elif found.role == "deck" and story.deck is None and value:
        story.deck = value
    elif found.role == "byline" and story.byline is None:
        story.byline = value
    elif found.role == "date" and story.labelled_date is None:
        story.labelled_date = field_date(value)
    elif found.role == "section" and story.kicker is None and value:
        parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
        named = [p for p in parts if not _PAGE_PART.match(p)]  # `Section A; Column 0;
        story.kicker = (named or parts or [None])[0]  # Foreign Desk; Pg. 1`: Foreign Desk
    elif found.role == "dateline" and story.dateline is None and value:
        story.dateline = value
        story.dateline_place = value.split(",")[0].strip() or None
    elif found.role == "url" and story.url is None and value:
        story.url = value
    elif found.role == "tags" and not story.tags:
        story.tags = [t.strip() for t in value.replace(";", ",").split(",") if t.strip()]




def _opening(story: Anatomy, pieces: list[Piece], number: int, text: str,
             speakers: frozenset[str] = frozenset()) -> str:
    """Peel the kicker, deck and dateline off the first body line; return what is left (a
    transcript's speaker label, `PRIME MINISTER: `, stays with what the speaker says)."""
    if labelled := body_label(text):  # `Full Text: ` over the text, on its first line
        pieces.append(Piece(number, "field", text[:labelled].strip()))
        text = text[labelled:]
    kicker = None if story.kicker else cues.kicker(text)
    if kicker and kicker.rstrip(": ").strip() in speakers:
        kicker = None
    if kicker and story.dateline is None and known_place(kicker.rstrip(": ").strip()):
        story.dateline = kicker.strip()  # `NEW DELHI: The government ...`, as Indian papers
        story.dateline_place = kicker.rstrip(": ").strip()  # open the lede: a dateline
        pieces.append(Piece(number, "dateline", kicker.strip()))
        return text[len(kicker):].strip()
    if kicker:
        story.kicker = kicker.rstrip(": ").strip()
        pieces.append(Piece(number, "kicker", kicker.strip()))
        text = text[len(kicker) :].strip()
        split = split_deck(text)
        if split:
            deck = cues.unmark(split[0])  # a deck reads without Markdown's marks
            if story.deck is None:
                story.deck = deck
            else:  # under a stacked head's deck (`PUTIN AND KIM MEET` twice): one more
                story.more_decks.append(deck)
            pieces.append(Piece(number, "deck", split[0]))
            text = split[1]
    stamp = _LEDE_STAMP.match(text)
    if stamp and text[stamp.end():].strip():  # `(Updated 4:01 p.m., Sept. 29) There was ...`
        story.stamps.append(stamp.group(0).strip())
        pieces.append(Piece(number, "chrome", stamp.group(0).strip()))
        text = text[stamp.end():].strip()
    dateline = cues.parse_dateline(text) or cues.dateline_alone(text)
    if dateline is None and story.dateline is None and cues.place_alone(
            text):  # Anadolu's `ANKARA` over the lede
        dateline = cues.Dateline(text, None, None, text, "")
    run_on = None if dateline or story.byline else cues.byline_dateline(text)
    if run_on:  # `by Jane Doe BERLIN — Text`: the byline, then the dateline
        story.byline, dateline = run_on
        pieces.append(Piece(number, "byline", text[: len(text) - len(dateline.prefix)
                                                   - len(dateline.rest)].strip()))
    if dateline:
        story.dateline = dateline.prefix.strip()
        story.dateline_place = dateline.place or None  # `(CNN) -- `: no place
        pieces.append(Piece(number, "dateline", dateline.prefix.strip()))
        text = dateline.rest.strip()
    return text
