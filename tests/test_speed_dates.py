"""Each distinct date is formatted once (backfile_speed/dates.py), exactly as Pelican would."""

from __future__ import annotations

import datetime

from backfile_speed import dates
from pelican.utils import SafeDatetime

FORMATS = ["%a %d %B %Y", "%-d %B %Y", "%Y-%m-%d %H:%M %Z", "%A, %-d %b"]


def test_memoised_dates_read_as_pelicans() -> None:
    utc, plus_two = datetime.UTC, datetime.timezone(datetime.timedelta(hours=2))
    values = [SafeDatetime(2004, 3, 7, 10, 0), SafeDatetime(2004, 3, 7, 10, 0, tzinfo=utc),
              SafeDatetime(2004, 3, 7, 12, 0, tzinfo=plus_two),  # the same instant, other zone
              SafeDatetime(1999, 12, 31, 23, 59)]
    expected = [[dates._original(v, f) for f in FORMATS] for v in values]
    dates.install()
    for _ in range(2):  # the second round is answered from the memo
        assert [[v.strftime(f) for f in FORMATS] for v in values] == expected


def test_the_locale_is_part_of_the_memo(monkeypatch) -> None:
    """A date formatted under one LC_TIME locale is formatted again under another."""
    dates.install()
    calls: list[str] = []
    current = ["de_DE.UTF-8"]

    def formatted(value: object, fmt: str, safe: bool = True) -> str:
        calls.append(current[0])
        return f"{current[0]}:{fmt}"

    monkeypatch.setattr(dates, "_original", formatted)
    monkeypatch.setattr(dates.locale, "setlocale", lambda category, name=None: current[0])
    value = SafeDatetime(2005, 6, 1, 7, 7, 7)
    assert value.strftime("%A") == "de_DE.UTF-8:%A"
    assert value.strftime("%A") == "de_DE.UTF-8:%A"
    current[0] = "fr_FR.UTF-8"
    assert value.strftime("%A") == "fr_FR.UTF-8:%A"
    assert calls == ["de_DE.UTF-8", "fr_FR.UTF-8"]
