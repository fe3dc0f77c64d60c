"""The search page runs its facet code on the facet files it preloads before it says it is
ready (facets.js, BS.preloadFacets, when the page opened without a query): a freshly opened
page's first query used to run the loops over every match's section and year for the first time
between its last file and its results. The warm-up must load no file."""

from __future__ import annotations

import json
import subprocess

from tests.support.node import ROOT, node_or_skip

SCRIPTS = ROOT / "theme" / "static" / "search"
PROBE = """
const fs = require("fs"), vm = require("vm");
const made = [];
const fakeDocument = { createElement: (tag) => { const e = { tag, children: [], style: {},
  appendChild: (c) => { e.children.push(c); return c; }, setAttribute() {},
  addEventListener() {} }; made.push(e); return e; } };
const context = vm.createContext({ TextEncoder, console, Promise, Array, Object, Math, Number,
  String, JSON, document: fakeDocument });
context.globalThis = context;
for (const name of ["engine.js", "facets.js"])
  vm.runInContext(fs.readFileSync(process.argv[1] + "/" + name, "utf8"), context);
const BS = context.BackfileSearch, asked = [];
BS.loadScript = (url) => asked.push(url);
BS.manifest({ docsPerFile: 30, segments: [
  { key: "a", docs: 40000, fdocs: 16384, deleted: "" },
  { key: "b", docs: 20, fdocs: 16384, deleted: "" }] });
const codes = (n) => "1".repeat(n);  // every story: pair 0 (one base-32 digit "1")
BS.facets("a", 0, { pairs: [["News", "2004"]], codes: codes(16384) });
BS.facets("a", 1, { pairs: [["News", "2004"]], codes: codes(16384) });
BS.facets("a", 2, { pairs: [["News", "2004"]], codes: codes(40000 - 2 * 16384) });
BS.facets("b", 0, { pairs: [["Sport", "2005"]], codes: codes(20) });
const decoded = () => Object.keys(BS.store.facets).filter((k) => BS.store.facets[k].nums).sort();
BS.preloadFacets("a query in the URL").then(() => {
  const withQuery = made.length;  // nothing counted or drawn
  return BS.preloadFacets("").then(() => process.stdout.write(JSON.stringify({ asked: asked,
    withQuery: withQuery, decoded: decoded(),
    buttons: made.filter((e) => e.tag === "button").map((e) => e.textContent) })));
});
"""


def test_preloading_facets_warms_them_and_loads_nothing_more() -> None:
    out = subprocess.run([node_or_skip(), "-e", PROBE, str(SCRIPTS)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    got = json.loads(out)
    assert got["asked"] == []  # the facet files were in: nothing more is loaded
    assert got["withQuery"] == 0  # a page opened with a query does not wait for a warm-up
    assert got["decoded"] == ["a/0", "a/1", "a/2", "b/0"]
    # it counted as a query over every other story would (into a box never shown)
    assert "News (20000)" in got["buttons"] and "Sport (10)" in got["buttons"]
