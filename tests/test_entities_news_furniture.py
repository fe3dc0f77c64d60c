"""Words of news copy that are no entity, or say what kind of entity a name is, seen on news
the BBC gold set does not hold (tagger15). Sentences written for these tests.

- A page reference is no name: "Continued from Page A3", "See Page 12", "Page One" (was a
  person "See Page"); a surname "Page" stays ("Larry Page said").
- A plural kind of place that starts a sentence is no place: "Rivers burst their banks" (was
  Rivers State, Nigeria); "Rivers said" is still someone.
- A name before a kind of area in lower case is a place, alone or in a list: "Polk, Story and
  Dallas counties" (Polk and Story were organisations), "the Bicol region" (was one too).
- Technical acronyms are terms, not bodies: "XML", "HDTV", "ADSL", "RFID".
- "Jr." or "Sr." after a surname alone is dropped as after a full name: "Marcos Jr." joins
  "Ferdinand Marcos Jr." (was a person "Marcos Jr" of its own).
- A share index is no body: "the S&P 500 rose", "the FTSE 100 index" (was "S&P", "FTSE"),
  while "the Ifo index" leaves the Ifo institute, "Jupiter Research's index" its owner, and
  "Nintendo 64" the company; a measure named "... Index" or "... Average" is no body either
  ("Consumer Prices Index", "Dow Jones Industrial Average").
"""

from backfile_entities import tag

from tests.support.entities import candidate_types


def _all(found) -> list[str]:
    return [*found.people, *found.places, *found.organizations]


def test_a_page_reference_is_no_name() -> None:
    found = tag("Council approves budget", [
        "The city council approved the budget on Tuesday, Mayor Jane Smith said.",
        "Continued from Page A3",
        "Smith said the budget would fund schools. See Page 12 for details, and the Page One "
        "story for the vote.",
    ])
    assert "Jane Smith" in found.people
    assert not [name for name in _all(found) if "Page" in name]


def test_a_surname_page_stays() -> None:
    found = tag("Google founder speaks", [
        "Google co-founder Larry Page said on Monday the firm would open an office in Paris.",
        "Page said the office would employ 200 people.",
    ])
    assert "Larry Page" in found.people


def test_a_plural_kind_of_place_that_starts_a_sentence_is_no_place() -> None:
    found = tag("Floods hit town", [
        "Heavy rain flooded the town of Carlisle on Sunday, officials said.",
        "Rivers burst their banks across Cumbria and residents were evacuated.",
        "Rivers in the area rose two metres, the Environment Agency said.",
    ])
    assert "Rivers" not in _all(found)
    assert {"Carlisle", "Cumbria"} <= set(found.places)


def test_a_surname_rivers_that_speaks_stays() -> None:
    found = tag("Comedian returns", [
        "Comedian Joan Rivers returned to the stage in New York on Friday.",
        "Rivers said she had missed the audience.",
    ])
    assert "Joan Rivers" in found.people


def test_names_before_a_kind_of_area_are_places() -> None:
    found = tag("Storm damage in Iowa", [
        "A tornado damaged farms in Polk, Story and Dallas counties on Monday, the National "
        "Weather Service said. Polk was hit hardest.",
        "Iowa Governor Kim Reynolds said help was on the way to Polk and Story.",
    ])
    assert not {"Polk", "Story", "Dallas"} & set(found.organizations + found.people)
    assert "Polk" in found.places


def test_a_region_no_gazetteer_holds_is_a_place() -> None:
    found = tag("Typhoon hits Philippines", [
        "A typhoon struck Bicol on Sunday, forcing thousands to flee, officials in Manila said.",
        "The Bicol region was hit hardest, said Governor Al Francis Bichara.",
    ])
    assert "Bicol" in found.places
    assert "Bicol" not in found.organizations


def test_technical_acronyms_are_terms() -> None:
    found = tag("Software firm launches tool", [
        "Software firm Acme Corp launched a tool that reads XML files and streams HDTV over "
        "ADSL lines, chief executive John Doe said.",
        "XML is widely used for data exchange, Doe said. HDTV sets and RFID tags sold well.",
    ])
    assert not {"XML", "HDTV", "ADSL", "RFID"} & set(_all(found))
    assert "Acme Corp" in found.organizations


def test_junior_after_a_surname_is_the_surname() -> None:
    found = tag("Marcos wins", [
        "Ferdinand Marcos Jr. won the presidential election in the Philippines, officials said.",
        "Marcos Jr. thanked voters in Manila on Tuesday.",
    ])
    assert "Ferdinand Marcos" in found.people
    assert not [name for name in _all(found) if name.endswith(("Jr", "Jr."))]


def test_a_share_index_is_no_body() -> None:
    found = tag("Stocks rise", [
        "The S&P 500 rose 1% on Monday and the FTSE 100 index gained 0.5%, traders said.",
        "The S&P 500 index has gained 10% this year, said analyst Jane Roe of Goldman Sachs.",
    ])
    assert not {"S&P", "FTSE"} & set(_all(found))
    assert "Goldman Sachs" in found.organizations


def test_a_body_and_its_index_stay() -> None:
    found = tag("German confidence falls", [
        "The Munich-based research institute Ifo said its confidence index fell in February.",
        "\"We're surprised that the Ifo index has taken such a knock,\" said economist Bernd "
        "Weidensteiner. Ifo president Hans-Werner Sinn said demand was sluggish.",
    ])
    assert "Ifo" in found.organizations
    types = candidate_types("Console sales", [
        "Jupiter Research's index of console sales fell, and fans of the Nintendo 64 classic "
        "queued for the new machine.",
    ])
    assert types.get("Jupiter Research") == "organization"
    assert "Nintendo" in types


def test_a_measure_named_index_or_average_is_no_body() -> None:
    types = candidate_types("Prices rise", [
        "The Consumer Prices Index rose 1.6%, the Office for National Statistics said, and the "
        "Dow Jones Industrial Average fell 40 points.",
    ])
    assert "Office for National Statistics" in types
    assert not {"Consumer Prices Index", "Dow Jones Industrial Average"} & set(types)
