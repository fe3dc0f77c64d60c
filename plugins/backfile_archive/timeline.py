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


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    peak: int
    total: int


def month_span(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, month) from first to last inclusive."""
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_timeline(
    counts: Mapping[tuple[int, int], int],
    url_for_month: Callable[[int, int], str] | None = None,
    width: int = 720,
    height: int = 120,
    axis: int = 18,
) -> Timeline | None:
    """Lay out one bar per month from the first to the last month with stories.

    Months without stories keep their place (a gap) so the x axis is time.
    `axis` pixels at the bottom are left for year labels.
    """
    if not counts:
        return None
    months = month_span(min(counts), max(counts))
    peak = max(counts.values())
    slot = width / len(months)
    gap = min(1.0, slot * 0.15)
    plot = height - axis
    bars: list[Bar] = []
    ticks: list[Tick] = []
    for i, (year, month) in enumerate(months):
        count = counts.get((year, month), 0)
        bar_height = max(1.0, plot * count / peak) if count else 0.0
        noun = "story" if count == 1 else "stories"
        bars.append(Bar(
            x=round(i * slot + gap / 2, 2),
            y=round(plot - bar_height, 2),
            width=round(max(slot - gap, 0.5), 2),
            height=round(bar_height, 2),
            count=count,
            label=f"{MONTH_NAMES[month - 1]} {year}: {count} {noun}",
            url=url_for_month(year, month) if count and url_for_month else None,
        ))
        if month == 1 or i == 0:
            ticks.append(Tick(x=round(i * slot, 2), label=str(year)))
    # Thin the year labels so they never overlap (about 40 px per label).
    step = max(1, round(len(ticks) * 40 / width))
    return Timeline(width, height, bars, ticks[::step], peak, sum(counts.values()))
