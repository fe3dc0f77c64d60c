"""Playing positions before a name say person and are no part of it, capitalised at a sentence
start or not, hyphenated or not ("Scrum-half Matt Dawson", "fly-half Charlie Hodgson",
"Keeper Tony Bullock"), as "Film-maker Spike Lee" is Spike Lee."""

from tests.support.entities import candidate_types


def test_a_position_before_a_name_is_no_part_of_it() -> None:
    found = candidate_types("Injury blow", [
        "Scrum-half Matt Dawson will miss the Six Nations opener with a knee injury.",
        "Wales have called up fly-half Gavin Henson and full-back Kevin Morgan.",
        "Keeper Tony Bullock kept a clean sheet. Film-maker Spike Lee watched.",
    ])
    for name in ("Matt Dawson", "Gavin Henson", "Kevin Morgan", "Tony Bullock", "Spike Lee"):
        assert found.get(name) == "person", name
    assert not any(n.startswith(("Scrum", "Keeper", "Film")) for n in found)
