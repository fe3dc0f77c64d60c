"""An archive's older stories name states by names no longer in use: the former names of today's
countries are those countries ("Ceylon" is Sri Lanka, "Zaire" the Democratic Republic of the
Congo), and states that no longer exist are places of their own ("USSR" and "Soviet Union" are
one, "GDR" is East Germany, "Yugoslavia"), not organisations."""

from tests.support.entities import candidates_of


def test_states_that_no_longer_exist_are_places() -> None:
    found = {e.name: e for e in candidates_of("Cold war", [
        "Soviet leader Mikhail Gorbachev visited East Germany and Yugoslavia.",
        "The USSR said the GDR would stay. The Soviet Union later fell.",
    ])}
    assert found["Soviet Union"].type == "place"
    assert "USSR" in found["Soviet Union"].aliases
    assert found["East Germany"].type == "place"
    assert "GDR" in found["East Germany"].aliases
    assert found["Yugoslavia"].type == "place"
    assert "Soviet" not in found


def test_a_former_name_is_todays_country() -> None:
    found = {e.name: e.type for e in candidates_of("Tea harvest", [
        "Tea prices in Ceylon rose, while Zaire cut copper output.",
    ])}
    assert found.get("Sri Lanka") == "place"
    assert found.get("Democratic Republic of the Congo") == "place"
