"""A fixed, deterministic set of queries for the client/Whoosh ranking-parity test.

Built from the indexed stories' own words so every kind of query finds something: single terms
from rare to common, 2-4 word queries, phrases, field:term, prefix*, AND/OR/NOT and grouping.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from backfile_search.documents import SearchDoc

WORD = re.compile(r"[A-Za-z]{3,}")
COMMON = {"the", "and", "for", "that", "with", "said", "was", "are", "has", "have", "its"}


def parity_queries(docs: list[SearchDoc], seed: int = 4) -> list[str]:
    """At least 300 queries of the kinds the brief lists, the same every run."""
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update({w.lower() for w in WORD.findall(doc.body)})
    vocab = sorted(w for w in counts if w not in COMMON)
    by_freq = sorted(vocab, key=lambda w: (counts[w], w))
    n = len(by_freq)
    rare_to_common = [by_freq[int(i * (n - 1) / 59)] for i in range(60)]  # quantiles
    pick = lambda: rng.choice(by_freq[n // 3:])  # noqa: E731 - mid/common words find things
    queries: list[str] = []
    queries += rare_to_common
    queries += [" ".join(pick() for _ in range(k)) for k in (2, 3, 4) for _ in range(20)]
    for doc in rng.sample(docs, 40):  # phrases: 2-3 adjacent words of a real story
        words = WORD.findall(doc.body)
        if len(words) > 5:
            i = rng.randrange(len(words) - 3)
            queries.append('"' + " ".join(words[i:i + rng.choice((2, 3))]) + '"')
    titles = [WORD.findall(d.title) for d in docs]
    for words in rng.sample([t for t in titles if t], 20):
        queries.append(f"title:{rng.choice(words).lower()}")
    queries += [f"body:{pick()}" for _ in range(10)]
    queries += [f"section:{d.section.lower()}" for d in docs[:: max(1, len(docs) // 5)]][:5]
    queries += [f"{w[:rng.choice((3, 4, 5))]}*" for w in rng.sample(by_freq[n // 2:], 25)]
    queries += [f"title:{w[:4]}*" for w in rng.sample(by_freq[n // 2:], 5)]
    queries += [f"{pick()} AND {pick()}" for _ in range(12)]
    queries += [f"{pick()} OR {pick()}" for _ in range(12)]
    queries += [f"{pick()} OR {pick()} OR {pick()}" for _ in range(5)]
    queries += [f"{pick()} NOT {pick()}" for _ in range(12)]
    queries += [f"{pick()} AND NOT {pick()}" for _ in range(5)]
    queries += [f"{pick()} ANDNOT {pick()}" for _ in range(4)]
    queries += [f"({pick()} OR {pick()}) AND {pick()}" for _ in range(10)]
    queries += [f"{pick()} ({pick()} OR {pick()})" for _ in range(8)]
    queries += [f"({pick()} {pick()}) OR ({pick()} NOT {pick()})" for _ in range(6)]
    queries += [f'"{pick()} {pick()}" OR {pick()}' for _ in range(3)]
    queries += [f"title:{pick()} OR body:{pick()}" for _ in range(5)]
    queries += [f"{pick()[:4]}* {pick()}" for _ in range(5)]
    queries += [f"NOT {pick()}" for _ in range(3)]
    queries += [f"{pick().upper()} {pick().title()}" for _ in range(5)]  # case folding
    queries += ["the", "of the", "", "   ", "AND", "OR OR", "(", ")(", '"', '""', "*a", "a*b",
                "zzzzqqqq", "elections", "e-mail", "U.S.", "Blair's", "title:", "foo:bar",
                "<img src=x onerror=alert(1)>", "x" * 1200, "ünïcödé straße",
                " ".join(by_freq[-40:])]
    tags = sorted({k.lower() for d in docs for k in d.keywords})
    if tags:  # a source's own tags (the keywords field), bare and fielded
        queries += [f"keywords:{t}" for t in rng.sample(tags, min(10, len(tags)))]
    return queries
