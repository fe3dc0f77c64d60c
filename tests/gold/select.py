"""Pick the BBC stories of the entity gold set: a fixed seed, so anyone gets the same list.

Run from the repo root: `python tests/gold/select.py` prints one `bbc/<section>/<NNN>` id per line.
The corpus is read from ../shared (relative to the repo root) and never copied into the repo.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

CORPUS = Path("../shared/corpora/bbc-2004-2005")
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
PER_SECTION = 30
SEED = 20041231


def select(corpus: Path = CORPUS, per_section: int = PER_SECTION, seed: int = SEED) -> list[str]:
    """Return ids of `per_section` stories drawn per section, in a stable order."""
    rng = random.Random(seed)
    chosen: list[str] = []
    for section in SECTIONS:
        names = sorted(p.stem for p in (corpus / section).glob("*.txt"))
        if len(names) < per_section:
            raise SystemExit(f"{corpus / section}: only {len(names)} stories, need {per_section}")
        chosen.extend(f"bbc/{section}/{name}" for name in sorted(rng.sample(names, per_section)))
    return chosen


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    print("\n".join(select(root)))
