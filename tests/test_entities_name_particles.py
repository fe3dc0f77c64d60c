"""Capitalised joiners at the start of a name ("El Salvador", "Al Jazeera", "De Beers", "Le
Monde", "Van Nistelrooy") are the name's first word, not a function word to drop; a joiner's
surname is the full name's ("Van Nistelrooy" is "Ruud van Nistelrooy"); an article-led name
is no person by its shape; and a name inside a hyphenated modifier ("New York-based") leaves
no stub ("New") behind."""

from backfile_entities import tag

from tests.support.entities import candidate_types


def test_a_capitalised_joiner_starts_the_name() -> None:
    found = candidate_types("Vote", [
        "Voters in El Salvador went to the polls on Sunday, Al Jazeera reported.",
        "Shares in De Beers rose after the Del Monte Foods sale, traders said.",
    ])
    assert {"El Salvador", "Al Jazeera", "De Beers", "Del Monte Foods"} <= set(found)
    assert not {"Salvador", "Jazeera", "Beers", "Monte Foods"} & set(found)
    assert found["El Salvador"] == "place"


def test_of_still_starts_no_name() -> None:
    found = candidate_types("Squad", ["Of the 20 players named, Smith was the youngest."])
    assert not any(name.startswith("Of") for name in found)


def test_a_joiners_surname_joins_the_full_name() -> None:
    tags = tag("United win", [
        "Manchester United beat Fulham 2-0 as Ruud van Nistelrooy scored twice.",
        "Van Nistelrooy has now scored 20 goals this season, manager Alex Ferguson said.",
    ])
    assert "Ruud van Nistelrooy" in tags.people
    assert "Van Nistelrooy" in tags.aliases["Ruud van Nistelrooy"]
    assert "Van Nistelrooy" not in tags.tags


def test_a_lower_case_joiner_is_no_common_word_of_the_name() -> None:
    """The story's "bin" (a container) does not make "Osama bin Laden" a capitalised phrase."""
    tags = tag("Tape aired", [
        "A tape said to be from Osama bin Laden was aired on Friday.",
        "Bin Laden called for new attacks, the CIA said. A bin outside was searched.",
    ])
    assert "Osama bin Laden" in tags.people
    assert "Bin Laden" in tags.aliases["Osama bin Laden"]


def test_an_article_led_name_is_no_person_by_shape() -> None:
    found = candidate_types("Press review", [
        "The Paris daily Le Monde and Algeria's El Watan newspaper both led on the talks.",
    ])
    assert found.get("Le Monde") == "organization"
    assert found.get("El Watan") == "organization"


def test_a_name_inside_a_hyphenated_modifier_leaves_no_stub() -> None:
    found = candidate_types("Deal", [
        "A New York-based trade group and the Hong Kong-listed firm Foo Holdings signed it.",
        "A Sierra Leone-backed plan was also agreed.",
    ])
    assert not {"New", "Hong", "Sierra"} & set(found)
    assert found.get("Foo Holdings") == "organization"


def test_an_owner_or_maker_before_a_name_is_no_part_of_it() -> None:
    """ "DHL-owner Deutsche Post", "Car-maker Honda": a hyphenated "owner" or "maker" says what
    the name that follows is (BBC business/082 and tech/246 tagged the whole run)."""
    found = candidate_types("Bidders", [
        "Other names are DHL-owner Deutsche Post and finance firm GE Capital.",
        "Car-maker Honda and iPod-maker Apple said nothing.",
    ])
    assert found.get("Deutsche Post") == "organization"
    assert "Honda" in found and "Apple" in found
    assert not [name for name in found if "-" in name], found


def test_other_papers_joiner_names() -> None:
    """US and wire copy: "Al Gore" was an organisation "Gore", "El Paso" a place "Paso", "Le
    Mans" an organisation "Mans"."""
    tags = tag("Story", ["Al Gore said the planet was warming, speaking in El Paso, Texas."])
    assert "Al Gore" in tags.people
    assert "El Paso" in tags.places
    found = candidate_types("Race", ["Fans at Le Mans cheered as Audi won again."])
    assert found.get("Le Mans") == "place"
