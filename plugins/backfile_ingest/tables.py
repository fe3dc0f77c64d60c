"""Exports that are one document: a table with a header row (`*.csv`, `*.tsv`), as data sets
and spreadsheets hold news, and a JSON array of story objects (`*.json`, bare or under one
key such as an API's `{"articles": [...]}`). Each row or object is read as a JSON Lines
record is (`jsonl.record_from_mapping`) and cited at the lines it spans in the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

from .jsonl import Record, record_from_mapping, story_body_key, story_text_key
from .problems import IngestError, Problem

_DELIMITERS = ",;\t|"
csv.field_size_limit(1 << 28)  # a story's text in one cell can outgrow csv's 128 kB default


def _delimiter(header: str, suffix: str) -> str:
    """The header row's delimiter, as the standard library's sniffer finds it; a comma when
    it finds none (a one-column table)."""
    if suffix == ".tsv":
        return "\t"
    try:
        return csv.Sniffer().sniff(header, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


def parse_table(text: str, name: str, suffix: str) -> tuple[list[Record], list[Problem]]:
    """The good rows of a CSV/TSV export, and a problem for each bad one."""
    lines = text.split("\n")
    header = next((line for line in lines if line.strip()), "")
    reader = csv.DictReader(io.StringIO(text, newline=""),
                            delimiter=_delimiter(header, suffix))
    records: list[Record] = []
    problems: list[Problem] = []
    columns = [c for c in reader.fieldnames or [] if c]
    if not any(story_text_key(c) for c in columns):
        return [], [Problem(name, 1, "no story text: a `body` (or `text`, `content`...) column "
                            f"is required (columns here: {', '.join(columns) or 'none'})",
                            "error")]
    end = 1  # the header's last line
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            while start < end and not lines[start - 1].strip():
                start += 1  # blank lines between rows
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            raw = "\n".join(lines[start - 1:end])
            try:
                if None in row:
                    raise IngestError(name, start, "more cells than the header has columns")
                record = record_from_mapping(row, start, raw, name, problems)
                record.last_line = end
                records.append(record)
            except IngestError as error:
                problems.append(error.problem)
    except csv.Error as error:
        problems.append(Problem(name, reader.line_num, f"unreadable table: {error}", "error"))
    if not records and not problems:
        problems.append(Problem(name, None, "empty export: a header row and no stories",
                                "error"))
    return records, problems


def _story_lists(data: dict[str, object], depth: int = 2) -> list[str]:
    """The keys of the lists of objects in `data`, or, if it has none, in the one object
    nested in it that has them (an API answer: `{"response": {"results": [...]}}`)."""
    lists = [key for key, value in data.items()
             if isinstance(value, list) and value and isinstance(value[0], dict)]
    if lists or depth == 0:
        return lists
    nested = [found for value in data.values() if isinstance(value, dict)
              for found in [_story_lists(value, depth - 1)] if found]
    return nested[0] if len(nested) == 1 else []


def _objects(text: str, name: str) -> Iterator[tuple[object, int, int]]:
    """Each element of the export's array (the document, or the one list of objects under
    a key of it) with the offsets it spans."""
    decoder = json.JSONDecoder()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise IngestError(name, error.lineno, f"not JSON: {error.msg} (column {error.colno})"
                          ) from None
    if isinstance(data, dict):
        lists = _story_lists(data)
        if not lists and any(story_body_key(key) for key in data):
            # one story's object, as news-please and other scrapers write a file a story
            start = text.index("{")
            yield data, start, len(text.rstrip())
            return
        if len(lists) != 1:
            raise IngestError(name, 1, "a JSON export must be an array of story objects, an "
                              "object holding one such array, or one story's object")
        key = re.search(rf"{re.escape(json.dumps(lists[0], ensure_ascii=False))}\s*:\s*\[",
                        text)
        if key is None:  # the key written with escapes: read the document's own text
            raise IngestError(name, 1, f"cannot find the array under {lists[0]!r}")
        index = key.end() - 1
    elif isinstance(data, list):
        index = text.index("[")
    else:
        raise IngestError(name, 1, "a JSON export must be an array of story objects")
    index += 1
    while True:
        while index < len(text) and text[index] in " \t\r\n,":
            index += 1
        if index >= len(text) or text[index] == "]":
            return
        value, end = decoder.raw_decode(text, index)
        yield value, index, end
        index = end


def parse_json(text: str, name: str) -> tuple[list[Record], list[Problem]]:
    """The good objects of a JSON array export, and a problem for each bad one."""
    records: list[Record] = []
    problems: list[Problem] = []
    line, counted = 1, 0  # lines counted on from the last object, not from the file's start
    try:
        for value, start, end in _objects(text, name):
            first = line + text.count("\n", counted, start)
            line, counted = first + text.count("\n", start, end), end
            try:
                record = record_from_mapping(value, first, text[start:end], name, problems)
                record.last_line = line
                records.append(record)
            except IngestError as error:
                problems.append(error.problem)
    except IngestError as error:
        problems.append(error.problem)
    if not records and not problems:
        problems.append(Problem(name, None, "empty export: no story objects", "error"))
    return records, problems
