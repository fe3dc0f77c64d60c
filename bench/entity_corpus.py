"""Read BBC stories and gold-set stories as (title, paragraphs), the way the tagger gets them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
BBC = SHARED / "corpora" / "bbc-2004-2005"
GOLD = ROOT / "tests" / "gold" / "entities.jsonl"


def decode(raw: bytes) -> str:
    """UTF-8, or Latin-1 for the odd file that is not (BBC sport/199.txt)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def bbc_story(path: Path) -> tuple[str, list[str]]:
    """Headline on line 1, then paragraphs separated by blank lines."""
    lines = decode(path.read_bytes()).splitlines()
    title = lines[0].strip() if lines else ""
    paragraphs = [line.strip() for line in lines[1:] if line.strip()]
    return title, paragraphs


def bbc_files() -> list[Path]:
    return sorted(BBC.glob("*/*.txt"))


@dataclass
class GoldEntity:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class GoldStory:
    id: str
    title: str
    paragraphs: list[str]
    entities: list[GoldEntity]


def _resolve(path: str) -> Path:
    for base in (SHARED, SHARED / "corpora"):
        if (base / path).is_file():
            return base / path
    raise FileNotFoundError(f"{GOLD}: story file {path} not found under {SHARED}")


def gold_stories(gold: Path = GOLD) -> list[GoldStory]:
    """Every story of the gold set with its text. Line-ranged stories are one paragraph a line."""
    stories = []
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{gold}:{number}: not JSON: {err}") from err
        path = _resolve(record["path"])
        if "lines" in record:
            first, last = record["lines"]
            lines = decode(path.read_bytes()).splitlines()[first - 1:last]
            title, paragraphs = "", [x.strip() for x in lines if x.strip()]
        else:
            title, paragraphs = bbc_story(path)
        entities = [GoldEntity(e["name"], e["type"], list(e.get("aliases", [])))
                    for e in record["entities"]]
        stories.append(GoldStory(record["id"], title, paragraphs, entities))
    return stories
