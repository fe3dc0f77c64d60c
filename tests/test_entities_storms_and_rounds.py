"""Capitalised runs that name no person, place or organisation: a storm (`Typhoon Kristine`
was a person by its given name) and a funding round (`Series B` an organisation); a school
named `Lincoln Elementary` is an organisation, not a person called Lincoln."""

from __future__ import annotations

from backfile_entities import tag

TEXT = [
    "President Ferdinand Marcos Jr. on Friday ordered government agencies to speed up relief "
    "for families displaced by Typhoon Kristine in the Bicol region.",
    "Acme Robotics said it had raised $40 million in Series B funding led by Granite Ventures. "
    "Margaret Hughes taught third grade at Lincoln Elementary for 34 years.",
]


def test_storms_and_funding_rounds_are_not_tagged() -> None:
    found = tag("Relief ordered", TEXT)
    names = {*found.people, *found.places, *found.organizations}
    assert "Ferdinand Marcos" in found.people
    assert not {"Typhoon Kristine", "Kristine", "Series B"} & names
    assert "Lincoln Elementary" in found.organizations
