"""A one-word name that the story gives an honorific ("Mr Wright") is a person's surname in every
one of its mentions, even when a town has the same name; a country keeps its own name."""

from backfile_entities import tag
from backfile_entities.gazetteer import load


def test_mr_wright_is_a_person_not_the_town() -> None:
    assert load().places.get("wright") is not None  # the rule matters only if a town has the name
    entities = tag("Game designer unveils new title", [
        "Wright showed the game to developers at the conference in San Jose on Friday.",
        "Mr Wright said players would design their own creatures. Wright said the game would "
        "go on sale next year.",
    ])
    assert "Wright" in entities.people
    assert "Wright" not in entities.places
