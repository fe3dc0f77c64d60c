"""Short forms of English given names ("Matt", "Clint", "Phil") say person like the full forms:
"Clint Eastwood's boxing drama" is a film by a person, even though Eastwood is also a town."""

from backfile_entities.gazetteer import load

from tests.support.entities import candidate_types


def test_short_forms_are_given_names() -> None:
    names = load().given_names
    assert {"matt", "clint", "phil", "mick"} <= names
    assert "pat" not in names  # a common word too


def test_a_short_given_name_makes_a_person_of_a_town_surname() -> None:
    types = candidate_types("Baby becomes Oscar favourite", [
        "Clint Eastwood's boxing drama Million Dollar Baby has become the new favourite.",
        "The film has overtaken The Aviator, with Eastwood also tipped to win.",
    ])
    assert types.get("Clint Eastwood") == "person"
    assert "Eastwood" not in types
