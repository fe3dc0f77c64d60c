""""Partnership" and "Consortium" end a body's name: "called The Travel Partnership" is a body,
not the title of a work, and "British Retail Consortium (BRC)" is named in full."""

from tests.support.entities import candidate_types, candidates_of


def test_a_partnership_after_called_the_is_a_body() -> None:
    found = candidate_types("Domains", [
        "The scheme is backed by a New York-based trade group called The Travel Partnership.",
    ])
    assert found.get("Travel Partnership") == "organization"


def test_a_consortium_is_named_in_full_with_its_acronym() -> None:
    entities = candidates_of("Shop sales", [
        "Sales fell 0.4% in January, the British Retail Consortium (BRC) said.",
        "The BRC blamed the weather.",
    ])
    forms = {e.name: e.aliases for e in entities}
    assert "BRC" in forms.get("British Retail Consortium", [])
