"""News the BBC gold set does not hold, written for these tests in the styles of other papers
(US wire and local copy, Nigerian, Kenyan and Dutch names in sports copy, business and
1920s-1950s copy): the tags a careful editor expects, one canonical name each, no junk.

- A Dutch particle stays inside a name: "Erik ten Hag" (was "Erik" and an organisation "Hag").
- West African honorifics are titles, not part of the name: "Alhaji Aliko Dangote".
"""

from backfile_entities import tag

from tests.support.entities import candidate_types


def _all(found) -> list[str]:
    return [*found.people, *found.places, *found.organizations]


def test_a_dutch_particle_stays_inside_the_name() -> None:
    found = tag("United beat Real Madrid in friendly", [
        "Manchester United beat Real Madrid 3-1 in a pre-season friendly in Houston on Sunday, "
        "with Marcus Rashford scoring twice.",
        "United manager Erik ten Hag said he was pleased. \"We played with intensity,\" ten "
        "Hag said.",
        "Madrid coach Carlo Ancelotti rested Jude Bellingham.",
    ])
    assert "Erik ten Hag" in found.people
    assert not {"Erik", "Hag", "ten Hag"} & set(_all(found))
    assert {"Manchester United", "Real Madrid"} <= set(found.organizations)


def test_west_african_honorifics_are_titles() -> None:
    found = tag("Okonjo-Iweala urges reforms", [
        "The Director-General of the World Trade Organization, Dr Ngozi Okonjo-Iweala, has "
        "urged African governments to remove barriers to trade.",
        "Okonjo-Iweala spoke in Abuja on Monday at a forum where Alhaji Aliko Dangote was a "
        "guest. Alhaji Dangote said trade must grow, and Alhaja Bola Shagaya agreed.",
    ])
    assert "Ngozi Okonjo-Iweala" in found.people
    assert "Aliko Dangote" in found.people
    assert not any(name.startswith("Alhaj") for name in _all(found))
    assert candidate_types("Forum", ["Alhaja Bola Shagaya agreed."]).get(
        "Bola Shagaya") == "person"
