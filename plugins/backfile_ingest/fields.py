"""Labelled lines: `Title: ...`, `Date: ...`, `Author: ...` above (or below) a story.

Exports from newsroom systems, blogs and news databases label a story's parts instead of
setting them out: front matter (`title:`, `date:`, `author:`), LexisNexis (`BYLINE:`,
`SECTION:`, `DATELINE:`, `LOAD-DATE:`), CMS dumps (`Headline:`, `Published:`, `Category:`),
news sent by e-mail (`From:`, `Sent:`, `Subject:`).
A line is a field only when its label is one of the names below, so prose that happens to
contain a colon ("Note: ...", "He said: ...") is never taken for one. Each label maps to the
part of the story it gives; `meta` fields (word counts, language, copyright, ids) are kept
out of the body and otherwise ignored.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass

from .dates import MONTH_DAY, MONTHS, parse_date_line
from .partial_date import PartialDate, parse_partial_date

_LABELS: dict[str, tuple[str, ...]] = {
    "headline": ("title", "headline", "head", "hd", "hed", "subject"),
    "deck": ("subtitle", "subhead", "subheadline", "standfirst", "summary", "description",
             "dek", "deck", "teaser", "abstract"),
    "date": ("date", "dated", "published", "publication date", "pubdate", "pub date",
             "date published", "pd", "posted", "issue date", "sent",
             "publication info"),  # ProQuest: `New York Times (...); ... 22 May 1927: 1.`
    "byline": ("author", "authors", "by", "byline", "writer", "reporter", "correspondent"),
    "section": ("section", "category", "categories", "desk", "kicker", "rubric", "se"),
    "dateline": ("dateline",),
    "source": ("source", "publication", "publisher", "newspaper", "sn", "agency", "from"),
    "url": ("url", "link", "original url", "original-url", "permalink", "canonical", "uri"),
    "tags": ("tags", "tag", "keywords", "subjects", "topics"),
    "meta": ("length", "wc", "word count", "words", "language", "la", "copyright", "cy",
             "rights", "an", "document", "document id", "id", "slug", "edition", "page", "pg",
             "type", "status", "updated", "modified", "last modified", "load date", "load-date",
             "publication-type", "publication type", "graphic", "journal code", "body", "text",
             "layout", "draft", "template", "lang", "contact", "media contact",
             "press contact", "contacts", "to", "cc",
             # e-mail and Usenet headers (ClariNet's wire stories on Usenet, saved mail)
             "newsgroups", "organization", "organisation", "message-id", "lines", "path",
             "references", "reply-to", "followup-to", "distribution", "approved", "sender",
             "xref", "mime-version", "content-type", "content-transfer-encoding",
             "nntp-posting-host", "in-reply-to", "received", "return-path", "priority",
             "importance", "bcc"),
}
ROLES = {label: role for role, labels in _LABELS.items() for label in labels}
# Roles that open a labelled block: where one follows prose, a new story starts.
OPENING = frozenset({"headline", "date", "byline", "section"})
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z _\-]{0,22}?)\s*:(?:\s+(?P<value>.*?))?\s*$")

# A web page's tag line, set with a dash instead of a colon: `Tag - Czech politics`.
_TAG_LINE = re.compile(r"^\s*(?P<label>Tags?|TAGS?|Topics|Keywords)\s+[-\u2013\u2014]\s+"
                       r"(?P<value>\S.{0,200}?)\s*$")


# Factiva's field codes, as its "Full Article/Report plus Indexing" text sets them: the code,
# then a tab or spaces and the value (`HD\tFerry fares to rise`, `PD      29 November 2026`),
# or the code alone over its text (`LP`, `TD`). Codes are matched in capitals only.
_FACTIVA_ROLES = {"HD": "headline", "BY": "byline", "PD": "date", "SE": "section",
                  "DLN": "dateline", "SN": "source"}
_FACTIVA_META = ["WC", "ET", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CO", "IN", "NS", "RE",
                 "IPD", "IPC", "PUB", "AN", "CLM", "ART", "CR", "CT", "CX", "RF", "VOL", "RST"]
_FACTIVA = re.compile(rf"^\s*(?P<label>{'|'.join([*_FACTIVA_ROLES, *_FACTIVA_META])})"
                      r"(?:(?:\t|\s{2,})[\t ]*(?P<value>\S.*?))?\s*$")


# A label over the text itself, its first paragraph on the same line, as historical archives
# export an article (ProQuest's `Full Text: PARIS, May 21.--Lindbergh did it.`).
_BODY_LABEL = re.compile(r"^\s*(?:Full[ _-]?text|Article text|Body|Text)\s*:\s+(?=\S.{20})",
                         re.IGNORECASE)


def body_label(text: str) -> int:
    """How many characters a `Full Text: ` label opening the body's first paragraph takes."""
    match = _BODY_LABEL.match(text)
    return match.end() if match else 0


_BARE_MARKS = frozenset(["Body", "BODY"])  # a mark over the text with no colon


@dataclass(frozen=True)
class Field:
    """One labelled line: the label as written, what it gives, and its value."""

    label: str
    role: str
    value: str


