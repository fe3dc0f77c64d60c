"""Count the gold set's stories and entities per section and type, for tests/gold/README.md.

Run from the repo root: `python tests/gold/stats.py`.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "entities.jsonl"
TYPES = ("person", "place", "organization")


def section(story_id: str) -> str:
    """`bbc/sport/041` -> `bbc/sport`; `sample/3` -> `sample`."""
    parts = story_id.split("/")
    return "/".join(parts[:2]) if parts[0] == "bbc" else parts[0]


def table(gold: Path = GOLD) -> str:
    """The Markdown counts table and distinct-name line that tests/gold/README.md quotes."""
    stories = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    rows: dict[str, Counter] = {}
    for story in stories:
        counts = rows.setdefault(section(story["id"]), Counter())
        counts["stories"] += 1
        counts.update(entity["type"] for entity in story["entities"])
        counts["aliases"] += sum(len(entity["aliases"]) for entity in story["entities"])
    total = sum(rows.values(), Counter())
    header = ("section", "stories", *TYPES, "entities", "aliases")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, counts in [*sorted(rows.items()), ("total", total)]:
        entities = sum(counts[t] for t in TYPES)
        cells = [name, counts["stories"], *(counts[t] for t in TYPES), entities, counts["aliases"]]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    distinct = {(e["name"], e["type"]) for s in stories for e in s["entities"]}
    return "\n".join(lines) + f"\n\n{len(distinct)} distinct canonical names."


def main() -> None:
    print(table())


if __name__ == "__main__":
    main()
