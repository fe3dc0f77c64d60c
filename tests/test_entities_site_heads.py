"""A site named "<kind> of <name>" is one place, not cut at "of": "Hollywood Walk of Fame",
"Statue of Liberty", "Tower of London", "Rock and Roll Hall of Fame" (the "and" inside it too);
but "Stuart Hall of the BBC" is still a person and the body he speaks for."""

from tests.support.entities import candidate_types


def test_a_site_before_of_is_one_place() -> None:
    found = candidate_types("Star for Godzilla", [
        "The monster was given a star on the Hollywood Walk of Fame on Monday.",
        "Tourists queued for the Statue of Liberty and the Tower of London.",
    ])
    assert found.get("Hollywood Walk of Fame") == "place"
    assert found.get("Statue of Liberty") == "place"
    assert found.get("Tower of London") == "place"
    assert "Walk" not in found and "Fame" not in found and "Statue" not in found


def test_and_inside_a_site_name_stays() -> None:
    found = candidate_types("U2 inducted", [
        "Bruce Springsteen inducted U2 into the Rock and Roll Hall of Fame, in New York.",
    ])
    assert found.get("Rock and Roll Hall of Fame") == "place"
    assert "Rock" not in found


def test_a_surname_like_a_site_word_is_still_a_person() -> None:
    found = candidate_types("Broadcaster speaks", [
        "Stuart Hall of the BBC said the show would go on.",
    ])
    assert found.get("Stuart Hall") == "person"
    assert found.get("BBC") == "organization"
