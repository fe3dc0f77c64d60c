"""Is a story cut off mid-sentence in its source?

A last paragraph without final punctuation is not enough: lists, captions and taglines end
that way too ("Half-Life 2 is out now for the PC"). A story counts as truncated when its text
stops on a comma, colon or dash, or on a word that cannot end a sentence ("the", "of",
"With"), or when it is a single unpunctuated paragraph (a teaser), or when its long last
paragraph runs on past a full stop and then stops.
"""

from __future__ import annotations

from .sentences import ends_sentence, split_sentences

_CANNOT_END = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "into",
        "than",
        "that",
        "which",
        "who",
        "whose",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "this",
        "these",
        "those",
    ]
)
_QUOTES = "\"'()“”‘’"  # noqa: RUF001 (curly quotes on purpose)
LONG_PARAGRAPH = 200


def is_truncated(paragraphs: list[str]) -> bool:
    """Whether the story whose body is `paragraphs` stops mid-sentence."""
    if not paragraphs:
        return False
    last = paragraphs[-1].rstrip()
    if not last or ends_sentence(last):
        return False
    if last[-1] in ",;:-\u2013\u2014":
        return True
    if last.split()[-1].strip(_QUOTES).lower() in _CANNOT_END or len(paragraphs) == 1:
        return True
    return len(last) >= LONG_PARAGRAPH and len(split_sentences(last)) > 1
