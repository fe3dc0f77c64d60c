"""A continent, or a country's news name, is no given name even where a name list has it:
"Asia Aid" and "Asia Pacific" are no people ("Georgia" and "Victoria" stay given names)."""

from backfile_entities.gazetteer import load

from tests.support.entities import candidate_types


def test_continents_are_no_given_names() -> None:
    names = load().given_names
    assert "asia" not in names and "america" not in names
    assert "victoria" in names and "martin" in names


def test_a_continent_before_a_word_is_no_person() -> None:
    types = candidate_types("Music channel plans", [
        "The channel's Asia Aid concert raised money, MTV's chief said.",
        "The company runs Asia Aid every year.",
    ])
    assert types.get("Asia Aid") != "person"
