"""Places no gazetteer lists: planets ("Earth", "Mars"; not a confectioner that speaks, nor
"Venus" Williams), seas and oceans written bare after "the" ("the Mediterranean"), an air
station ("RAF Coningsby"), and a name said to be "in" or "near" a known place ("at Coningsby in
Lincolnshire"). All were organisations by default."""

from tests.support.entities import candidate_types


def test_planets_are_places() -> None:
    found = candidate_types("Space probe", [
        "The probe will travel from Earth to Mars in seven months, the agency said.",
        "Mars has a thin atmosphere, unlike Earth.",
    ])
    assert found.get("Earth") == "place" and found.get("Mars") == "place"


def test_a_planet_that_speaks_is_no_place() -> None:
    found = candidate_types("Chocolate", [
        "Confectioner Mars said on Monday that it would cut 500 jobs.",
        "Mars said demand for chocolate bars had fallen.",
    ])
    assert found.get("Mars") != "place"


def test_a_planet_that_is_a_given_name_is_no_place() -> None:
    found = candidate_types("Williams wins", [
        "Venus Williams beat Lindsay Davenport in straight sets on Tuesday.",
        "Venus served 12 aces.",
    ])
    assert found.get("Venus") != "place"


def test_a_sea_written_bare_after_the_is_a_place() -> None:
    found = candidate_types("Migrants", [
        "Hundreds of migrants crossed the Mediterranean this week, officials said.",
        "Boats left Libya for Italy across the Mediterranean.",
    ])
    assert found.get("Mediterranean") == "place"


def test_an_air_station_is_a_place() -> None:
    found = candidate_types("Jets", ["Typhoon jets took off from RAF Coningsby on Monday."])
    assert found.get("RAF Coningsby") == "place"


def test_a_name_in_a_known_place_is_a_place() -> None:
    found = candidate_types("Heatwave", [
        "The Met Office recorded 40.3C at Coningsby in Lincolnshire on Tuesday.",
        "The festival takes place at Balado, near Kinross, in July.",
    ])
    assert found.get("Coningsby") == "place"


def test_a_name_in_an_unknown_place_keeps_its_default() -> None:
    found = candidate_types("Heatwave", ["Firefighters were called to Wennington in Rainham."])
    assert found.get("Wennington") != "place"
