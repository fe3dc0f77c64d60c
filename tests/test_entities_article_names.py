"""A name written after "the" is a body's or a thing's, not a person's, even when it starts
with a given name ("the Royal Highland Fusiliers", "the Coral Consortium"); a person's name
takes "the" only as a modifier ("the Ray Charles biopic")."""

from backfile_entities.resolve import PERSON
from backfile_entities.tagger import candidates


def typed(title: str, paragraphs: list[str]) -> dict[str, str]:
    return {e.name: e.type for e in candidates(title, paragraphs)}


def test_a_given_name_after_the_does_not_make_a_person() -> None:
    found = typed("Regiments to merge", [
        "Ministers will merge the Black Watch, the Royal Highland Fusiliers and other units.",
        "Firms in the Coral Consortium, which sets music standards, backed the plan.",
    ])
    assert found.get("Royal Highland Fusiliers") not in (None, PERSON)
    assert found.get("Coral Consortium") not in (None, PERSON)


def test_a_person_named_as_a_modifier_after_the_stays_a_person() -> None:
    found = typed("Biopic tops chart", [
        "Critics praised the Ray Charles biopic on its release in the US.",
        "Jamie Foxx plays the singer, and Ray Charles saw the film before he died.",
    ])
    assert found.get("Ray Charles") == PERSON
