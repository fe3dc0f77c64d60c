"""Finding dates in text and paths, and resolving relative ones ("yesterday", "on Saturday").

Everything here is plain pattern matching over month and weekday names: fast enough for
thousands of stories a second, and predictable. English is tried first; French, German,
Spanish, Italian, Portuguese and Dutch dates (CLDR's names, see `languages.py`) only where
English finds none, so an English story reads exactly as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, timedelta

from . import languages
from .partial_date import PartialDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[7-9]|20)\d\d)"  # (a month's name makes an old paper's 1893 a year)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# "Feb 26", "April 24", "26 Feb", optionally with a year: inside datelines and running text.
MONTH_DAY = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?:\s*(?:and|to|-|\u2013)\s*(?P<day2>[0-3]?\d)\b)?(?:,?\s+{_YEAR})?"
    rf"|{_DAY.replace('day>', 'dday>')}\s+"
    rf"(?P<dmonth>{_MONTH.replace('(?P<month>', '(?:')})(?:\s+(?P<dyear>(?:1[7-9]|20)\d\d))?)\b"
)
_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/._](?P<month>[01]?\d)(?:[-/._](?P<day>[0-3]?\d))?(?!\d)"
)
# A date in figures, day first as most of the world writes it (`29/11/2026`, `29.11.2026`,
# `29-11-2026`); month first only where the day could not be a month (`11/29/2026`).
_NUMERIC = r"(?P<nfirst>[0-3]?\d)(?P<nsep>[./-])(?P<nsecond>[01]?\d|[0-3]\d)(?P=nsep)(?P<nyear>(?:19|20)\d\d)(?!\d)"  # noqa: E501
NUMERIC_DATE = re.compile(rf"(?<![\d./-]){_NUMERIC}")
# A line that is only a date: "Monday, 14 September 2023", "Sept. 14, 2023", "2023-09-14",
# "March 3, 2004 Wednesday" (news databases put the weekday after).
# A date line may be a list item of dates, as news-in-brief pages set them (`\u2022 09/16/2022`).
# (an issue's number before its date, as a paper's front page gives it: `Volume CXXVII, Issue
# 42 | Thursday, February 16, 2023`, `Vol. 12, No. 3 - March 2, 1998`)
_LABEL = (r"(?:[\u2022\u00b7\u25aa\u25cf]\s*)?"
          r"(?:Vol(?:ume|\.)?\s*[IVXLCDM\d]+,?\s+(?:No\.|Number|Issue)\s*\d+\s*[|,\u00b7\u2022\-\u2013]\s*)?"
          r"(?:(?:Last\s+|First\s+)?(?:Published|Updated|Posted|Date|Dated)(?:\s+on)?\s*:?\s*)?")
_TIME = r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,4}|[+-]\d{4}))?"
# (seconds and a numeric zone, as a feed's RFC 2822 stamp has them: `09:00:00 GMT`, `+0000`)
DATE_LINE = re.compile(
    rf"{_LABEL}(?:{_TIME},?\s+)?{_WEEKDAY}(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY.replace('day>', 'dday>')}\s+{_MONTH.replace('month>', 'dmonth>')},?\s+{_YEAR.replace('year>', 'dyear>')}"  # noqa: E501
    rf"|{_NUMERIC}"
    rf"|{_YEAR.replace('year>', 'iyear>')}-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)"
    # ISO 8601 with its time, as feeds and CMS exports stamp a story: `2021-03-03T09:40:00Z`
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)"
    r"(?:,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"  # "March 3, 2004 Wednesday"
    # a time after the date: `, 9:10 a.m.`, `16.02 BST`, `/ 04:15 PM EST` (local TV), `at 9:10`
    rf"(?:(?:,|\s*[/|\u00b7\u2022\u2013\u2014]|\s+at)?\s+{_TIME})?"  # (`\u2014 08:15`)
    # "Published Nov. 26, 2020 Updated Nov. 27, 2020, 9:10 a.m. ET": the first date counts
    # (Anadolu's `18.03.2023 - Update : 18.03.2023`; ABC's `Posted Tue 1 Mar 2022 at 6:45am,
    # updated Tue 1 Mar 2022 at 11:02am`)
    r"(?:\s*[,|\u00b7\u2022\-\u2013]?\s*(?:Last\s+)?(?:Updated?|Modified)\b\s*:?[^|]{4,50})?"
    # the paper after the date, as The Times stamps its pages: `..., 12.01am, The Times`
    r"(?-i:,\s+(?:The\s+)?[A-Z][\w&.'\u2019]*(?:\s+[A-Z][\w&.'\u2019]*){0,3})?\s*",
    re.IGNORECASE,
)
# The other languages' dates, day first as they write them: `14 septembre 2023`, `1er mars`,
# `14. September 2023`, `14 de septiembre de 2023`, `14 sep` (datelines, time stamps).
_FOREIGN_DAY = r"(?P<fday>[0-3]?\d)(?P<fmark>er|\.|º|°|ª)?"
_FOREIGN_MONTH = rf"(?P<fmonth>{languages.alternation(languages.MONTHS)})(?:\.|(?!\w))"
# Russian and Ukrainian add "year" after it: `14 марта 2023 года`, `14 березня 2023 року`
# (or its abbreviation, written in Cyrillic)
_FOREIGN_YEAR = (r"(?:,?\s+(?:del?\s+)?(?P<fyear>(?:19|20)\d\d)(?!\d)"
                 r"(?:\s*(?:года|\u0433\.|року|\u0440\.)(?!\w))?)")
FOREIGN_MONTH_DAY = re.compile(
    rf"(?<![\w.]){_FOREIGN_DAY}\s*(?:de\s+)?{_FOREIGN_MONTH}{_FOREIGN_YEAR}?", re.IGNORECASE)
# In running text only full names, as written (`14 mars`, `14. März`): `3 out of 5`, `2 Mars`.
# It opens on a figure, not a look-behind, so an English story is scanned fast; the figure
# must not end a longer word or number (`event_dates` checks the character before it).
_IN_TEXT = (r"(?P<fday>\d\d?)(?P<fmark>er|\.|\u00ba|\u00b0|\u00aa)?\s*(?:de\s+)?"
            r"(?P<fmonth>{})(?!\w)" + _FOREIGN_YEAR + "?")
_FOREIGN_IN_TEXT = re.compile(_IN_TEXT.format(languages.alternation(languages.WRITTEN_MONTHS)))
# (Cyrillic and Arabic names apart, tried only where those scripts are: English is read fast)
_OTHER_SCRIPT_IN_TEXT = re.compile(
    _IN_TEXT.format(languages.alternation(languages.WRITTEN_MONTHS_OTHER_SCRIPTS)))
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
_DIGIT = re.compile(r"\d")
_ENGLISH_NAMES = frozenset(name.capitalize() for name in MONTHS)
_FOREIGN_LABEL = (
    r"(?:[\u2022\u00b7\u25aa\u25cf]\s*)?(?:(?:"
    r"Publié|Mis\s+à\s+jour|Modifié|Mis\s+en\s+ligne|Paru|Daté"  # fr
    r"|Veröffentlicht|(?:Zuletzt\s+)?Aktualisiert|Stand|Erstellt|Erschienen|Datum"  # de
    r"|Publicado|Actualizado|Atualizado|Fecha|Data"  # es, pt, it
    r"|Pubblicato|Aggiornato|Gepubliceerd|(?:Laatst\s+)?Bijgewerkt"  # it, nl
    r")(?:\s+(?:le|du|am|vom|el|em|a|il|al|op|on))?\s*:?\s*)?")
_FOREIGN_WEEKDAY = rf"(?:(?:{languages.alternation(languages.WEEKDAYS)})\.?,?\s+)?"
# `à 14h30`, `um 14:30 Uhr`, `a las 14:30 h`, `alle 14.30`, `om 14.30 uur`, `- 14:30 CEST`
_FOREIGN_TIME = (r"(?:,|\s+(?:à|a\s+las|a\s+la|alle|às|as|om|um|-|\u2013|\|))?\s*"
                 r"\d{1,2}(?:\s?[:.hH]\s?\d\d|\s?h)(?:\s*(?:Uhr|uur|h|horas?|[A-Z]{2,4}))?")
# Chinese, Japanese and Korean dates in figures: `2023年3月21日 12時30分`, `2023년 3월 21일 (화)`
_CJK_DATE = (r"(?P<cyear>(?:19|20)\d\d)\s*[年년]\s*(?P<cmonth>[01]?\d)\s*[月월]\s*"
             r"(?P<cday>[0-3]?\d)\s*[日일]\s*(?:[(\uff08][^()\uff08\uff09]{1,3}[)\uff09])?"
             r"(?:\s*(?:[0-2]?\d\s*[時时시]\s*(?:[0-5]\d\s*[分분])?|[0-2]?\d:[0-5]\d))?")
FOREIGN_DATE_LINE = re.compile(
    rf"{_FOREIGN_LABEL}{_FOREIGN_WEEKDAY}(?:{_FOREIGN_DAY}\s*(?:de\s+)?{_FOREIGN_MONTH}"
    rf"{_FOREIGN_YEAR}|{_NUMERIC}|{_CJK_DATE}"
    rf"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))"
    rf"(?:{_FOREIGN_TIME})?"
    # `Publié le 14 septembre 2023 à 14h30, modifié le 15 septembre 2023 à 08h12`: the first
    r"(?:\s*[,|\u00b7\u2022\-\u2013\u2014]?\s*(?:mis\s+à\s+jour|modifié|actualizado|"
    r"aktualisiert|aggiornato|atualizado|bijgewerkt|updated)\b[^|]{4,60})?\s*",
    re.IGNORECASE,
)
_RELATIVE_WORDS = (
    r"\b(?P<word>yesterday|today|tomorrow|tonight|last night)\b"
    r"|\b(?P<which>on|this|last|next|by|until|from|since|for|before|after)\s+"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_RELATIVE = re.compile(_RELATIVE_WORDS, re.IGNORECASE)
# The same words matched in lower-cased text: a case-sensitive scan takes half the time of a
# case-blind one (this scan was a sixth of the ingest's CPU). Lower-casing keeps each
# character's place and kind, and IGNORECASE matches an ASCII letter only to its capital,
# except for the dotless i and the long s (U+0131, U+017F: matched to "i" and "s", not
# lowered to them) and the dotted capital I (U+0130: lowered to two characters). A text
# holding one of them is scanned case-blind.
_RELATIVE_LOWER = re.compile(_RELATIVE_WORDS)
_CASE_BLIND_ONLY = ("\u0131", "\u017f", "\u0130")
_RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}


# What a case-blind match may hold that `str.lower` does not turn into the table's letters.
_FOLD_LOOKALIKES = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


def _day_word(word: str) -> str:
    """A matched day word as the tables spell it ("Fr\u0131day", "ye\u017fterday" from OCR)."""
    return word.lower().translate(_FOLD_LOOKALIKES)


def _relative_words(text: str) -> Iterator[re.Match[str]]:
    """`_RELATIVE`'s matches in `text` (the caller reads their words with `_day_word`)."""
    if any(char in text for char in _CASE_BLIND_ONLY):
        return _RELATIVE.finditer(text)
    return _RELATIVE_LOWER.finditer(text.lower())


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: date) -> date | None:
    """The date `month`/`day` closest to `anchor` (same year, or the one before or after)."""
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    return min(candidates, key=lambda d: abs((d - anchor).days)) if candidates else None


