"""A people's word glued to a name is no part of it: "in Norway Danes pay less" names Norway
(a place, then a people: "Danes" and "Poles" are nationality nouns too), and "abuse of
Peruvian Tarquel" names Tarquel when the story uses Tarquel alone as a person's name."""

from backfile_entities import tag


def test_place_then_a_people_is_the_place() -> None:
    entities = tag("Fuel", [
        "Demand from Denmark has risen, a trader said, because in Norway Danes are able to buy "
        "the same fuel for less. Shops in Norway were running out.",
    ])
    names = set(entities.people) | set(entities.places) | set(entities.organizations)
    assert "Norway Danes" not in names
    assert "Norway" in entities.places


def test_poles_and_czechs_are_peoples_not_names() -> None:
    entities = tag("Coal", [
        "Traders said Poles and Czechs queued for coal at the border on Friday, and Poles "
        "paid in cash. Czechs said prices had doubled.",
    ])
    names = set(entities.people) | set(entities.places) | set(entities.organizations)
    assert not names & {"Poles", "Czechs"}


def test_nationality_before_a_name_used_alone_is_no_part_of_it() -> None:
    entities = tag("Racism row", [
        "The league said a match was halted for racist abuse of Peruvian Tarquel on Sunday.",
        "Club defender Tarquel, 26, asked the referee to stop play. Tarquel said he was hurt.",
    ])
    assert "Tarquel" in entities.people
    assert "Peruvian Tarquel" not in entities.people


def test_nationality_before_a_company_stays() -> None:
    entities = tag("Airline", [
        "Passengers of Peruvian Airlines were stranded in Lima on Sunday. Peruvian Airlines "
        "said the flights would resume.",
    ])
    assert "Peruvian Airlines" in entities.organizations
