"""The Crown's word before a people names a regiment or a body ("Royal Scots", "Royal Irish"),
not a nationality: it is kept, where "Scots" alone is a demonym."""

from backfile_entities import tag


def test_royal_before_a_people_is_an_organisation() -> None:
    entities = tag("Troops move", [
        "Soldiers of the Royal Scots left for the Gulf on Monday, the army said.",
        "The Royal Scots will stay there for six months, officers said.",
    ])
    assert "Royal Scots" in entities.organizations


def test_a_people_alone_is_still_no_name() -> None:
    entities = tag("Poll", [
        "Scots voted on Thursday. Scots said turnout was high, officials in Leith said.",
    ])
    assert "Scots" not in set(entities.people) | set(entities.organizations)
