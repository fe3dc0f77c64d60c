"""Date archives: which stories belong to which year, month and day page, and calendar grids.

A story dated only to a month (Date-Precision: month) is listed on its month
and year pages but on no day page and in no calendar cell; a year-only story
appears on its year page only. So a calendar cell counts exactly the stories
its day page lists, and a day without stories is not a link.
"""

from __future__ import annotations

import calendar
import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .story_facts import StoryFacts
from .timeline import MONTH_NAMES

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayCell:
    """A calendar cell: day 0 pads the first and last week."""

    day: int
    count: int = 0
    url: str | None = None


@dataclass(frozen=True)
class MonthGrid:
    year: int
    month: int
    title: str
    url: str | None           # the month page, if the month has stories
    weeks: list[list[DayCell]]
    count: int

    def __fingerprint__(self) -> str:
        """Its fields as one text (see Period.__fingerprint__)."""
        return repr(self)


@dataclass(frozen=True)
class PeriodLink:
    """Another period as a page links to it (no object chain: pages stay independent)."""

    title: str
    url: str
    count: int = 0


@dataclass
class Period:
    """One year, month or day page."""

    kind: str                 # year, month or day
    start: date
    title: str
    url: str
    stories: list[int] = field(default_factory=list)   # keys, oldest first
    undated: list[int] = field(default_factory=list)   # only known to this month/year
    prev: PeriodLink | None = None
    next: PeriodLink | None = None
    crumbs: list[PeriodLink] = field(default_factory=list)  # the year (and month) above it
    grids: list[MonthGrid] = field(default_factory=list)
    on_this_day: list[PeriodLink] = field(default_factory=list)

    def __fingerprint__(self) -> str:
        """What a page counts of this period (backfile_speed/skip.py): every field, all plain
        data (dates, texts, story keys, links, calendar cells), as one text, its dataclass
        repr. Described field by field, the dates index's periods and their calendar cells
        (thousands of small dataclasses) were about two thirds of checking the direct pages."""
        return repr(self)

    @property
    def count(self) -> int:
        return len(self.stories) + len(self.undated)

    @property
    def link(self) -> PeriodLink:
        return PeriodLink(self.title, self.url, self.count)

    @property
    def crumb(self) -> PeriodLink:
        """A link without the count, which a breadcrumb does not show: a story added to the
        year does not change every day page below it."""
        return PeriodLink(self.title, self.url)


@dataclass
class DateArchive:
    years: list[Period]
    months: list[Period]
    days: list[Period]
    day_urls: dict[date, str]
    month_urls: dict[tuple[int, int], str]

    def url_for(self, when: date) -> str | None:
        """The day page for a date, if that day has stories."""
        return self.day_urls.get(when)


UrlFor = Callable[[date], str]


def month_grid(year: int, month: int, archive: DateArchive, day_counts: dict[date, int],
               ) -> MonthGrid:
    """Weeks of a month starting on Monday, each day linked only if it has stories.

    One grid per month, shared by the month page, its days' pages and its year page
    (the day page marks its own day in the template)."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        row = []
        for day in week:
            if not day:
                row.append(DayCell(0))
                continue
            when = date(year, month, day)
            row.append(DayCell(day, day_counts.get(when, 0), archive.day_urls.get(when)))
        weeks.append(row)
    return MonthGrid(year, month, f"{MONTH_NAMES[month - 1]} {year}",
                     archive.month_urls.get((year, month)), weeks,
                     sum(day_counts.get(date(year, month, d), 0)
                         for d in range(1, calendar.monthrange(year, month)[1] + 1)))


def _link(periods: Sequence[Period]) -> None:
    for before, after in itertools.pairwise(periods):
        before.next, after.prev = after.link, before.link


def build_date_archive(stories: Sequence[StoryFacts], year_url: UrlFor, month_url: UrlFor,
                       day_url: UrlFor) -> DateArchive:
    """Group stories into year, month and day periods with grids and 'on this day'. O(n log n)."""
    years: dict[int, Period] = {}
    months: dict[tuple[int, int], Period] = {}
    days: dict[date, Period] = {}
    for story in sorted(stories, key=lambda s: (s.day, s.slug, s.key)):
        d = story.day
        year = years.get(d.year)
        if year is None:   # formatting URLs once per period, not once per story
            year = years[d.year] = Period("year", date(d.year, 1, 1), str(d.year),
                                          year_url(date(d.year, 1, 1)))
        if story.precision == "year":
            year.undated.append(story.key)
            continue
        year.stories.append(story.key)
        month = months.get((d.year, d.month))
        if month is None:
            first = date(d.year, d.month, 1)
            month = months[d.year, d.month] = Period(
                "month", first, f"{MONTH_NAMES[d.month - 1]} {d.year}", month_url(first))
        if story.precision == "month":
            month.undated.append(story.key)
            continue
        month.stories.append(story.key)
        day = days.get(d)
        if day is None:
            day = days[d] = Period(
                "day", d, f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}", day_url(d))
        day.stories.append(story.key)

    archive = DateArchive(
        years=[years[k] for k in sorted(years)],
        months=[months[k] for k in sorted(months)],
        days=[days[k] for k in sorted(days)],
        day_urls={k: p.url for k, p in days.items()},
        month_urls={k: p.url for k, p in months.items()},
    )
    for periods in (archive.years, archive.months, archive.days):
        _link(periods)
    for month in archive.months:
        month.crumbs = [years[month.start.year].crumb]
    for day in archive.days:
        d = day.start
        day.crumbs = [years[d.year].crumb, months[d.year, d.month].crumb]

    day_counts = {k: len(p.stories) for k, p in days.items()}
    grids: dict[tuple[int, int], MonthGrid] = {}

    def grid(year: int, month: int) -> MonthGrid:
        if (year, month) not in grids:
            grids[year, month] = month_grid(year, month, archive, day_counts)
        return grids[year, month]

    for year in archive.years:
        year.grids = [grid(year.start.year, m) for m in range(1, 13)]
    for month in archive.months:
        month.grids = [grid(month.start.year, month.start.month)]
    same_date: dict[tuple[int, int], list[tuple[Period, PeriodLink]]] = defaultdict(list)
    for day in archive.days:
        same_date[day.start.month, day.start.day].append((day, day.link))
    for day in archive.days:
        day.grids = [grid(day.start.year, day.start.month)]
        day.on_this_day = [link for p, link in same_date[day.start.month, day.start.day]
                           if p is not day]
    return archive
