"""Cutting a dump into stories.

1. Explicit separators: rule lines (`---`, `***`, `* * *`), form feeds, and blank-line runs
   longer than the dump's paragraph break. The paragraph break is inferred from the dump
   itself: a paragraph a line (no blank lines inside stories, so one blank line separates
   stories) or blank-line paragraphs (so it takes two or more blank lines).
2. Where a dump has no separators at all, boundaries are found from cues: a headline-like
   line over a longer paragraph, a kicker, a dateline, a byline, a sign-off, a line cut off
   mid-sentence followed by a new opening, and lexical cohesion (a dip in vocabulary overlap
   between neighbouring paragraphs).

Blank lines and separator lines belong to no segment; every other line is in exactly one,
in order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import cues
from .cohesion import gap_similarities, terms
from .model import Line, Segment

# Openings that continue a story rather than start one.
_CONTINUERS = frozenset(
    """he she it they his her its their them him we our i but and or so yet also however
    meanwhile instead still then this that these those such both neither nor moreover
    furthermore besides nevertheless nonetheless thus therefore hence although though
    otherwise mr mrs ms dr""".split()
)
_OPEN_QUOTES = "\u201c\"\u2018'\u00ab"

CUE_THRESHOLD = 2.0  # summed evidence needed for a boundary
LEXICAL_WINDOW = 3  # paragraphs on each side of a gap compared for cohesion
LEXICAL_MAX_SIM = 0.10  # a local dip in similarity below this suggests a new story
LEXICAL_WEIGHT = 2.0  # extra evidence from a dip down to no overlap at all
CUE_MIN_GAP = 2  # paragraphs between a cohesion boundary and one that cues found
LEXICAL_MIN_GAP = 1  # paragraphs between two cohesion boundaries
LEXICAL_MIN_TERMS = 12  # content terms each side needs before its similarity means anything
LEDE_MIN_WORDS = 10  # a story opened by cohesion alone opens with a real sentence


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


def _physical_lines(text: str) -> list[_Physical]:
    """Non-blank lines, numbered as an editor numbers them, with the separators before each."""
    out: list[_Physical] = []
    blanks = 0
    hard = False
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if "\f" in raw:
            hard = True
            raw = raw.replace("\f", "")
        if cues.is_rule(raw):
            hard = True
            continue
        if not raw.strip():
            blanks += 1
            continue
        out.append(_Physical(Line(number, raw), blanks, hard))
        blanks = 0
        hard = False
    return out


def _is_wrapped(lines: list[_Physical]) -> bool:
    """Hard-wrapped prose (most lines stop mid-sentence and run on into the next): line ends
    then say nothing about truncation, and a paragraph is a block of lines."""
    runs = [a for a, b in zip(lines, lines[1:], strict=False) if b.blanks_before == 0]
    if len(runs) < 4:
        return False
    cut = sum(cues.ends_mid_sentence(p.line.text) and len(p.line.text) > 30 for p in runs)
    return cut > 0.5 * len(runs)


def _paragraph_gap(lines: list[_Physical], wrapped: bool) -> int:
    """Blank lines between paragraphs in this dump: the commonest gap between lines (0 for
    a paragraph a line), counting a hard-wrapped run of lines as one paragraph."""
    gaps = Counter(p.blanks_before for p in lines[1:] if not p.hard_before)
    if wrapped:
        gaps.pop(0, None)
    if not gaps:
        return 0
    return min(gaps, key=lambda gap: (-gaps[gap], gap))


def segment(text: str) -> list[Segment]:
    """The stories of a dump, as runs of its non-blank lines."""
    lines = _physical_lines(text)
    if not lines:
        return []
    wrapped = _is_wrapped(lines)
    para_gap = _paragraph_gap(lines, wrapped)
    chunks: list[list[_Physical]] = []
    for phys in lines:
        if not chunks or phys.hard_before or phys.blanks_before > para_gap:
            chunks.append([])
        chunks[-1].append(phys)
    if len(chunks) > 1:
        return _merge_orphans([Segment([p.line for p in chunk], True) for chunk in chunks])
    units = _units(lines, para_gap, wrapped)
    starts = _cue_boundaries(units, para_gap, wrapped)
    segments = []
    for begin, end in zip([0, *starts], [*starts, len(units)], strict=True):
        seg_lines = [line for unit in units[begin:end] for line in unit.lines]
        segments.append(Segment(seg_lines, False))
    return segments


def _merge_orphans(segments: list[Segment]) -> list[Segment]:
    """Join separator-cut pieces that cannot stand alone: a lone headline, kicker, byline or
    dateline line goes with the story below it; lone credits or a sign-off with the one above."""
    merged: list[Segment] = []
    carry: list[Line] = []
    for seg in segments:
        texts = [line.text.strip() for line in seg.lines]
        if merged and all(cues.is_photo_credit(t) or cues.is_signoff(t) for t in texts):
            merged[-1].lines.extend(seg.lines)
            continue
        if all(_is_heading(t) for t in texts) and len(texts) <= 3:
            carry.extend(seg.lines)
            continue
        merged.append(Segment(carry + seg.lines, True))
        carry = []
    if carry:
        merged.append(Segment(carry, True))
    return merged


def _is_heading(text: str) -> bool:
    """A line that only ever sits above a story's body."""
    return bool(
        cues.headline_style(text) or cues.is_byline(text)
        or (cues.parse_dateline(text) and not cues.parse_dateline(text).rest.strip())  # type: ignore[union-attr]
    )


