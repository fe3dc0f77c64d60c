"""A body's role noun after a one-word name makes it a body's name even at a sentence start
("Ladbrokes spokesman Warren Lush said": "Ladbrokes" was dropped as a capitalised sentence
opener); a place keeps its type ("Kremlin spokesman"). Only the type follows from it, not the
salience."""

from tests.support.entities import candidate_types


def test_a_name_before_spokesman_is_a_body() -> None:
    found = candidate_types("Odds", [
        "Ladbrokes spokesman Warren Lush said the odds had been cut.",
    ])
    assert found.get("Ladbrokes") == "organization" and found.get("Warren Lush") == "person"


def test_a_place_before_spokesman_stays_a_place() -> None:
    found = candidate_types("Talks", ["Moscow spokesman Ivan Petrov said talks would go on."])
    assert found.get("Moscow") == "place"
