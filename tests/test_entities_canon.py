"""One name per entity across the archive (canon.py) and the header format (metadata.py)."""

from backfile_entities.canon import canonicalise
from backfile_entities.metadata import (
    format_aliases,
    format_list,
    from_metadata,
    header_fields,
    parse_aliases,
    parse_list,
)
from backfile_ingest.model import Entities


def test_surname_alone_resolves_to_the_archive_full_name() -> None:
    first = Entities(people=["Vladimir Putin"], places=["Russia"],
                     aliases={"Vladimir Putin": ["Putin"]})
    alone = Entities(people=["Putin"], places=["Ukraine"])
    out = canonicalise([first, alone])
    assert out[1].people == ["Vladimir Putin"]
    assert out[1].aliases["Vladimir Putin"] == ["Putin"]


def test_acronym_alone_resolves_to_the_defined_full_name() -> None:
    defined = Entities(organizations=["Mainland Affairs Council"],
                       aliases={"Mainland Affairs Council": ["MAC"]})
    alone = Entities(organizations=["MAC"], places=["Taiwan"])
    assert canonicalise([defined, alone])[1].organizations == ["Mainland Affairs Council"]


def test_ambiguous_surname_is_left_alone() -> None:
    a = Entities(people=["Tony Blair"])
    b = Entities(people=["Ian Blair"])
    c = Entities(people=["Blair"])
    assert canonicalise([a, b, c])[2].people == ["Blair"]


def test_a_name_gets_one_type_across_the_archive() -> None:
    stories = [Entities(organizations=["Kremlin"]), Entities(places=["Kremlin"]),
               Entities(places=["Kremlin"])]
    assert all(s.places == ["Kremlin"] and not s.organizations for s in canonicalise(stories))


def test_apostrophe_variants_are_one_name() -> None:
    stories = [Entities(places=["St Peter's Square"]), Entities(places=["St Peter's Square"]),
               Entities(places=["St Peter\u2019s Square"])]
    assert {s.places[0] for s in canonicalise(stories)} == {"St Peter's Square"}


def test_order_of_salience_is_kept() -> None:
    story = Entities(people=["B Person"], places=["Aplace"], organizations=["C Org Ltd"])
    assert canonicalise([story])[0].tags == ["B Person", "Aplace", "C Org Ltd"]


def test_header_lists_always_carry_a_semicolon() -> None:
    assert format_list(["Smith, John"]) == "Smith, John;"
    assert parse_list("Smith, John;") == ["Smith, John"]
    aliases = {"Chiu Chui-cheng": ["Chiu", "邱垂正"], "Mainland Affairs Council": ["MAC"]}
    assert parse_aliases(format_aliases(aliases)) == aliases


def test_header_round_trip() -> None:
    entities = Entities(people=["Vladimir Putin"], places=["Russia"], organizations=[],
                        aliases={"Vladimir Putin": ["Putin"]})
    fields = header_fields(entities)
    assert fields["Tags"] == "Vladimir Putin; Russia;"
    assert "Organizations" not in fields
    assert from_metadata({k.lower(): v for k, v in fields.items()}) == entities


def test_a_common_name_does_not_become_a_rarer_longer_one() -> None:
    stories = [Entities(organizations=["Yukos"]), Entities(organizations=["Yukos"]),
               Entities(organizations=["Yukos USA"], aliases={"Yukos USA": ["Yukos"]}),
               Entities(organizations=["BBC One"], aliases={"BBC One": ["BBC"]}),
               Entities(organizations=["BBC"])]
    out = canonicalise(stories)
    assert out[0].organizations == ["Yukos"]
    assert out[4].organizations == ["BBC"]


def test_two_spellings_claiming_each_other_end_as_one_name() -> None:
    stories = [
        Entities(organizations=["Liberal Democrats"],
                 aliases={"Liberal Democrats": ["Liberal Democrat"]}),
        Entities(organizations=["Liberal Democrat"],
                 aliases={"Liberal Democrat": ["Liberal Democrats"]}),
        Entities(organizations=["Liberal Democrats"]),
    ]
    assert {s.organizations[0] for s in canonicalise(stories)} == {"Liberal Democrats"}
