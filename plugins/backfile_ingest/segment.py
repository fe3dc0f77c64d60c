"""Cutting a dump into stories.

1. Layout: the dump's own paragraph break is inferred (a paragraph a line, blank-line
   paragraphs, or hard-wrapped lines in blank-line paragraphs), and whether its stories are
   headed (it opens with a headline over a lede).
2. Explicit separators: rule lines (`---`, `***`, `* * *`), form feeds, news databases' record
   counters (`1 of 100 DOCUMENTS`), and blank-line runs
   longer than the paragraph break (in a headed dump, only those before another headline; a
   longer pause before plain text is a pause inside a story). Pieces that cannot stand alone
   (a lone headline, credit or sign-off) join their neighbour.
3. No separators: `boundaries.cue_boundaries` finds where stories start from cues and
   lexical cohesion.

Blank lines and separator lines belong to no segment; every other line is in exactly one,
in order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import cues
from .boundaries import cue_boundaries, is_lede
from .dates import parse_date_line
from .fields import is_field, is_field_shaped, opens_block
from .model import Line, Segment
from .ocr import strip_column_debris

WRAP_SHORT = 0.75  # of the median line's width: a hard-wrapped paragraph's last line
COLUMN_SHARE = 0.85  # of the widest lines' width: a line this wide is at a column's edge
HEADED_LEDE_WITHIN = 6  # lines (venue, date, byline...) allowed between headline and lede


@dataclass(frozen=True)
class _Physical:
    """A non-blank line with what came before it: blank lines, a rule or a form feed."""

    line: Line
    blanks_before: int
    hard_before: bool


@dataclass
class _Unit:
    """A paragraph: the lines the cue search treats as one block."""

    lines: list[Line] = field(default_factory=list)
    blanks_before: int = 0

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)


def _physical_lines(text: str, numbers: Sequence[int] | None = None) -> list[_Physical]:
    """Non-blank lines, numbered as an editor numbers them (or as `numbers` says, for text
    made from a markup dump), with the separators before each."""
    out: list[_Physical] = []
    blanks = 0
    hard = False
    for index, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        number = numbers[index] if numbers is not None else index + 1
        if "\f" in raw:
            hard = True
            raw = raw.replace("\f", "")
        if cues.is_rule(raw) or cues.is_document_mark(raw):
            hard = True
            continue
        if not raw.strip():
            blanks += 1
            continue
        if glued := cues.glued_rule(raw):  # `---------- Headline`: the rule is no part of
            raw = raw[glued:]  # the line (left to the cues: the rules such dumps set are
            # not all on a line of their own, so they do not separate every story)
        out.append(_Physical(Line(number, raw, blanks > 0), blanks, hard))
        blanks = 0
        hard = False
    return out


def _is_wrapped(lines: list[_Physical]) -> bool:
    """Hard-wrapped prose (most lines stop mid-sentence and run on into the next): line ends
    then say nothing about truncation, and a paragraph is a block of lines."""
    runs = [a for a, b in itertools.pairwise(lines)  # not a `Label:` block, nor a headline
            if b.blanks_before == 0 and not is_field(a.line.text)  # over its date or credit
            and not parse_date_line(b.line.text) and not cues.credit_date_line(b.line.text)]
    if len(runs) < 4:
        return False
    cut = sum(cues.ends_mid_sentence(p.line.text) and len(p.line.text) > 30 for p in runs)
    return cut > 0.5 * len(runs)


def _paragraph_gap(lines: list[_Physical], wrapped: bool) -> int:
    """Blank lines between paragraphs in this dump: the commonest gap between lines (0 for
    a paragraph a line), counting a hard-wrapped run of lines as one paragraph."""
    rows = cues.table_rows([p.line.text for p in lines])
    gaps = Counter(b.blanks_before for b, row_a, row_b in zip(
        lines[1:], rows, rows[1:], strict=False) if not (b.hard_before or row_a or row_b))
    # (a results or league table's rows are a line each in any layout: they say nothing of
    # how the dump's paragraphs are set)
    if wrapped:
        gaps.pop(0, None)
    if not gaps:
        return 0
    return min(gaps, key=lambda gap: (-gaps[gap], gap))


def segment(text: str, numbers: Sequence[int] | None = None) -> list[Segment]:
    """The stories of a dump, as runs of its non-blank lines (numbered by `numbers`, one per
    line of `text`, if given)."""
    lines = _physical_lines(*strip_column_debris(text, numbers))
    if not lines:
        return []
    wrapped = _is_wrapped(lines)
    para_gap = _paragraph_gap(lines, wrapped)
    # In a dump whose stories open with headlines, a longer pause before text with no headline
    # is a pause inside a story, not a separator.
    headed = _is_headed(lines)
    chunks: list[list[_Physical]] = []
    for index, phys in enumerate(lines):
        # Below a story's labelled block (`Title:`, `Date:`...), the blank line opens its body,
        # even when that body is one short line that looks like a headline.
        below_fields = bool(chunks) and all(is_field(p.line.text) for p in chunks[-1])
        separates = not below_fields and phys.blanks_before > para_gap and (
            not headed or _is_headed(lines[index : index + HEADED_LEDE_WITHIN + 1])) and not (
            headed and _credit_block(lines[index : index + 2]))
        if not chunks or phys.hard_before or separates:
            chunks.append([])
        chunks[-1].append(phys)
    if len(chunks) > 1:
        return _merge_orphans([Segment([p.line for p in chunk], True) for chunk in chunks])
    units = _units(lines, para_gap, wrapped)
    starts = cue_boundaries([unit.text.strip() for unit in units],
                            [unit.blanks_before for unit in units], para_gap, wrapped, headed)
    segments = []
    for begin, end in zip([0, *starts], [*starts, len(units)], strict=True):
        seg_lines = [line for unit in units[begin:end] for line in unit.lines]
        segments.append(Segment(seg_lines, begin > 0 and units[begin].blanks_before > para_gap))
    if len(segments) > 1 and len(segments[0].lines) <= 6 and all(
            _is_heading(cues.unmark(line.text)) or cues.is_chrome(line.text)
            for line in segments[0].lines) and len([
                line for line in segments[0].lines if not cues.is_chrome(line.text)]) <= 3:
        masthead = segments.pop(0)  # over the first story: its heading, not a story
        # (or a live page's `Live Reporting` / `Edited by ...` / `All times stated are UK`)
        segments[0].lines[:0] = masthead.lines
    return segments


def _is_headed(lines: list[_Physical]) -> bool:
    """Whether the dump opens with a headline (or a labelled block), a lede (a real sentence)
    within a few lines below it: its stories are then taken to have headlines, so cohesion
    alone cuts nothing."""
    first = 0  # past a wire slug line, labelled fields, a date line or a masthead above it
    while first < len(lines) - 1 and (cues.is_wire_slug(lines[first].line.text)
                                      or is_field(lines[first].line.text)
                                      or parse_date_line(lines[first].line.text)
                                      or cues.masthead_line(lines[first].line.text)):
        first += 1
    if any(opens_block(p.line.text) for p in lines[:first]):
        return True  # `Title:`, `Date:`...: a labelled block heads the story
    headline = cues.unmark(lines[first].line.text)
    return cues.headline_style(headline) is not None and any(
        is_lede(cues.unmark(p.line.text), headline)
        for p in lines[first + 1 : first + HEADED_LEDE_WITHIN + 1])


def _credit_block(lines: list[_Physical]) -> bool:
    """A writer's name (or byline) right over a time stamp (`Jane Doe` / `Tue 13 Jun 2023
    18.04 BST`), as a web page sets them between its standfirst and its text: they go with
    the headline above, not as a headline of their own."""
    if len(lines) < 2 or lines[1].blanks_before:
        return False
    name, stamp = lines[0].line.text.strip(), lines[1].line.text.strip()
    return bool(parse_date_line(stamp)) and (
        cues.is_byline(name) or cues.signature(name, stamp) is not None)


def _merge_orphans(segments: list[Segment]) -> list[Segment]:
    """Join separator-cut pieces that cannot stand alone: a lone headline, kicker, byline or
    dateline line, or a block of labelled fields (front matter), goes with the story below it;
    lone credits, a sign-off or page furniture (`Continue reading...`) with the one above."""
    merged: list[Segment] = []
    carry: list[Line] = []
    for seg in segments:
        texts = [line.text.strip() for line in seg.lines]
        trailer = all(cues.is_photo_credit(t) or cues.is_signoff(t) or cues.is_chrome(t)
                      for t in texts) or cues.is_contact_block(texts) or (
            cues.is_sources_heading(texts[0]) and all(len(t) <= 250 for t in texts))
        # (a release's `Media contact:` block under its `###`; `Explore more on these topics`)
        if merged and not carry and trailer:
            merged[-1].lines.extend(seg.lines)
            continue
        signing = _leading_signoffs(texts)
        if merged and not carry and signing:
            # AP's `___` / `... contributed to this report.` / `Copyright 2024 The Associated
            # Press...` / the next story: the notes end the story above the rule
            merged[-1].lines.extend(seg.lines[:signing])
            seg = Segment(seg.lines[signing:], seg.had_separator)
            texts = texts[signing:]
        if not merged and len(cues.furniture_in_context(texts) | {
                k for k, t in enumerate(texts) if cues.is_chrome(t)}) == len(texts):
            carry.extend(seg.lines)  # furniture over the first story (`Live Reporting`, a
            # site's menu)
            continue
        fields = [is_field(t) for t in texts]
        if all(fields) or (not any(fields) and len(texts) <= 3 and all(
                _is_heading(cues.unmark(t)) for t in texts)):
            # front matter between rules, or a headline alone; labelled fields with a line
            # that is none are a whole story, however short and unpunctuated its text
            carry.extend(seg.lines)
            continue
        merged.append(Segment(carry + seg.lines, True))
        carry = []
    if carry:
        merged.append(Segment(carry, True))
    return merged


