"""Initials of an office between its portfolio and a full name ("Health CS Mutahi Kagwe",
Kenya's cabinet secretary) are a title: the person is the name after them. Initials that start
a name ("CS Lewis") or stand before one word stay part of it, and a common abbreviation
("Mobile PC ...") is a thing's."""

from tests.support.entities import candidate_types


def test_office_initials_before_a_full_name_are_a_title() -> None:
    types = candidate_types("Ministry acts", [
        "The order was signed by Health CS Mutahi Kagwe on Monday.",
        "Interior CS Fred Matiangi said police would enforce it.",
    ])
    assert types.get("Mutahi Kagwe") == "person"
    assert types.get("Fred Matiangi") == "person"
    assert not any("CS" in name for name in types)


def test_initials_that_start_a_name_stay() -> None:
    types = candidate_types("Books reissued", [
        "Author CS Lewis wrote the Narnia books, the publisher said.",
        "The Mobile PC Extended Battery Life Working Group met on Friday.",
    ])
    assert types.get("CS Lewis") == "person"
    assert "Extended Battery Life" not in types
