"""Cutting dumps into stories: the seed's five ranges, every kind of separator, cue-found
boundaries, and the property that no line is lost, doubled or reordered."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from backfile_ingest import cues
from backfile_ingest.ocr import strip_column_debris
from backfile_ingest.segment import segment
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content/dumps/000_347963c6eb78a301.txt"

STORY_A = [
    "Rail fares to rise by 4%",
    "Rail fares in England will rise by an average of 4% in January, the train operators said.",
    "The increase is above inflation and follows a decade of rises, passenger groups complained.",
]
STORY_B = [
    "Storm closes harbour",
    "A storm closed the harbour at Dover for six hours on Tuesday, stranding ferry passengers.",
    "Coastguards said waves of up to eight metres had battered the sea wall overnight.",
]


def ranges(text: str) -> list[tuple[int, int]]:
    return [(s.first_line, s.last_line) for s in segment(text)]


def test_seed_splits_into_its_five_stories() -> None:
    segments = segment(SEED.read_text(encoding="utf-8"))
    assert [(s.first_line, s.last_line) for s in segments] == [
        (1, 14), (15, 15), (16, 16), (17, 17), (18, 18)]
    assert [line.number for line in segments[0].lines] == list(range(1, 15))
    assert cues.is_photo_credit(segments[0].lines[3].text)  # line 4 stays inside story 1


@pytest.mark.parametrize("separator", ["---", "***", "* * *", "=====", "\f", "  - - -  "])
def test_rule_and_form_feed_separators(separator: str) -> None:
    text = "\n".join([*STORY_A, separator, *STORY_B])
    assert ranges(text) == [(1, 3), (5, 7)]
    assert all(s.had_separator for s in segment(text))


def test_form_feed_at_the_start_of_a_line() -> None:
    text = "\n".join(STORY_A) + "\n\f" + "\n".join(STORY_B)
    segments = segment(text)
    assert ranges(text) == [(1, 3), (4, 6)]
    assert segments[1].lines[0].text == STORY_B[0]  # the form feed is not story text


def test_one_blank_line_separates_stories_written_a_paragraph_a_line() -> None:
    text = "\n".join(STORY_A) + "\n\n" + "\n".join(STORY_B)
    assert ranges(text) == [(1, 3), (5, 7)]


def test_blank_line_paragraphs_need_a_stronger_separator() -> None:
    one = "\n\n".join(STORY_A)
    two = "\n\n".join(STORY_B)
    assert ranges(one + "\n\n" + two) == [(1, 5), (7, 11)]  # one blank line: a headline cue
    assert ranges(one + "\n\n\n" + two) == [(1, 5), (8, 12)]
    assert ranges(one) == [(1, 5)]  # one story with blank-line paragraphs stays whole


def test_headline_set_off_by_a_blank_line_stays_with_its_story() -> None:
    text = "\n\n".join(["\n".join(STORY_A[:1]), "\n".join(STORY_A[1:]),
                        "\n".join(STORY_B[:1]), "\n".join(STORY_B[1:])])
    assert ranges(text) == [(1, 4), (6, 9)]


def test_trailing_credit_and_signoff_stay_with_the_story_above() -> None:
    text = "\n".join(STORY_A) + "\n\nPhoto: Jane Doe/Reuters\n\nReuter\n\n" + "\n".join(STORY_B)
    assert ranges(text) == [(1, 7), (9, 11)]


def test_headlines_without_separators() -> None:
    assert ranges("\n".join(STORY_A + STORY_B)) == [(1, 3), (4, 6)]


def test_datelines_kickers_and_signoffs_without_separators() -> None:
    text = "\n".join([
        "LONDON, March 3 (Reuters) - Shares rose sharply on Tuesday as banks recovered.",
        "Traders said the gains were broad and volumes were high.",
        "Reuter",
        "Oil prices fell on Wednesday after a rise in stocks in the United States.",
        "POLITICS: The prime minister faces a vote of confidence next week, aides said.",
        "TOKYO (AP) \u2014 Japan's economy grew faster than expected in the first quarter.",
    ])
    assert ranges(text) == [(1, 3), (4, 4), (5, 5), (6, 6)]


def test_a_line_cut_off_mid_sentence_ends_its_story() -> None:
    text = "\n".join([
        "The council voted to close the library on Monday after a long debate over its",
        "Heavy rain flooded roads across the north of the county, police said on Sunday.",
    ])
    assert ranges(text) == [(1, 1), (2, 2)]


def test_hard_wrapped_lines_are_not_taken_for_cut_off_stories() -> None:
    para = ("The council voted on Monday to close the old library in the town centre\n"
            "after a long debate over its future, and campaigners said they would\n"
            "appeal against the decision at the next full meeting of the council.\n")
    text = para + "\n" + para.replace("council", "board") + "\n" + para
    assert len(segment(text)) == 1


def test_lexical_cohesion_finds_a_boundary_without_cues() -> None:
    rail = [
        "Rail fares in England will rise by an average of 4% in January, the operators said.",
        "Season tickets for commuters into London will rise by up to 5%, the operators added.",
        "Passenger groups said rail fares had outpaced wages for a decade of rises.",
    ]
    football = [
        "Arsenal beat Chelsea two goals to nil at the Emirates stadium in the league on Sunday.",
        "The Arsenal striker scored both goals in the second half as Chelsea tired badly.",
        "The win lifts Arsenal to second in the league, three points behind the leaders.",
    ]
    assert ranges("\n".join(rail + football)) == [(1, 3), (4, 6)]


def test_blank_and_empty_input() -> None:
    assert segment("") == []
    assert segment("\n \n\t\n---\n") == []


NON_RULE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=50)
LINES = st.one_of(
    NON_RULE,
    st.sampled_from(["", "---", "* * *", "\f", "By Jane Doe", "Reuter", "Photo: AP",
                     "PUTIN AND KIM MEET", "It was cut off mid", "LONDON (AP) - A", "The end.",
                     "SECURITY: Taiwan must act", *STORY_A, *STORY_B]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=30))
def test_every_line_lands_in_exactly_one_segment_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    kept, numbers = strip_column_debris(text)  # (OCR's column debris is no line's text)
    physical = kept.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    expected = [
        (number, raw.replace("\f", "")[cues.glued_rule(raw.replace("\f", "")):])
        for number, raw in zip(numbers or itertools.count(1), physical, strict=False)
        if raw.replace("\f", "").strip() and not cues.is_rule(raw.replace("\f", ""))
    ]  # (and a rule glued to a line's front, `---- Headline`, is a rule)
    got = [(line.number, line.text) for s in segment(text) for line in s.lines]
    assert got == expected
    assert all(s.lines for s in segment(text))


def test_wire_dump_with_caps_headlines_datelines_and_signoffs() -> None:
    text = "\n".join([
        "BAHIA COCOA REVIEW",
        "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, "
        "alleviating the drought since early January, Comissaria Smith said.",
        "The dry period means the temporao will be late this year.",
        "Reuter",
        "N.Z. TRADING BANK DEPOSIT GROWTH RISES SLIGHTLY",
        "WELLINGTON, March 2 - New Zealand's trading bank seasonally adjusted deposit growth "
        "rose 2.6 pct in January, the Reserve Bank said.",
        "Year-on-year total deposits rose 30.6 pct, it said in its weekly release.",
        "Reuter",
    ])
    assert ranges(text) == [(1, 4), (5, 8)]


def test_caps_headlines_over_bylines() -> None:
    text = "\n".join([
        "PUTIN AND KIM MEET AT SPACE CENTRE", "By Jane Doe",
        "Kim Jong-un and Vladimir Putin met for their first summit in four years on Wednesday.",
        "Putin and Kim held talks at the Vostochny Cosmodrome.",
        "POPE TO BE LAID TO REST ON SATURDAY", "By John Smith",
        "Pope Francis will be laid to rest on Saturday after lying in state for three days.",
        "The cardinals met in the Vatican's synod hall to confirm the arrangements.",
    ])
    assert ranges(text) == [(1, 4), (5, 8)]


def test_hard_wrapped_stories_separated_by_two_blank_lines() -> None:
    one = ("Council to close library\n\nThe council voted on Monday to close the old library\n"
           "in the town centre after a long debate over its future, and campaigners\n"
           "said they would appeal.\n\nThe library has served the town for a century, and\n"
           "its supporters say hundreds of people use it every week.\n")
    two = ("Storm closes harbour\n\nA storm closed the harbour at Dover for six hours on\n"
           "Tuesday, stranding hundreds of ferry passengers and lorry drivers.\n\n"
           "Coastguards said waves of up to eight metres had battered the sea wall.\n")
    assert ranges(one + "\n\n" + two) == [(1, 8), (11, 16)]
