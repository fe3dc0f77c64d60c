"""Column debris in old newspapers' OCR: what a scanner read from the rule and the next
column at the end of each line (`ROCKDALE -.-»- I`, `INJURED WOMAN j I`, `who !`).

Left in, it made a fake dateline (`ROCKDALE -`) and ran through titles and summaries. Only a
dump where many lines end in such debris is cleaned, so ordinary text (a line ending in `I`
or `a` as a hard wrap leaves it) is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import is_rule

# A token of debris: no letter or digit (`-.-»-`, `!`, `|`, `\.`, `"J` is caught below), or
# one letter, or a letter fenced by marks (`'j'`, `>t`, `ríi`, `fS` are left: too like words).
_DEBRIS_TOKEN = re.compile(r"[^\w\s]+|[^\W\d_]|[^\w\s]*[^\W\d_][^\w\s]+|[^\w\s]+[^\W\d_][^\w\s]*")
_TAIL = re.compile(rf"(?:\s+(?:{_DEBRIS_TOKEN.pattern}))+\s*$")
DEBRIS_SHARE = 0.3  # lines ending in debris, of the dump's lines, for it to count as OCR
MIN_LINES = 8


def _tail(line: str) -> int:
    """Where the debris at the end of a line starts (the line's length if none)."""
    words = line.rsplit(None, 1)
    if len(words) < 2 or not _DEBRIS_TOKEN.fullmatch(words[1]):
        return len(line)  # (debris ends in the last word: most lines end in a word, and the
        # search below tries every space of the line, a fifth of the ingest's regex time)
    match = _TAIL.search(line)
    if not match or not line[: match.start()].strip() or not _is_junk(match.group(0)):
        return len(line)  # (`... of a`, `... said I`: a hard wrap's last word stays)
    return match.start()


def strip_column_debris(text: str, numbers: Sequence[int] | None = None
                        ) -> tuple[str, Sequence[int] | None]:
    """The dump's text without the debris at its lines' ends, and with no line that is all
    debris, if it is OCR with column debris; with each line's number in the dump (`numbers`,
    or counted). Else the text and numbers unchanged."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as segment() counts
    filled = [line.rstrip() for line in lines if line.strip() and not is_rule(line)]
    if len(filled) < MIN_LINES:
        return text, numbers
    junk = sum(_tail(line) < len(line) or _all_debris(line) for line in filled)
    if junk < DEBRIS_SHARE * len(filled):
        return text, numbers
    kept = [(number, line if is_rule(line) else line.rstrip()[: _tail(line.rstrip())])
            for number, line in zip(numbers or range(1, len(lines) + 1), lines, strict=True)
            if is_rule(line) or not _all_debris(line)]  # (rules are the segmenter's)
    return "\n".join(line for _, line in kept), [number for number, _ in kept]


def _all_debris(line: str) -> bool:
    """A line the scanner read from the rule between columns: debris only, a mark in it."""
    words = line.split()
    return bool(words) and all(_DEBRIS_TOKEN.fullmatch(w) for w in words) and _is_junk(line)


def _is_junk(tail: str) -> bool:
    """Debris, as opposed to a hard wrap's last word (`a`, `I`): it holds a mark or a letter
    a line never ends a wrapped sentence with."""
    return any(not c.isalnum() and not c.isspace() for c in tail) or any(
        t not in ("a", "A", "I") for t in tail.split())
