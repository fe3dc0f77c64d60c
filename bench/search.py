"""Search at archive scale, against Pagefind on the same site: `invoke bench search`.

For each size (BENCH_SEARCH_SIZES, default "10000,50000") it generates synthetic stories from the
BBC corpus's shape (bench/search_corpus.py, in a scratch folder), then measures (over
BENCH_SEARCH_QUERIES queries, default 100):

- a full Whoosh index + export (BENCH_SEARCH_PROCS processes, default 2), then adding one dump
  of 20 stories to it (index + export, incremental: one new segment's files and a manifest);
- the export's size, file count and largest file;
- ranking parity of the JavaScript client (under Node) with Whoosh on the 300+ parity queries;
- Pagefind (pagefind_bin from PyPI) indexing the same stories as HTML pages;
- in headless Chromium over http://127.0.0.1 (a keep-alive HTTP/1.1 server with Nagle's
  algorithm off, in a process of its own, bench/static_server.py, as every static host is; the
  end of a query is awaited with a promise the page resolves, so nothing polls the page while
  it is measured), for 100 plain-word
  queries, each in a fresh browser context (empty caches, nothing compiled), on the real search
  page (`search.html`, its CSS and scripts as a Pelican build ships them, minified):
  (a) typed: the page is opened and left to finish loading, which includes what it preloads
      (manifest.js and the segments' long-list index parts, and it runs its code once on
      made-up data so that it is compiled: ui.js marks `bf:ready`; page load, not query
      time); then the query is put in the box and the
      form submitted, as Enter does. Latency: from the submit to the next frame after the page has
      put the results with their snippets in the DOM (ui.js marks `bf:results`). Typing
      without Enter adds the page's 180 ms debounce on top. Bytes: the engine as shipped plus
      every search data file the page loaded (manifest and preloads included) and the
      query's files; also how many files the query itself asked for;
  (b) arriving with `search.html?q=...` (a shared link): from navigation start to that same
      frame, everything (HTML, CSS, scripts, manifest, index, display data) loaded cold;
  (c) in an open page, as a reader meets it: one fresh context, the search page opened (what
      it loads and runs when it opens, as in (a), and nothing more), then the 100 different
      queries typed and submitted one after another in that page, each loading whatever files
      it still needs (latency as (a)'s, submit to the frame that shows the results; between two
      queries the page finishes its after-paint work and goes idle, as while a reader reads);
  warm: the same queries again in one page through the engine alone (search + top 10 display
      records), caches and JIT warm.
  Pagefind's first query is its API in a fresh context (import pagefind.js, search, load the
  top 10 fragments), its (c) the 100 queries in turn through that API in one fresh page that has
  imported pagefind.js and run its init() first (as our page loads its scripts and manifest when
  it opens), its warm figure the same again in one page.
BENCH_SEARCH_KEEP=1 keeps each size's scratch folder (its path is printed); BENCH_SEARCH_SITE=
<that folder>/site with BENCH_SEARCH_SIZES=<its size> runs the browser part alone again on it
(with the page of the current theme, so the site must come from the same export format), e.g.
on a quieter machine.
Figures are medians/percentiles over the same queries, both engines in the same run; the load
average is printed beside them. A real network adds one round trip per sequential round of
files (page, then manifest + scripts, then term shards (+ long posting lists), then display).
"""

from __future__ import annotations

import gzip
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

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "../shared/corpora/bbc-2004-2005"
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from backfile_search.export import export_index  # noqa: E402
from backfile_search.index import open_index, update_index  # noqa: E402
from backfile_search.query import top_results  # noqa: E402
from backfile_search.schema import make_parser  # noqa: E402

from bench import static_server  # noqa: E402
from bench.search_corpus import BBCShape, bench_queries, synthetic_docs  # noqa: E402
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.support.parity_queries import parity_queries  # noqa: E402

ENGINE = ROOT / "theme" / "static" / "search" / "engine.js"
HARNESS = ROOT / "tests" / "support" / "search_harness.js"
PROCS = int(os.environ.get("BENCH_SEARCH_PROCS", "2"))  # processes for the full index/export

