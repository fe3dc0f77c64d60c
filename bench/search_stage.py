"""CPU cost of the search stage (Whoosh index + export), this tree against a base commit:
`invoke bench search_stage`.

Both versions of plugins/backfile_search index and export the same BENCH_STAGE_SIZE synthetic
stories (default 10,000; bench/search_corpus.py) in turn, each in a fresh Python process, as the
build runs them (BENCH_STAGE_PROCS processes, default 2 = the build's default on this machine),
BENCH_STAGE_RUNS times (default 3), alternating, so both see the same machine load. The base is
the git commit BENCH_STAGE_BASE (default: the search stage before its CPU work for issue 7),
taken with `git archive` into a scratch folder.

Per stage it prints wall seconds, CPU seconds (user + system of the process and every child it
waited for: Whoosh's sub-writers, the export's process pool) and stories per CPU-second; medians.

Then a check that the speed-up changed nothing: both versions index and export min(N, 2,000)
stories in one process (one segment: deterministic, while a multi-process writer hands
documents to its sub-writers in whatever order they ask), then each exports the other's index;
all four exports must hold the same files with the same bytes once the segment folder name
(Whoosh's random segment id and each version's export-format key) is set aside.
An index one version cannot open (the base's code predates a schema class the index names, as
analysis.NewsText) is reported as such instead of compared.
"""

from __future__ import annotations

import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "../shared/corpora/bbc-2004-2005"
BASE_REF = "89d6002"  # main before the search stage's CPU work (issue 7)


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child(plugins: str, docs_file: str, work: str, procs: str, export_from: str = "") -> None:
    """Runs in a fresh process: index + export with the code in `plugins`; prints JSON.

    With `export_from`, only export the index found there (the cross check)."""
    sys.path.insert(0, plugins)
    from backfile_search.export import export_index
    from backfile_search.index import open_index, update_index

    docs = pickle.loads(Path(docs_file).read_bytes())
    where = Path(work)
    figures: dict[str, float] = {}
    if export_from:
        from whoosh import index as whoosh_index

        export_index(whoosh_index.open_dir(export_from), where / "export", procs=int(procs))
        print(json.dumps(figures))
        return
    wall, cpu = time.perf_counter(), _cpu()
    ix = open_index(where / "index")
    update_index(ix, docs, procs=int(procs))
    figures["index_wall"], figures["index_cpu"] = time.perf_counter() - wall, _cpu() - cpu
    wall, cpu = time.perf_counter(), _cpu()
    export_index(ix, where / "export", procs=int(procs))
    figures["export_wall"], figures["export_cpu"] = time.perf_counter() - wall, _cpu() - cpu
    print(json.dumps(figures))


