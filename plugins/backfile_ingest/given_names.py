"""Whether a word is a given name in the languages whose bylines the ingest reads.

`Par Marie Charrel` is a byline, `Par Three Hole Rebuilt`, `Di Canio Banned For Three Games`
and `Door County Fair Opens` are English headlines: a byline opened by a French, German,
Spanish, Italian, Portuguese or Dutch word counts only when the name starts with a given name
of those languages. The names come from Faker's person providers (MIT; already the entity
tagger's source), loaded on first use: English dumps seldom ask.
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import cache

LOCALES = ("fr_FR", "fr_CH", "de_DE", "de_AT", "es_ES", "es_MX", "it_IT", "pt_PT", "pt_BR",
           "nl_NL", "nl_BE", "en_US", "en_GB")
_LISTS = ("first_names", "first_names_male", "first_names_female")


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


@cache
def _names() -> frozenset[str]:
    names: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:  # a Faker release without this locale
            continue
        for attr in _LISTS:
            names.update(name.lower() for name in getattr(provider, attr, ()))
    return frozenset(names | {_plain(name) for name in names})


def is_given_name(word: str) -> bool:
    """`Marie`, `Hans-Jürgen` (its first part), `JOÃO`: a given name; `Three`, `County`: not."""
    word = word.lower()
    return word in _names() or word.split("-")[0] in _names()
