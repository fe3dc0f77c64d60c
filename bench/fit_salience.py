"""Fit the salience weights (plugins/backfile_entities/salience.py) on the gold set's
development part, by L2-regularised logistic regression (Newton's method, plain Python).

Every candidate entity the tagger finds in a development story is one example; it is positive
when it matches a gold entity (same matching as bench/eval_entities.py). The held-out part is
never read. The printed weights are what salience.WEIGHTS holds, rounded by hand.
Run: `python -m bench.fit_salience` (add `--cv` for 5-fold cross-validated precision and recall
over the development stories: weights fitted on four folds, the fifth tagged with them).
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from backfile_entities.gazetteer import load
from backfile_entities.resolve import Entity
from backfile_entities.salience import THRESHOLD, WEIGHTS, StoryCues, features, select
from backfile_entities.tagger import candidates

from bench.entity_corpus import gold_stories
from bench.eval_entities import fold, held_out

L2 = 1.0           # ridge penalty on every weight but the bias
ITERATIONS = 25
FOLDS = 5
CV_SEED = 20041231
CV_THRESHOLDS = (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25)


@dataclass
class StoryExamples:
    """One development story's candidates, the gold entity each matches (or None), its rows."""

    entities: list[Entity]
    gold_index: list[int | None]
    gold_count: int
    paragraphs: int
    rows: list[list[float]]
    labels: list[float]


def story_examples() -> list[StoryExamples]:
    """Every development story's candidate entities with their cues and gold labels."""
    broad = load().continents
    names = list(WEIGHTS)
    out = []
    for story in gold_stories():
        if held_out(story.id):
            continue
        gold = [{fold(g.name), *map(fold, g.aliases)} for g in story.entities]
        found = candidates(story.title, story.paragraphs)
        cues_of_story = StoryCues.of(found, len(story.paragraphs), broad)
        matches: list[int | None] = []
        rows: list[list[float]] = []
        labels: list[float] = []
        for entity in found:
            forms = {fold(entity.name), *map(fold, entity.aliases)}
            matches.append(next((i for i, g in enumerate(gold) if forms & g), None))
            if all(loc.where == "title" for loc in entity.mentions):
                continue  # never kept, whatever the weights
            cues = features(entity, cues_of_story)
            rows.append([cues[n] for n in names])
            labels.append(0.0 if matches[-1] is None else 1.0)
        out.append(StoryExamples(found, matches, len(gold), len(story.paragraphs), rows, labels))
    return out


def examples() -> tuple[list[str], list[list[float]], list[float]]:
    """(feature names, rows, labels) over the development part's candidate entities."""
    stories = story_examples()
    return (list(WEIGHTS), [r for s in stories for r in s.rows],
            [y for s in stories for y in s.labels])


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


def _tally(stories: list[StoryExamples], weights: dict[str, float], threshold: float
           ) -> tuple[int, int, int]:
    """(predictions, matched predictions, gold entities) when the tagger keeps what `weights`
    score above `threshold` (each gold entity matched once, as bench/eval_entities.py does)."""
    predicted = matched = gold = 0
    broad = load().continents
    for story in stories:
        gold += story.gold_count
        index = {id(e): g for e, g in zip(story.entities, story.gold_index, strict=True)}
        taken: set[int] = set()
        for entity in select(story.entities, story.paragraphs, broad=broad, weights=weights,
                             threshold=threshold):
            predicted += 1
            hit = index[id(entity)]
            if hit is not None and hit not in taken:
                taken.add(hit)
                matched += 1
    return predicted, matched, gold


def cross_validate(folds: int = FOLDS) -> dict[float, tuple[float, float]]:
    """Precision and recall by threshold, each fold tagged with weights fitted on the others
    (stories shuffled with a fixed seed, so the folds are the same every run)."""
    stories = story_examples()
    names = list(WEIGHTS)
    order = list(range(len(stories)))
    random.Random(CV_SEED).shuffle(order)
    totals = {t: [0, 0, 0] for t in CV_THRESHOLDS}
    for k in range(folds):
        test = [stories[i] for i in order[k::folds]]
        train = [stories[i] for j, i in enumerate(order) if j % folds != k]
        weights = dict(zip(names, fit(names, [r for s in train for r in s.rows],
                                      [y for s in train for y in s.labels]), strict=True))
        for t in CV_THRESHOLDS:
            for i, n in enumerate(_tally(test, weights, t)):
                totals[t][i] += n
    return {t: (m / p if p else 0.0, m / g if g else 0.0) for t, (p, m, g) in totals.items()}


def run() -> None:
    if "--cv" in sys.argv:
        print(f"{FOLDS}-fold cross-validation over the development stories (threshold in use "
              f"{THRESHOLD:+.2f}):")
        for t, (p, r) in cross_validate().items():
            print(f"  threshold {t:+.2f}  precision {p:.3f}  recall {r:.3f}")
        return
    names, rows, labels = examples()
    weights = fit(names, rows, labels)
    print(f"{len(rows)} candidate entities, {int(sum(labels))} salient (development part)")
    for name, value in zip(names, weights, strict=True):
        print(f"  {name:16} fitted {value:+.2f}   in use {WEIGHTS[name]:+.2f}")


if __name__ == "__main__":
    run()
