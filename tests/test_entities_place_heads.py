"""A place named "<kind of place> of <name>" ("Gulf of Mexico", "Isle of Wight") is a place by its
own words, like "Luzon Strait"; bodies named the same way ("Bank of England") stay bodies."""

from backfile_entities.evidence import place_form

from tests.support.entities import candidate_types


def test_kind_of_place_heads_make_a_place_form() -> None:
    assert place_form(("Gulf", "of", "Mexico"))
    assert place_form(("Isle", "of", "Wight"))
    assert not place_form(("Bank", "of", "England"))
    assert not place_form(("Gulf", "Mexico"))


def test_sea_and_gulf_names_are_places_not_organisations() -> None:
    types = candidate_types("Storm shuts rigs", [
        "Oil production in the Gulf of Mexico fell after the storm, and ferries to the Isle of "
        "Wight were cancelled. The Bank of England said prices would rise.",
    ])
    assert types["Gulf of Mexico"] == "place"
    assert types["Isle of Wight"] == "place"
    assert types["Bank of England"] == "organization"