BENCH_PAGE = """<!doctype html><meta charset="utf-8"><title>bench</title>
<script src="theme/search/engine.js"></script>
<script src="theme/search/facets.js"></script>
<script>BackfileSearch.base = "search/";</script>
"""
OURS_JS = """async (q) => {
  const t0 = performance.now();
  const r = await BackfileSearch.search(q, 10);
  await BackfileSearch.documents(r.hits.map((h) => h.docnum));
  return [performance.now() - t0, r.total];
}"""
PAGEFIND_JS = """async (q) => {
  const t0 = performance.now();
  window.pf = window.pf || await import("./pagefind/pagefind.js");
  const s = await window.pf.search(q);
  await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
  return [performance.now() - t0, s.results.length];
}"""


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def folder_stats(path: Path) -> tuple[int, int]:
    files = [f for f in path.rglob("*") if f.is_file()]
    return len(files), sum(f.stat().st_size for f in files)


def write_pages(site: Path, docs: list[Any]) -> None:
    """One minimal HTML page per story, the text Pagefind indexes."""
    from html import escape

    stories = site / "stories"
    stories.mkdir(parents=True, exist_ok=True)
    for d in docs:
        paras = "".join(f"<p>{escape(p)}</p>" for p in d.body.split("\n\n"))
        (stories / f"{d.slug}.html").write_text(
            f"<!doctype html><html lang=en><meta charset=utf-8><title>{escape(d.title)}</title>"
            f"<main data-pagefind-body><h1>{escape(d.title)}</h1>{paras}</main></html>",
            encoding="utf-8")


def parity_share(ix: Any, export_dir: Path, docs: list[Any]) -> tuple[int, int]:
    queries = parity_queries(docs[:2000])
    out = subprocess.run(["node", str(HARNESS), str(ENGINE), str(export_dir)],
                         input=json.dumps(queries), capture_output=True, text=True, check=True)
    answers = json.loads(out.stdout)
    parser = make_parser(ix.schema)
    same = 0
    with ix.searcher() as searcher:
        for text, answer in zip(queries, answers, strict=True):
            expected = [h.docnum for h in top_results(searcher, parser.parse(text[:1000]), 20)]
            same += expected == [d for d, _ in answer["hits"]]
    return same, len(queries)


# Installed before the page's scripts: when ui.js marks bf:results, note the time just after
# the next frame (rAF, then a task: after that frame's style, layout and paint). Registered in
# the marking task itself, so it runs before anything the page schedules after its mark.
SHOWN_HOOK = """window.__shown = []; window.__waiting = [];
(() => { const mark = performance.mark.bind(performance);
  const shown = () => { window.__shown.push(performance.now());
    const n = window.__shown.length;
    window.__waiting = window.__waiting.filter(([want, done]) => want > n || void done()); };
  performance.mark = function (name, options) {
    const entry = mark(name, options);
    if (name === "bf:results") requestAnimationFrame(() => setTimeout(shown));
    return entry;
  }; })();"""
# Resolves once the n-th list is shown. A promise, not Playwright's wait_for_function: that
# polls on every animation frame, running code in the page while the page is being measured.
WHEN_SHOWN = """(n) => window.__shown.length >= n ? window.__shown[n - 1] :
  new Promise((done) => window.__waiting.push([n, () => done(window.__shown[n - 1])]))"""


def wait_shown(page: Any, n: int) -> float:
    """performance.now() just after the frame that showed the page's n-th result list."""
    return float(page.evaluate(WHEN_SHOWN, n))


ASKED_BEFORE = """(t) => performance.getEntriesByType("resource")
  .filter((e) => e.startTime < t).map((e) => e.name)"""
