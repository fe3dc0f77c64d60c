"""An acronym written with and without dots is one organisation ("G.E." and "GE"), as are names
that differ only in "and", "&" or "the" ("Economic Social Research Council"), and an acronym's
initials may leave out a legal suffix ("GE" is "General Electric Co", "SAIC" is "Shanghai
Automotive Industry Corp")."""

from tests.support.entities import candidates_of


def test_dotted_and_plain_acronyms_join_the_full_name() -> None:
    found = {e.name: e for e in candidates_of("GE profit rises", [
        "General Electric Co said its profit rose. Jeffrey R. Immelt, chairman of G.E., said so.",
        "GE shares rose on the New York Stock Exchange.",
    ])}
    assert {"G.E.", "GE"} <= set(found["General Electric Co"].aliases)
    assert "GE" not in found and "G.E." not in found


def test_initials_leave_out_a_legal_suffix() -> None:
    found = {e.name: e for e in candidates_of("Rover deal", [
        "Shanghai Automotive Industry Corp plans to shift production to China.",
        "SAIC says none of its money will be paid to the owners. SAIC signed a deal.",
    ])}
    names = {n for e in found.values() for n in [e.name, *e.aliases]}
    assert {"SAIC", "Shanghai Automotive Industry Corp"} <= names
    assert len([e for e in found.values() if e.type == "organization"]) == 1


def test_names_that_differ_in_joiners_are_one_organisation() -> None:
    found = [e for e in candidates_of("Research funding", [
        "The Economic and Social Research Council paid for the study.",
        "The Economic Social Research Council said the results were clear.",
    ]) if e.type == "organization"]
    assert len(found) == 1
    assert {found[0].name, *found[0].aliases} == {"Economic and Social Research Council",
                                                  "Economic Social Research Council"}
