"""Lexical cohesion between neighbouring paragraphs (TextTiling-style), for finding story
boundaries where a dump has no separators: vocabulary overlap dips where one story ends and
the next begins, and a new story brings names the previous paragraphs never mentioned.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[^\W\d_][\w\u2019'\-]*")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours said says say told mr mrs ms new one two
    year years last first also would could may might must shall us its it's he's she's there's
    we're they're i'm don't didn't doesn't isn't wasn't won't can't""".split()
)


def _stem(word: str) -> str:
    """A crude, fast suffix strip: enough to match 'rates'/'rate' and 'talks'/'talked'."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> Counter[str]:
    """Content terms of a paragraph: stemmed lower-case words, stopwords dropped; names
    (capitalised words not opening a sentence) count twice, as they carry a story's identity."""
    counts: Counter[str] = Counter()
    after_stop = True
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower().strip("\u2019'-")
        end = match.end()
        name = word[0].isupper() and not after_stop
        after_stop = text[end : end + 1] in (".", "!", "?", ":")
        if lower in _STOPWORDS or len(lower) < 3:
            continue
        key = _stem(lower)
        counts[key] += 2 if name else 1
    return counts


def cosine(left: Counter[str], right: Counter[str]) -> float:
    """Cosine similarity of two term bags. Raw counts, no idf: a dump's own recurring names
    are the very evidence of continuity, and idf from the dump itself would discount them."""
    if not left or not right:
        return 0.0
    if len(left) > len(right):
        left, right = right, left
    dot = sum(count * right[term] for term, count in left.items() if term in right)
    if not dot:
        return 0.0
    norm_l = math.sqrt(sum(c * c for c in left.values()))
    norm_r = math.sqrt(sum(c * c for c in right.values()))
    return dot / (norm_l * norm_r)


def gap_similarities(units: Sequence[Counter[str]], window: int) -> list[float]:
    """Similarity across each gap (gap i lies before unit i; index 0 unused, set to 1.0):
    the `window` paragraphs before it against the `window` after it."""
    sims = [1.0]
    for i in range(1, len(units)):
        left: Counter[str] = Counter()
        for unit in units[max(0, i - window) : i]:
            left.update(unit)
        right: Counter[str] = Counter()
        for unit in units[i : i + window]:
            right.update(unit)
        sims.append(cosine(left, right))
    return sims


def depths(sims: Sequence[float]) -> list[float]:
    """TextTiling depth score of each gap: how far similarity climbs on both sides before it
    falls again. A deep valley is a likely boundary; a shallow wobble is not."""
    out = [0.0] * len(sims)
    for i in range(1, len(sims)):
        left = sims[i]
        j = i - 1
        while j >= 1 and sims[j] >= left:
            left = sims[j]
            j -= 1
        right = sims[i]
        j = i + 1
        while j < len(sims) and sims[j] >= right:
            right = sims[j]
            j += 1
        out[i] = (left - sims[i]) + (right - sims[i])
    return out
