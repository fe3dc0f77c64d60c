"""A romanised Japanese name is a person even when no name list holds the given name and the
family name is also a town or a company ("Komatsu", "Sumiyoshi", "Honda"); a given name the
list holds makes a person of a company's name too ("James Dyson", "Harrison Ford")."""

from backfile_entities import tag


def test_romanised_japanese_name_with_a_town_for_surname_is_a_person() -> None:
    entities = tag("Man held over fire", [
        "A fire killed four people in a flat on Friday, police said.",
        "Tatsunori Komatsu was arrested on suspicion of arson after he confessed to it.",
    ])
    assert "Tatsunori Komatsu" in entities.people
    assert "Tatsunori Komatsu" not in entities.organizations


def test_skater_with_a_ward_for_surname_is_a_person() -> None:
    entities = tag("Skating", [
        "Rion Sumiyoshi of Japan skates in the free program at the Grand Prix in Angers.",
    ])
    assert "Rion Sumiyoshi" in entities.people


def test_given_name_before_a_company_name_is_a_person() -> None:
    entities = tag("Inventors meet", [
        "Takeshi Honda met James Dyson and Harrison Ford at a fair in Leeds on Monday.",
        "Honda said the fair was busy, and Dyson agreed.",
    ])
    assert {"Takeshi Honda", "James Dyson", "Harrison Ford"} <= set(entities.people)


def test_a_company_cue_still_wins_over_a_romanised_name() -> None:
    entities = tag("Chemicals", [
        "Shares of Asahi Kasei rose on Monday after the chemicals maker raised its forecast.",
        "Asahi Kasei said demand was strong.",
    ])
    assert "Asahi Kasei" not in entities.people
