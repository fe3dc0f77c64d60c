"""An acronym defined by the lower-case words before it ("an extraordinary general meeting
(EGM)", "liquid natural gas (LNG)") names a thing or an idea, not an organisation: none of its
mentions is a tag. A body news writes in capitals keeps its acronym ("Mainland Affairs Council
(MAC)")."""

from tests.support.entities import candidate_types


def test_an_acronym_of_lower_case_words_is_a_term() -> None:
    types = candidate_types("Shareholders revolt", [
        "Investors can call an extraordinary general meeting (EGM) to remove the chairman.",
        "The EGM will be held in May, and a plant for liquid natural gas (LNG) is planned.",
    ])
    assert "EGM" not in types
    assert "LNG" not in types


def test_a_body_in_capitals_keeps_its_acronym() -> None:
    types = candidate_types("Council speaks", [
        "The Mainland Affairs Council (MAC) said on Monday that talks would resume.",
        "The MAC added that a date had been set.",
    ])
    assert types.get("Mainland Affairs Council") == "organization"
