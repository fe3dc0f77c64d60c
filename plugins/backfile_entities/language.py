"""Whether a story is written in English, told by its function words.

The tagger reads English: it tells a name from a common word by its capital and by the same
word written in lower case elsewhere in the story. German capitalises every noun, and French
or Spanish headings and institutions ("Les Sages", "Generalitat Valenciana") look like English
names, so in a story in another language its guesses are mostly wrong (a German story's
"Flüge" and "Bodenpersonals" came out as organisations). Whoosh's Snowball stop lists name the
function words of fourteen languages; a story whose words are more often one other language's
function words than English ones is not English, and the tagger keeps only the names it knows
without reading the prose (see `tagger.tag`).
"""

from __future__ import annotations

import re

from whoosh.lang.stopwords import stoplists

WORD = re.compile(r"[^\W\d_]+")
# Words both lists share ("a", "in", "so", "die"...) count for neither.
FUNCTION_WORDS = {
    language: frozenset(words) - stoplists["en"]
    for language, words in stoplists.items() if language != "en"}
ENGLISH = stoplists["en"] - frozenset().union(*FUNCTION_WORDS.values())
ANY_LANGUAGE = frozenset().union(*stoplists.values())
# Each function word's languages, so a story is read in one pass ("en" for English's own).
LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in [("en", ENGLISH), *FUNCTION_WORDS.items()]:
    for _word in _words:
        LANGUAGES_OF[_word] = (*LANGUAGES_OF.get(_word, ()), _language)
MIN_WORDS = 30  # a caption or a one-line brief says too little either way
READ_WORDS = 300  # the opening says which language a story is in
READ_CHARS = 3000  # (more than 300 words' worth)


def is_english(paragraphs: list[str]) -> bool:
    """True unless another language's own function words clearly outnumber English's.

    Short texts count as English, as does a story that quotes a foreign phrase or names
    "Le Monde" and "Die Welt": another language must have twice English's own words and a
    tenth of all words, among the story's first 300.
    """
    words = WORD.findall(" ".join(paragraphs)[:READ_CHARS].lower())[:READ_WORDS]
    if len(words) < MIN_WORDS:
        return True
    counts: dict[str, int] = {}
    for word in words:
        for language in LANGUAGES_OF.get(word, ()):
            counts[language] = counts.get(language, 0) + 1
    english = counts.pop("en", 0)
    other = max(counts.values(), default=0)
    return not (other >= 2 * english and other * 10 >= len(words))


def is_function_word(word: str) -> bool:
    """ "Les", "Der", "Los": a function word of one of the languages, never a name's word in
    a story in another language."""
    return word.lower() in ANY_LANGUAGE
