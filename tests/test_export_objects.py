"""An API's JSON whose writer is an object with a name (`"byline": {"name": "Ann Lee"}`, as
schema.org and many APIs give a person) and whose date is under a name the ingest has no
list entry for (`firstPublished`): the dump was two errors and lost both stories."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest_support import ingest

RECORDS = {"status": "ok", "data": {"items": [
    {"headline": "Bridge reopens after repairs", "firstPublished": "2024-05-14T09:00:00Z",
     "updatedAt": "2024-06-01T09:00:00Z", "byline": {"@type": "Person", "name": "Ann Lee"},
     "bodyText": "The Mill Street bridge reopened on Monday."},
    {"headline": "School board approves budget", "firstPublished": "2024-05-15T18:30:00Z",
     "authors": [{"name": "Bob Ray"}, {"name": "Cy Dee"}],
     "bodyText": "The school board voted 5-2 on Tuesday to approve the budget."},
]}}


def test_named_objects_and_publication_keys(tmp_path: Path) -> None:
    report = ingest(tmp_path, {"api.json": json.dumps(RECORDS)})
    assert not [p for p in report.problems if p.level == "error"]
    pages = sorted((tmp_path / "stories").glob("*.md"))
    text = "\n".join(page.read_text(encoding="utf-8") for page in pages)
    assert "Byline: Ann Lee" in text and "Byline: Bob Ray, Cy Dee" in text
    assert {page.name[:10] for page in pages} == {"2024-05-14", "2024-05-15"}
    assert date(2024, 5, 14).isoformat() in text
