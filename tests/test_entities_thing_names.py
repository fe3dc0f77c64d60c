"""Machines, craft and instruments ("James Webb Space Telescope", "Mars Reconnaissance Orbiter")
are neither people nor bodies, however their names start; a person whose surname is such a word
("Tom Rocket said") stays a person."""

from backfile_entities import tag


def test_a_telescope_named_after_a_person_is_no_person() -> None:
    entities = tag("Water found on distant planet", [
        "Astronomers using the James Webb Space Telescope have detected water vapour around a "
        "distant planet, researchers at the University of Cambridge said on Monday.",
        "Data from the Mars Reconnaissance Orbiter were used to check the method.",
    ])
    assert "James Webb Space Telescope" not in entities.tags
    assert "Mars Reconnaissance Orbiter" not in entities.tags
    assert "University of Cambridge" in entities.organizations


def test_a_surname_that_names_a_machine_keeps_its_person() -> None:
    entities = tag("Club signs forward", [
        "Tom Rocket said on Friday he was delighted to join the club.",
        "Rocket, 24, scored 12 goals last season.",
    ])
    assert "Tom Rocket" in entities.people