def month_day(text: str) -> tuple[int, int] | None:
    """The first month and day named in `text` ("Feb 26", "26 February"), if any."""
    match = MONTH_DAY.search(text)
    if not match:
        other = FOREIGN_MONTH_DAY.search(text)
        return (languages.month_number(other["fmonth"]), int(other["fday"])) if other else None
    if match.group("month"):
        return MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day"))
    return MONTHS[match.group("dmonth").split()[0].lower().rstrip(".")], int(match.group("dday"))


def parse_date_line(text: str) -> PartialDate | None:
    """The date of a line that holds nothing but a date (and maybe a time), else None."""
    match = DATE_LINE.fullmatch(text.strip())
    if not match:
        return _foreign_date_line(text) or _folio_date(text)
    groups = match.groupdict()
    if groups["nyear"]:
        return numeric_date(match)
    if groups["iyear"]:
        year, month, day = int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"])
    elif groups["year"]:
        year, month, day = int(groups["year"]), MONTHS[groups["month"].lower()], int(groups["day"])
    else:
        year, month = int(groups["dyear"]), MONTHS[groups["dmonth"].lower()]
        day = int(groups["dday"])
    value = _safe_date(year, month, day)
    return PartialDate(value) if value else None


# An old paper's volume and number around its folio line's place and date: `VOL. XLII.
# WHEELING, W. VA., TUESDAY, MARCH 14, 1893. NO. 171.`, `VOL. XII--NO. 171. NEW YORK, ...`.
_VOLUME = re.compile(r"^VOL(?:UME)?\.?\s*[IVXLCDM\d]+\b[.,]?"
                     r"(?:\s*(?:-+|\u2014)?\s*NO\.?\s*\d+[.,]?)?\s+"
                     r"|\s+(?:NO|NUMBER)\.?\s*\d+\.?$", re.IGNORECASE)