# The query goes into the box and the form is submitted (what Enter does) in one task, so the
# page's as-you-type debounce cannot start a search first: Playwright's fill() then press() can
# be more than the debounce's 180 ms apart on a loaded machine, which would give that query a
# head start the clock does not see.
def open_search_page(page: Any, base: str, hook: str = SHOWN_HOOK) -> None:
    """Open the search page with `hook` installed and wait until it says it is ready."""
    page.add_init_script(hook)
    page.goto(base + "search.html")
    page.wait_for_function("performance.getEntriesByName('bf:ready').length > 0")


def load_line() -> str:
    """The 1-minute load average and the time, printed around each browser run."""
    return f"load average {os.getloadavg()[0]:.1f} at {time.strftime('%H:%M:%S')} UTC"


TYPE_AND_ENTER = """(q) => { const input = document.getElementById("bf-search-input");
  input.focus(); input.value = q; input.dispatchEvent(new Event("input", { bubbles: true }));
  const t = performance.now(); input.form.requestSubmit(); return t; }"""


def _is_search_file(url: str) -> bool:
    return "/search/" in url and "/theme/" not in url


def page_runs(site: Path, base: str, browser: Any, queries: list[str]) -> dict[str, list[float]]:
    """(a) typed on an opened search page and (b) arriving with ?q=, each in a fresh context."""
    from urllib.parse import quote

    engine = (site / "theme" / "search" / "engine.js").read_bytes()
    r: dict[str, list[float]] = {"raw": [], "gzip": [], "files": [], "typed_ms": [],
                                 "arrive_ms": [], "facet_raw": []}
    for q in queries:
        context = browser.new_context()
        page = context.new_page()
        responses: list[tuple[Any, bool]] = []   # (response, asked after Enter)
        entered = [False]

        def seen(resp: Any, acc: list[tuple[Any, bool]] = responses,
                 flag: list[bool] = entered) -> None:
            if _is_search_file(resp.url):
                acc.append((resp, flag[0]))

        page.on("response", seen)
        open_search_page(page, base)
        entered[0] = True
        enter = page.evaluate(TYPE_AND_ENTER, q)
        shown = wait_shown(page, 2)
        r["typed_ms"].append(shown - enter)
        # What had been asked for before the results were shown; anything asked for after the
        # paint is counted apart (the page draws its facets and suggestions with the results, so
        # that is nothing but what a reader's later action needs).
        before = set(page.evaluate(ASKED_BEFORE, shown))
        bodies = [(resp.body(), after, resp.url in before) for resp, after in responses]
        payload = [engine, *(b for b, _, first in bodies if first)]
        r["raw"].append(sum(len(b) for b in payload))
        r["gzip"].append(sum(min(len(b), len(gzip.compress(b))) for b in payload))
        r["files"].append(sum(1 for _, after, first in bodies if after and first))
        page.evaluate(SETTLED)
        facets = [resp.body() for resp, _ in responses if resp.url not in before]
        r["facet_raw"].append(sum(len(b) for b in facets))
        context.close()
    for q in queries:
        context = browser.new_context()
        page = context.new_page()
        page.add_init_script(SHOWN_HOOK)
        page.goto(base + "search.html?q=" + quote(q))
        r["arrive_ms"].append(wait_shown(page, 1))  # ms since navigation start
        context.close()
    r.update(open_page_runs(base, browser, queries))
    return r


# Search data files asked for from `t` on (the page clears the resource buffer before each
# query, which also keeps it under its 250-entry limit).
ASKED_SINCE = """(t) => performance.getEntriesByType("resource")
  .filter((e) => e.startTime >= t && e.name.includes("/search/") && !e.name.includes("/theme/"))
  .map((e) => e.startTime)"""
# When the page last wrote snippets it had left to fill after showing results from cards.
SNIPPETS_AT = """() => Math.max(0,
  ...performance.getEntriesByName("bf:snippets").map((e) => e.startTime))"""
# Between two queries the reader reads: the page's after-paint work (the snippets of results
# listed from cards, while the list is aria-busy) finishes, and the next query starts in an
# idle page.
SETTLED = """() => new Promise((done) => {
  const idle = () => requestIdleCallback(() => done(), { timeout: 2000 });
  const ready = () => (document.querySelector("#bf-facets").childElementCount > 0 ||
    document.querySelector("#bf-results").childElementCount == 0) &&
    !document.querySelector("#bf-results[aria-busy]");
  (function wait() { if (ready()) idle(); else setTimeout(wait, 5); })();
})"""


