"""The people of a city ("Liverpudlians", "Londoners", "Mancunians") are demonyms like
"Russians": never an organisation's name and never a tag, while the city stays a place."""

from backfile_entities.gazetteer import is_demonym, load

from tests.support.entities import candidate_types


def test_city_peoples_are_demonyms() -> None:
    gazetteer = load()
    for word in ("Liverpudlians", "Londoners", "Mancunians", "Glaswegian"):
        assert is_demonym(word, gazetteer), word
    assert not is_demonym("Liverpool", gazetteer)


def test_a_city_people_is_no_candidate() -> None:
    types = candidate_types("Boris opposes apology", [
        "Boris Johnson said Liverpudlians wallowed in their victim status.",
        "He later visited Liverpool to apologise.",
    ])
    assert "Liverpudlians" not in types
    assert types.get("Liverpool") == "place"
