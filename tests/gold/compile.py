"""Turn the hand-written `annotations.txt` into `entities.jsonl`, the gold set's published form.

The text file is what annotators edit (one story block after another, fast to type and diff);
this script only changes its layout, it never adds or guesses an entity. Format:

    == bbc/business/037                       (BBC story: path derived from the id)
    == sample/1 seeds/000_347963c6eb78a301.txt 1-14   (other source: path, then line range)
    person: Vladimir Putin | Putin                (canonical name, then aliases seen in the text)
    # comments and blank lines are ignored

Run from the repo root: `python tests/gold/compile.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ("person", "place", "organization")


def _header(line: str, where: str) -> dict:
    parts = line[2:].split()
    if not parts:
        raise SystemExit(f"{where}: story header without an id")
    story_id = parts[0]
    if story_id.startswith("bbc/") and len(parts) == 1:
        _, section, number = story_id.split("/")
        return {"id": story_id, "path": f"bbc-2004-2005/{section}/{number}.txt", "entities": []}
    if len(parts) == 3:
        first, last = (int(n) for n in parts[2].split("-"))
        return {"id": story_id, "path": parts[1], "lines": [first, last], "entities": []}
    raise SystemExit(
        f"{where}: header must be '== bbc/<section>/<NNN>' or '== <id> <path> <a>-<b>'"
    )


def parse(text: str, source: str = "annotations.txt") -> list[dict]:
    """Parse annotation text into story records; a malformed line stops with its line number."""
    stories: list[dict] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{source}:{number}"
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            stories.append(_header(line, where))
            continue
        kind, sep, rest = line.partition(":")
        if not sep or kind.strip() not in TYPES or not stories:
            raise SystemExit(f"{where}: expected '<person|place|organization>: Name | alias ...'")
        names = [n.strip() for n in rest.split("|") if n.strip()]
        if not names:
            raise SystemExit(f"{where}: entity without a name")
        entity = {"name": names[0], "type": kind.strip(), "aliases": names[1:]}
        stories[-1]["entities"].append(entity)
    return stories


def main() -> None:
    source = HERE / "annotations.txt"
    stories = parse(source.read_text(encoding="utf-8"), str(source))
    out = HERE / "entities.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for story in stories:
            fh.write(json.dumps(story, ensure_ascii=False) + "\n")
    print(f"{out}: {len(stories)} stories", file=sys.stderr)


if __name__ == "__main__":
    main()
