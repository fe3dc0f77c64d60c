"""Linear-time fast paths for Pelican's quadratic taxonomy and archive loops.

Pelican 4.12's ArticlesGenerator computes each tag's, category's and author's date-sorted list
as `[a for a in self.dates if a in articles]`: every article, tested against a plain list, once
per tag, which grows with (stories x tags x stories per tag). Its period archives do the same with
`[a for a in articles if a in dates]` once per day, month and year.

We do not replace those methods. For the taxonomies, the generator's `tags`, `categories` and
`authors` are swapped (after the context is built, so templates see Pelican's own objects) for
views that, while Pelican iterates them, point `generator.dates` at just that key's articles in
date order and hand Pelican that key's articles as a list whose `in` is a set lookup; Pelican's
own comprehension then runs over those articles in linear time and returns the same list (one
author or section can hold most of the archive, so scoping alone is not enough). For period
archives, Pelican's own `_build_period_archives` runs with no articles to test, and each
archive's `articles` is then filled in one pass in the order Pelican would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Article = Any  # pelican.contents.Article; Pelican compares them by identity


def _in_date_order(articles: list[Article], position: dict[int, int]) -> list[Article]:
    unique = {id(a): a for a in articles}
    return sorted(unique.values(), key=lambda a: position[id(a)])


class _Members(list):
    """A key's articles, unchanged as a list, with `in` answered by identity in O(1)."""

    def __init__(self, articles: list[Article]) -> None:
        super().__init__(articles)
        self._ids = {id(a) for a in articles}

    def __contains__(self, article: object) -> bool:
        return id(article) in self._ids


class _ScopedDates:
    """Points generator.dates at one key's own articles while Pelican handles that key."""

    def __init__(self, generator: Any) -> None:
        self.generator = generator
        self.position = {id(a): i for i, a in enumerate(generator.dates)}
        # per key's list (by identity): its articles in date order and as _Members. Pelican
        # walks the tags twice (their feeds, then their pages) and every forked renderer walks
        # them all: each list was sorted on every walk.
        self._scoped: dict[int, tuple[list[Article], list[Article], _Members]] = {}

    def _scope(self, articles: list[Article]) -> tuple[list[Article], _Members]:
        known = self._scoped.get(id(articles))
        if known is None or known[0] is not articles:
            known = (articles, _in_date_order(articles, self.position), _Members(articles))
            self._scoped[id(articles)] = known
        return known[1], known[2]

    def pairs(self, pairs: Iterator[tuple[Any, list[Article]]]) -> Iterator[tuple[Any, Any]]:
        everything = self.generator.dates
        try:
            for key, articles in pairs:
                self.generator.dates, members = self._scope(articles)
                yield key, members
                self.generator.dates = everything
        finally:
            self.generator.dates = everything


class ScopedDict(dict):
    """generator.tags: a dict whose items() scopes generator.dates to each tag in turn."""

    scope: _ScopedDates

    def items(self) -> Any:  # type: ignore[override]
        return self.scope.pairs(iter(list(super().items())))


class ScopedList(list):
    """generator.categories/authors: (key, articles) pairs, iterated with dates scoped."""

    scope: _ScopedDates

    def __iter__(self) -> Iterator[Any]:
        return self.scope.pairs(super().__iter__())


def scope_taxonomies(generator: Any) -> None:
    """article_generator_finalized: install the scoped views on the generator (not the context)."""
    scope = _ScopedDates(generator)
    tags = ScopedDict(generator.tags)
    tags.scope = scope
    generator.tags = tags
    for name in ("categories", "authors"):
        view = ScopedList(getattr(generator, name))
        view.scope = scope
        setattr(generator, name, view)


def fast_period_archives(generator: Any) -> None:
    """article_generator_init: wrap this generator's _build_period_archives (instance only)."""
    build: Callable[..., Any] = generator._build_period_archives

    def build_fast(sorted_articles: list[Article], articles: list[Article],
                   settings: dict[str, Any]) -> Any:
        archives = build(sorted_articles, [], settings)
        position = {id(a): i for i, a in enumerate(articles)}
        for periods in archives.values():
            for period in periods:
                period["articles"] = _in_date_order(
                    [a for a in period["dates"] if id(a) in position], position)
        return archives

    generator._build_period_archives = build_fast
