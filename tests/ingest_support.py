"""Small helpers shared by the ingest tests: build a dumps folder in tmp_path and ingest it."""

from __future__ import annotations

from pathlib import Path

from backfile_ingest.compose import DumpContext
from backfile_ingest.partial_date import parse_partial_date
from backfile_ingest.pipeline import IngestReport, IngestSettings, ingest_text, run_ingest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "content" / "dumps" / "000_347963c6eb78a301.txt"
BBC = ROOT / ".." / "shared" / "corpora" / "bbc-2004-2005"
BBC_SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def make_dumps(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (name -> text or bytes) into root/dumps and return that folder."""
    dumps = root / "dumps"
    for name, content in files.items():
        path = dumps / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    dumps.mkdir(parents=True, exist_ok=True)
    return dumps


def ingest(root: Path, files: dict[str, str | bytes] | None = None) -> IngestReport:
    """Ingest root/dumps (after writing `files` into it) into root/stories, tagger off."""
    dumps = make_dumps(root, files or {})
    return run_ingest(IngestSettings(
        dumps=dumps, stories=root / "stories", default_date=parse_partial_date("1970-01-01"),
        tag=False, progress=False,
    ))


def ingest_string(text: str) -> list:
    """Stories of one dump's text, without touching the disk."""
    return ingest_text(text, DumpContext(name="dumps/t.txt",
                                         default_date=parse_partial_date("1970-01-01")))


def page_header(path: Path) -> dict[str, str]:
    """A page's metadata header as a dict (keys as written)."""
    head = path.read_text(encoding="utf-8").partition("\n\n")[0]
    return dict(line.split(": ", 1) if ": " in line else (line.rstrip(":"), "")
                for line in head.split("\n"))