def open_page_runs(base: str, browser: Any, queries: list[str]) -> dict[str, list[float]]:
    """(c) in an open page: one fresh context, the search page opened (it loads what it loads
    when it opens, nothing more), then every query typed and submitted in turn in that page;
    each loads whatever files it still needs. Latency and files as (a)'s."""
    r: dict[str, list[float]] = {"open_ms": [], "open_files": [], "open_full_ms": []}
    context = browser.new_context()
    page = context.new_page()
    open_search_page(page, base)
    for n, q in enumerate(queries, start=2):  # the page's own empty search was the first list
        page.evaluate("performance.clearResourceTimings()")
        enter = page.evaluate(TYPE_AND_ENTER, q)
        shown = wait_shown(page, n)
        r["open_ms"].append(shown - enter)
        r["open_files"].append(sum(1 for t in page.evaluate(ASKED_SINCE, enter) if t < shown))
        page.evaluate(SETTLED)
        r["open_full_ms"].append(max(shown, page.evaluate(SNIPPETS_AT)) - enter)
    context.close()
    return r


def engine_runs(base: str, browser: Any, name: str, js: str,
                queries: list[str]) -> dict[str, list[float]]:
    """Bytes and latency of a first query through an engine's API (fresh contexts), then warm."""
    r: dict[str, list[float]] = {"warm_ms": []}
    if name == "pagefind":
        r.update({"raw": [], "gzip": [], "first_ms": []})
        for q in queries:
            context = browser.new_context()
            page = context.new_page()
            responses: list[Any] = []
            page.goto(base + "bench.html")
            page.wait_for_load_state("load")
            page.on("response", lambda resp, acc=responses: acc.append(resp))
            ms, _ = page.evaluate(js, q)
            bodies = [resp.body() for resp in responses]
            r["raw"].append(sum(len(b) for b in bodies))
            r["gzip"].append(sum(min(len(b), len(gzip.compress(b))) for b in bodies))
            r["first_ms"].append(ms)
            context.close()
        # (c) in an open page: one fresh page that has imported Pagefind and run its init()
        # (as our page loads its scripts and manifest when it opens), then the queries in turn.
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "bench.html")
        page.evaluate("""async () => { window.pf = await import("./pagefind/pagefind.js");
          if (window.pf.init) await window.pf.init(); }""")
        r["open_ms"] = [page.evaluate(js, q)[0] for q in queries]
        context.close()
    page = browser.new_page()
    page.goto(base + "bench.html")
    for q in queries:  # warm-up pass, then the measured pass
        page.evaluate(js, q)
    r["warm_ms"] = [page.evaluate(js, q)[0] for q in queries]
    page.close()
    return r


