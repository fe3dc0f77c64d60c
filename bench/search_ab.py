"""Search page before/after, side by side on the same kept sites: `python -m bench.search_ab`.

Subcommands (run from the repository root with .venv/bin/python; sites come from
`BENCH_SEARCH_KEEP=1 invoke bench search`, whose scratch folder holds `index/` and `site/`):

- `export INDEX SITE`: export the Whoosh index INDEX with this tree's code into SITE/search (a
  new folder) and install this tree's search page there (for an export-format change);
- `page SITE [REV]`: install the search page (search.html, CSS, minified scripts) of this tree,
  or with REV the scripts of that git revision, into SITE (theme/ is replaced, never written
  through, as sites made with `cp -al` share their files);
- `compare SIZE LABEL=SITE LABEL=SITE ...`: the bench's queries for SIZE stories: (a) typed in
  a freshly opened page and (b) arriving with ?q=, the sites alternating query by query (the
  order swapped every query; BENCH_AB_QUERIES first queries, default 40), then (c) the 100
  queries in turn in one open page per site, the sites alternating run by run (BENCH_AB_RUNS
  runs each, default 2). Prints p50/p95 per site, paired differences for two sites, first-query
  bytes and files;
- `scripts SITE [file]`: what a data file costs the page, over http (or `file://`): N display
  files as N scripts against the same bytes in one script;
- `cpu EXPORT SIZE [REV]`: the engine's and the facets' CPU per query under Node
  (bench/search_cpu.js: the bench's queries for SIZE stories on the export EXPORT, its files
  loaded beforehand, the best of 5 passes per query), this tree's scripts and, with REV, that
  revision's, alternating three times: what the page's code costs a query, free of the
  browser's and the machine's noise;
- `where SITE a|c SIZE [N]`: where a query's time goes on SITE, for N queries (default 40) typed
  in fresh pages (a) or in turn in one open page (c): from the submit to the engine's answer
  (term shards and their chunks, the engine), then to the last display file's callback (the
  display round), to the `bf:results` mark (drawing) and to the next frame (layout and paint);
- `timeline SITE SIZE [N]`: (c)'s N queries (default 100) in turn in one open page, each with its
  phases from the page's own clock: the files of the first round (term shards and chunks: how
  many, kB, from the submit to the last one's callback), the engine (to its answer), the second
  round (display files: how many, kB, from the answer to the first one asked for, to the last
  one's response end and to its callback), drawing, the frame; then the phases' p50/p95 and
  the slowest tenth of the queries one by one, to see what they share;
- `opencpu SIZE RUNS LABEL=SITE LABEL=SITE ...`: (c) alone, the sites alternating run by run
  (the order swapped every run), each run in a browser of its own: (c)'s p50/p95 per run and
  the CPU seconds (user + system) of the browser, Playwright's driver and the site's static
  server, from os.times() once they have exited; then medians;
- `mainthread SITE SIZE [N]`: the same queries with a Chromium trace recorded: per query, the
  page's main-thread time by kind (data scripts' evaluation, their code caches, style, layout,
  paint, timers, GC) and the data scripts' background parse (which the callbacks wait for),
  p50/p95 and sums, in wall time and in the thread's CPU time (the trace's `tdur`): what a
  change costs or saves in work, steadier than wall time on a busy machine (the trace adds its
  own overhead, alike for both sites).

Each site gets its own bench static server (bench/static_server.py), one Chromium drives all.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from bench import static_server  # noqa: E402
from bench.search import (  # noqa: E402
    ASKED_BEFORE,
    BENCH_PAGE,
    CORPUS,
    SETTLED,
    SHOWN_HOOK,
    TYPE_AND_ENTER,
    WHEN_SHOWN,
    _is_search_file,
    install_search_page,
    load_line,
    open_page_runs,
    open_search_page,
    pct,
    wait_shown,
)
from bench.search_corpus import BBCShape, bench_queries, synthetic_docs  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SCRIPTS = ("engine.js", "ui.js", "facets.js", "suggest.js")


def install_page(site: Path, rev: str | None = None) -> None:
    """This tree's search page into `site`, with REV's scripts if given."""
    from rjsmin import jsmin

    shutil.rmtree(site / "theme", ignore_errors=True)
    (site / "search.html").unlink(missing_ok=True)
    install_search_page(site, Path(tempfile.mkdtemp(prefix="backfile-ab-page-")))
    if rev:
        for name in SCRIPTS:
            source = subprocess.run(["git", "-C", str(ROOT), "show",
                                     f"{rev}:theme/static/search/{name}"],
                                    capture_output=True, text=True, check=True).stdout
            (site / "theme" / "search" / name).write_text(jsmin(source), encoding="utf-8")


def export_site(index_dir: Path, site: Path) -> None:
    """`index_dir` exported with this tree's code into a new `site`, with this tree's page."""
    from backfile_search.export import export_index
    from backfile_search.index import open_index

    shutil.rmtree(site, ignore_errors=True)
    site.mkdir(parents=True)
    t = time.perf_counter()
    r = export_index(open_index(index_dir), site / "search", procs=2)
    print(f"export {time.perf_counter() - t:.1f} s: {r.files:,} files, {r.bytes / 1e6:.1f} MB, "
          f"{r.facet_files} facet and date files, {r.doc_files} display files")
    install_page(site)
    (site / "bench.html").write_text(BENCH_PAGE, encoding="utf-8")


def _queries(size: int) -> list[str]:
    shape = BBCShape(CORPUS)
    return bench_queries(shape, synthetic_docs(shape, size + 20), 100)


def _typed(browser: Any, site: Path, base: str, q: str) -> tuple[float, int, int]:
    """(a) one query typed in a fresh page: ms, first-query bytes (raw), files it asked for."""
    engine = (site / "theme" / "search" / "engine.js").read_bytes()
    context = browser.new_context()
    page = context.new_page()
    responses: list[Any] = []
    page.on("response", lambda r: responses.append(r) if _is_search_file(r.url) else None)
    open_search_page(page, base)
    opened = len(responses)
    enter = page.evaluate(TYPE_AND_ENTER, q)
    shown = wait_shown(page, 2)
    before = set(page.evaluate(ASKED_BEFORE, shown))
    raw = len(engine) + sum(len(r.body()) for r in responses if r.url in before)
    files = sum(1 for r in responses[opened:] if r.url in before)
    context.close()
    return shown - enter, raw, files


def _arriving(browser: Any, base: str, q: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(SHOWN_HOOK)
    page.goto(base + "search.html?q=" + quote(q))
    ms = wait_shown(page, 1)
    context.close()
    return ms


def compare(size: int, sites: list[tuple[str, Path]]) -> None:
    from playwright.sync_api import sync_playwright

    queries = _queries(size)
    typed_n = int(os.environ.get("BENCH_AB_QUERIES", "40"))
    runs = int(os.environ.get("BENCH_AB_RUNS", "2"))
    res: dict[str, dict[str, list[Any]]] = {
        label: {"a": [], "raw": [], "files": [], "b": [], "c": [], "cfiles": [], "cfull": []}
        for label, _ in sites}
    servers = {label: static_server.start(site) for label, site in sites}
    print(load_line(), flush=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for i, q in enumerate(queries[:typed_n]):
                for label, site in sites if i % 2 == 0 else sites[::-1]:
                    ms, raw, files = _typed(browser, site, servers[label][1], q)
                    res[label]["a"].append(ms)
                    res[label]["raw"].append(raw)
                    res[label]["files"].append(files)
            for i, q in enumerate(queries[:typed_n]):
                for label, _ in sites if i % 2 == 0 else sites[::-1]:
                    res[label]["b"].append(_arriving(browser, servers[label][1], q))
            for run in range(runs):
                for label, _ in sites if run % 2 == 0 else sites[::-1]:
                    r = open_page_runs(servers[label][1], browser, queries)
                    res[label]["c"].append(r["open_ms"])
                    res[label]["cfiles"] += r["open_files"]
                    res[label]["cfull"] += r["open_full_ms"]
            browser.close()
    finally:
        for process, _ in servers.values():
            process.terminate()
    print(load_line())
    med = statistics.median
    for label, _ in sites:
        r = res[label]
        per_run = [(med(c), pct(c, 95)) for c in r["c"]]
        print(f"{label:10} (a) p50 {med(r['a']):6.1f} p95 {pct(r['a'], 95):6.1f} ms | (b) p50 "
              f"{med(r['b']):6.1f} p95 {pct(r['b'], 95):6.1f} ms | first-query bytes median "
              f"{med(r['raw']) / 1e3:.1f} kB, worst {max(r['raw']) / 1e3:.1f} | files a typed "
              f"query asks for median {med(r['files']):.0f}, p95 {pct(r['files'], 95):.0f}")
        print(f"{'':10} (c) p50/p95 per run " + ", ".join(f"{a:.1f}/{b:.1f}" for a, b in per_run)
              + f" | median of the runs' p95 {med([b for _, b in per_run]):.1f} ms | files "
              f"median {med(r['cfiles']):.0f}, p95 {pct(r['cfiles'], 95):.0f} | snippets written "
              f"p50 {med(r['cfull']):.1f} p95 {pct(r['cfull'], 95):.1f} ms")
    if len(sites) == 2:
        (x, _), (y, _) = sites
        for key in ("a", "b"):
            d = [b - a for a, b in zip(res[x][key], res[y][key], strict=True)]
            print(f"paired ({key}) {y} - {x}: median {med(d):+.1f} ms, mean "
                  f"{statistics.mean(d):+.1f} ms")


def where(site: Path, mode: str, size: int, n: int) -> None:
    from playwright.sync_api import sync_playwright

    queries = _queries(size)[:n]
    server, base = static_server.start(site)
    parts: dict[str, list[float]] = {k: [] for k in
                                     ("answer", "display", "draw", "frame", "total", "files")}

    def one(page: Any, q: str, nth: int) -> None:
        page.evaluate("performance.clearResourceTimings(); window.__log = []")
        enter = page.evaluate(TYPE_AND_ENTER, q)
        shown = float(page.evaluate(WHEN_SHOWN, nth))
        log = page.evaluate("window.__log")
        answer = next(t for k, t in log if k == "answer")
        marked = next(t for k, t in log if k == "bf:results")
        last = max([t for k, t in log if k.startswith("file:") and t <= marked] + [answer])
        asked = page.evaluate("""([t, s]) => performance.getEntriesByType("resource")
          .filter((e) => e.startTime >= t && e.startTime < s && e.name.includes("/search/"))
          .length""", [enter, shown])
        for key, value in (("answer", answer - enter), ("display", max(0.0, last - answer)),
                           ("draw", marked - last), ("frame", shown - marked),
                           ("total", shown - enter), ("files", asked)):
            parts[key].append(value)

    print(load_line(), flush=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            if mode == "c":
                context = browser.new_context()
                page = context.new_page()
                open_search_page(page, base, TIMELINE_HOOK)
                for nth, q in enumerate(queries, start=2):
                    one(page, q, nth)
                    page.evaluate(SETTLED)
                context.close()
            else:
                for q in queries:
                    context = browser.new_context()
                    page = context.new_page()
                    open_search_page(page, base, TIMELINE_HOOK)
                    one(page, q, 2)
                    context.close()
            browser.close()
    finally:
        server.terminate()
    print(load_line())
    labels = {"answer": "submit -> engine's answer (term shards, chunks, engine)",
              "display": "answer -> last display file's callback",
              "draw": "last file -> bf:results mark (drawing)",
              "frame": "mark -> next frame (layout, paint)", "total": "submit -> shown",
              "files": "search data files asked for"}
    for key, label in labels.items():
        v = parts[key]
        print(f"({mode}) {label:58} p50 {statistics.median(v):6.1f} p95 {pct(v, 95):6.1f}")


# Per data file its callback's time and kind; the engine's answer; the page's marks
# (read by `where` and `timeline`).
TIMELINE_HOOK = SHOWN_HOOK + """
window.__log = [];
(() => { let wrapped = false;
  const wrap = () => { const BS = window.BackfileSearch;
    if (!BS || wrapped || !BS.search) return;
    wrapped = true;
    for (const name of ["terms", "chunk", "docs", "facets", "long", "lexicon", "positions",
                      "manifest"]) {
      const f = BS[name]; if (!f) continue;
      BS[name] = function () { window.__log.push(["file:" + name, performance.now()]);
        return f.apply(this, arguments); };
    }
    const s = BS.search;
    BS.search = function () { return s.apply(this, arguments).then((r) => {
      window.__log.push(["answer", performance.now()]); return r; }); };
  };
  document.addEventListener("readystatechange", wrap);
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, o) { wrap(); window.__log.push([name, performance.now()]);
    return mark(name, o); };
})();"""
RESOURCES = """([t, s]) => performance.getEntriesByType("resource")
  .filter((e) => e.startTime >= t && e.startTime < s && e.name.includes("/search/s/"))
  .map((e) => [e.name, e.startTime, e.responseEnd, e.encodedBodySize])"""


def timeline(site: Path, size: int, n: int) -> None:
    """See the module docstring: `timeline SITE SIZE [N]`."""
    from playwright.sync_api import sync_playwright

    queries = _queries(size)[:n]
    server, base = static_server.start(site)
    rows: list[dict[str, Any]] = []
    print(load_line(), flush=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context().new_page()
            open_search_page(page, base, TIMELINE_HOOK)
            for nth, q in enumerate(queries, start=2):
                page.evaluate("performance.clearResourceTimings(); window.__log = []")
                enter = page.evaluate(TYPE_AND_ENTER, q)
                shown = float(page.evaluate(WHEN_SHOWN, nth))
                log = page.evaluate("window.__log")
                res = page.evaluate(RESOURCES, [enter, shown])
                page.evaluate(SETTLED)
                answer = next(t for k, t in log if k == "answer")
                marked = next(t for k, t in log if k == "bf:results")
                first = [r for r in res if "/d/" not in r[0]]
                second = [r for r in res if "/d/" in r[0]]
                last1 = max([t for k, t in log if k in ("file:terms", "file:chunk")
                             and t <= answer] + [enter])
                last2 = max([t for k, t in log if k == "file:docs" and t <= marked] + [answer])
                rows.append({
                    "q": q, "total": shown - enter, "r1_files": len(first),
                    "r1_kb": sum(r[3] for r in first) / 1e3, "r1": last1 - enter,
                    "engine": answer - last1, "r2_files": len(second),
                    "r2_kb": sum(r[3] for r in second) / 1e3,
                    "r2_ask": min([r[1] for r in second] or [answer]) - answer,
                    "r2_net": max([r[2] for r in second] + [answer]) - answer,
                    "r2": last2 - answer, "draw": marked - last2, "frame": shown - marked})
            browser.close()
    finally:
        server.terminate()
    print(load_line())
    keys = ["total", "r1_files", "r1_kb", "r1", "engine", "r2_files", "r2_kb", "r2_ask",
            "r2_net", "r2", "draw", "frame"]
    print("phase      " + " ".join(f"{k:>8}" for k in keys))
    for label, f in (("p50", lambda v: statistics.median(v)), ("p95", lambda v: pct(v, 95))):
        print(f"{label:10} " + " ".join(f"{f([r[k] for r in rows]):8.1f}" for k in keys))
    with_r2 = [r for r in rows if r["r2_files"]]
    print(f"{len(with_r2)} of {len(rows)} queries wait for display files; total p50/p95 with "
          f"{statistics.median([r['total'] for r in with_r2] or [0]):.1f}/"
          f"{pct([r['total'] for r in with_r2] or [0], 95):.1f}, without "
          f"{statistics.median([r['total'] for r in rows if not r['r2_files']] or [0]):.1f}/"
          f"{pct([r['total'] for r in rows if not r['r2_files']] or [0], 95):.1f} ms")
    print("slowest tenth:")
    for r in sorted(rows, key=lambda r: -r["total"])[:max(1, len(rows) // 10)]:
        print(f"{r['q'][:30]:30} " + " ".join(f"{r[k]:8.1f}" for k in keys))


def opencpu(size: int, runs: int, sites: list[tuple[str, Path]]) -> None:
    """See the module docstring: `opencpu SIZE RUNS LABEL=SITE ...`."""
    from playwright.sync_api import sync_playwright

    queries = _queries(size)
    got: dict[str, list[tuple[float, list[float]]]] = {label: [] for label, _ in sites}
    print(load_line(), flush=True)
    for run in range(runs):
        for label, site in sites if run % 2 == 0 else sites[::-1]:
            before = os.times()
            server, base = static_server.start(site)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                ms = open_page_runs(base, browser, queries)["open_ms"]
                browser.close()
            server.terminate()
            server.wait()
            after = os.times()
            cpu = (after.children_user + after.children_system
                   - before.children_user - before.children_system)
            got[label].append((cpu, ms))
            print(f"{label} run {run}: CPU {cpu:.2f} s, (c) p50 {statistics.median(ms):.1f} "
                  f"p95 {pct(ms, 95):.1f} ms", flush=True)
    print(load_line())
    for label, values in got.items():
        every = [m for _, ms in values for m in ms]
        print(f"{label}: CPU median {statistics.median(c for c, _ in values):.2f} s a run; (c) "
              f"p50 {statistics.median(every):.1f} p95 {pct(every, 95):.1f} ms over "
              f"{len(every)}; median of the runs' p95 "
              f"{statistics.median(pct(ms, 95) for _, ms in values):.1f}")


TRACE_KINDS = ("EvaluateScript", "v8.produceCache", "TimerFire", "FunctionCall",
               "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "MinorGC",
               "MajorGC")


def mainthread(site: Path, size: int, n: int) -> None:
    """See the module docstring: `mainthread SITE SIZE [N]`."""
    from playwright.sync_api import sync_playwright

    queries = _queries(size)[:n]
    server, base = static_server.start(site)
    trace = Path(tempfile.mkdtemp(prefix="backfile-ab-trace-")) / "trace.json"
    print(load_line(), flush=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context().new_page()
            open_search_page(page, base)
            browser.start_tracing(page=page, path=str(trace), categories=[
                "blink.user_timing", "devtools.timeline", "v8", "disabled-by-default-v8.gc"])
            for nth, q in enumerate(queries, start=2):
                page.evaluate("performance.mark('ab:enter')")
                page.evaluate(TYPE_AND_ENTER, q)
                page.evaluate(WHEN_SHOWN, nth)
                page.evaluate(SETTLED)
                page.evaluate("performance.mark('ab:settled')")
            browser.stop_tracing()
            browser.close()
    finally:
        server.terminate()
    print(load_line())
    events = json.loads(trace.read_text())
    events = events["traceEvents"] if isinstance(events, dict) else events
    shutil.rmtree(trace.parent)
    marks = sorted((e["ts"], e["name"], (e["pid"], e["tid"])) for e in events
                   if e.get("name") in ("ab:enter", "ab:settled"))
    main = marks[0][2]
    windows = [(a, z) for (a, x, _), (z, y, _) in itertools.pairwise(marks)
               if x == "ab:enter" and y == "ab:settled"]
    spans = [e for e in events if e.get("ph") == "X" and (
        ((e["pid"], e["tid"]) == main and e["name"] in TRACE_KINDS)
        or e["name"] == "v8.parseOnBackground")]
    kinds = (*TRACE_KINDS, "v8.parseOnBackground")
    per: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}  # the thread's CPU time ("tdur")
    for a, z in windows:
        for kind in kinds:
            mine = [e for e in spans if e["name"] == kind and a <= e["ts"] <= z]
            per[kind].append(sum(e["dur"] for e in mine) / 1e3)
            cpu[kind].append(sum(e.get("tdur", e["dur"]) for e in mine) / 1e3)
    print(f"{len(windows)} queries, from the submit until the page is idle again (snippets "
          f"included); ms per query, wall and the thread's CPU (steadier on a busy machine)")
    for kind in kinds:
        v, c = per[kind], cpu[kind]
        print(f"{kind:22} p50 {statistics.median(v):6.2f} p95 {pct(v, 95):6.2f} sum "
              f"{sum(v):7.1f} | CPU p50 {statistics.median(c):6.2f} p95 {pct(c, 95):6.2f} "
              f"sum {sum(c):7.1f}")


SCRIPTS_PAGE = """<!doctype html><meta charset="utf-8"><title>scripts</title><script>
window.__cb = function () {};
window.run = function (urls) { return new Promise(function (done) {
  var t0 = performance.now(), left = urls.length;
  urls.forEach(function (u) { var s = document.createElement("script"); s.src = u; s.async = true;
    s.onload = function () { if (--left === 0) done(performance.now() - t0); };
    document.head.appendChild(s); }); }); };