def _checkout(ref: str, dest: Path) -> Path:
    """plugins/backfile_search as of `ref`, in dest/plugins."""
    archive = subprocess.run(["git", "archive", ref, "plugins/backfile_search"], cwd=ROOT,
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "plugins"


def _run_child(plugins: Path, docs_file: Path, work: Path, procs: int,
               export_from: Path | None = None) -> dict[str, float]:
    args = [sys.executable, "-m", "bench.search_stage", str(plugins), str(docs_file), str(work),
            str(procs)]
    if export_from is not None:
        args.append(str(export_from))
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _tree(export: Path) -> dict[str, bytes]:
    """relative path -> bytes of an export, the segment folder name replaced by "<segment>"."""
    keys = [p.name for p in (export / "s").iterdir()]
    files: dict[str, bytes] = {}
    for path in sorted(export.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(export).as_posix()
        data = path.read_bytes()
        if path.name == "meta.json":  # the folder's own description, "key" included
            record = json.loads(data)
            record.pop("key")
            data = json.dumps(record, sort_keys=True).encode("utf-8")
        for key in keys:
            rel = rel.replace(key, "<segment>")
            data = data.replace(key.encode("utf-8"), b"<segment>")
        files[rel] = data
    return files


def _same(a: dict[str, bytes], b: dict[str, bytes]) -> str:
    if a.keys() != b.keys():
        return f"different files: {sorted(a.keys() ^ b.keys())[:5]}"
    differ = [name for name in a if a[name] != b[name]]
    return f"{len(differ)} files differ, e.g. {differ[:3]}" if differ else ""


def _median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def _check(versions: dict[str, Path], docs: list[Any], scratch: Path) -> None:
    docs_file = scratch / "check-docs.pickle"
    docs_file.write_bytes(pickle.dumps(docs))
    trees: dict[str, dict[str, bytes]] = {}
    unreadable: dict[str, str] = {}
    for name, plugins in versions.items():
        _run_child(plugins, docs_file, scratch / f"check-{name}", 1)
    for name, plugins in versions.items():
        trees[f"{name} index, {name} export"] = _tree(scratch / f"check-{name}" / "export")
        for other in versions:
            if other != name:
                work = scratch / f"check-{other}-by-{name}"
                try:
                    _run_child(plugins, docs_file, work, 1, scratch / f"check-{other}" / "index")
                except RuntimeError as error:  # e.g. a schema class the older code lacks
                    unreadable[f"{other} index, {name} export"] = str(error).splitlines()[-1]
                    continue
                trees[f"{other} index, {name} export"] = _tree(work / "export")
    reference_name, reference = next(iter(trees.items()))
    print(f"\nSame export check on {len(docs):,} stories, one segment "
          f"({len(reference)} files, {sum(map(len, reference.values())):,} bytes):")
    for name, tree in trees.items():
        problem = _same(reference, tree)
        print(f"  {name:28s} {problem or 'identical to ' + reference_name}")
    for name, problem in unreadable.items():
        print(f"  {name:28s} could not be read: {problem}")


def run() -> None:
    sys.path.insert(0, str(ROOT / "plugins"))
    from bench.search_corpus import BBCShape, synthetic_docs

    size = int(os.environ.get("BENCH_STAGE_SIZE", "10000"))
    runs = int(os.environ.get("BENCH_STAGE_RUNS", "3"))
    procs = int(os.environ.get("BENCH_STAGE_PROCS", "2"))
    base = os.environ.get("BENCH_STAGE_BASE", BASE_REF)
    with tempfile.TemporaryDirectory(prefix="bench-stage-") as temp:
        scratch = Path(temp)
        (scratch / "base").mkdir()
        versions = {"base": _checkout(base, scratch / "base"), "this": ROOT / "plugins"}
        docs = synthetic_docs(BBCShape(CORPUS), size)
        docs_file = scratch / "docs.pickle"
        docs_file.write_bytes(pickle.dumps(docs))
        print(f"Search stage, {size:,} stories, {procs} process(es), {runs} run(s) each, "
              f"base {base}; load before: {os.getloadavg()[0]:.2f}")
        rows: dict[str, list[dict[str, float]]] = {name: [] for name in versions}
        for n in range(runs):
            for name, plugins in versions.items():
                work = scratch / f"run-{name}-{n}"
                rows[name].append(_run_child(plugins, docs_file, work, procs))
                print(f"  run {n + 1} {name}: " + ", ".join(
                    f"{k} {v:.1f}" for k, v in rows[name][-1].items()), flush=True)
                subprocess.run(["rm", "-rf", str(work)], check=True)
        print(f"\n{'median':8s} {'index wall':>10s} {'index CPU':>10s} {'export wall':>11s} "
              f"{'export CPU':>10s} {'total CPU':>10s} {'stories/CPU-s':>13s}")
        totals = {}
        for name, got in rows.items():
            total = statistics.median(r["index_cpu"] + r["export_cpu"] for r in got)
            totals[name] = total
            print(f"{name:8s} {_median(got, 'index_wall'):10.1f} {_median(got, 'index_cpu'):10.1f} "
                  f"{_median(got, 'export_wall'):11.1f} {_median(got, 'export_cpu'):10.1f} "
                  f"{total:10.1f} {size / total:13.0f}")
        print(f"CPU ratio this/base: {totals['this'] / totals['base']:.2f}; "
              f"load after: {os.getloadavg()[0]:.2f}")
        _check(versions, docs[:min(size, 2000)], scratch)


if __name__ == "__main__":
    child(*sys.argv[1:])
