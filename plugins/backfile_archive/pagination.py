"""Story listings numbered from the oldest page, so a page keeps its stories as the archive grows.

Pelican numbers a listing's pages from the newest story: each story added moves every story of
the index, of its section and of its entities one place down, every page of those listings
changes, a publish uploads them all again, and a link to "page 37" shows other stories next
week. Here a listing (newest first, as Pelican sorts it) is cut into pages of `per_page` from
its oldest end: page 1 holds the oldest stories and keeps them. The newest stories, fewer than a
page's worth, join the newest full page on the front page (the listing's own URL), which holds
one to two pages' worth. Adding today's stories changes the front page and, once it overflows,
adds one numbered page; the older pages stay as they were. A listing sorted oldest first (a
year, month or day page) is already stable that way under Pelican's numbering: its front page
is its first (oldest) page and new stories land on its last.

The front page is the live one: only it may show facts about the whole listing (its count, its
first and last story). A numbered page shows its own stories and links to its neighbours; its
`paginator` is withheld, so a theme cannot put whole-listing facts there that would go stale
(backfile_speed's render skipping counts a numbered page by its own stories and neighbours).
Templates tell the two apart with `{% if articles_page.front %}`.

`BACKFILE_STABLE_PAGINATION = False` numbers pages from the newest, as Pelican does, with the
same page interface (`front`, `previous`, `next`, `newest_first`, `total`, `counted_from`), so
the theme works either way; there every page may read the whole listing.
"""

from __future__ import annotations

from typing import Any

from pelican import writers
from pelican.contents import Content
from pelican.paginator import Page, Paginator

SETTING = "BACKFILE_STABLE_PAGINATION"


class FrozenPageError(Exception):
    """A template asked a numbered listing page for the whole listing."""


class StablePaginator(Paginator):
    """Pages counted from the oldest; `page(n)` still takes Pelican's position (1 = front)."""

    def __init__(self, name: str, url: str, object_list: list[Any],
                 settings: dict[str, Any], per_page: int | None = None,
                 newest_first: bool = True, stable: bool = True) -> None:
        super().__init__(name, url, object_list, settings, per_page)
        self.newest_first = newest_first
        self.stable = stable  # False: Pelican's numbering, from the front page on
        if self.from_oldest:
            self.orphans = 0  # the front page takes the newest remainder instead

    @property
    def from_oldest(self) -> bool:
        """Numbered from the oldest end, the front page holding the newest remainder."""
        return self.newest_first and self.stable

    @property
    def num_pages(self) -> int:  # type: ignore[override]
        if not self.from_oldest:
            return super().num_pages
        return max(1, self.count // self.per_page) if self.per_page else 1

    def page(self, number: int) -> StablePage:
        """The page at `number` counted from the front, as Pelican's writer asks for it."""
        if not self.from_oldest:
            plain = super().page(number)
            return StablePage(self.name, self.url, plain.object_list, number, self,
                              self.settings, number)
        serial = self.num_pages - number + 1
        end = self.count - (serial - 1) * self.per_page
        start = 0 if serial == self.num_pages else end - self.per_page
        return StablePage(self.name, self.url, self.object_list[start:end], number, self,
                          self.settings, serial)


class StablePage(Page):
    """One page of a listing: `number` counts from the oldest page, `front` is the newest."""

    def __init__(self, name: str, url: str, object_list: list[Any], position: int,
                 paginator: StablePaginator, settings: dict[str, Any], serial: int) -> None:
        super().__init__(name, url, object_list, serial, paginator, settings)
        self.position = position  # 1 = the front page, as Pelican's writer counts

    @property
    def paginator(self) -> StablePaginator:  # type: ignore[override]
        if self._listing.stable and not self.front:
            raise FrozenPageError(
                f"page {self.number} of {self.base_url} is a numbered listing page: it shows "
                "its own stories only; put facts about the whole listing on the front page, "
                f"inside {{% if <list>_page.front %}} (or set {SETTING} = False)")
        return self._listing

    @paginator.setter
    def paginator(self, value: StablePaginator) -> None:
        self._listing = value

    @property
    def front(self) -> bool:
        return self.position == 1

    @property
    def previous(self) -> StablePage | None:
        """The page before this one in reading order (newer stories, or earlier ones in a
        listing sorted oldest first: see `newest_first`)."""
        return None if self.front else self._listing.page(self.position - 1)

    @property
    def next(self) -> StablePage | None:
        return self._listing.page(self.position + 1) if self.has_next() else None

    @property
    def newest_first(self) -> bool:
        return self._listing.newest_first

    @property
    def stable(self) -> bool:
        """The page keeps its stories as the archive grows (numbered from the oldest)."""
        return self._listing.stable

    @property
    def counted_from(self) -> str:
        """Which end of the listing page numbers count from: "oldest" or "newest"."""
        return "newest" if self.newest_first and not self.stable else "oldest"

    @property
    def total(self) -> int | None:
        """Stories in the whole listing: known on the front page only (of a stable listing)."""
        return self._listing.count if self.front or not self.stable else None

    def has_next(self) -> bool:
        return self.position < self._listing.num_pages

    def has_previous(self) -> bool:
        return not self.front

    def next_page_number(self) -> int:
        return self.position + 1

    def previous_page_number(self) -> int:
        return self.position - 1

    def __repr__(self) -> str:
        return f"<StablePage {self.number}{' (front)' if self.front else ''} of {self.base_url}>"

    def _from_settings(self, key: str) -> str:
        """Pelican's PAGINATION_PATTERNS: the front page takes page 1's rule, page n the rule
        for max(2, n) (the `-1` rule: the page with nothing after it); `{number}` is n."""
        patterns = self.settings["PAGINATION_PATTERNS"]
        if self.front:
            number, rules = 1, [r for r in patterns if r.min_page == 1]
        else:
            number, last = self.number, not self.has_next()
            rules = [r for r in patterns
                     if (r.min_page == -1 and last) or 1 < r.min_page <= max(2, number)]
        if not rules:
            return ""
        rule = max(rules, key=lambda r: r.min_page if r.min_page != -1 else 10**9)
        text = getattr(rule, key).format(save_as=self.full_name, url=self.base_url,
                                         name=self.name, base_name=self.base_name,
                                         extension=self.extension, number=number)
        return text[1:] if text.startswith("/") else text  # Pelican drops one leading slash

    url = property(lambda self: self._from_settings("URL"))
    save_as = property(lambda self: self._from_settings("SAVE_AS"))

    def __fingerprint__(self) -> tuple[Any, ...]:
        """What this page is made of, for render skipping: its own stories (by their files),
        its place, its neighbours' addresses; the whole listing on the front page only."""
        before, after = self.previous, self.next
        own = (self.full_name, self.base_url, self.number, self.front, self.object_list,
               self.newest_first, before.url if before else None, after.url if after else None)
        return (*own, self._listing.object_list) if self.front or not self.stable else own


def paginator_for(name: str, url: str, object_list: list[Any], settings: dict[str, Any],
                  per_page: int | None = None) -> Paginator:
    """The paginator Pelican's writer builds: stable for lists of stories (see the module)."""
    stories = not object_list or isinstance(object_list[0], Content)
    if not stories:
        return Paginator(name, url, object_list, settings, per_page)
    oldest_first = len(object_list) > 1 and object_list[0].date < object_list[-1].date
    return StablePaginator(name, url, object_list, settings, per_page, not oldest_first,
                           stable=bool(settings.get(SETTING, True)))


def install() -> None:
    """Pelican's writer builds its paginators by the module-level name `Paginator`."""
    writers.Paginator = paginator_for  # type: ignore[attr-defined,assignment]
