// Runs the browser search client under Node, loading the export's data files the way the browser
// does: each file is a classic script evaluated in the page's global scope, calling a callback.
// Usage: node search_harness.js ENGINE_JS EXPORT_DIR [--analyze|--documents|--facets|--ranking|--suggest]
//        < queries.json > results.json
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [enginePath, exportDir] = process.argv.slice(2);
const context = vm.createContext({ TextEncoder, console, Promise, Array, Object, Math, Number, String, JSON });
context.globalThis = context;
vm.runInContext(fs.readFileSync(enginePath, "utf8"), context, { filename: enginePath });
const BS = context.BackfileSearch;
BS.base = "";
BS.forceTree = process.env.BACKFILE_FORCE_TREE === "1";
BS.loadScript = (url, onerror) => {
  const file = path.join(exportDir, url);
  // Asynchronous like a <script> tag, so callers cannot depend on synchronous loading.
  setImmediate(() => {
    let code;
    try { code = fs.readFileSync(file, "utf8"); } catch (e) { onerror(e); return; }
    vm.runInContext(code, context, { filename: file });
  });
};

// The client's parsed query written as Whoosh's repr() writes it (for debugging parity).
  function fmtBoost(b) { return Number.isInteger(b) ? b.toFixed(1) : String(b); }
  function repr(q) {
    var b = q.boost !== undefined && q.boost !== 1 ? ", boost=" + fmtBoost(q.boost) : "";
    switch (q.q) {
      case "Null": return "<_NullQuery>";
      case "Term": return "Term('" + q.field + "', '" + q.text + "'" + b + ")";
      case "Wildcard": return "Wildcard('" + q.field + "', '" + q.text + "'" + b + ")";
      case "Prefix": return "Prefix('" + q.field + "', '" + q.text + "'" + b + ")";
      case "Phrase": return "Phrase('" + q.field + "', [" + q.words.map(function (w) { return "'" + w + "'"; }).join(", ") + "], slop=1, boost=" + q.boost.toFixed(6) + ")";
      case "And": case "Or": return q.q + "([" + q.subs.map(repr).join(", ") + "]" + b + ")";
      case "Not": return "Not(" + repr(q.sub) + ")";
      case "AndNot": case "AndMaybe": return q.q + "((" + repr(q.a) + ", " + repr(q.b) + "))";
      default: return q.q + "(" + (q.field || "") + ")";
    }
  }


(async () => {
  const queries = JSON.parse(fs.readFileSync(0, "utf8"));
  // BACKFILE_OPENED=1: as a typed query in an open search page, which has loaded what it loads
  // as it opens (long-list indexes, small segments' shards); else as a page opened with ?q=.
  if (process.env.BACKFILE_OPENED === "1") await BS.search("", 1);
  if (process.argv[4] === "--analyze") {  // the client's analyzer on each text
    await BS.search("x", 1);  // loads the manifest (stop list)
    process.stdout.write(JSON.stringify(queries.map((t) => BS.analyze(t))));
    return;
  }
  const out = [];
  if (process.argv[4] === "--documents") {  // the display records of each query's top 20
    const facets = path.join(path.dirname(enginePath), "facets.js");
    vm.runInContext(fs.readFileSync(facets, "utf8"), context, { filename: facets });
    for (const q of queries) {
      const r = await BS.search(q, 20);
      const recs = await BS.documents(r.hits.map((h) => h.docnum));
      out.push(recs.map((d) => (d ? d.url : null)));
    }
    process.stdout.write(JSON.stringify(out));
    return;
  }
  if (process.argv[4] === "--facets") {  // every result's [docnum, [section, year], day number]
    const facets = path.join(path.dirname(enginePath), "facets.js");
    vm.runInContext(fs.readFileSync(facets, "utf8"), context, { filename: facets });
    for (const q of queries) {
      const all = (await BS.search(q, 20)).all.map((h) => h.docnum);
      const [facets, days] = await Promise.all([BS.facetsOf(all), BS.daysOf(all)]);
      out.push(all.map((d, i) => [d, facets[i], days[i]]));
    }
    process.stdout.write(JSON.stringify(out));
    return;
  }
  if (process.argv[4] === "--ranking") {  // the best 3 as search() ranks them, the page's lists
    const facets = path.join(path.dirname(enginePath), "facets.js");  // of 2 and 5, every match
    vm.runInContext(fs.readFileSync(facets, "utf8"), context, { filename: facets });
    const state = { sort: "relevance", section: "", entity: "", year: "" }, t = { facetOf: {}, dayOf: {}, records: {} };
    for (const q of queries) {
      const r = await BS.search(q, 3);
      const [two, five] = [2, 5].map((n) => BS.listed(state, r, t, 10, n));
      out.push({ hits: r.hits.map((h) => h.docnum), two, five, docs: r.docs, all: r.all.map((h) => h.docnum) });
    }
    process.stdout.write(JSON.stringify(out));
    return;
  }
  if (process.argv[4] === "--suggest") {  // "did you mean": alternatives, lexicon parts read
    context.window = context;
    const suggest = path.join(path.dirname(enginePath), "suggest.js");
    vm.runInContext(fs.readFileSync(suggest, "utf8"), context, { filename: suggest });
    const load = BS.loadScript, asked = [];
    BS.loadScript = (url, onerror) => { asked.push(url); load(url, onerror); };
    for (const q of queries) {
      const r = await BS.search(q, 20);
      const start = asked.length;
      const alternatives = r.query ? await BS.suggest(q, r.query) : [];
      out.push({ total: r.total, alternatives,
                 lexicon: asked.slice(start).filter((u) => u.includes("/l/")).length });
    }
    process.stdout.write(JSON.stringify(out));
    return;
  }
  for (const q of queries) {
    const r = await BS.search(q, 20);
    out.push({ query: q, repr: r.query ? repr(r.query) : null, message: r.message || null, total: r.total,
               hits: r.hits.map((h) => [h.docnum, h.score]) });
  }
  process.stdout.write(JSON.stringify(out));
})();
