"""A quotation opened after a comma, a colon or "said" starts a sentence: its capitalised first
word ('observed, "With Fightstar, ...') is no title's first word, so the name after it stays."""

from tests.support.entities import candidate_names as names


def test_a_name_after_a_quotation_opening_word_is_kept() -> None:
    found = names("Band plays first gig", [
        "Charlie Simpson took his new band Fightstar to the stage on Friday night.",
        'Fans observed, "With Fightstar, he has clearly moved on from his old sound."',
    ])
    assert "Fightstar" in found


def test_a_capitalised_article_inside_a_sentence_still_starts_a_title() -> None:
    found = names("Film tops box office", [
        "Crowds queued to see The Aviator, which opened in London on Friday.",
        "Critics said The Aviator was the best film of the year.",
    ])
    assert "Aviator" not in found