</script>"""


def scripts(site: Path, over_file: bool) -> None:
    """What a data file costs the page: N of the site's display files as N scripts against the
    same bytes in one script (fresh copies each time, so nothing is cached), N = 1, 2, 5, 10."""
    import random

    from playwright.sync_api import sync_playwright

    display = sorted((site / "search" / "s").glob("*/d/*.js"))
    out = site / "ab-scripts"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    rng = random.Random(1)
    trials: list[tuple[int, list[str], list[str]]] = []
    for t in range(24):
        n = (1, 2, 5, 10)[t % 4]
        bodies = [f.read_text(encoding="utf-8").replace(
            "BackfileSearch.docs.apply(BackfileSearch,", "__cb.apply(null,", 1)
                  for f in rng.sample(display, n)]
        for i, body in enumerate(bodies):
            (out / f"s{t}-{i}.js").write_text(body, encoding="utf-8")
        (out / f"j{t}.js").write_text("".join(bodies), encoding="utf-8")
        trials.append((n, [f"ab-scripts/s{t}-{i}.js" for i in range(n)], [f"ab-scripts/j{t}.js"]))
    (site / "ab-scripts.html").write_text(SCRIPTS_PAGE, encoding="utf-8")
    server, base = static_server.start(site)
    if over_file:
        base = site.as_uri() + "/"
    got: dict[tuple[str, int], list[float]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context().new_page()
            page.goto(base + "ab-scripts.html")
            for run in range(2):
                for n, apart, joined in trials:
                    for kind, urls in (("apart", apart), ("one", joined))[::1 - 2 * run]:
                        ms = page.evaluate("(u) => window.run(u)", [f"{u}?{run}" for u in urls])
                        got.setdefault((kind, n), []).append(ms)
            browser.close()
    finally:
        server.terminate()
    print(f"load average {os.getloadavg()[0]:.1f}; {'file://' if over_file else 'http'}")
    for n in (1, 2, 5, 10):
        print(f"{n:2} display files: as {n} scripts median "
              f"{statistics.median(got['apart', n]):5.1f} ms, as one script "
              f"{statistics.median(got['one', n]):5.1f} ms")


def cpu(export: Path, size: int, rev: str | None) -> None:
    """See the module docstring: `cpu EXPORT SIZE [REV]`."""
    scratch = Path(tempfile.mkdtemp(prefix="backfile-ab-cpu-"))
    (scratch / "queries.json").write_text(json.dumps(_queries(size)), encoding="utf-8")
    trees = [("this tree", ROOT / "theme" / "static" / "search")]
    if rev:
        (scratch / "rev").mkdir()
        for name in ("engine.js", "facets.js"):
            source = subprocess.run(["git", "-C", str(ROOT), "show",
                                     f"{rev}:theme/static/search/{name}"],
                                    capture_output=True, text=True, check=True).stdout
            (scratch / "rev" / name).write_text(source, encoding="utf-8")
        trees.insert(0, (rev, scratch / "rev"))
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    for _ in range(3):
        for label, scripts_dir in trees:
            out = subprocess.run(["node", str(ROOT / "bench" / "search_cpu.js"), str(scripts_dir),
                                  str(export), str(scratch / "queries.json")],
                                 capture_output=True, text=True, check=True).stdout
            print(f"{label}: {out.split(': ', 1)[1].strip()}", flush=True)
    shutil.rmtree(scratch)


def main() -> None:
    command, args = sys.argv[1], sys.argv[2:]
    if command == "export":
        export_site(Path(args[0]), Path(args[1]))
    elif command == "page":
        install_page(Path(args[0]), args[1] if len(args) > 1 else None)
    elif command == "compare":
        compare(int(args[0]), [(a.split("=", 1)[0], Path(a.split("=", 1)[1])) for a in args[1:]])
    elif command == "scripts":
        scripts(Path(args[0]), over_file=len(args) > 1 and args[1] == "file")
    elif command == "cpu":
        cpu(Path(args[0]), int(args[1]), args[2] if len(args) > 2 else None)
    elif command == "opencpu":
        opencpu(int(args[0]), int(args[1]),
                [(a.split("=", 1)[0], Path(a.split("=", 1)[1])) for a in args[2:]])
    elif command == "mainthread":
        mainthread(Path(args[0]), int(args[1]), int(args[2]) if len(args) > 2 else 100)
    elif command == "timeline":
        timeline(Path(args[0]), int(args[1]), int(args[2]) if len(args) > 2 else 100)
    elif command == "where":
        where(Path(args[0]), args[1], int(args[2]), int(args[3]) if len(args) > 3 else 40)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
