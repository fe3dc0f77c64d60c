// node bench/search_cpu.js SCRIPTS_DIR EXPORT_DIR QUERIES.json: CPU per query, the files loaded
// beforehand: search() and the page's facet work (facetsOf over every match, its table, the
// counts); the best of 5 passes per query. Run by `python -m bench.search_ab cpu` (see there).
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");
const [dir, exportDir, qfile] = process.argv.slice(2);
const context = vm.createContext({ TextEncoder, console, Promise, Array, Object, Math, Number, String, JSON, Float64Array, performance });
context.globalThis = context;
for (const f of ["engine.js", "facets.js"]) vm.runInContext(fs.readFileSync(path.join(dir, f), "utf8"), context, { filename: f });
const BS = context.BackfileSearch;
BS.base = "";
BS.loadScript = (url, onerror) => setImmediate(() => { let code; try { code = fs.readFileSync(path.join(exportDir, url), "utf8"); } catch (e) { onerror(e); return; } vm.runInContext(code, context); });
async function one(q) {
  const r = await BS.search(q, 10);
  const docs = r.docs || r.all.map((h) => h.docnum);
  const f = await BS.facetsOf(docs);
  const t = {};
  for (let i = 0; i < docs.length; i++) t[docs[i]] = f[i];
  const sections = {};
  for (let i = 0; i < docs.length; i++) { const x = t[docs[i]]; if (x) sections[x[0]] = (sections[x[0]] || 0) + 1; }
  return r;
}
(async () => {
  const qs = JSON.parse(fs.readFileSync(qfile, "utf8"));
  for (const q of qs) await one(q);
  const best = qs.map(() => Infinity), sbest = qs.map(() => Infinity);
  for (let pass = 0; pass < 5; pass++) {
    for (let i = 0; i < qs.length; i++) {
      BS.store.manifest.segments.forEach((s) => { s.postings = {}; });
      const t0 = performance.now();
      await one(qs[i]);
      best[i] = Math.min(best[i], performance.now() - t0);
    }
  }
  const s = best.slice().sort((a, b) => a - b);
  console.log(`${dir}: per query (min of 5) p50 ${s[Math.floor(s.length / 2)].toFixed(2)} p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)} sum ${s.reduce((a, b) => a + b).toFixed(1)} ms`);
})();
