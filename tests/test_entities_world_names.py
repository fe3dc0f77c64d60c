"""Names as news outside Britain writes them: South Asian honorifics and titles before a name
("CM Rendal", "Shri Amit Varma", "Sh. Ravi Kumar", "Smt. Sunita Rao", "MLA Dev Anand") are not
part of it, so "CM Rendal" joins "Asha Rendal"; a quoted nickname inside a name ("Aquilino
\u201cKoko\u201d Pimentel III") leaves it whole; a middle initial before a surname with a
particle ("Leila M. De Lima") stays in the name; a leader's term ("the Dravnik administration")
says the name is a person's; a newspaper's capitals lead-in ("THE Senate's bloc") is no part
of a name; a polytechnic is a body; "Mr. Tesfaye" is "Tesfaye Guddisa", the given name used
with the honorific as Ethiopian names are; abbreviated and joined titles ("Maj.-Gen.", "Hon.",
"Brig.") are titles; a weekday between a title and a surname is a given name ("Mr Sunday
Dare"); a title's plural ("Governors") is no name, like the bare title; and an office written as
one hyphenated word ("Postmaster-General", "Governor-General", "President-elect") is a title."""

from backfile_entities import tag

from tests.support.entities import candidate_types


def test_honorifics_and_titles_are_not_part_of_the_name() -> None:
    found = tag("CM Rendal opens bridge", [
        "Kotvara Chief Minister Asha Rendal opened a bridge over the Varna on Monday.",
        "Addressing reporters, CM Rendal said the bridge cost 40 crore rupees.",
        "Shri Amit Varma and Sh. Ravi Kumar attended, and Smt. Sunita Rao, the local MLA, "
        "thanked them. MLA Dev Anand said the road would follow.",
    ])
    assert "Asha Rendal" in found.people
    assert "Rendal" in found.aliases.get("Asha Rendal", [])
    assert not any(name.startswith(("CM ", "Shri ", "Sh", "Smt", "MLA ")) for name in (
        *found.people, *found.organizations, *found.places))
    types = candidate_types("Bridge", [
        "Shri Amit Varma and Sh. Ravi Kumar attended, and Smt. Sunita Rao thanked them. "
        "MLA Dev Anand said the road would follow."])
    for name in ("Amit Varma", "Ravi Kumar", "Sunita Rao", "Dev Anand"):
        assert types.get(name) == "person", name


def test_a_quoted_nickname_leaves_the_name_whole() -> None:
    types = candidate_types("Furlough backed", [
        "The minority bloc backed the plea despite its denial by Senate President Aquilino "
        "\u201cKoko\u201d Pimentel III on Tuesday.",
        "Senators Francis \u201cKiko\u201d Pangilinan and Joaquin \u201cEl Toro\u201d Guzman "
        "signed the resolution.",
    ])
    assert types.get("Aquilino Pimentel III") == "person"
    assert types.get("Francis Pangilinan") == "person"
    assert types.get("Joaquin Guzman") == "person"
    assert not {"Aquilino", "Koko", "Kiko", "El Toro"} & set(types)


def test_an_initial_before_a_particle_surname_stays_in_the_name() -> None:
    types = candidate_types("Furlough plea", [
        "The bloc supported Sen. Leila M. De Lima's request for a furlough on Tuesday.",
    ])
    assert types.get("Leila M. De Lima") == "person"
    assert "Leila M" not in types


def test_a_leaders_administration_names_a_person() -> None:
    found = tag("Dravnik administration sends arms", [
        "The Dravnik administration has told lawmakers it would send more arms, aides said.",
        "The Dravnik administration, citing concern for civilians, paused a transfer.",
    ])
    assert "Dravnik" in found.people and "Dravnik" not in found.organizations


def test_capitals_lead_in_and_polytechnic() -> None:
    types = candidate_types("Bloc backs plea", [
        "THE Senate's minority bloc on Tuesday backed the plea.",
        "Officials failed to show up at Sero Polytechnic for the celebrations.",
    ])
    assert "THE Senate" not in types
    assert types.get("Sero Polytechnic") == "organization"


def test_an_honorific_before_the_first_of_two_names_joins_the_full_name() -> None:
    found = tag("Refugees describe slaughter", [
        "The armed men who stopped Tesfaye Guddisa along the dirt road took his motorcycle.",
        "Mr. Tesfaye, 24, was riding to the aid of a friend when the men confronted him.",
        "Mr. Tesfaye said he awoke alone near the road.",
    ])
    assert found.people == ["Tesfaye Guddisa"]
    assert "Tesfaye" in found.aliases["Tesfaye Guddisa"]


def test_abbreviated_and_joined_titles_and_a_weekday_given_name() -> None:
    types = candidate_types("Trials begin", [
        "The coordinator, Maj.-Gen. Adamu Laka, said the trials had begun.",
        "Former speaker Hon. Dimeji Bankole joined the race, and Brig. Tomas Wren agreed.",
        "The minister, Mr Sunday Dare, says the ministry will act.",
    ])
    for name in ("Adamu Laka", "Dimeji Bankole", "Tomas Wren", "Sunday Dare"):
        assert types.get(name) == "person", name
    assert not {"Maj", "Hon", "Brig", "Gen"} & set(types)


def test_a_titles_plural_is_no_name() -> None:
    found = tag("Governor confirms cases", [
        "Mandera Governor Ali Roba confirmed two cases in his county on Tuesday.",
        "The government warned Governors never to confirm any case, and Governors were told "
        "to share the information with the ministry.",
    ])
    assert "Governors" not in (*found.organizations, *found.people, *found.places)
    assert "Ali Roba" in found.people


def test_an_office_written_as_one_hyphenated_word_is_a_title() -> None:
    types = candidate_types("The president cheerful", [
        "The President met Postmaster-General Tarrant and Attorney-General MacVeigh today.",
        "President-elect Dravnik agreed, and so did Governor-General Ellis Marr.",
    ])
    for name in ("Tarrant", "MacVeigh", "Dravnik", "Ellis Marr"):
        assert types.get(name) == "person", name
    assert not any("-" in name for name in types)
