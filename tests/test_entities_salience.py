"""Salience: what a story is about is kept, passing mentions (a list, a quotation, a source)
are dropped, and the cues are read off the text the way a reader would."""

import pytest
from backfile_entities import tag
from backfile_entities.mentions import find_mentions
from backfile_entities.salience import WEIGHTS


def first(paragraph: str, text: str):
    return next(m for m in find_mentions(paragraph) if m.text == text)


def test_lists_quotations_descriptions_and_adjective_use_are_seen() -> None:
    paragraph = ('His songs moved Joe Cocker, Steve Winwood and Eric Burdon. "I met Bill Gates '
                 'once," he said. Hans Reckers, a board member of the bank, disagreed.')
    assert first(paragraph, "Steve Winwood").listed
    assert first(paragraph, "Bill Gates").quoted
    assert first(paragraph, "Hans Reckers").described
    assert not first(paragraph, "Hans Reckers").listed
    trade = "UK firms lost out. The UK said no. Bill Gates said it was fine."
    assert first(trade, "UK").attributive
    assert not [m for m in find_mentions(trade) if m.text == "UK"][1].attributive
    assert not first(trade, "Bill Gates").attributive


def test_the_weights_point_the_way_a_reader_would() -> None:
    assert WEIGHTS["mentions"] > 0 and WEIGHTS["lede"] > 0 and WEIGHTS["introduced"] > 0
    assert WEIGHTS["only_listed"] < 0 and WEIGHTS["only_quoted"] < 0
    assert WEIGHTS["only_attributive"] < 0
    assert WEIGHTS["only_source"] < 0 and WEIGHTS["broad"] < 0


def test_the_subject_comes_first() -> None:
    entities = tag("Charles dies at 73", [
        "Soul legend Ray Charles has died at his home in Beverly Hills, aged 73.",
        "Charles, who was blind from the age of seven, had hits for five decades. "
        "Charles said music was his life.",
        "His songs were covered by Joe Cocker, Steve Winwood, Eric Burdon and Van Morrison.",
        "Charles recorded for Atlantic Records and later ABC. Charles toured until last year.",
    ])
    assert entities.people[0] == "Ray Charles"
    assert "Seoul" not in entities.places  # "Soul legend": a word, not an old city spelling


@pytest.mark.slow
def test_the_weights_in_use_are_what_the_gold_set_fits() -> None:
    from bench.fit_salience import examples, fit

    names, rows, labels = examples()
    fitted = dict(zip(names, fit(names, rows, labels), strict=True))
    drift = {n: round(fitted[n] - WEIGHTS[n], 2) for n in names
             if abs(fitted[n] - WEIGHTS[n]) > 0.3}
    assert not drift, f"refit the salience weights (python -m bench.fit_salience): {drift}"


def test_a_name_spread_over_the_story_outweighs_one_named_in_a_single_paragraph() -> None:
    """The spread cue: the share of the story's paragraphs that name an entity. Named twice
    either way, the firm the story comes back to is more what it is about than the one two
    sentences dwell on."""
    from backfile_entities.salience import StoryCues, features, score

    from tests.support.entities import candidates_of

    paragraphs = [
        "Mobile phone sales rose sharply in the last three months of the year.",
        "Shares in Nokia rose by 5% in early trading.",
        "Shares in Siemens fell by 2%. Shares in Siemens have fallen all year.",
        "Analysts expect the market to grow again next year.",
        "Cheaper handsets sold well in Asia and Latin America.",
        "Shares in Nokia have risen by a third since January.",
    ]
    found = {e.name: e for e in candidates_of("Phone sales rise", paragraphs)}
    story = StoryCues.of(list(found.values()), len(paragraphs))
    nokia, siemens = found["Nokia"], found["Siemens"]
    assert features(nokia, story)["spread"] == 2 / 6
    assert features(siemens, story)["spread"] == 1 / 6
    assert features(nokia, story)["mentions"] == features(siemens, story)["mentions"]
    assert score(nokia, story) > score(siemens, story)