def browser_runs(site: Path, queries: list[str]) -> dict[str, dict[str, list[float]]]:
    """Our search page (typed, arriving), our engine warm; Pagefind first and warm."""
    from playwright.sync_api import sync_playwright

    server, base = static_server.start(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            ours = page_runs(site, base, browser, queries)
            ours.update(engine_runs(base, browser, "backfile", OURS_JS, queries))
            pf = engine_runs(base, browser, "pagefind", PAGEFIND_JS, queries)
            browser.close()
    finally:
        server.terminate()
        server.wait()
    return {"backfile": ours, "pagefind": pf}


def install_search_page(site: Path, scratch: Path) -> None:
    """The real search page into `site`: a one-story Pelican build's search.html and theme/
    (CSS and the search scripts, minified as the build ships them); `site/search/` stays the
    bench's export."""
    from tests.support.site import build, write_story

    small = scratch / "page-site"
    write_story(small / "content", "one-story", "One story", "A story so the site builds.")
    build(small)
    shutil.copy(small / "output" / "search.html", site / "search.html")
    shutil.copytree(small / "output" / "theme", site / "theme", dirs_exist_ok=True)


def measure(shape: BBCShape, count: int, scratch: Path) -> None:
    print(f"\n== {count:,} stories ==", flush=True)
    docs = synthetic_docs(shape, count + 20)
    base_docs, one_more_dump = docs[:count], docs

    t = time.perf_counter()
    ix = open_index(scratch / "index")
    update_index(ix, base_docs, procs=PROCS)
    index_s = time.perf_counter() - t
    site = scratch / "site"
    t = time.perf_counter()
    report = export_index(ix, site / "search", procs=PROCS)
    export_s = time.perf_counter() - t
    full_s = index_s + export_s
    print(f"full index + export: {full_s:.1f} s for {count:,} stories (Whoosh index {index_s:.1f} s"
          f", export {export_s:.1f} s; {PROCS} process(es), {report.segments} segment(s))",
          flush=True)

    t = time.perf_counter()
    update = update_index(ix, one_more_dump, procs=PROCS)
    add_index_s = time.perf_counter() - t
    t = time.perf_counter()
    added = export_index(ix, site / "search", procs=PROCS)
    add_export_s = time.perf_counter() - t
    add_s = add_index_s + add_export_s
    print(f"add one dump of 20 stories: {add_s:.2f} s = {add_s / full_s:.1%} of the full index + "
          f"export (index {add_index_s:.2f} s: {update.added} added, {update.unchanged} unchanged, "
          f"not re-analysed; export {add_export_s:.2f} s: {added.new_segments} new segment(s), "
          f"{added.new_files} files written, {added.removed_segments} removed; now "
          f"{added.segments} segments)", flush=True)
    files, size = folder_stats(site / "search")
    largest = max(f.stat().st_size for f in (site / "search").rglob("*") if f.is_file())
    print(f"export: {files:,} files, {size / 1e6:.1f} MB, largest file {largest / 1e3:.0f} kB "
          f"({added.shards} term shards, {added.chunk_files} posting chunks, "
          f"{added.group_files} group long-term files, {added.doc_files} "
          f"display files, {added.facet_files} facet and date files, {added.segments} segments)",
          flush=True)

    same, total = parity_share(ix, site / "search", docs)
    print(f"ranking parity with Whoosh: {same}/{total} identical top-20 lists "
          f"({same / total:.1%})", flush=True)

    install_search_page(site, scratch)
    (site / "bench.html").write_text(BENCH_PAGE, encoding="utf-8")
    write_pages(site, docs)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind_bin", "--site", str(site)],
                   check=True, capture_output=True)
    pagefind_s = time.perf_counter() - t
    pf_files, pf_bytes = folder_stats(site / "pagefind")
    print(f"pagefind: {pagefind_s:.1f} s, {pf_files:,} files, {pf_bytes / 1e6:.1f} MB", flush=True)

    browser_report(site, shape, docs)
    print(f"files: backfile export {files:,} vs pagefind {pf_files:,} "
          f"(ratio {files / pf_files:.2f})", flush=True)


