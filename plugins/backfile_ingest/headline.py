"""Headlines: tidy the dump's own, or write one from the deck or lede.

A dump's ALL-CAPS wire headline is put into title case, keeping acronyms (words the story
itself writes in capitals, or well-known ones). A story without a headline gets one cut from
its deck or lede: at most 90 characters, ending on a word boundary, with no kicker, no
trailing "said" attribution and no "yesterday".
"""

from __future__ import annotations

import re

from . import cues
from .sentences import split_sentences

MAX_LENGTH = 90
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "off",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)
_ACRONYMS = frozenset(
    [
        "US",
        "UK",
        "UN",
        "EU",
        "USA",
        "UAE",
        "NATO",
        "NHS",
        "BBC",
        "CNN",
        "FBI",
        "CIA",
        "IMF",
        "WHO",
        "WTO",
        "OPEC",
        "G7",
        "G8",
        "G20",
        "AI",
        "IT",
        "TV",
        "GDP",
        "CEO",
        "MP",
        "MPS",
        "PM",
        "UEFA",
        "FIFA",
        "NASA",
        "NFL",
        "NBA",
        "EU-US",
        "AP",
        "AFP",
    ]
)
_RELATIVE_DAY = re.compile(
    r"\s*\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_TRAILING_SAID = re.compile(
    r"(?:,\s*|\s+)(?:[^,]{0,60}?\s)?(?:said|says|say|told \S+|reported|announced)\W*$"
)
_LEADING_CLAUSE = re.compile(
    r"^(?:As|While|Although|Though|After|Before|Despite|Amid|Since|Because|When|If|With|"
    r"Following|Even as|Even though)\b[^,]{3,}?,\s+(?=\S)"
)
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:which|who|whom|whose|where|while|as|after|before|amid|according|marking|"
    r"saying|adding|making|leaving|bringing|but|and|although|though|despite|including|"
    r"with|in a|in an)\b.*$|\s+[—\u2013-]{1,2}\s+.*$"
)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# Phrase boundaries: a cut before one of these words reads as a whole headline.
_BREAK_BEFORE = frozenset(
    [
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "from",
        "after",
        "before",
        "as",
        "amid",
        "over",
        "into",
        "during",
        "since",
        "than",
        "that",
        "which",
        "who",
        "while",
        "when",
        "where",
        "because",
        "but",
        "and",
        "or",
        "despite",
        "against",
        "under",
        "about",
    ]
)
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
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
        "its",
        "his",
        "her",
        "their",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "that",
        "which",
        "who",
    ]
)


def _word_forms(text: str) -> dict[str, str]:
    """How each word is written in the body, for words the body writes with capitals inside
    (not in a sentence all in capitals, as an old paper's decks are: `LOSS ESTIMATED AT
    $500,000.` says nothing of `AT`)."""
    forms: dict[str, str] = {}
    mixed = " ".join(part for part in re.split(r"(?<=[.!?])\s+|\n", text)
                     if not is_all_caps(part))
    for word in re.findall(r"[\w\u2019'&.-]+", mixed):
        core = word.strip(".-\u2019'")
        if len(core) > 1 and any(c.isupper() for c in core[1:]):
            forms.setdefault(core.upper().replace("\u2019", "'"), core)
    return forms


def _case_word(word: str, first: bool, forms: dict[str, str]) -> str:
    core = re.sub(r"^\W+|\W+$", "", word)
    if not core:
        return word
    upper = core.upper().replace("\u2019", "'")
    if upper in forms:
        cased = forms[upper]
    elif (
        upper in _ACRONYMS
        or (upper.isalpha() and not re.search(r"[AEIOUY]", upper))
        or any(c.isdigit() for c in core)
        or "." in core
    ):
        cased = upper
    elif not first and core.lower() in _SMALL:
        cased = core.lower()
    else:
        cased = "-".join(part[:1].upper() + part[1:].lower() for part in core.split("-"))
        cased = re.sub(r"(['\u2019])S\b", r"\1s", cased)
    return word.replace(core, cased, 1)


def is_all_caps(text: str) -> bool:
    if any(c.islower() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 3
        and any(c.isupper() for c in letters)
    )


def proper_case(headline: str, body: str = "") -> str:
    """Title-case an ALL-CAPS headline, keeping acronyms as the body (or custom) writes them
    (a teletype's body in capitals says nothing of them)."""
    forms = {} if is_all_caps(body[:1000]) else _word_forms(body)
    words = headline.split()
    return " ".join(_case_word(w, i == 0, forms) for i, w in enumerate(words))


def tidy_headline(headline: str, body: str = "") -> str:
    """A dump's own headline, ready for the page (a page title's site name left off)."""
    headline = " ".join(headline.split())
    suffix = cues.site_suffix(headline)
    if suffix is not None:
        headline = headline[:suffix]
    if not is_all_caps(headline):
        return headline
    if headline.endswith(".") and not headline.endswith(".."):
        headline = headline[:-1]  # an old paper's capitals end in a full stop: `... CHICKENS.`
    return proper_case(headline, body)


def _cut(text: str, limit: int) -> str:
    """Cut at the last phrase boundary (or else word boundary) that fits in `limit`."""
    words = text.split()
    best, fallback = 0, 0
    length = -1
    for i, word in enumerate(words):
        length += len(word) + 1
        if length > limit:
            break
        fallback = i + 1
        if i + 1 < len(words) and (
            words[i + 1].lower() in _BREAK_BEFORE or word.endswith((",", ";", ":"))
        ):
            best = i + 1
    keep = words[: best if best >= len(words) // 3 and best > 2 else fallback]
    while len(keep) > 1 and keep[-1].lower().strip(",;:") in _DANGLING:
        keep.pop()
    return " ".join(keep).rstrip(",;:—\u2013-")


def derive_headline(text: str) -> str:
    """A headline of at most 90 characters from a deck or a lede paragraph."""
    sentences = split_sentences(" ".join(text.split()))
    if not sentences:
        return ""
    line = _RELATIVE_DAY.sub("", sentences[0]).strip()
    line = re.sub(r"[.!…]+$", "", line)
    line = _TRAILING_SAID.sub("", line) or line
    if len(line) > MAX_LENGTH:
        line = _LEADING_CLAUSE.sub("", line)
    if len(line) > MAX_LENGTH:
        line = _TRAILING_CLAUSE.sub("", line) or line
    if len(line) > MAX_LENGTH:
        line = _PARENTHESES.sub("", line)
    if len(line) > MAX_LENGTH:
        line = _cut(line, MAX_LENGTH)
    line = line.strip(" ,;:—\u2013-")
    return line[:1].upper() + line[1:]
