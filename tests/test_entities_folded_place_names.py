"""Places whose data-package names carry marks that English-language news leaves out: ISO
3166-2 writes India's states "Haryāna", "Gujarāt", "Tamil Nādu" (they were no places at all,
and "Haryana Chief Minister ..." made Haryana an organisation), and geonames writes "Kraków"
where a story writes "Krakow". Only sizeable cities get the folded form, so a small town's
name does not turn a word into a place."""

from backfile_entities.evidence import place_of
from backfile_entities.gazetteer import load

from tests.support.entities import candidate_types


def test_states_and_cities_without_their_marks_are_places() -> None:
    gazetteer = load()
    assert place_of("Haryana", gazetteer) == "Haryana"
    assert place_of("Tamil Nadu", gazetteer) == "Tamil Nadu"
    assert place_of("Maharashtra", gazetteer) == "Maharashtra"
    assert place_of("Krakow", gazetteer) == "Krak\u00f3w"
    assert place_of("Punch", gazetteer) is None  # "P\u016bnch", a town of 28,000


def test_a_state_before_its_chief_minister_is_a_place() -> None:
    found = candidate_types("Dispute over capital", [
        "Haryana Chief Minister Asha Rendal said that Haryana would keep its claim on "
        "Chandigarh, and Gujarat agreed.",
    ])
    assert found.get("Haryana") == "place"
    assert found.get("Gujarat") == "place"
