"""The summary shown in listings and feeds: the lede's first sentence or two."""

from __future__ import annotations

from .sentences import split_sentences

MAX_LENGTH = 300
_NO_SPACE_AFTER = ("\u3002", "\uff01", "\uff1f", "\u300d", "\u300f", "\uff09")


def summarize(lede: str, truncated: bool = False) -> str:
    """The first sentence of `lede`, plus the second if both fit in 300 characters."""
    sentences = split_sentences(" ".join(lede.split()))
    if not sentences:
        return ""
    summary = sentences[0]
    if len(sentences) > 1 and len(summary) + 1 + len(sentences[1]) <= MAX_LENGTH:
        space = "" if summary.endswith(_NO_SPACE_AFTER) else " "  # (Chinese, Japanese)
        summary = f"{summary}{space}{sentences[1]}"
    cut = len(summary) > MAX_LENGTH
    if cut:
        summary = summary[: MAX_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:—\u2013-")
    reaches_end = summary.replace(" ", "") == "".join(sentences).replace(" ", "")
    if cut or (truncated and reaches_end):
        summary += "…"
    return summary
