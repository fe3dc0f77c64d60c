"""Bar charts of stories per month, laid out at build time for an inline SVG."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class Bar:
    """One month's bar; `url` is None for a month without stories (no link)."""

    x: float
    y: float
    width: float
    height: float
    count: int
    label: str
    url: str | None


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    percent: float = 0.0  # x as a share of the width, for labels set in HTML under the chart


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    peak: int
    total: int
    unit: str = "month"   # what one bar counts: month or year


def month_span(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, month) from first to last inclusive."""
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass(frozen=True)
class Slot:
    """One bar's data before layout."""

    count: int
    label: str
    url: str | None
    tick: str | None  # axis label under this bar, if any


def lay_out(slots: list[Slot], width: int, height: int, unit: str = "month") -> Timeline:
    """Bars side by side across `width`; heights relative to the tallest."""
    peak = max(slot.count for slot in slots)
    width_each = width / len(slots)
    gap = min(1.0, width_each * 0.15)
    plot = height
    bars: list[Bar] = []
    ticks: list[Tick] = []
    for i, slot in enumerate(slots):
        bar_height = max(1.0, plot * slot.count / peak) if slot.count else 0.0
        bars.append(Bar(x=round(i * width_each + gap / 2, 2), y=round(plot - bar_height, 2),
                        width=round(max(width_each - gap, 0.5), 2), height=round(bar_height, 2),
                        count=slot.count, label=slot.label, url=slot.url))
        if slot.tick:
            ticks.append(Tick(x=round(i * width_each, 2), label=slot.tick,
                              percent=round(100 * i / len(slots), 2)))
    # Thin the labels so they never overlap (about 40 px per label).
    step = max(1, round(len(ticks) * 40 / width))
    return Timeline(width, height, bars, ticks[::step], peak, sum(s.count for s in slots), unit)


def _stories(count: int) -> str:
    return f"{count} {'story' if count == 1 else 'stories'}"


def monthly_timeline(
    counts: Mapping[tuple[int, int], int],
    url_for_month: Callable[[int, int], str] | None = None,
    width: int = 720,
    height: int = 100,
) -> Timeline | None:
    """One bar per month from the first to the last month with stories.

    Months without stories keep their place (a gap, no link) so the x axis is time;
    the year labels (ticks) are set in HTML under the chart so they stay legible.
    """
    if not counts:
        return None
    months = month_span(min(counts), max(counts))
    slots = []
    for i, (year, month) in enumerate(months):
        count = counts.get((year, month), 0)
        slots.append(Slot(count, f"{MONTH_NAMES[month - 1]} {year}: {_stories(count)}",
                          url_for_month(year, month) if count and url_for_month else None,
                          str(year) if month == 1 or i == 0 else None))
    return lay_out(slots, width, height)


def yearly_timeline(counts: Mapping[int, int], width: int, height: int) -> Timeline | None:
    """One bar per year from the first to the last year with stories."""
    if not counts:
        return None
    years = range(min(counts), max(counts) + 1)
    slots = [Slot(counts.get(y, 0), f"{y}: {_stories(counts.get(y, 0))}", None, str(y))
             for y in years]
    return lay_out(slots, width, height, "year")


def compact_timeline(months: Mapping[tuple[int, int], int], max_months: int = 36,
                     width: int = 360, height: int = 50) -> Timeline | None:
    """An entity's small timeline: by month over up to `max_months`, else by year,
    so no page draws more than a few dozen bars."""
    if not months:
        return None
    if len(month_span(min(months), max(months))) <= max_months:
        return monthly_timeline(months, None, width, height)
    years: dict[int, int] = {}
    for (year, _), count in months.items():
        years[year] = years.get(year, 0) + count
    return yearly_timeline(years, width, height)
