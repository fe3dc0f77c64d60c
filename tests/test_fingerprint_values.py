"""A value's fingerprint is the same for equal data and differs wherever the data differs,
through the fast paths (plain values, lists and tuples of them) and the nested ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pytest
from backfile_speed.skip import Fingerprints


@dataclass
class Entity:
    name: str
    stories: list[int] = field(default_factory=list)
    months: Counter[tuple[int, int]] = field(default_factory=Counter)
    position: int = field(default=0, metadata={"fingerprint": False})


def _value(value: object, tmp_path) -> str:
    return Fingerprints({"CACHE_PATH": str(tmp_path), "LOAD_CONTENT_CACHE": False}).value(value)


def _entity(**changes: object) -> Entity:
    base = {"name": "Tony Blair", "stories": [3, 8],
            "months": Counter({(2004, 5): 1, (2005, 1): 1})}
    return Entity(**{**base, **changes})  # type: ignore[arg-type]


def test_equal_data_gives_equal_fingerprints(tmp_path) -> None:
    assert _value(_entity(), tmp_path) == _value(_entity(position=7), tmp_path)
    assert _value([("a", 1), date(2004, 5, 6)], tmp_path) == _value(
        [("a", 1), date(2004, 5, 6)], tmp_path)


@pytest.mark.parametrize("changes", [
    {"name": "Tony Blairs"},
    {"stories": [3, 9]},
    {"stories": [3, 8, 9]},
    {"months": Counter({(2004, 5): 2, (2005, 1): 1})},
    {"months": Counter({(2004, 6): 1, (2005, 1): 1})},
])
def test_any_shown_difference_changes_the_fingerprint(changes: dict, tmp_path) -> None:
    assert _value(_entity(**changes), tmp_path) != _value(_entity(), tmp_path)


def test_types_and_nesting_are_not_confused(tmp_path) -> None:
    values = [("a", 1), ["a", 1], "('a',1)", (("a", 1),), [["a", 1]], 1, "1", True, None]
    assert len({_value(v, tmp_path) for v in values}) == len(values)


@dataclass
class Pair:
    left: object
    right: object


@pytest.mark.parametrize(("one", "other"), [
    # Short nested descriptions are kept as they are (hashing them costs more than it saves):
    # how the values are grouped must still tell them apart.
    (Pair([[1, 2], [3]], None), Pair([[1], [2, 3]], None)),
    (Pair(Pair("a", "b"), "c"), Pair("a", Pair("b", "c"))),
    (Pair([Pair(1, 2)], []), Pair([], [Pair(1, 2)])),
    # a long nested value (digested) against a short one
    (Pair(["x" * 80], None), Pair(["x" * 79], None)),
])
def test_grouping_of_nested_values_counts(one: Pair, other: Pair, tmp_path) -> None:
    assert _value(one, tmp_path) != _value(other, tmp_path)


def test_nested_descriptions_stay_bounded(tmp_path) -> None:
    """However large a nested value, its parent holds a fixed-size stand-in for it."""
    fingerprints = Fingerprints({"CACHE_PATH": str(tmp_path), "LOAD_CONTENT_CACHE": False})
    small = fingerprints.value(Pair(list(range(10)), None))
    large = fingerprints.value(Pair(list(range(10_000)), None))
    assert len(large) <= len(small) + 64