def _folio_date(text: str) -> PartialDate | None:
    """The date of an old paper's folio line, under its name: its volume and number around
    the town and the date (`VOL. XLII. WHEELING, W. VA., TUESDAY, MARCH 14, 1893. NO. 171.`)."""
    text = text.strip()
    if text[:3] not in ("VOL", "Vol") or len(text) > 120:
        return None
    rest = _VOLUME.sub("", _VOLUME.sub("", text)).strip().rstrip(".")
    if rest == text.rstrip("."):
        return None
    for found in [None, *re.finditer(r",\s+", rest)]:  # the date, past the town if any
        when = rest[found.end():] if found else rest
        if DATE_LINE.fullmatch(when):
            return parse_date_line(when)
    return None


def _foreign_date_line(text: str) -> PartialDate | None:
    """`parse_date_line` in the other languages (`Publié le 1er mars 2024 à 14h30`)."""
    if len(text) > 160 or not _DIGIT.search(text):
        return None  # (most lines: no need to try the long alternations)
    match = FOREIGN_DATE_LINE.fullmatch(text.strip())
    if not match:
        return None
    if match["nyear"]:
        return numeric_date(match)
    if match["iyear"]:
        value = _safe_date(int(match["iyear"]), int(match["imonth"]), int(match["iday"]))
    elif match["cyear"]:
        value = _safe_date(int(match["cyear"]), int(match["cmonth"]), int(match["cday"]))
    else:
        value = _safe_date(int(match["fyear"]), languages.month_number(match["fmonth"]),
                           int(match["fday"]))
    return PartialDate(value) if value else None


