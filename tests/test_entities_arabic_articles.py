"""A lower-case Arabic article joined to a name is part of it: "Abu Musab al-Zarqawi", "Thaer
al-Naqib" and "Saud al-Faisal" are whole people (not "Abu Musab", "Thaer"), and "al-Qaeda"
mid-sentence is a name."""

from tests.support.entities import candidate_types


def test_an_arabic_article_stays_in_the_name() -> None:
    found = candidate_types("Bomb kills 12", [
        "Abu Musab al-Zarqawi's group claimed the attack, Thaer al-Naqib told reporters.",
        "Saud al-Faisal condemned it.",
    ])
    assert found.get("Abu Musab al-Zarqawi") == "person"
    assert found.get("Thaer al-Naqib") == "person"
    assert found.get("Saud al-Faisal") == "person"
    assert "Abu Musab" not in found and "Thaer" not in found


def test_a_lower_case_al_name_is_a_name() -> None:
    found = candidate_types("Claim", ["The attack was claimed by al-Qaeda on Sunday."])
    assert "al-Qaeda" in found