def parse_field(text: str) -> Field | None:
    """The field a line holds, if its label is a known one (`Title: ...`, `BYLINE: ...`).
    A label alone (`BODY:`) is a field with an empty value."""
    if text.strip() in _BARE_MARKS:
        return Field(text.strip(), "meta", "")  # Nexis Uni's `Body` over the text
    match = _FIELD.match(text) or _TAG_LINE.match(text)
    label = match.group("label") if match else ""
    key = " ".join(label.lower().replace("_", " ").split())
    role = "meta" if key.startswith("x-") and len(key) > 2 else ROLES.get(key)  # (`X-Mailer`)
    if match is None or role is None:
        return _factiva_field(text)
    value = (match.group("value") or "").strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":  # front matter quoting
        value = value[1:-1].strip()
    if value[:1] == "[" and value[-1:] == "]":  # a front matter list: `tags: [a, b]`
        value = value[1:-1].replace('"', "").replace("'", "").strip()
    if role in ("headline", "byline") and not value:
        return None
    return Field(label, role, value)


def label_over_value(text: str, following: str) -> Field | None:
    """A label alone on its line over its value, as GOV.UK pages set their metadata
    (`From:` / `Department for Transport`, `Published` / `17 March 2023`): the field the two
    lines hold. A bare word with no colon counts only as a date's label over a date."""
    found = parse_field(text)
    if found is not None:
        if found.value or found.role == "meta" or parse_field(following) or not following:
            return None
        return Field(found.label, found.role, following.strip())
    label = text.strip()
    if ROLES.get(label.lower()) == "date" and parse_date_line(following):
        return Field(label, "date", following.strip())
    return None


def _factiva_field(text: str) -> Field | None:
    """The field a Factiva-coded line holds (`HD\tFerry fares to rise`, `LP`), if any."""
    coded = _FACTIVA.match(text)
    if coded is None:
        return None
    role = _FACTIVA_ROLES.get(coded["label"], "meta")
    value = (coded["value"] or "").strip()
    if role in ("headline", "byline") and not value:
        return None
    return Field(coded["label"], role, value)


def is_field(text: str) -> bool:
    return parse_field(text) is not None


# A header line's shape, whether or not its label is a known one (`Message-ID: <...>`,
# `Date-Precision: day`): one capitalised word, a colon, a value.
_FIELD_SHAPE = re.compile(r"^[A-Z][A-Za-z\-]{1,24}:\s+\S")


def is_field_shaped(text: str) -> bool:
    """A known field, or a line shaped as one (part of a header block next to known ones)."""
    return is_field(text) or bool(_FIELD_SHAPE.match(text))


def names_story(text: str) -> bool:
    """Whether a line is a field giving the story's headline (`Title:`, `Subject:`): the block
    holding it is a header, and the text under it that story's body."""
    found = parse_field(text)
    return found is not None and found.role == "headline"


def opens_block(text: str) -> bool:
    """Whether a line is a field that can open a story's labelled block."""
    found = parse_field(text)
    return found is not None and found.role in OPENING


_ISO_START = re.compile(r"^(?P<iso>(?:19|20)\d\d-?[01]\d(?:-?[0-3]\d)?)(?:[T ]|$)")
_DAY_MON_YEAR = re.compile(r"^(?P<d>[0-3]?\d)-(?P<m>[A-Za-z]{3,9})-(?P<y>(?:19|20)\d\d)\b")
_MONTH_YEAR = re.compile(r"^(?P<m>[A-Za-z]+)\.?,?\s+(?P<y>(?:19|20)\d\d)$")


def field_date(value: str) -> PartialDate | None:
    """The date a `Date:` field gives: a date line's forms, ISO 8601 with a time
    (`2019-06-14T10:00:00Z`), RFC 2822 (`Tue, 13 Oct 1998 18:42:00 EDT`), a written date
    with more after it (`March 3, 2004 Wednesday`), or a month (`June 2019`)."""
    value = value.strip()
    found = parse_date_line(value)
    if found:
        return found
    iso = _ISO_START.match(value)
    if iso:
        try:
            compact = iso["iso"].replace("-", "")  # 20191220T101500 (ISO 8601 basic)
            return parse_partial_date("-".join(filter(None, (compact[:4], compact[4:6],
                                                             compact[6:8]))))
        except ValueError:
            return None
    try:
        stamp = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        stamp = None
    if stamp is not None:
        return PartialDate(stamp.date())
    written = MONTH_DAY.search(value)
    if written and (written.group("year") or written.group("dyear")):
        return parse_date_line(written.group(0))
    numeric = _DAY_MON_YEAR.match(value)  # 26-FEB-1987 15:01:01.79 (Reuters-21578)
    if numeric and numeric["m"].lower() in MONTHS:
        return parse_partial_date(f"{numeric['y']}-{MONTHS[numeric['m'].lower()]:02d}-"
                                  f"{int(numeric['d']):02d}")
    month = _MONTH_YEAR.match(value)
    if month and month["m"].lower() in MONTHS:
        return parse_partial_date(f"{month['y']}-{MONTHS[month['m'].lower()]:02d}")
    return None


# What a data set writes where it does not know the writer: no byline at all.
_NO_BYLINE = frozenset({"unknown", "n/a", "na", "none", "null", "nan", "-", "--", "?",
                        "not available", "no author", "unknown author"})


def tidy_byline(value: str | None) -> str | None:
    """A byline as a reader should see it: a data set's placeholder (`unknown`, `N/A`) is
    none, and names a database runs together with semicolons (LexisNexis: `Jane
    Doe;John Roe`) get their space back."""
    if value is None or value.strip().lower() in _NO_BYLINE:
        return None
    value = " ".join(value.split())  # (a Google Docs export's no-break spaces: `By\xa0Jane`)
    return re.sub(r"\s*;\s*", "; ", value).strip("; ") or None

