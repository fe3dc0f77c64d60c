"""Theme benchmark: Backfile's theme + archive plugin against plain Pelican on the same stories.

`invoke bench theme` writes synthetic stories in the ingest's metadata format (sections,
people/places/organisations from a Zipf cast, ten years of dates, 150-700 word bodies),
builds them side by side in one run with (a) Pelican's default theme, no plugins,
Pelican's own settings, and (b) Backfile's settings, theme and archive plugin, and prints
medians and the ratio. It also times the plugin's own computations (date archive,
entity directory, related stories, neighbours) alone at 10,000 and 50,000 stories.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

SECTIONS = ["World", "Politics", "Business", "Sport", "Tech", "Culture", "Science", "Opinion"]
SYLLABLES = ["an", "bel", "cor", "da", "el", "fen", "gar", "hal", "is", "jor", "ka", "lin",
             "mor", "na", "or", "pel", "qui", "ros", "sa", "tor", "ul", "ven", "wen", "yar"]
WORDS = "the a of to in and said that for on was with he it as at by from his but have has \
are were be not which after government minister year people new two one would told could their \
more last been also up about first over market police party election report company week city \
council court team game"
WORDS = WORDS.split()


def _name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                    for _ in range(parts))


def story_pages(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(slug, Markdown) for n deterministic stories in the ingest's format."""
    rng = random.Random(seed)
    cast = {"People": [_name(rng, 2) for _ in range(3000)],
            "Places": [_name(rng, 1) for _ in range(800)],
            "Organizations": [_name(rng, 2) + " Group" for _ in range(900)]}
    weights = {k: list(accumulate(1 / (i + 1) ** 1.07 for i in range(len(v))))
               for k, v in cast.items()}
    first = date(2015, 1, 1)
    pages = []
    for i in range(n):
        day = first + timedelta(days=rng.randrange(3650))
        found = {k: sorted(set(rng.choices(v, cum_weights=weights[k], k=rng.randint(0, 4))))
                 for k, v in cast.items()}
        tags = [t for names in found.values() for t in names]
        paragraphs = [" ".join(rng.choices(WORDS, k=rng.randint(25, 70))).capitalize() + "."
                      for _ in range(rng.randint(4, 10))]
        slug = f"story-{i:06d}"
        head = [f"Title: {' '.join(rng.choices(WORDS, k=7)).capitalize()} {i}",
                f"Date: {day.isoformat()}", "Date-Precision: day",
                f"Category: {rng.choice(SECTIONS)}", f"Slug: {slug}",
                f"Summary: {paragraphs[0][:150]}", f"Truncated: {str(i % 17 == 0).lower()}",
                f"Source: dumps/bench.txt#L{i * 10 + 1}-L{i * 10 + 9}"]
        head += [f"{k}: {'; '.join(v)};" for k, v in found.items() if v]
        if tags:
            head.append(f"Tags: {'; '.join(tags)};")
        pages.append((slug, "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n"))
    return pages


PLAIN = """PATH = {content!r}
ARTICLE_PATHS = ["stories"]
CACHE_PATH = {cache!r}
TIMEZONE = "UTC"
SITEURL = ""
"""

OURS = """import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa
PATH = {content!r}
THEME = {theme!r}
PLUGIN_PATHS = [{plugins!r}]
PLUGINS = ["backfile_archive"]
CACHE_PATH = {cache!r}
LOAD_CONTENT_CACHE = False
"""


def _build(work: Path, name: str, settings: str) -> float:
    """Wall time of one full Pelican build in a fresh output folder."""
    out = work / f"out-{name}"
    subprocess.run(["rm", "-rf", str(out), str(work / "cache")], check=True)
    conf = work / f"{name}.py"
    conf.write_text(settings.format(root=str(ROOT), content=str(work / "content"),
                                    theme=str(ROOT / "theme"), plugins=str(ROOT / "plugins"),
                                    cache=str(work / "cache")), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pelican", str(work / "content"), "-s", str(conf),
                    "-o", str(out), "-q"], check=True, cwd=work)
    return time.perf_counter() - start


def _files(path: Path) -> int:
    return sum(1 for p in path.rglob("*") if p.is_file())


def compare_builds(n: int, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="backfile-theme-bench-") as tmp:
        work = Path(tmp)
        stories = work / "content" / "stories"
        stories.mkdir(parents=True)
        for slug, text in story_pages(n):
            (stories / f"{slug}.md").write_text(text, encoding="utf-8")
        (work / "content" / "dumps").mkdir()
        times: dict[str, list[float]] = {"plain": [], "ours": []}
        for _ in range(runs):  # alternate so machine noise hits both alike
            times["plain"].append(_build(work, "plain", PLAIN))
            times["ours"].append(_build(work, "ours", OURS))
        plain, ours = (statistics.median(times[k]) for k in ("plain", "ours"))
        print(f"{n:>7,} stories | plain Pelican {plain:7.1f} s ({_files(work / 'out-plain'):,}"
              f" files) | Backfile theme {ours:7.1f} s ({_files(work / 'out-ours'):,} files)"
              f" | ratio {ours / plain:.2f} | runs {runs}")


def time_computations(n: int) -> None:
    """The archive plugin's whole-archive computations on n synthetic stories."""
    from backfile_archive.calendars import build_date_archive
    from backfile_archive.entities import entity_directory
    from backfile_archive.neighbours import neighbours
    from backfile_archive.related import related_stories
    from backfile_archive.story_facts import StoryFacts
    from pelican.readers import ensure_metadata_list

    facts = []
    for key, (slug, text) in enumerate(story_pages(n)):
        meta = dict(line.split(": ", 1) for line in text.split("\n\n", 1)[0].splitlines())
        facts.append(StoryFacts(
            key=key, slug=slug, day=date.fromisoformat(meta["Date"]), precision="day",
            section=meta["Category"],
            people=ensure_metadata_list(meta.get("People", "")),
            places=ensure_metadata_list(meta.get("Places", "")),
            organizations=ensure_metadata_list(meta.get("Organizations", ""))))
    url = "archive/{date:%Y}/{date:%m}/{date:%d}/index.html".format
    timings = {}
    for label, step in (
        ("date archive", lambda: build_date_archive(facts, lambda d: url(date=d),
                                                    lambda d: url(date=d), lambda d: url(date=d))),
        ("entities", lambda: entity_directory(facts)),
        ("related", lambda: related_stories(facts)),
        ("neighbours", lambda: neighbours(facts)),
    ):
        start = time.perf_counter()
        step()
        timings[label] = time.perf_counter() - start
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in timings.items())
    print(f"{n:>7,} stories | plugin computations {sum(timings.values()):.2f} s ({parts})")


def run(sizes: str = "1000,2000", runs: int = 3, compute_sizes: str = "10000,50000") -> None:
    print("Full builds, median wall time (same Markdown, one process each, this machine):")
    for n in (int(s) for s in sizes.split(",")):
        compare_builds(n, runs)
    print("Archive plugin computations alone (one run):")
    for n in (int(s) for s in compute_sizes.split(",")):
        time_computations(n)


if __name__ == "__main__":
    run()
