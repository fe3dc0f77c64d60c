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