def _units(lines: list[_Physical], para_gap: int, wrapped: bool) -> list[_Unit]:
    """Paragraphs: one a line, except hard-wrapped lines, which run on into the next line."""
    units: list[_Unit] = []
    for phys in lines:
        runs_on = (
            units
            and phys.blanks_before == 0
            and (wrapped or para_gap > 0)
            and cues.ends_mid_sentence(units[-1].lines[-1].text)
            and not cues.headline_style(units[-1].lines[-1].text)
            and (wrapped or phys.line.text.lstrip()[:1].islower())
        )
        if runs_on:
            units[-1].lines.append(phys.line)
        else:
            units.append(_Unit([phys.line], phys.blanks_before))
    return units


def _opening_word(text: str) -> str:
    word = text.lstrip(_OPEN_QUOTES + "(").split(maxsplit=1)
    return word[0].lower().strip(",.:;\u2019'") if word else ""


def _cue_boundaries(units: list[_Unit], para_gap: int, wrapped: bool) -> list[int]:
    """Indexes of the units that open a new story, from cues and lexical cohesion."""
    n = len(units)
    if n < 2:
        return []
    texts = [unit.text.strip() for unit in units]
    heading = [bool(cues.headline_style(t)) for t in texts]
    score = [0.0] * n
    veto = [False] * n
    for i in range(1, n):
        text, prev = texts[i], texts[i - 1]
        first = text.lstrip(_OPEN_QUOTES + "(")[:1]
        if cues.kicker(prev) == prev + " ":
            veto[i] = True  # a kicker alone on its line belongs to what follows it
        if cues.is_photo_credit(text) or cues.is_signoff(text) or first.islower():
            veto[i] = True
        if cues.is_signoff(prev):
            score[i] += 4
        if cues.kicker(text):
            score[i] += 3
        if cues.parse_dateline(text):
            score[i] += 3
        if cues.is_byline(text):
            score[i] += 2.5
        if (
            not wrapped
            and cues.ends_mid_sentence(prev)
            and not heading[i - 1]
            and not cues.is_photo_credit(prev)
            and (first.isupper() or first.isdigit())
        ):
            score[i] += 2.5
        if para_gap > 0 and not wrapped and units[i].blanks_before < para_gap:
            score[i] += 1.5  # paragraphs glued together in a blank-line dump
        opener = _opening_word(text)
        if opener in _CONTINUERS:
            score[i] -= 1.5
        if text[:1] in _OPEN_QUOTES and not heading[i]:
            score[i] -= 1.0
    _score_headings(texts, heading, score, veto)
    cued = [i for i in range(1, n) if not veto[i] and score[i] >= CUE_THRESHOLD]
    lexical = _lexical_boundaries(texts, heading, veto, score, cued)
    return sorted({*cued, *lexical})


def _score_headings(texts: list[str], heading: list[bool], score: list[float],
                    veto: list[bool]) -> None:
    """A run of headline-like lines over a longer body paragraph opens a story: at its first
    line if the run is a headline and a deck (two lines at most), else at its last line (the
    lines before it are the tail of a list ending the previous story). Nothing inside the
    heading block, nor the body under it, opens another story."""
    n = len(texts)
    i = 0
    while i < n:
        if not heading[i]:
            i += 1
            continue
        end = i
        while end + 1 < n and heading[end + 1]:
            end += 1
        body = end + 1
        while body < n and (cues.is_byline(texts[body]) or cues.is_photo_credit(texts[body])):
            body += 1
        start = i if end - i < 2 else end
        if body < n and len(texts[body]) > len(texts[start]):
            score[start] += 2.5
            for j in range(start + 1, body + 1):
                veto[j] = True
        i = end + 1


def _lexical_boundaries(texts: list[str], heading: list[bool], veto: list[bool],
                        score: list[float], cued: list[int]) -> list[int]:
    """Boundaries from cohesion alone: a local dip in similarity, low enough, in front of a
    lede-like paragraph (a full sentence of some length), away from boundaries cues found."""
    n = len(texts)
    bags = [terms(t) for t in texts]
    sims = gap_similarities(bags, LEXICAL_WINDOW)
    near_cue = set()
    for j in cued:
        near_cue.update(range(j - CUE_MIN_GAP, j + CUE_MIN_GAP + 1))
    candidates = []
    for i in range(1, n):
        if veto[i] or i in near_cue or heading[i] or len(texts[i].split()) < LEDE_MIN_WORDS:
            continue
        left = sum(sum(b.values()) for b in bags[max(0, i - LEXICAL_WINDOW) : i])
        right = sum(sum(b.values()) for b in bags[i : i + LEXICAL_WINDOW])
        if min(left, right) < LEXICAL_MIN_TERMS:
            continue
        low = sims[i] < LEXICAL_MAX_SIM
        if low and sims[i] <= sims[i - 1] and (i + 1 == n or sims[i] <= sims[i + 1]):
            evidence = score[i] + CUE_THRESHOLD + LEXICAL_WEIGHT * (1 - sims[i] / LEXICAL_MAX_SIM)
            if evidence >= CUE_THRESHOLD:
                candidates.append(i)
    chosen: list[int] = []
    for i in sorted(candidates, key=lambda i: sims[i]):
        if all(abs(i - j) > LEXICAL_MIN_GAP for j in chosen):
            chosen.append(i)
    return chosen
