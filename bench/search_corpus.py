"""Deterministic synthetic news stories for the search benchmark, shaped like the BBC corpus.

Word frequencies, body lengths and title lengths are sampled from ../shared/corpora/bbc-2004-2005;
people are the corpus's most frequent capitalised word pairs. (bench/generate.py on the `scale`
branch was not merged when this was written; this small generator yields SearchDocs directly.)
"""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from backfile_search.bbc import SECTIONS, read_bbc
from backfile_search.documents import SearchDoc

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")


class BBCShape:
    """What the generator samples from."""

    def __init__(self, corpus: Path) -> None:
        docs = read_bbc(corpus, 10**6)
        words: Counter[str] = Counter()
        names: Counter[str] = Counter()
        self.body_lengths: list[int] = []
        self.title_lengths: list[int] = []
        for doc in docs:
            tokens = WORD.findall(doc.body)
            words.update(tokens)
            names.update(NAME.findall(doc.body))
            self.body_lengths.append(len(tokens))
            self.title_lengths.append(max(3, len(WORD.findall(doc.title))))
        self.words = sorted(words)
        self.cum_weights = list(accumulate(words[w] for w in self.words))
        self.people = [n for n, _ in names.most_common(2000)]


def synthetic_docs(shape: BBCShape, count: int, seed: int = 0) -> list[SearchDoc]:
    """`count` stories over ten years of editions, the same for the same seed."""
    rng = random.Random(seed)
    docs: list[SearchDoc] = []
    first = date(2015, 1, 1)
    for i in range(count):
        length = rng.choice(shape.body_lengths)
        words = rng.choices(shape.words, cum_weights=shape.cum_weights, k=length)
        paragraphs = []
        for start in range(0, len(words), 45):
            sentence = words[start:start + 45]
            if sentence:
                sentence[0] = sentence[0].capitalize()
                paragraphs.append(" ".join(sentence) + ".")
        title_words = rng.choices(shape.words, cum_weights=shape.cum_weights,
                                  k=rng.choice(shape.title_lengths))
        people = rng.sample(shape.people, rng.choice((0, 1, 1, 2, 3)))
        section = SECTIONS[rng.randrange(len(SECTIONS))].title()
        slug = f"story-{i:06d}"
        docs.append(SearchDoc(
            slug=slug, url=f"stories/{slug}.html",
            title=" ".join(title_words).capitalize(),
            body="\n\n".join(paragraphs),
            date=first + timedelta(days=i * 3650 // max(count, 1)),
            section=section,
            summary=paragraphs[0] if paragraphs else "",
            people=people,
        ))
    return docs


def bench_queries(shape: BBCShape, docs: list[SearchDoc], count: int = 100,
                  seed: int = 1) -> list[str]:
    """Plain-word queries both engines understand: 40% one word, 40% two, 20% three."""
    rng = random.Random(seed)
    vocab = Counter(w.lower() for d in docs[:2000] for w in WORD.findall(d.body))
    ranked = [w for w, _ in vocab.most_common() if len(w) > 3][:5000]
    queries: list[str] = []
    for i in range(count):
        k = 1 if i < count * 0.4 else 2 if i < count * 0.8 else 3
        queries.append(" ".join(rng.choice(ranked) for _ in range(k)))
    return queries
