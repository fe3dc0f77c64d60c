"""Lexical cohesion between neighbouring paragraphs (TextTiling-style), for finding story
boundaries where a dump has no separators: vocabulary overlap dips where one story ends and
the next begins, and a new story brings names the previous paragraphs never mentioned.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_][\w\u2019'\-]*")
_STOPWORDS_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours said
    says say told mr mrs ms new one two year years last first also would could may might
    must shall us its it's he's she's there's we're they're i'm don't didn't doesn't isn't
    wasn't won't can't
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


@lru_cache(maxsize=1 << 16)
def _key(lower: str) -> str:
    """The term a lower-case word counts as ("" for a stopword or a scrap), with a crude, fast
    suffix strip: enough to match 'rates'/'rate' and 'talks'/'talked'."""
    lower = lower.strip("\u2019'-")
    if lower.endswith(("'s", "\u2019s")):
        lower = lower[:-2]  # "Kennedy's" is "Kennedy"
    if len(lower) < 3 or lower in _STOPWORDS:
        return ""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(lower) > len(suffix) + 3 and lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def terms(text: str) -> Counter[str]:
    """Content terms of a paragraph: stemmed lower-case words, stopwords dropped; capitalised
    words (mostly names, as sentence-opening words are mostly stopwords) count twice, as
    names carry a story's identity."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text):
        key = _key(word.lower())
        if key:
            counts[key] += 2 if word[0].isupper() else 1
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


def gap_similarity(bags: Sequence[Counter[str]], gap: int, window: int) -> float:
    """Similarity across the gap before paragraph `gap`: the `window` paragraphs before it
    against the `window` after it."""
    left: Counter[str] = Counter()
    for bag in bags[max(0, gap - window) : gap]:
        left.update(bag)
    right: Counter[str] = Counter()
    for bag in bags[gap : gap + window]:
        right.update(bag)
    return cosine(left, right)


def gap_similarities(bags: Sequence[Counter[str]], window: int) -> list[float]:
    """Similarity across every gap (index 0, before the first paragraph, is set to 1.0)."""
    return [1.0] + [gap_similarity(bags, gap, window) for gap in range(1, len(bags))]
