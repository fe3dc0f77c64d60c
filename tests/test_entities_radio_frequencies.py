"""A radio station named by its FM frequency keeps the number ("Kestrel 104"), in a paragraph
about radio; elsewhere a number after a name still ends it ("Boeing 747 jets")."""

from backfile_entities import tag


def test_station_keeps_its_frequency() -> None:
    entities = tag("Radio", [
        "Listeners of the radio station Kestrel 104 in Leeds heard the news first on Monday.",
        "Kestrel 104 said it had 400,000 listeners.",
    ])
    assert "Kestrel 104" in entities.organizations
    assert "Kestrel" not in entities.tags


def test_a_number_after_a_name_elsewhere_still_ends_it() -> None:
    entities = tag("Planes", [
        "Boeing 100 jets flew from Leeds on Monday. Boeing said sales of the jets rose.",
    ])
    assert "Boeing 100" not in entities.tags