def browser_report(site: Path, shape: BBCShape, docs: list[Any]) -> None:
    """The browser part: both engines on `site` (our export in search/, Pagefind's in
    pagefind/), for the bench's queries over `docs`."""
    queries = bench_queries(shape, docs, int(os.environ.get("BENCH_SEARCH_QUERIES", "100")))
    load_before = os.getloadavg()
    runs = browser_runs(site, queries)
    ours, pf = runs["backfile"], runs["pagefind"]
    print(f"browser runs: load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} "
          "after (1-minute, from os.getloadavg)", flush=True)
    for label, key, unit, scale in (("first-query bytes (raw)", "raw", "kB", 1e-3),
                                    ("first-query bytes (gzip)", "gzip", "kB", 1e-3)):
        a, b = ours[key], pf[key]
        print(f"{label:26} backfile median {statistics.median(a) * scale:8.1f} {unit}, "
              f"worst {max(a) * scale:8.1f} | pagefind median {statistics.median(b) * scale:8.1f}"
              f", worst {max(b) * scale:8.1f} | ratio of medians "
              f"{statistics.median(a) / statistics.median(b):.2f}, of worst "
              f"{max(a) / max(b):.2f}", flush=True)
    a = ours["facet_raw"]
    print(f"{'then, after the paint, raw':26} backfile median {statistics.median(a) / 1e3:8.1f} kB"
          f", worst {max(a) / 1e3:8.1f} (search data asked for once the results are shown; "
          "facets and suggestions are drawn with them)",
          flush=True)
    print(f"{'files asked by a query':26} backfile median {statistics.median(ours['files']):.0f},"
          f" p95 {pct(ours['files'], 95):.0f}, worst {max(ours['files']):.0f}", flush=True)
    for label, key in (("(a) typed, Enter->shown", "typed_ms"),
                       ("(b) arriving with ?q=", "arrive_ms")):
        a = ours[key]
        print(f"{label:26} backfile p50 {statistics.median(a):8.1f} ms, p95 {pct(a, 95):8.1f}, "
              f"worst {max(a):8.1f}", flush=True)
    b = pf["first_ms"]
    print(f"{'pagefind first query (API)':26} p50 {statistics.median(b):8.1f} ms, p95 "
          f"{pct(b, 95):8.1f}, worst {max(b):8.1f}", flush=True)
    a, b = ours["open_ms"], pf["open_ms"]
    print(f"{'(c) in an open page':26} backfile p50 {statistics.median(a):8.1f} ms, p95 "
          f"{pct(a, 95):8.1f}, worst {max(a):8.1f} (Enter->shown; files asked median "
          f"{statistics.median(ours['open_files']):.0f}, p95 {pct(ours['open_files'], 95):.0f})"
          f" | pagefind (API) p50 {statistics.median(b):8.1f}, p95 {pct(b, 95):8.1f}, worst "
          f"{max(b):8.1f}", flush=True)
    a = ours["open_full_ms"]
    print(f"{'(c) ... snippets written':26} backfile p50 {statistics.median(a):8.1f} ms, p95 "
          f"{pct(a, 95):8.1f}, worst {max(a):8.1f} (Enter->the last snippet of a result shown "
          "from its card is written; = shown when none was)", flush=True)
    a, b = ours["warm_ms"], pf["warm_ms"]
    print(f"{'warm query latency':26} backfile p50 {statistics.median(a):8.1f} ms, p95 "
          f"{pct(a, 95):8.1f} | pagefind p50 {statistics.median(b):8.1f}, p95 {pct(b, 95):8.1f}",
          flush=True)


def run() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"BBC corpus not found at {CORPUS}")
    sizes = [int(s) for s in os.environ.get("BENCH_SEARCH_SIZES", "10000,50000").split(",")]
    shape = BBCShape(CORPUS)
    kept = os.environ.get("BENCH_SEARCH_SITE")
    if kept:  # the browser part alone, again, on a site a run kept (same size, same queries)
        missing = [n for n in ("search/manifest.js", "pagefind", "bench.html")
                   if not (Path(kept) / n).exists()]
        if missing:
            sys.exit(f"BENCH_SEARCH_SITE={kept} is not a site this bench kept (no "
                     f"{', '.join(missing)}); run with BENCH_SEARCH_KEEP=1 first")
        install_search_page(Path(kept), Path(tempfile.mkdtemp(prefix="backfile-search-page-")))
        browser_report(Path(kept), shape, synthetic_docs(shape, sizes[0] + 20))
        return
    for count in sizes:
        scratch = Path(tempfile.mkdtemp(prefix=f"backfile-search-{count}-"))
        try:
            measure(shape, count, scratch)
        finally:
            if os.environ.get("BENCH_SEARCH_KEEP"):
                print(f"kept: {scratch / 'site'} (BENCH_SEARCH_SITE=that path "
                      f"BENCH_SEARCH_SIZES={count} runs its browser part again)")
            else:
                shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    run()
