""""Organisation" is a body's word like "Council": "and" inside a name that ends with it keeps
the name whole ("Food and Agriculture Organisation", "Organisation for Economic Co-operation
and Development"), and the acronym it defines joins it."""

from tests.support.entities import candidate_types, candidates_of


def test_and_inside_an_organisation_keeps_it_whole() -> None:
    found = candidate_types("Harvest", [
        "Cereal output rose 24%, the Food and Agriculture Organisation (FAO) said on Monday.",
        "The FAO urged donors to keep up their aid.",
    ])
    assert found.get("Food and Agriculture Organisation") == "organization"
    assert "Food" not in found and "Agriculture Organisation" not in found
    assert "FAO" not in found  # an alias of the organisation, not a name of its own


def test_the_oecd_is_one_name() -> None:
    names = {e.name for e in candidates_of("Growth", [
        "The Organisation for Economic Co-operation and Development cut its forecast."])}
    assert "Organisation for Economic Co-operation and Development" in names
