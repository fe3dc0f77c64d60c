"""Summaries: the lede's first sentence or two, at most 300 characters."""

from __future__ import annotations

from backfile_ingest.summary import summarize


def test_first_two_sentences_when_they_fit() -> None:
    lede = "Rates held on Thursday. The vote was 7-2. Markets rose."
    assert summarize(lede) == "Rates held on Thursday. The vote was 7-2."


def test_one_sentence_when_two_would_be_too_long() -> None:
    first = "The council agreed its budget after a long debate. "
    assert summarize(first + "Then " + "more words " * 30 + "followed.") == first.strip()


def test_long_sentence_is_cut_on_a_word_with_an_ellipsis() -> None:
    summary = summarize("word " * 100 + "end.")
    assert len(summary) <= 300 and summary.endswith("word…")


def test_truncated_lede_ends_with_an_ellipsis() -> None:
    assert summarize("The talks broke down over", truncated=True) == "The talks broke down over…"