def written_date(text: str) -> PartialDate | None:
    """The first date written with its year in a dateline (`PARIS, 14 septembre 2023 (AFP)`,
    `WASHINGTON, March 3, 2004`), in any of the languages read."""
    written = MONTH_DAY.search(text)
    if written and (written.group("year") or written.group("dyear")):
        return parse_date_line(written.group(0))
    other = FOREIGN_MONTH_DAY.search(text)
    if other and other["fyear"]:
        value = _safe_date(int(other["fyear"]), languages.month_number(other["fmonth"]),
                           int(other["fday"]))
        return PartialDate(value) if value else None
    return None


def numeric_date(match: re.Match[str]) -> PartialDate | None:
    """The date a match of `_NUMERIC` stands for: day first, unless only month first makes a
    date (`11/29/2026`, as US exports write it)."""
    first, second, year = (int(match.group(k)) for k in ("nfirst", "nsecond", "nyear"))
    day, month = (second, first) if second > 12 >= first else (first, second)
    value = _safe_date(year, month, day) if 1 <= month <= 12 else None
    return PartialDate(value) if value else None


def date_in_path(path: str) -> PartialDate | None:
    """A date in a dump's file or folder names: `2025-04-23`, `2025/04/23`, `2025_04`."""
    for match in _ISO.finditer(path):
        year, month, day = match.group("year", "month", "day")
        if not 1 <= int(month) <= 12:
            continue
        if day:
            value = _safe_date(int(year), int(month), int(day))
            if value:
                return PartialDate(value)
        else:
            return PartialDate(date(int(year), int(month), 1), "month")
    return None


def _weekday_date(which: str, weekday: int, anchor: date) -> date:
    ahead = (weekday - anchor.weekday()) % 7
    behind = ahead - 7 if ahead else 0
    if which == "last":
        return anchor + timedelta(days=behind or -7)
    if which == "next":
        return anchor + timedelta(days=ahead or 7)
    if which in ("since", "after"):
        return anchor + timedelta(days=behind)
    if which in ("by", "until", "before"):
        return anchor + timedelta(days=ahead)
    # "on Saturday", "this Saturday": news means the nearest one, past or coming.
    return anchor + timedelta(days=ahead if ahead <= -behind else behind)


