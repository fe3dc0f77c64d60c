"""Political parties: a nickname or short form is the same party as its formal name."""

from backfile_entities import tag
from backfile_entities.lexicon import PARTY_FORMS


def test_tories_tory_and_conservatives_are_one_party() -> None:
    entities = tag("Tories attack tax plans", [
        "The Conservatives have attacked Labour's tax plans.",
        "Tory leader Michael Howard said the Tories would cut taxes. The Conservative Party "
        "also said Labour had failed.",
        "A Labour spokesman said the Tories were wrong.",
    ])
    assert "Conservative Party" in entities.organizations
    assert {"Tories", "Conservatives"} <= set(entities.aliases["Conservative Party"])
    assert not {"Tories", "Tory", "Conservatives", "Conservative"} & set(entities.tags)
    assert "Labour Party" in entities.organizations


def test_every_form_maps_to_a_listed_party() -> None:
    assert PARTY_FORMS["tories"] == PARTY_FORMS["conservatives"] == "Conservative Party"
    assert PARTY_FORMS["lib dems"] == "Liberal Democrats"


def test_a_party_before_a_members_name_is_not_part_of_it() -> None:
    entities = tag("Lords reform plan", [
        "Tory Ken Clarke and Liberal Democrat Paul Tyler backed the plan.",
        "Clarke said it was overdue. Tyler agreed with Clarke.",
    ])
    assert {"Ken Clarke", "Paul Tyler"} <= set(entities.people)
    assert not any(name.startswith(("Tory", "Liberal")) for name in entities.people)
