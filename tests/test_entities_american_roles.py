"""Role nouns of American sport and public life before a name make a person ("quarterback Jalen
Hurts", "lawmaker ..."), even when the surname is a common word; "residents of" names a place."""

from backfile_entities import tag


def test_a_quarterback_whose_surname_is_a_verb_is_a_person() -> None:
    entities = tag("Chiefs edge Eagles", [
        "Patrick Mahomes threw three touchdown passes as the Chiefs beat the Eagles 38-35.",
        "Eagles quarterback Jalen Hurts ran for three scores in the playoff game.",
    ])
    assert "Jalen Hurts" in entities.people
    assert "Jalen Hurts" not in entities.organizations


def test_a_lawmaker_is_a_person() -> None:
    entities = tag("Subsidies cut", [
        "Republican lawmaker Mark Green said on Thursday the green energy subsidies would be cut.",
        "The bill passed 220-211.",
    ])
    assert "Mark Green" in entities.people


def test_residents_of_a_town_name_a_place() -> None:
    entities = tag("Bushfire threatens homes", [
        "Police told residents of Katoomba to evacuate on Thursday as a bushfire burned in "
        "the Blue Mountains.",
        "Katoomba's main street was closed.",
    ])
    assert "Katoomba" in entities.places
