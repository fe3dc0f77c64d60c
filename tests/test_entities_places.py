"""Places keep their own identity: a city is not its country unless it speaks for it, and an
airport named bare ("Heathrow") is a place, not an organisation."""

from backfile_entities import tag
from backfile_entities.gazetteer import load
from backfile_entities.resolve import PLACE
from backfile_entities.tagger import candidates


def typed(title: str, paragraphs: list[str]) -> dict[str, str]:
    return {e.name: e.type for e in candidates(title, paragraphs)}


def test_a_capital_named_as_a_location_stays_a_city() -> None:
    found = typed("Retailer cuts prices", [
        "Shares in the UK retailer rose in London on Tuesday.",
        "The firm, which has its head office in London's West End, said UK sales fell.",
        "London is the firm's biggest market, the UK chairman said.",
    ])
    assert found.get("London") == PLACE
    assert found.get("United Kingdom") == PLACE


def test_a_capital_that_speaks_for_its_state_joins_the_country() -> None:
    entities = tag("Talks stall", [
        "China has warned Taiwan against new arms purchases.",
        "Beijing said the sale would harm ties, as Beijing ramps up pressure on Taipei.",
    ])
    assert "Beijing" in entities.aliases.get("China", [])
    assert "Beijing" not in entities.places


def test_bare_airport_names_are_places() -> None:
    assert load().places["heathrow"] == "Heathrow Airport"
    found = typed("Flights cut", [
        "Flights from Heathrow and Gatwick were cancelled after the storm.",
        "Passengers at Heathrow waited for hours. Orly airport in Paris was shut too.",
    ])
    assert found.get("Heathrow Airport") == PLACE
    assert found.get("Gatwick Airport") == PLACE
    assert found.get("Orly") == PLACE
