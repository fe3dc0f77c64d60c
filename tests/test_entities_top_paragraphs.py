"""News puts what a story is about at its top: a name first given in the lede or the paragraph
after it counts for more than the same name first given further down (the inverted pyramid)."""

from backfile_entities import tag
from backfile_entities.salience import StoryCues, features
from backfile_entities.tagger import candidates

FILLER = [
    "Shares in the carmaker rose sharply in early trading in Milan on the news.",
    "Analysts at Merrill Lynch and UBS said the deal had been expected for several weeks.",
    "The carmaker, based in Turin, has been looking for a partner since General Motors left.",
]


def _story(named_in: int) -> list[str]:
    lede = "Italian carmaker Fiat has agreed to sell a stake in its luxury car unit Ferrari."
    paragraphs = [lede, *FILLER]
    sentence = " The stake went to Mediobanca for 775m euros."
    paragraphs[named_in] += sentence
    return paragraphs


def _top_cue(paragraphs: list[str], name: str) -> float:
    found = candidates("Fiat sells Ferrari stake", paragraphs)
    entity = next(e for e in found if e.name == name)
    return features(entity, StoryCues.of(found))["top"]


def test_the_cue_marks_names_first_given_in_the_top_two_paragraphs() -> None:
    assert _top_cue(_story(1), "Mediobanca") == 1.0
    assert _top_cue(_story(3), "Mediobanca") == 0.0
    assert _top_cue(_story(3), "Fiat") == 1.0


def test_a_single_mention_near_the_top_is_kept_and_further_down_is_not() -> None:
    assert "Mediobanca" in tag("Fiat sells Ferrari stake", _story(1)).organizations
    assert "Mediobanca" not in tag("Fiat sells Ferrari stake", _story(3)).organizations
