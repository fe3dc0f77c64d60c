"""A place whose name ends in "City" ("Mexico City", "Kansas City") is a place, though "City" also
ends football clubs' names ("Manchester City"): the gazetteer's own name for a place decides."""

from backfile_entities import tag


def test_a_city_named_city_is_a_place() -> None:
    entities = tag("Quake shakes capital", [
        "A strong earthquake shook Mexico City on Tuesday, officials said.",
        "Residents of Mexico City fled into the streets.",
    ])
    assert "Mexico City" in entities.places
    assert "Mexico City" not in entities.organizations


def test_several_cities_in_one_sentence() -> None:
    entities = tag("Storms hit the plains", [
        "Tornadoes hit Oklahoma City and Kansas City overnight, the National Weather Service said.",
    ])
    assert {"Oklahoma City", "Kansas City"} <= set(entities.places)
    assert "National Weather Service" in entities.organizations


def test_a_club_named_after_its_town_stays_an_organisation() -> None:
    entities = tag("Derby win", [
        "Manchester City beat Manchester United 2-1 on Sunday to go top of the league.",
    ])
    assert "Manchester City" in entities.organizations
    assert "Manchester City" not in entities.places
