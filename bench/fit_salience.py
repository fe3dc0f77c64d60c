"""Fit the salience weights (plugins/backfile_entities/salience.py) on the gold set's
development part, by L2-regularised logistic regression (Newton's method, plain Python).

Every candidate entity the tagger finds in a development story is one example; it is positive
when it matches a gold entity (same matching as bench/eval_entities.py). The held-out part is
never read. The printed weights are what salience.WEIGHTS holds, rounded by hand.
Run: `python -m bench.fit_salience`.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from backfile_entities.gazetteer import load
from backfile_entities.salience import WEIGHTS, StoryCues, features
from backfile_entities.tagger import candidates

from bench.entity_corpus import gold_stories
from bench.eval_entities import fold, held_out

L2 = 1.0           # ridge penalty on every weight but the bias
ITERATIONS = 25


def examples() -> tuple[list[str], list[list[float]], list[float]]:
    """(feature names, rows, labels) over the development part's candidate entities."""
    broad = load().continents
    names = list(WEIGHTS)
    rows: list[list[float]] = []
    labels: list[float] = []
    for story in gold_stories():
        if held_out(story.id):
            continue
        gold = [{fold(g.name), *map(fold, g.aliases)} for g in story.entities]
        found = candidates(story.title, story.paragraphs)
        cues_of_story = StoryCues.of(found, broad)
        for entity in found:
            if all(loc.where == "title" for loc in entity.mentions):
                continue  # never kept, whatever the weights
            forms = {fold(entity.name), *map(fold, entity.aliases)}
            cues = features(entity, cues_of_story)
            rows.append([cues[n] for n in names])
            labels.append(1.0 if any(forms & g for g in gold) else 0.0)
    return names, rows, labels


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and well posed)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(names: list[str], rows: list[list[float]], labels: list[float]) -> list[float]:
    k = len(names)
    w = [0.0] * k
    for _ in range(ITERATIONS):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(rows, labels, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for i in range(k):
                grad[i] += (p - y) * x[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, k):
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
    return w


def run() -> None:
    names, rows, labels = examples()
    weights = fit(names, rows, labels)
    print(f"{len(rows)} candidate entities, {int(sum(labels))} salient (development part)")
    for name, value in zip(names, weights, strict=True):
        print(f"  {name:16} fitted {value:+.2f}   in use {WEIGHTS[name]:+.2f}")


if __name__ == "__main__":
    run()
