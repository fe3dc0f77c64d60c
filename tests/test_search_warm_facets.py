"""The search page runs its facet code on the facet files it preloads before it says it is ready
(facets.js, BS.warmFacets): a freshly opened page's first query used to decode every segment's
facet codes and run the loops over every match for the first time between its last file and
its results. The warm-up must load no file and leave the decoded codes in the store."""

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
BS.warmFacets().then(() => process.stdout.write(JSON.stringify({ asked: asked,
  decoded: Object.keys(BS.store.facets).filter((k) => BS.store.facets[k].nums).sort(),
  buttons: made.filter((e) => e.tag === "button").map((e) => e.textContent) })));
"""


def test_warm_facets_decodes_the_preloaded_codes_and_loads_nothing() -> None:
    out = subprocess.run([node_or_skip(), "-e", PROBE, str(SCRIPTS)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    got = json.loads(out)
    assert got["asked"] == []
    assert got["decoded"] == ["a/0", "a/1", "a/2", "b/0"]
    # it counted as a query over every other story would (into a box never shown)
    assert "News (20000)" in got["buttons"] and "Sport (10)" in got["buttons"]
