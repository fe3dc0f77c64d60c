"""Scale benchmark (`invoke bench scale`): Backfile against plain Pelican on the same stories.

For each size, a generated archive is built from raw dumps by `invoke build` (ingest, tagging,
Pelican with our theme and plugins, search index and export), and the same stories' Markdown by
plain Pelican 4.12 (default theme, no plugins, its content cache on), side by side in one run;
then the everyday cases at the everyday size: rebuild with nothing changed, add one dump of 20
stories, edit one story. Medians of the repeats; the table is printed and written to
bench/results/scale.md for the README.

Environment:
  BACKFILE_BENCH_SIZES     comma-separated story counts (default "1000,10000")
  BACKFILE_BENCH_REPEATS   runs per measurement, median reported (default 3)
  BACKFILE_BENCH_EVERYDAY  archive size for the everyday cases (default 10000; 0 skips them)
  BACKFILE_BENCH_BASELINE  "0" skips plain Pelican (e.g. for a 50,000-story memory run);
                           "full" runs it for the full builds only, not the everyday cases
  BACKFILE_BENCH_DIR       scratch folder (default: a new temporary folder, removed at the end)
  BACKFILE_BENCH_INPUT     "markdown" gives Backfile the baseline's Markdown as ready story pages
                           instead of raw dumps (measures our Pelican stage alone)
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bench.generate import generate, one_dump, plan
from bench.measure import Run, measure, tree_size

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "scale.md"
BASELINE_SETTINGS = """SITENAME = "Baseline"
TIMEZONE = "UTC"
PLUGINS = []
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
"""
STAGES = ("ingest+tag", "read", "write", "search+exit")


@dataclass
class Measured:
    """Repeated runs of one case; figures are medians."""

    runs: list[Run] = field(default_factory=list)
    files: int = 0
    bytes: int = 0

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)

    def stage(self, name: str) -> float | None:
        values = [v for v in (_stages(r).get(name) for r in self.runs) if v is not None]
        return statistics.median(values) if values else None


def _stages(run: Run) -> dict[str, float]:
    m = run.marks
    if not {"initialized", "get_generators", "all_generators_finalized", "finalized"} <= set(m):
        return {}
    return {
        "ingest+tag": m["get_generators"] - m["initialized"],
        "read": m["all_generators_finalized"] - m["get_generators"],
        "write": m["finalized"] - m["all_generators_finalized"],
        "search+exit": run.wall - m["finalized"],
    }


class Site:
    """A scratch Backfile site (our theme, plugins and settings) or a plain Pelican one."""

    def __init__(self, folder: Path, plain: bool, markdown: bool) -> None:
        self.folder, self.plain, self.markdown = folder, plain, markdown or plain
        self.content = folder / "content"
        self.input = self.content if plain else self.content / ("stories" if markdown else "dumps")
        self.input.mkdir(parents=True, exist_ok=True)
        if plain:
            (folder / "baseline.py").write_text(BASELINE_SETTINGS, encoding="utf-8")
        else:
            for name in ("pelicanconf.py", "publishconf.py", "tasks.py"):
                shutil.copy(ROOT / name, folder / name)
            for name in ("theme", "plugins"):
                (folder / name).symlink_to(ROOT / name, target_is_directory=True)

    @property
    def command(self) -> list[str]:
        if self.plain:
            return [sys.executable, "-m", "pelican", "content", "-s", "baseline.py",
                    "-o", "output"]
        return [sys.executable, "-m", "invoke", "build"]

    def clean(self) -> None:
        """Forget every previous build: output, caches, ingested story pages."""
        for name in ("output", "cache", "__pycache__"):
            shutil.rmtree(self.folder / name, ignore_errors=True)
        if not self.markdown:
            shutil.rmtree(self.content / "stories", ignore_errors=True)

    def build(self) -> Run:
        return measure(self.command, self.folder, log=self.folder / "build.log")

    def output_size(self) -> tuple[int, int]:
        return tree_size(self.folder / "output")


def _edit_one(site: Site, paragraph: str, marker: str) -> None:
    """Append a sentence to one story's first paragraph, in whichever file holds it."""
    for path in sorted(site.input.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        if paragraph in text:
            path.write_text(text.replace(paragraph, f"{paragraph} {marker}", 1), encoding="utf-8")
            return
    raise LookupError("story to edit not found")


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def run() -> None:
    sizes = [int(s) for s in os.environ.get("BACKFILE_BENCH_SIZES", "1000,10000").split(",")]
    repeats = _env_int("BACKFILE_BENCH_REPEATS", 3)
    everyday = _env_int("BACKFILE_BENCH_EVERYDAY", 10000)
    baseline = os.environ.get("BACKFILE_BENCH_BASELINE", "1")
    with_baseline = baseline != "0"
    markdown = os.environ.get("BACKFILE_BENCH_INPUT") == "markdown"
    scratch = Path(os.environ.get("BACKFILE_BENCH_DIR") or tempfile.mkdtemp(prefix="bf-scale-"))
    full: dict[tuple[int, bool], Measured] = {}
    daily: dict[tuple[str, bool], Measured] = {}
    kinds = [False, True] if with_baseline else [False]
    try:
        for size in sizes:
            sites = {}
            for plain in kinds:
                folder = scratch / f"{size}-{'plain' if plain else 'backfile'}"
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
                sites[plain] = Site(folder, plain, markdown)
                generate(size, sites[plain].input, seed=0,
                         style="markdown" if sites[plain].markdown else "dumps")
            for _ in range(repeats):
                for plain, site in sites.items():
                    site.clean()
                    full.setdefault((size, plain), Measured()).runs.append(site.build())
                    _progress(f"{size} {'plain' if plain else 'backfile'} full", full[size, plain])
            for plain, site in sites.items():
                full[size, plain].files, full[size, plain].bytes = site.output_size()
            if size != everyday:
                continue
            archive_stories = plan(size, 0)
            if baseline == "full":
                sites.pop(True)
            for r in range(repeats):
                for plain, site in sites.items():
                    case = daily.setdefault(("no change", plain), Measured())
                    case.runs.append(site.build())
                for plain, site in sites.items():
                    one_dump(20, site.input, seed=1000 + r, day=date(2025, 1, 1) + timedelta(r),
                             style="markdown" if site.markdown else "dumps")
                    daily.setdefault(("add a dump of 20", plain), Measured()).runs.append(
                        site.build())
                story = archive_stories[7 * r + 3].stories[0]
                for plain, site in sites.items():
                    _edit_one(site, story.paragraphs[0], f"Corrected in edit {r}.")
                    daily.setdefault(("edit one story", plain), Measured()).runs.append(
                        site.build())
                _progress(f"everyday round {r + 1}", None)
    finally:
        if not os.environ.get("BACKFILE_BENCH_DIR"):
            shutil.rmtree(scratch, ignore_errors=True)
    table = _table(sizes, repeats, full, daily, everyday, baseline)
    print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table, encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")


def _progress(label: str, measured: Measured | None) -> None:
    if measured:
        last = measured.runs[-1]
        print(f"  {label}: {last.wall:.1f} s, peak {last.peak_mb:.0f} MB", file=sys.stderr)
    else:
        print(f"  {label} done", file=sys.stderr)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _table(sizes: list[int], repeats: int, full: dict[tuple[int, bool], Measured],
           daily: dict[tuple[str, bool], Measured], everyday: int, baseline: str) -> str:
    with_baseline = baseline != "0"
    markdown = os.environ.get("BACKFILE_BENCH_INPUT") == "markdown"
    env = (("BACKFILE_BENCH_INPUT=markdown " if markdown else "")
           + f"BACKFILE_BENCH_SIZES={','.join(map(str, sizes))} "
           f"BACKFILE_BENCH_REPEATS={repeats} BACKFILE_BENCH_EVERYDAY={everyday}"
           + ("" if baseline == "1" else f" BACKFILE_BENCH_BASELINE={baseline}"))
    lines = [
        f"Command: `{env} .venv/bin/invoke bench scale` (medians of {repeats} runs; "
        f"{os.cpu_count()} cores).",
        "",
        "| stories | build | ingest+tag s | read s | write s | search+exit s | total s "
        "| vs plain | peak MB | files | MB out |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        for plain in ([False, True] if with_baseline else [False]):
            m = full[size, plain]
            ratio = (f"{m.wall / full[size, True].wall:.2f}x" if with_baseline else "-")
            stages = [_fmt(m.stage(s)) for s in STAGES]
            lines.append(
                f"| {size:,} | {'plain Pelican' if plain else 'Backfile'} | "
                + " | ".join(stages)
                + f" | {m.wall:.1f} | {ratio} | {m.peak_mb:.0f} | {m.files:,} "
                f"| {m.bytes / 2**20:.0f} |"
            )
    if daily:
        ours_full = full[everyday, False].wall
        lines += ["", f"Everyday rebuilds at {everyday:,} stories:", "",
                  "| case | Backfile s | % of Backfile full build | plain Pelican s "
                  "| vs plain |",
                  "|---|---:|---:|---:|---:|"]
        for case in ("no change", "add a dump of 20", "edit one story"):
            ours = daily[case, False].wall
            base = daily[case, True].wall if (case, True) in daily else None
            lines.append(
                f"| {case} | {ours:.1f} | {100 * ours / ours_full:.0f}% | {_fmt(base)} | "
                + (f"{ours / base:.2f}x |" if base else "- |")
            )
    return "\n".join(lines) + "\n"
