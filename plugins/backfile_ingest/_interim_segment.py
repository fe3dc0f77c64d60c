"""Interim segmentation, used until the segmentation branch's `segment.py` lands (then deleted).

Cuts at rule lines and form feeds; inside a block, a kicker line or a line after one that
ends mid-sentence starts a new story.
"""

from __future__ import annotations

import re

from . import _interim_cues as cues
from .model import Line, Segment

_RULE = re.compile(r"^\s*(?:[-*_=~#]\s*){3,}$")


def segment(text: str) -> list[Segment]:
    segments: list[Segment] = []
    current: list[Line] = []
    cut = False

    def close(separator: bool) -> None:
        nonlocal current
        if current:
            segments.append(Segment(current, separator))
        current = []

    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    no_blank_lines = all(line.strip() for line in lines[:-1])
    for number, raw in enumerate(lines, 1):
        if "\f" in raw:
            close(True)
            raw = raw.replace("\f", "")
        if _RULE.match(raw):
            close(True)
            continue
        if not raw.strip():
            continue
        line = Line(number, raw)
        if current and (cues.kicker(raw.strip()) or (
            no_blank_lines and cut and number == current[-1].number + 1)):
            close(False)
        current.append(line)
        cut = not (cues.ends_sentence(raw) or cues.is_photo_credit(raw.strip()))
    close(False)
    return segments
