"""A capitalised run holding a pronoun ("Super Size Me", "Hate Me") is a title, never a
person's name: "me" is a function word like "him" and "my"."""

from backfile_entities.lexicon import FUNCTION_WORDS

from tests.support.entities import candidate_types


def test_me_is_a_function_word() -> None:
    assert "me" in FUNCTION_WORDS


def test_a_title_ending_in_me_is_not_a_person() -> None:
    types = candidate_types("Director wins award", [
        "Super Size Me director Morgan Spurlock has won the award for documentary writing.",
        "Morgan Spurlock said the prize was a surprise.",
    ])
    assert types.get("Super Size Me") != "person"
    assert types.get("Morgan Spurlock") == "person"
