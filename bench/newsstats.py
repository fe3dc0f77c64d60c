"""Length and vocabulary statistics of real news, read from the BBC corpus in ../shared.

The benchmark generator samples from these so synthetic stories are as long, and use words
as often, as real ones. Only counts leave this module: no sentence of the corpus is copied.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT / "../shared/corpora/bbc-2004-2005"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$|^[a-z]$")


@dataclass(frozen=True)
class NewsStats:
    """What the generator samples from: story sizes, sentence sizes and word frequencies."""

    story_words: list[int]        # body length in words, one entry per corpus story
    sentence_words: list[int]     # words per sentence, one entry per corpus sentence
    vocabulary: list[str]         # lower-case words, most frequent first
    frequencies: list[int]        # how often each vocabulary word occurs


@lru_cache(maxsize=1)
def load(corpus: Path = BBC) -> NewsStats:
    """Count story lengths, sentence lengths and word frequencies over the corpus."""
    files = sorted(corpus.glob("*/*.txt"))
    if not files:
        raise FileNotFoundError(f"{corpus}: no stories found (the BBC corpus lives in ../shared)")
    story_words: list[int] = []
    sentence_words: list[int] = []
    counts: Counter[str] = Counter()
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        body = text.split("\n", 1)[1] if "\n" in text else ""
        total = 0
        for paragraph in body.split("\n\n"):
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                words = sentence.split()
                if not words:
                    continue
                total += len(words)
                sentence_words.append(len(words))
                counts.update(w for w in (t.strip(".,;:!?\"()") for t in words) if _WORD.match(w))
        if total:
            story_words.append(total)
    common = counts.most_common()
    return NewsStats(
        story_words=story_words,
        sentence_words=sentence_words,
        vocabulary=[w for w, _ in common],
        frequencies=[c for _, c in common],
    )
