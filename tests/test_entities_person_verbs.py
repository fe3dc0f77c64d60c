"""A lone surname is a person when what follows it happens only to people ("McAdoo was fired",
"Ndlovu died", "Ndlovu, 34,"), not an organisation by default; firms are fined, hurt or
named, peoples are killed in the plural, and "the Observer, 3,000 jobs" holds no age."""

from tests.support.entities import candidate_types


def test_a_surname_that_is_fired_or_dies_is_a_person() -> None:
    types = candidate_types("Coach goes", [
        "The Giants said on Monday that McAdoo was fired after a poor season.",
        "Fans said Ndlovu, 34, had resigned, and police said Okafor died in hospital.",
    ])
    assert types.get("McAdoo") == "person"
    assert types.get("Ndlovu") == "person"
    assert types.get("Okafor") == "person"


def test_what_happens_to_firms_and_peoples_says_nothing() -> None:
    types = candidate_types("Firm fined", [
        "Regulators said Enron was fined, and that Nokia was hurt by weak sales.",
        "About 800,000 Tutsis were killed, and according to the Observer, 3,000 jobs went.",
    ])
    assert types.get("Enron") != "person"
    assert types.get("Nokia") != "person"
    assert types.get("Tutsis") != "person"
    assert types.get("The Observer", types.get("Observer")) != "person"
