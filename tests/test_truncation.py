"""Truncation: stories cut off mid-sentence are flagged; lists and taglines are not."""

from __future__ import annotations

import pytest
from backfile_ingest.truncation import is_truncated


@pytest.mark.parametrize("paragraphs", [
    ["A teaser that stops in the middle of a"],
    ["Lede.", "The rockets would be sold, officials said, with"],
    ["Lede.", "The cardinals met yesterday in the hall,"],
    ["Lede.", "A long paragraph. " * 12 + "The funeral will be led by the dean of the College"],
])
def test_cut_off_stories_are_truncated(paragraphs: list[str]) -> None:
    assert is_truncated(paragraphs)


@pytest.mark.parametrize("paragraphs", [
    ["Lede.", "The end."],
    ["Lede.", "“It is over,” she said."],
    ["Lede.", "Half-Life 2 is out now for the PC"],
    ["Lede.", "Best actress: Imelda Staunton, Vera Drake"],
    [],
])
def test_complete_stories_lists_and_taglines_are_not(paragraphs: list[str]) -> None:
    assert not is_truncated(paragraphs)
