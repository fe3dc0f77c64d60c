""""Executive" after "the" and a capitalised word, with nobody named after it, is a body ("the
Scottish Executive has seconded 11 staff" was a bare title and no tag in 11 BBC politics
stories); with a name after it, it stays a title ("Scottish Executive Jack McConnell")."""

from tests.support.entities import candidate_types


def test_the_scottish_executive_is_a_body() -> None:
    found = candidate_types("Aid", ["The Scottish Executive has seconded 11 staff to the "
                                    "aid agencies."])
    assert found.get("Scottish Executive") == "organization"


def test_executive_before_a_name_is_a_title() -> None:
    found = candidate_types("Aid", ["Chief executive Jack McConnell said the plan would work."])
    assert found.get("Jack McConnell") == "person" and "Executive" not in " ".join(found)
