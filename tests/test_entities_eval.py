"""The tagger against the gold set: zero junk on the sample, and no slide below the measured
floors (the issue's targets, 0.85/0.85/0.95, are not reached yet; see README figures)."""

import pytest

from bench.entity_corpus import gold_stories
from bench.eval_entities import evaluate

# Measured on the development part when this test was written, rounded down: a regression
# guard, not the targets.
FLOORS = {"precision": 0.77, "recall": 0.78, "typing": 0.97}


@pytest.fixture(scope="module")
def results() -> tuple:
    return evaluate(gold_stories())


@pytest.mark.slow
def test_no_junk_tags_on_the_sample_stories(results: tuple) -> None:
    _dev, _held, junk = results
    assert junk == []


@pytest.mark.slow
def test_development_figures_do_not_slide(results: tuple) -> None:
    dev, _held, _junk = results
    figures = dev.overall.figures()
    low = {k: round(v, 3) for k, v in figures.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}"


def test_matching_folds_case_apostrophes_a_leading_the_and_a_possessive() -> None:
    """A leading "The" is the writer's ("The Travel Partnership" is the body "Travel
    Partnership" names; "Theo" keeps its letters)."""
    from bench.eval_entities import fold

    assert fold("The Travel Partnership") == fold("travel partnership")
    assert fold("Lloyd\u2019s") == fold("Lloyd")
    assert fold("The Times") == fold("Times")
    assert fold("Theo Walcott") != fold("o Walcott")


@pytest.mark.slow
def test_error_decomposition_accounts_for_every_tag_and_gold_entity(results: tuple) -> None:
    """bench/entity_errors.py splits the development part's errors by cause: its buckets add up
    to the evaluator's own counts, and its real cut is the evaluator's."""
    from bench.entity_errors import decompose

    dev, _held, _junk = results
    n, _listing = decompose("dev")
    misses = sum(v for k, v in n.items() if k.startswith("miss") and ":" not in k)
    false = sum(v for k, v in n.items() if k.startswith("fp") and ":" not in k)
    assert (n["gold"], n["predicted"]) == (dev.overall.gold, dev.overall.predicted)
    assert n["hit"] == dev.overall.matched_gold
    assert n["hit"] + misses == n["gold"] and n["hit"] + false == n["predicted"]
    assert n["gold_scorable"] <= n["gold_candidate"] <= n["gold"]
