"""The five sample stories: the people, places and organisations the issue names, no junk."""

from pathlib import Path

import pytest
from backfile_entities import tag

DUMP = Path(__file__).resolve().parents[1] / "content" / "dumps" / "000_347963c6eb78a301.txt"


@pytest.fixture(scope="module")
def stories() -> list:
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    # The dump's stories: lines 1-14 (one story in paragraphs), then one story per line.
    parts = [lines[0:14], *[[line] for line in lines[14:18]]]
    return [tag("", [p for p in part if p.strip()]) for part in parts]


def test_kim_and_putin(stories: list) -> None:
    first = stories[0]
    assert first.people[:2] == ["Kim Jong-un", "Vladimir Putin"]
    assert {"North Korea", "Russia", "Ukraine", "United States"} <= set(first.places)


def test_chiu_chui_cheng_and_william_lai(stories: list) -> None:
    second = stories[1]
    assert second.people == ["Chiu Chui-cheng", "William Lai"]
    assert "Mainland Affairs Council" in second.organizations
    assert {"Taiwan", "China", "Hong Kong"} <= set(second.places)
    assert second.aliases["Chiu Chui-cheng"] == ["Chiu", "邱垂正"]


def test_pope_francis(stories: list) -> None:
    fifth = stories[4]
    assert fifth.people == ["Pope Francis"]
    assert "Francis" in fifth.aliases["Pope Francis"]


def test_at_most_eight_tags_and_no_junk(stories: list) -> None:
    junk = {"They", "The", "When", "Shortly", "Spy", "A", "Photo", "President", "Russian",
            "North Korean", "Taiwanese", "Chinese", "Putin said", "Kim said", "SECURITY",
            "CARROT AND STICK", "Saturday", "March", "May", "With", "While", "Nearly"}
    for entities in stories:
        assert len(entities.tags) <= 8
        assert not set(entities.tags) & junk


def test_capitals_as_metonyms_join_their_country(stories: list) -> None:
    first = stories[0]
    assert "Pyongyang" in first.aliases.get("North Korea", [])
    assert "Kremlin" in first.aliases.get("Russia", [])
    assert "Kremlin" not in first.tags
