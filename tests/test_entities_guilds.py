"""A guild is a body like a union or an academy: "Writers Guild of America" is one organisation
named by its own words, not "Writers Guild" plus the place "America"."""

from backfile_entities.evidence import org_form

from tests.support.entities import candidate_types


def test_guild_names_are_organisations() -> None:
    assert org_form(("Writers", "Guild", "of", "America"))
    assert org_form(("Screen", "Actors", "Guild"))


def test_a_guild_of_a_place_stays_one_name() -> None:
    types = candidate_types("Director wins award", [
        "Morgan Spurlock has won the Writers Guild of America's award for documentary writing.",
    ])
    assert types.get("Writers Guild of America") == "organization"
    assert "Writers Guild" not in types
