"""Search at archive scale, against Pagefind on the same site: `invoke bench search`.

For each size (BENCH_SEARCH_SIZES, default "10000,50000") it generates synthetic stories from the
BBC corpus's shape (bench/search_corpus.py, in a scratch folder), then measures:

- a full Whoosh index + export (BENCH_SEARCH_PROCS processes, default 2), then adding one dump
  of 20 stories to it (index + export, incremental: one new segment's files and a manifest);
- the export's size, file count and largest file;
- ranking parity of the JavaScript client (under Node) with Whoosh on the 300+ parity queries;
- Pagefind (pagefind_bin from PyPI) indexing the same stories as HTML pages;
- in headless Chromium over http://127.0.0.1, for 100 plain-word queries, each in a fresh
  browser context: bytes loaded by that first query (search code, minified as the build ships
  it, + index + the top 10 results' display data; raw and as gzip would send it), and its
  latency; then latency with warm caches.
Figures are medians/percentiles over the same queries, both engines in the same run.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "../shared/corpora/bbc-2004-2005"
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from backfile_search.export import export_index  # noqa: E402
from backfile_search.index import open_index, update_index  # noqa: E402
from backfile_search.minify import minify_scripts  # noqa: E402
from backfile_search.query import top_results  # noqa: E402
from backfile_search.schema import make_parser  # noqa: E402

from bench.search_corpus import BBCShape, bench_queries, synthetic_docs  # noqa: E402
from tests.support.parity_queries import parity_queries  # noqa: E402

ENGINE = ROOT / "theme" / "static" / "search" / "engine.js"
HARNESS = ROOT / "tests" / "support" / "search_harness.js"
CHROMIUM = "/usr/bin/chromium"
PROCS = int(os.environ.get("BENCH_SEARCH_PROCS", "2"))  # processes for the full index/export
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

BENCH_PAGE = """<!doctype html><meta charset="utf-8"><title>bench</title>
<script src="theme/search/engine.js"></script>
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


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser_runs(site: Path, queries: list[str]) -> dict[str, dict[str, list[float]]]:
    """Per engine: first-query bytes (raw, gzip), first-query ms, warm ms."""
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    results: dict[str, dict[str, list[float]]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for name, js in (("backfile", OURS_JS), ("pagefind", PAGEFIND_JS)):
                r: dict[str, list[float]] = {"raw": [], "gzip": [], "first_ms": [], "warm_ms": []}
                for q in queries:
                    context = browser.new_context()
                    page = context.new_page()
                    responses: list[Any] = []
                    page.goto(base + "bench.html")
                    page.wait_for_load_state("load")
                    page.on("response", lambda resp, acc=responses: acc.append(resp))
                    ms, _ = page.evaluate(js, q)
                    bodies = [resp.body() for resp in responses]
                    engine = site / "theme" / "search" / "engine.js"
                    engine_code = (engine.read_bytes(),) if name == "backfile" else ()
                    payload = [*engine_code, *bodies]
                    r["raw"].append(sum(len(b) for b in payload))
                    r["gzip"].append(sum(min(len(b), len(gzip.compress(b))) for b in payload))
                    r["first_ms"].append(ms)
                    context.close()
                page = browser.new_page()
                page.goto(base + "bench.html")
                for q in queries:  # warm-up pass, then the measured pass
                    page.evaluate(js, q)
                r["warm_ms"] = [page.evaluate(js, q)[0] for q in queries]
                page.close()
                results[name] = r
            browser.close()
    finally:
        server.shutdown()
    return results


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
          f"({added.shards} term shards, {added.chunk_files} posting chunks, {added.doc_files} "
          f"display files, {added.segments} segments)", flush=True)

    same, total = parity_share(ix, site / "search", docs)
    print(f"ranking parity with Whoosh: {same}/{total} identical top-20 lists "
          f"({same / total:.1%})", flush=True)

    (site / "theme" / "search").mkdir(parents=True)
    shutil.copy(ENGINE, site / "theme" / "search" / "engine.js")
    minify_scripts(site / "theme" / "search")  # as the build ships it
    (site / "bench.html").write_text(BENCH_PAGE, encoding="utf-8")
    write_pages(site, docs)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind_bin", "--site", str(site)],
                   check=True, capture_output=True)
    pagefind_s = time.perf_counter() - t
    pf_files, pf_bytes = folder_stats(site / "pagefind")
    print(f"pagefind: {pagefind_s:.1f} s, {pf_files:,} files, {pf_bytes / 1e6:.1f} MB", flush=True)

    queries = bench_queries(shape, docs)
    runs = browser_runs(site, queries)
    ours, pf = runs["backfile"], runs["pagefind"]
    for label, key, unit, scale in (("first-query bytes (raw)", "raw", "kB", 1e-3),
                                    ("first-query bytes (gzip)", "gzip", "kB", 1e-3),
                                    ("first-query latency", "first_ms", "ms", 1),
                                    ("warm query latency", "warm_ms", "ms", 1)):
        a, b = ours[key], pf[key]
        print(f"{label:26} backfile median {statistics.median(a) * scale:8.1f} {unit}, "
              f"p95 {pct(a, 95) * scale:8.1f}, worst {max(a) * scale:8.1f} | pagefind median "
              f"{statistics.median(b) * scale:8.1f}, p95 {pct(b, 95) * scale:8.1f}, worst "
              f"{max(b) * scale:8.1f} | ratio of medians "
              f"{statistics.median(a) / statistics.median(b):.2f}",
              flush=True)
    print(f"files: backfile export {files:,} vs pagefind {pf_files:,} "
          f"(ratio {files / pf_files:.2f})", flush=True)


def run() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"BBC corpus not found at {CORPUS}")
    sizes = [int(s) for s in os.environ.get("BENCH_SEARCH_SIZES", "10000,50000").split(",")]
    shape = BBCShape(CORPUS)
    for count in sizes:
        scratch = Path(tempfile.mkdtemp(prefix=f"backfile-search-{count}-"))
        try:
            measure(shape, count, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    run()
