"""The day words of a story's text ("yesterday", "on Saturday"), read in any case: found in
the lower-cased text by a case-sensitive scan, they must be the case-blind scan's matches."""

from datetime import date

from backfile_ingest import dates
from backfile_ingest.partial_date import PartialDate
from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = ["on", "ON", "On", "Monday", "MONDAY", "sunday", "FriDay", "last", "NIGHT", " night",
          "yesterday", "YESTERDAY", "toDAY", "tomorrow", "since", "for", "x", "_", "1", " ",
          "  ", "\u00a0", "\n", ".", "\u00e9", "\u0131", "\u017f", "\u0130", "\u212a",
          "Tuesday", "tue\u017fday", "fr\u0131day", "SATURDAY", "BEFORE"]


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), tuple(g and g.lower() for g in m.group("word", "which", "weekday")))
            for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_same_words_as_the_case_blind_scan(text: str) -> None:
    assert _found(dates._relative_words(text)) == _found(dates._RELATIVE.finditer(text))


def test_day_words_in_any_case() -> None:
    published = PartialDate(date(2024, 3, 6), "day")  # a Wednesday
    assert dates.event_dates("YESTERDAY the mayor said ON MONDAY", published) == [
        date(2024, 3, 4), date(2024, 3, 5)]
    # (a text with a dotted capital I is scanned case-blind)
    assert dates.event_dates("\u0130stanbul: yesterday", published) == [date(2024, 3, 5)]


def test_day_words_spelled_with_a_dotless_i_or_a_long_s() -> None:
    """OCR and Turkish keyboards give "Fr\u0131day" and "ye\u017fterday": the case-blind
    scan matches them as the day words they are, and the story is dated by them instead of
    the build stopping on a word its tables do not hold."""
    published = PartialDate(date(2024, 3, 6), "day")  # a Wednesday
    assert dates.event_dates("The talks end on Fr\u0131day.", published) == [date(2024, 3, 8)]
    assert dates.event_dates("It rained ye\u017fterday.", published) == [date(2024, 3, 5)]
    assert dates.event_dates("\u0130t ended on TUE\u017fDAY.", published) == [date(2024, 3, 5)]