def _leading_signoffs(texts: list[str]) -> int:
    """How many sign-off lines open a separator-cut piece that goes on with more (a note
    that only ever ends a story, such as `... contributed to this report.`, and whatever
    sign-offs follow it, belong to the story above the separator). A copyright notice
    first is a news database record's header, not an end (`Copyright 2015 The Washington
    Post` over the record's headline)."""
    if not texts or cues.is_copyright(texts[0]):
        return 0
    count = 0
    while count < len(texts) - 1 and cues.is_signoff(texts[count]):
        count += 1
    return count


def _is_heading(text: str) -> bool:
    """A line that only ever sits above a story's body (a labelled field is no heading: its
    block is a story's own header, not a masthead or a headline cut off by a rule)."""
    return not is_field(text) and bool(
        cues.headline_style(text) or cues.is_byline(text) or cues.place_date_line(text)
        or cues.masthead_line(text) or cues.is_url_line(text)  # (a feed's title and address)
        or parse_date_line(text)
        or (cues.parse_dateline(text) and not cues.parse_dateline(text).rest.strip())  # type: ignore[union-attr]
    )


def _column_margin(lines: list[_Physical]) -> float | None:
    """Where a paragraph's short last line ends, in a dump set in a column (most lines that
    stop mid-sentence as wide as its widest, within a few characters, as a PDF's or a
    teletype's are); None when their widths are spread (one-line items that merely stop
    mid-sentence)."""
    widths = sorted(len(phys.line.text.rstrip()) for phys in lines)
    wide = widths[(9 * len(widths)) // 10]
    cut = [len(phys.line.text.rstrip()) for phys in lines
           if len(phys.line.text.strip()) > 30 and cues.ends_mid_sentence(phys.line.text)]
    if sum(width >= COLUMN_SHARE * wide for width in cut) < 0.5 * len(cut):
        return None
    return WRAP_SHORT * widths[len(widths) // 2]


def _units(lines: list[_Physical], para_gap: int, wrapped: bool) -> list[_Unit]:
    """Paragraphs: one a line; in hard-wrapped prose with blank-line paragraphs, a block of
    lines; elsewhere a line cut mid-sentence runs on into a next line starting in lower case."""
    units: list[_Unit] = []
    margin = _column_margin(lines) if wrapped and para_gap == 0 else None
    header = False  # the last line is one of a header's (`From:` / `Message-ID: <...>`): its
    for phys in lines:  # lines stay lines, and the text under it is no part of one
        last = units[-1].lines[-1].text if units else ""
        labelled = is_field(phys.line.text) or (
            header and phys.blanks_before == 0 and is_field_shaped(phys.line.text))
        runs_on = bool(units) and phys.blanks_before == 0 and not (labelled or header) and (
            (wrapped and para_gap > 0)
            or (  # hard-wrapped with no blank lines at all (text copied from a PDF e-paper):
                # a line as wide as the column runs on, unless the next is indented
                margin is not None and len(last.rstrip()) >= margin
                and not phys.line.text[:1].isspace()
                and not cues.headline_style(last.strip()) and not cues.masthead_line(last)
            )
            or (
                (wrapped or para_gap > 0)
                and cues.ends_mid_sentence(last)
                and not cues.headline_style(last)
                and phys.line.text.lstrip()[:1].islower()
            )
        )
        if runs_on:
            units[-1].lines.append(phys.line)
        else:
            units.append(_Unit([phys.line], phys.blanks_before))
        header = labelled
    return units
