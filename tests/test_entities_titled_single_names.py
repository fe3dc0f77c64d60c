"""A title before a single name ("President Taft", "Chancellor Merz") makes a person even when a
small town somewhere has that name; a country or region keeps its own ("President Obama of ...")."""

from backfile_entities import tag


def test_a_titled_surname_that_is_also_a_town_is_a_person() -> None:
    entities = tag("President waits for news", [
        "President Taft remained at the White House until late last night awaiting word.",
        "The President sent messages to the company's offices in New York.",
    ])
    assert "Taft" in entities.people
    assert "Taft" not in entities.places


def test_a_place_after_a_title_word_used_as_a_modifier_stays_a_place() -> None:
    entities = tag("Visit", [
        "The president of France met Chancellor Scholz in Berlin on Monday.",
    ])
    assert "France" in entities.places
    assert "Berlin" in entities.places
