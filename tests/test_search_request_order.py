"""The search page asks for its top results' display files before it looks up the facet codes of
every match: for a common word those are tens of thousands of docnums, some milliseconds of work
that used to run before the display files were even asked for (facets.js, BS.loadFor)."""

from __future__ import annotations

import json
import subprocess

from tests.support.node import ROOT, node_or_skip

SCRIPTS = ROOT / "theme" / "static" / "search"
PROBE = """
const fs = require("fs"), vm = require("vm");
const context = vm.createContext({ TextEncoder, console, Promise, Array, Object, Math, Number,
  String, JSON });
context.globalThis = context;
for (const name of ["engine.js", "facets.js"])
  vm.runInContext(fs.readFileSync(process.argv[1] + "/" + name, "utf8"), context);
const BS = context.BackfileSearch, asked = [], seen = [];
BS.loadScript = (url) => asked.push(url);  // never arrives: only the order of asking matters
BS.manifest({ docsPerFile: 30, segments: [{ key: "k", docs: 50000, fdocs: 16384, deleted: "" }] });
const lookup = BS.facetsOf;
BS.facetsOf = function (docnums) { seen.push(asked.filter((u) => u.includes("/d/")).length);
  return lookup(docnums); };
const docs = Array.from({ length: 20000 }, (_, i) => i * 2);
const hits = docs.slice(0, 10).map((d) => ({ docnum: d * 97 % 50000, score: 1 }));
BS.loadFor({ sort: "relevance" }, { docs: docs, hits: hits, all: hits, total: docs.length },
  { facetOf: {}, dayOf: {}, records: {} }, 10, 10);
setTimeout(() => process.stdout.write(JSON.stringify({ asked: asked, seen: seen })), 20);
"""


def test_display_files_are_asked_for_before_the_facet_lookup() -> None:
    out = subprocess.run([node_or_skip(), "-e", PROBE, str(SCRIPTS)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    got = json.loads(out)
    display = [u for u in got["asked"] if "/d/" in u]
    assert len(display) == 10  # ten results in ten 30-story files
    assert got["seen"] == [10]  # all ten asked for when the facet lookup starts
