"""Month and weekday names of the languages whose dates the ingest reads besides English.

French, German, Spanish, Italian, Portuguese and Dutch dumps write their dates with their own
month names ("14 septembre 2023", "14. September 2023", "14 de septiembre de 2023"), and so
do Russian, Ukrainian and Arabic ones ("14 марта 2023 года", "10 مارس 2023"; scripts of
their own, so they never clash with the Latin names). The
names come from the Unicode CLDR through Babel (BSD licence), not from lists typed here: wide
and abbreviated, in both of CLDR's contexts, and without accents as old ASCII dumps write
them ("fevrier", "Marz"). Built once at import; English stays in `dates.py`, tried first.
"""

from __future__ import annotations

import re
import unicodedata

from babel.dates import get_day_names, get_month_names

LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "ru", "uk", "ar")


def _plain(name: str) -> str:
    """The name without its accents (`février` -> `fevrier`)."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _spellings(name: str) -> set[str]:
    name = name.lower().rstrip(".")
    return {name, _plain(name)} if name else set()


def _month_names(width: str) -> dict[str, int]:
    names: dict[str, int] = {}
    clashes: set[str] = set()
    for language in LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=language).items():
                for spelling in _spellings(name):
                    if names.setdefault(spelling, number) != number:
                        clashes.add(spelling)
    return {name: number for name, number in names.items() if name not in clashes}


def _weekday_names() -> set[str]:
    names: set[str] = set()
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for name in get_day_names(width, locale=language).values():
                names |= _spellings(name)
                names |= _spellings(name.split("-")[0]) if width == "wide" else set()
    return names  # Portuguese "quinta-feira" is written "quinta" too


FULL_MONTHS = _month_names("wide")
"""Full month names (lower case, with and without accents) to their numbers."""
MONTHS = {**_month_names("abbreviated"), **FULL_MONTHS}
"""Full and abbreviated month names (lower case, no final dot) to their numbers."""
OTHER_SCRIPTS = ("ru", "uk", "ar")  # languages written in other scripts than Latin


def _written(languages: tuple[str, ...]) -> set[str]:
    return {spelling for language in languages
            for name in get_month_names("wide", locale=language).values()
            for spelling in (name, _plain(name))}


WRITTEN_MONTHS = _written(tuple(x for x in LANGUAGES if x not in OTHER_SCRIPTS))
"""Full month names cased as the language writes them (`mars`, `März`): for running text."""
WRITTEN_MONTHS_OTHER_SCRIPTS = _written(OTHER_SCRIPTS)
"""The same in Cyrillic and Arabic (`марта`, `مارس`): tried only on text in those scripts."""
WEEKDAYS = frozenset(_weekday_names())


def alternation(names: set[str] | dict[str, int]) -> str:
    """A regular expression alternation of `names`, longest first (so `sept` beats `sep`)."""
    return "|".join(re.escape(name) for name in sorted(names, key=lambda n: (-len(n), n)))


def month_number(name: str) -> int:
    """The month a matched name stands for (`Sept.`, `März`, `de setembro` -> 9, 3, 9)."""
    return MONTHS[name.split()[-1].lower().rstrip(".")]