def event_dates(text: str, published: PartialDate | None, guessed: bool = False) -> list[date]:
    """Dates the text refers to, resolved against the publication date; sorted, unique.

    Day-relative words ("yesterday", "on Saturday") need a publication date known to the day;
    a month and day ("March 13") needs only its year. A `guessed` publication date (the
    configured default) resolves nothing: only dates that carry their own year are kept (a
    story dated 1970-01-01 by default said "on Tuesday" of 1969-12-30).
    """
    if published is None:
        return []
    if guessed:  # (at year precision only dates written with their year are kept)
        return event_dates(text, PartialDate(published.value, "year"))
    found: set[date] = set()
    anchor = published.value
    if published.precision == "day":
        for match in _relative_words(text):
            if match.group("word"):
                found.add(anchor + timedelta(days=_RELATIVE_DAYS[_day_word(match.group("word"))]))
            else:
                weekday = WEEKDAYS.index(_day_word(match.group("weekday")))
                found.add(_weekday_date(_day_word(match.group("which")), weekday, anchor))
    matches = itertools.chain(_FOREIGN_IN_TEXT.finditer(text), _OTHER_SCRIPT_IN_TEXT.finditer(
        text) if _OTHER_SCRIPT.search(text) else ())
    for match in matches:  # `le 14 mars`, `am 3. Mai 2023`, `14 марта`
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1]
                              in "._"):
            continue  # `2004 mai`, `A12 juin`
        if match["fmonth"] in _ENGLISH_NAMES and match["fmark"] != ".":
            continue  # `11 September, 2001` is English's to read (German writes `11. September`)
        year = match["fyear"]
        if not year and published.precision == "year":
            continue
        month, day = languages.month_number(match["fmonth"]), int(match["fday"])
        value = (_safe_date(int(year), month, day) if year
                 else nearest_year(month, day, anchor))
        if value:
            found.add(value)
    for match in MONTH_DAY.finditer(text):
        if match.group("month"):
            if match.group("month") == "May" and not match.group("day"):
                continue
            month = MONTHS[match.group("month").lower().rstrip(".")]
            days = [match.group("day"), match.group("day2")]
            year = match.group("year")
        else:
            month = MONTHS[match.group("dmonth").split()[0].lower().rstrip(".")]
            days, year = [match.group("dday")], match.group("dyear")
        for day in filter(None, days):
            if year:
                value = _safe_date(int(year), month, int(day))
            elif published.precision == "year":
                continue
            else:
                value = nearest_year(month, int(day), anchor)
            if value:
                found.add(value)
    return sorted(found)


_STAMP_LABEL = re.compile(
    r"^\(?\s*(?:last\s+)?(?:updated?|modified|published|posted|first published"
    r"|mis\s+à\s+jour|modifié|publié|aktualisiert|veröffentlicht|stand|actualizado|publicado"
    r"|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)"
    r"(?:\s+(?:on|at|le|am|el|em|il|op|a\s+las|alle|às|om|um))?"
    r"\s*:?\s*", re.IGNORECASE)


def is_stamp(text: str) -> bool:
    """Whether a line of page furniture is a time stamp (`Updated: ...`, `Last modified on`)."""
    return bool(_STAMP_LABEL.match(text.strip())) and bool(re.search(r"\d", text))


def stamp_date(text: str, anchor: PartialDate | None = None) -> PartialDate | None:
    """The date in a web page's time stamp (`Updated: Wednesday, April 12, 2023, 10:41 PM IST`,
    `Last modified on Tue 3 Mar 2020 14.20 GMT`, `(Updated 4:01 p.m., Sept. 29)`): a date line
    after the label, else the first full date in it, else its month and day in the year
    nearest `anchor`."""
    rest = _STAMP_LABEL.sub("", text.strip()).rstrip(") ")
    found = parse_date_line(rest)
    if found:
        return found
    for match in MONTH_DAY.finditer(rest):
        if (match.group("year") or match.group("dyear")) and (
                value := parse_date_line(match.group(0))):
            return value
    if value := written_date(rest):
        return value
    iso = _ISO.search(rest)
    if iso and iso.group("day"):
        value = _safe_date(*(int(g) for g in iso.group("year", "month", "day")))
        if value:
            return PartialDate(value)
    found_day = month_day(rest)
    if found_day and anchor:
        value = nearest_year(*found_day, anchor.value)
        return PartialDate(value) if value else None
    return None
