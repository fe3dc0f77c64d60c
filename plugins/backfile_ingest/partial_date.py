"""Dates known to the day, the month or only the year (`2025-04-23`, `2025-04`, `2025`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date and how much of it is known; a month or year is stored as its first day."""

    value: date
    precision: str = "day"  # "day", "month" or "year"

    def iso(self) -> str:
        """The known part only: `2025-04-23`, `2025-04` or `2025`."""
        return {"day": self.value.isoformat(), "month": self.value.isoformat()[:7]}.get(
            self.precision, str(self.value.year)
        )


def parse_partial_date(text: str) -> PartialDate:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError says what is wrong."""
    match = _PARTIAL.fullmatch(text.strip())
    if not match:
        raise ValueError(f"unparseable date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        value = date(int(year), int(month or 1), int(day or 1))
    except ValueError as error:
        raise ValueError(f"impossible date {text!r}: {error}") from None
    precision = "day" if day else "month" if month else "year"
    return PartialDate(value, precision)
