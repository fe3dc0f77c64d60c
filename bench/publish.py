"""What atomic builds and the link checks cost: `invoke bench publish`.

Builds an archive of BBC stories (../shared/corpora/bbc-2004-2005, written as Pelican
Markdown pages in a scratch folder, never into content/) and times, interleaved and
repeated so the medians share the machine's noise:

- Pelican rendering straight into an existing output/ (not atomic: the baseline),
- the atomic build (fresh staging folder, rename dance, old output deleted),
- the atomic build seeded with a hard-linked copy of the previous output,
- the stdlib link checker and lychee (offline) over every HTML page of the result.

BENCH_STORIES (default 600) and BENCH_RUNS (default 3) set the size and repetitions.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "../shared/corpora/bbc-2004-2005"
sys.path.insert(0, str(ROOT / "plugins"))

from backfile_publish.atomic import staged_output  # noqa: E402
from backfile_publish.build import run_pelican  # noqa: E402
from backfile_publish.links import check_folder, html_pages  # noqa: E402


def write_stories(content: Path, count: int) -> int:
    """Write up to `count` BBC stories as Markdown pages; return how many were written."""
    stories = content / "stories"
    stories.mkdir(parents=True)
    files = sorted(CORPUS.glob("*/*.txt"))[:count]
    for number, path in enumerate(files):
        lines = path.read_bytes().decode("utf-8", "replace").splitlines()
        body = "\n".join(lines[1:]).strip()
        day = date(2004, 1, 1) + timedelta(days=number % 700)
        (stories / f"{path.parent.name}-{path.stem}.md").write_text(
            f"Title: {lines[0].strip()}\nDate: {day.isoformat()}\n"
            f"Category: {path.parent.name.title()}\nSlug: {path.parent.name}-{path.stem}\n\n"
            f"{body}\n", encoding="utf-8")
    return len(files)


def settings_file(workdir: Path) -> str:
    """Settings: the project's, on the scratch content, with the theme's plugin and this one."""
    settings = workdir / "settings.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"PATH = {str(workdir / 'content')!r}\nTHEME = {str(ROOT / 'theme')!r}\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
        "PLUGINS = ['backfile_archive', 'backfile_publish']\n"
        f"CACHE_PATH = {str(workdir / 'cache')!r}\nSTATIC_PATHS = []\n", encoding="utf-8")
    return str(settings)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run() -> None:
    count = int(os.environ.get("BENCH_STORIES", "600"))
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is missing (the BBC corpus in ../shared)")
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as scratch:
        workdir = Path(scratch)
        stories = write_stories(workdir / "content", count)
        settings = settings_file(workdir)
        content = str(workdir / "content")
        output = workdir / "output"
        run_pelican(ROOT, settings, output, content=content)  # warm the cache, seed a site

        def in_place() -> None:
            run_pelican(ROOT, settings, output, content=content)

        overheads: dict[str, list[float]] = {"fresh": [], "seeded": []}

        def atomic(seed: bool) -> Callable[[], None]:
            def build() -> None:
                start = time.perf_counter()
                with staged_output(output, seed=seed) as staging:
                    rendering = timed(lambda: run_pelican(ROOT, settings, staging,
                                                          content=content))
                total = time.perf_counter() - start
                overheads["seeded" if seed else "fresh"].append(total - rendering)
            return build

        lychee = shutil.which("lychee") or str(Path(sys.executable).with_name("lychee"))
        pages = html_pages(output)

        def run_lychee() -> None:
            subprocess.run([lychee, "--offline", "--no-progress", "--index-files", "",
                            "--include-fragments", "--", *html_pages(output)], cwd=output,
                           capture_output=True, check=False)

        variants: dict[str, Callable[[], object]] = {
            "pelican into output/ (not atomic)": in_place,
            "atomic build (fresh staging)": atomic(False),
            "atomic build (seeded by hard links)": atomic(True),
            "link check, stdlib checker": lambda: check_folder(output),
        }
        if Path(lychee).is_file():
            variants["link check, lychee --offline"] = run_lychee
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(runs):
            for name, action in variants.items():
                times[name].append(timed(action))
        files = sum(1 for p in output.rglob("*") if p.is_file())
    baseline = statistics.median(times["pelican into output/ (not atomic)"])
    print(f"{stories} stories -> {len(pages)} HTML pages, {files} files; "
          f"{runs} interleaved runs, medians:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<40} {median:7.2f} s   x{median / baseline:.2f} of the baseline   "
              f"(runs: {', '.join(f'{v:.2f}' for v in values)})")
    for kind, values in overheads.items():
        print(f"  atomic machinery alone ({kind}): median {statistics.median(values):.3f} s "
              "(staging, hard links if seeded, two renames, deleting the old output)")
