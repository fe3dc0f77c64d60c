"""JSON Lines exports: one JSON object a line, one story an object.

`body` is required; `title`, `date` (YYYY-MM-DD, YYYY-MM or YYYY), `section`, `byline`, `url`
and `tags` (a list, or a `;`-separated string) are optional. A bad line is reported with its
file and line number and skipped; the other lines are still ingested.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .partial_date import PartialDate, parse_partial_date
from .problems import IngestError, Problem

_OPTIONAL_TEXT = ("title", "section", "byline", "url")


@dataclass
class Record:
    """One story of a JSON Lines export, checked."""

    line: int
    raw: str
    body: list[str]                      # paragraphs
    title: str | None = None
    date: PartialDate | None = None
    section: str | None = None
    byline: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)


def _paragraphs(body: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", body.strip())
    if len(blocks) == 1:
        blocks = body.strip().split("\n")
    return [" ".join(b.split()) for b in blocks if b.strip()]


def _record(raw: str, number: int, name: str, warnings: list[Problem]) -> Record:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise IngestError(name, number, f"not JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(data, dict):
        raise IngestError(name, number, "each line must be a JSON object {...}")
    body = data.get("body")
    if not isinstance(body, str) or not body.strip():
        raise IngestError(name, number, "`body` is required and must be non-empty text")
    record = Record(number, raw, _paragraphs(body))
    for key in _OPTIONAL_TEXT:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise IngestError(name, number, f"`{key}` must be text")
        setattr(record, key, " ".join(value.split()) or None)
    if data.get("date") is not None:
        try:
            record.date = parse_partial_date(str(data["date"])[:10])
        except ValueError as error:
            warnings.append(Problem(name, number, f"{error}; using the next date source"))
    tags = data.get("tags") or []
    if isinstance(tags, str):
        tags = tags.split(";")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise IngestError(name, number, "`tags` must be a list of text or a `;`-separated text")
    record.tags = [t.strip() for t in tags if t.strip()]
    return record


def parse_jsonl(text: str, name: str) -> tuple[list[Record], list[Problem]]:
    """The good records of an export, and a problem for each bad line."""
    records: list[Record] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            records.append(_record(raw, number, name, problems))
        except IngestError as error:
            problems.append(error.problem)
    if not records and not problems:
        problems.append(Problem(name, None, "empty export: no JSON lines", "error"))
    return records, problems
