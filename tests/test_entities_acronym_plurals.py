"""An acronym ending in a capital S is a name of its own ("NHS", "RBS", "EDS"), not the plural
of "NH": news writes plurals of acronyms with a lower-case s ("MPs", "PCs")."""

from tests.support.entities import candidate_types


def test_an_all_capitals_acronym_ending_in_s_is_a_candidate() -> None:
    types = candidate_types("Health checks planned", [
        "Mr Howard said the checks would help protect the NHS.",
        "Patients would pay the NHS for treatment, and RBS would lend the money.",
    ])
    assert types.get("NHS") == "organization"
    assert types.get("RBS") == "organization"


def test_a_plural_with_a_lower_case_s_is_still_no_name() -> None:
    names = candidate_types("Vote planned", [
        "MPs will vote on the plan, and PCs in every office will count it.",
        "The MPs said CDs were sent to voters.",
    ])
    assert "MPs" not in names and "PCs" not in names and "CDs" not in names
