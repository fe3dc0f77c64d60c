"""Words a hard-wrapped column splits at its edge (`gov-` / `ernment`), as text copied from a
PDF e-paper or an OCR'd page has them: one word again, with or without its hyphen.

Most such hyphens are the typesetter's, not the word's, so the hyphen goes unless the story
tells otherwise: it writes the word with its hyphen elsewhere, or the part after the hyphen is
a word of its own (in the story, or among common English words: `well-` / `known`, `long-` /
`term`). The common words are Faker's English word list, a dependency the tagger already
has; no dictionary of our own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_LEADING = re.compile(r"[^\W\d_]+")


@cache
def _common_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider

    return frozenset(word.lower() for word in Provider.word_list)


def story_words(lines: Iterable[str]) -> frozenset[str]:
    """The words of a story's lines, lower-cased, less the pieces of words split at a line's
    end (the last word of a line ending in a hyphen, the first of the line after it)."""
    words: set[str] = set()
    broken = False
    for line in lines:
        found = _WORD.findall(line.lower())
        if broken and found:
            found = found[1:]
        broken = line.endswith("-") and line[-2:-1].isalpha()
        if broken and found:
            found = found[:-1]
        words.update(found)
    return frozenset(words)


def join_broken_word(before: str, after: str, words: frozenset[str]) -> str:
    """`before` (ending in a word and a hyphen) and `after` (going on in lower case) as one
    text: `... fail-` + `ing to ...` -> `... failing to ...`; `... well-` + `known ...` ->
    `... well-known ...` (the hyphen kept when the story writes the word so, or when what
    follows it is a word of its own and the word closed up is none)."""
    head = re.search(r"[^\W\d_]+-$", before)
    tail = _LEADING.match(after)
    if head is None or tail is None:
        return before + after
    first, rest = head.group(0)[:-1].lower(), tail.group(0).lower()
    closed, hyphened = first + rest, f"{first}-{rest}"
    if closed in words or (closed in _common_words() and hyphened not in words):
        return before[:-1] + after
    if hyphened in words or rest in words or rest in _common_words():
        return before + after
    return before[:-1] + after
