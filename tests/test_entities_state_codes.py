"""Australian news writes its states by their abbreviations ("NSW", "Qld", "Vic.", "ACT"):
places, from ISO 3166-2's codes, not organisations. Matched by exact form, so "the Act" stays
a law and "Vic Reeves" a person."""

from tests.support.entities import candidate_types


def test_state_abbreviations_are_places() -> None:
    types = candidate_types("Floods hit the east", [
        "Heavy rain fell across NSW on Tuesday, and towns in Qld and Vic. were cut off.",
        "The ACT government sent crews to help.",
    ])
    assert types.get("New South Wales") == "place"
    assert types.get("Queensland") == "place"
    assert types.get("Victoria") == "place"
    assert types.get("Australian Capital Territory") == "place"
    assert not types.keys() & {"NSW", "Qld", "Vic", "ACT"}


def test_a_word_spelt_like_a_code_is_not_a_state() -> None:
    types = candidate_types("New law passed", [
        "Ministers said the Act would come into force in May.",
        "Comedian Vic Reeves said he was delighted, and Vic added that he would tour.",
    ])
    assert "Australian Capital Territory" not in types
    assert types.get("Vic Reeves") == "person"
    assert "Victoria" not in types
