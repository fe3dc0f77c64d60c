/* Backfile search facets: every result's section, year and date from the export's small facet
 * files (f/ and w/, FACET_DOCS stories each), the facet lists the search page shows, and the
 * results' display records (cards from the term shards, then display files).
 *
 * Loaded by ui.js as the search page opens (not from the page's HTML, so the page's own
 * scripts stay small); it extends the BackfileSearch object engine.js defines.
 */
(function (BS) {
  "use strict";

  var store = BS.store;
  store.facets = {};
  store.days = {};
  BS.facets = function (seg, n, data) { store.facets[seg + "/" + n] = data; BS.settle(BS.segPath(seg, "f") + n, data); };
  BS.days = function (seg, n, data) { store.days[seg + "/" + n] = data; BS.settle(BS.segPath(seg, "w") + n, data); };

  // The segment holding global docnum d (segments are in docnum order) and d's local number.
  function locate(man, d) {
    var segs = man.segments, lo = 0, hi = segs.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (segs[mid].offset <= d) lo = mid; else hi = mid - 1;
    }
    var seg = segs[lo];
    return seg && seg.offset <= d && d < seg.offset + seg.docs ? [seg, d - seg.offset] : null;
  }

  /* Every segment's facet files (section and year codes, about a byte a story, FACET_DOCS
   * stories a file): the search page loads them as it opens, so that the frame that shows a
   * query's results, which draws the facets too, waits for the display files only. Then,
   * unless the page opened with a `query` (which runs meanwhile), warmFacets. */
  BS.preloadFacets = function (query) {
    return BS.loadManifest().then(function (man) {
      return Promise.all(man.segments.map(function (seg) {
        var all = [];
        for (var d = 0; d < seg.docs; d += seg.fdocs) all.push(seg.offset + d);
        return BS.facetsOf(all);
      })).then(function () { return query ? null : warmFacets(man); });
    });
  };

  // For each global docnum, `pick(file data, its number in the file)` once the per-block files
  // of `kind` (f: section and year, w: dates) holding them are in; null for an unknown docnum.
  // A query's matches are tens of thousands of docnums, mostly ascending: the segment found for
  // one is tried first for the next, and nothing is allocated per docnum.
  function perBlock(docnums, kind, pick) {
    return BS.loadManifest().then(function (man) {
      var files = {}, seg = [], local = new Float64Array(docnums.length), table = store[kind === "f" ? "facets" : "days"];
      var at = null, key = null, start = 0, end = 0;  // the block of the docnum before
      for (var i = 0; i < docnums.length; i++) {
        var d = docnums[i];
        if (d < start || d >= end) {
          if (!at || d < at[0].offset || d >= at[0].offset + at[0].docs) at = locate(man, d);
          if (!at) { seg.push(null); end = 0; continue; }
          var s = at[0], n = Math.floor((d - s.offset) / s.fdocs);
          start = s.offset + n * s.fdocs;
          end = Math.min(start + s.fdocs, s.offset + s.docs);
          key = s.key + "/" + n;
          if (!files[key]) files[key] = [s.key, n];
        }
        seg.push(key);
        local[i] = d - start;
      }
      return Promise.all(Object.keys(files).map(function (k) {
        return BS.load(BS.segPath(files[k][0], kind) + files[k][1], function () { return table[k]; });
      })).then(function () {
        var out = new Array(seg.length);
        for (var i = 0; i < seg.length; i++) {
          var data = seg[i] && table[seg[i]];
          if (!data) { out[i] = null; continue; }
          if (!data.nums) data.nums = BS.decode(data.codes || data.days);
          out[i] = pick(data, data.nums[local[i]]);
        }
        return out;
      });
    });
  }

  /* [section, year] of each global docnum ("" when a story has none; null for a deleted or
   * unknown docnum): about a byte a story, so the page counts and filters over every result
   * instead of loading display records. */
  BS.facetsOf = function (docnums) {
    return perBlock(docnums, "f", function (data, code) { return code ? data.pairs[code - 1] : null; });
  };

  // Day number (days since 1970-01-01) of each global docnum's date, null when it has none.
  BS.daysOf = function (docnums) {
    return perBlock(docnums, "w", function (data, day) { return day ? data.first + day - 1 : null; });
  };

  /* Display records of global docnums: {docnum, url, title, date, precision, section, people,
   * places, organizations, summary, excerpt}, null for an unknown docnum. (Here, not in the
   * engine: the page loads this file as it opens, and its own scripts must stay small.) */
  var loadDocs = BS.loader("d", "docs");
  BS.documents = function (docnums) {
    return BS.loadManifest().then(function (man) { return documentsIn(man, docnums); });
  };
  // BS.documents once the manifest is in: the display files are asked for before this returns.
  function documentsIn(man, docnums) {
    var files = {};
    var where = docnums.map(function (d) {
      var at = locate(man, d);
      if (!at) return null;
      var n = Math.floor(at[1] / man.docsPerFile);
      files[at[0].key + "/" + n] = [at[0].key, n];
      return [at[0].key + "/" + n, at[1]];
    });
    return Promise.all(Object.keys(files).map(function (k) { return loadDocs(files[k][0], files[k][1]); })).then(function () {
      return docnums.map(function (d, i) {
        var rec = where[i] && store.docs[where[i][0]][String(where[i][1])];
        return rec ? { docnum: d, url: rec[0], title: rec[1], date: rec[2], precision: rec[3], section: rec[4],
          people: rec[5], places: rec[6], organizations: rec[7], summary: rec[8], excerpt: rec[9] } : null;
      });
    });
  }

  /* Cards of global docnums, at once, from the term shards loaded so far (null where there is
   * none): a card is a display record less its summary and excerpt, marked `card`, enough to
   * list a result. A query's shards hold the cards of the stories in their short headline,
   * entity and keyword lists, where a bare word's best results usually are. */
  BS.cards = function (docnums) {
    return BS.loadManifest().then(function (man) { return cardsIn(man, docnums); });
  };
  function cardsIn(man, docnums) {
    return docnums.map(function (d) {
      var at = locate(man, d), rec = at && (store.cards[at[0].key] || {})[at[1]];
      return rec ? { docnum: d, url: rec[0], title: rec[1], date: rec[2], precision: rec[3], section: rec[4],
        people: rec[5], places: rec[6], organizations: rec[7], card: true } : null;
    });
  }

  /* Fill in the snippets of results drawn from cards: `todo` is [docnum, snippet element, query
   * terms] of each; their display records go into `table` and write(element, record, terms)
   * puts each snippet in place. The results list is aria-busy meanwhile. */
  var filling = 0;
  BS.fill = function (todo, table, list, write) {
    if (!todo.length) return;
    var mine = ++filling;
    list.setAttribute("aria-busy", "true");
    BS.documents(todo.map(function (x) { return x[0]; })).then(function (recs) {
      recs.forEach(function (rec, i) {
        if (!rec) return;
        table[rec.docnum] = rec;
        if (todo[i][1].isConnected) write(todo[i][1], rec, todo[i][2]);
      });
    }, function () {}).then(function () {
      if (mine !== filling) return;
      list.removeAttribute("aria-busy");
      performance.mark("bf:snippets");
    });
  };

  function entitiesOf(rec) { return (rec.people || []).concat(rec.places || [], rec.organizations || []); }

  function filtered(state) { return !!(state.section || state.entity || state.year || state.sort !== "relevance"); }

  /* Docnums of search result `r` best first: its best `n` (which the engine ranked at once), or
   * every one (n undefined: `r.all`, which the engine sorts when it is first read). */
  BS.best = function (r, n) {
    var list = n !== undefined && n <= r.hits.length ? r.hits : r.all, out = [];
    for (var i = 0; i < list.length && !(i >= n); i++) out.push(list[i].docnum);
    return out;
  };

  /* The docnums search result `r` lists for `state` ({docs: the first `shown`, more: whether
   * others follow}), from the tables `t` loadFor filled. Unfiltered, only the best `shown`
   * are put in order; a filter or date order orders every result. */
  BS.listed = function (state, r, t, entityWindow, shown) {
    if (!r || !r.total) return { docs: [], more: false };
    if (!filtered(state)) return { docs: BS.best(r, shown), more: r.total > shown };
    var docs = BS.pickDocs(state, BS.best(r), t.facetOf, t.dayOf, t.records, entityWindow);
    return { docs: docs.slice(0, shown), more: docs.length > shown };
  };

  /* Into `t` ({facetOf, dayOf, records}: docnum -> value), what the frame that shows the
   * results of search result `r` needs for `state`'s filters and sort: every result's section
   * and year (the facet counts and filters), their dates when sorting by date, and the display
   * records of the top `entityWindow` (entity counts and filter) and of the first `shown`
   * results listed. Unfiltered, the records listed are the top ones, so their display files
   * load beside the facet files, in one round. A result whose card came with the query's term
   * shards (BS.cards) needs no display file here: the card is its record until the page fills
   * its snippet in. The top results' display files are asked for first, in this task: the
   * facet codes of every match (tens of thousands of docnums for a common word) are looked up
   * while they load, not before they are asked for (under a millisecond at p95 on the bench's
   * 50,000 stories; more on a slow device). */
  BS.loadFor = function (state, r, t, entityWindow, shown) {
    var all = r.docs || [];
    var missing = function (table, docs) { return docs.filter(function (d) { return !(d in table); }); };
    var keep = function (got) { got.forEach(function (x) { if (x) t.records[x.docnum] = x; }); };
    return BS.loadManifest().then(function (man) {
      var records = function (docs) {
        keep(cardsIn(man, missing(t.records, docs)));
        return documentsIn(man, missing(t.records, docs)).then(keep);
      };
      var top = records(BS.best(r, entityWindow));
      var f = missing(t.facetOf, all), w = state.sort !== "relevance" ? missing(t.dayOf, all) : [];
      return Promise.all([BS.facetsOf(f), BS.daysOf(w), top]).then(function (got) {
        for (var i = 0; i < f.length; i++) t.facetOf[f[i]] = got[0][i];
        for (i = 0; i < w.length; i++) t.dayOf[w[i]] = got[1][i];
        return records(BS.listed(state, r, t, entityWindow, shown).docs);
      });
    });
  };

  /* The docnums to list: section and year filters and date sorting cover every result; the
   * entity filter, the top `entityWindow` (whose entities the facet counts). */
  BS.pickDocs = function (state, docnums, facetOf, dayOf, records, entityWindow) {
    var docs = (state.entity ? docnums.slice(0, entityWindow) : docnums).filter(function (d) {
      var f = facetOf[d];
      if (state.section && !(f && f[0] === state.section)) return false;
      if (state.year && !(f && f[1] === state.year)) return false;
      if (state.entity && !(records[d] && entitiesOf(records[d]).indexOf(state.entity) >= 0)) return false;
      return true;
    });
    if (state.sort !== "relevance") {
      var sign = state.sort === "newest" ? -1 : 1;
      docs.sort(function (x, y) {  // stable: equal dates keep relevance order; undated last
        var a = dayOf[x], b = dayOf[y];
        if (a == null || b == null) return (a == null) - (b == null);
        return a === b ? 0 : (a < b ? -sign : sign);
      });
    }
    return docs;
  };

  /* The facets of search result `r` into `box`: section and year counted over every result
   * (`facetOf`), entities over the top `entityWindow` (their `records`). */
  BS.countFacets = function (box, r, facetOf, records, entityWindow, state, pick) {
    var sections = {}, entities = {}, years = {};
    for (var i = 0; i < r.docs.length; i++) {
      var f = facetOf[r.docs[i]];
      if (!f) continue;
      if (f[0]) sections[f[0]] = (sections[f[0]] || 0) + 1;
      if (f[1]) years[f[1]] = (years[f[1]] || 0) + 1;
    }
    var top = BS.best(r, entityWindow);
    top.forEach(function (d) {
      var rec = records[d];
      if (rec) entitiesOf(rec).forEach(function (e) { entities[e] = (entities[e] || 0) + 1; });
    });
    var n = r.total.toLocaleString("en-GB");
    BS.drawFacets(box, r.total > entityWindow ?
      "Section and year: counts over all " + n + " results; people, places and organisations: among the top " + top.length + "." :
      "Counts over all " + n + " results.", [["Section", "section", sections], ["Year", "year", years],
      ["People, places, organisations", "entity", entities]], state, pick);
  };

  /* warmFacets: run the facet code on every segment's facet files (preloadFacets) as a common
   * word's query would, twice over half the archive's stories, into throwaway tables: the
   * loops that look up and count every result's section and year are optimised before the
   * reader's first query, which otherwise ran them for the first time between its last file
   * and its results (in a freshly opened page, several times what they cost a later query).
   * Loads no file. */
  function warmFacets(man) {
    var docs = [], state = { sort: "relevance", section: "", entity: "", year: "" };
    man.segments.forEach(function (seg) {
      for (var d = 0; d < seg.docs; d += 2) docs.push(seg.offset + d);
    });
    var r = { docs: docs, hits: [], all: [], total: docs.length }, pass = function () {
      var t = { facetOf: {}, dayOf: {}, records: {} };
      return BS.loadFor(state, r, t, 10, 10).then(function () {
        BS.countFacets(document.createElement("div"), r, t.facetOf, t.records, 10, state, function () {});
      });
    };
    return pass().then(pass);
  }

  /* The facet lists into `box`: `groups` is [[title, state key, {name: count}]], the 12 largest
   * counts of each; a button per name, pressed when `state[key]` is that name, calls
   * pick(key, name). Names are story text: only ever textContent. */
  BS.drawFacets = function (box, note, groups, state, pick) {
    box.textContent = "";
    var help = document.createElement("p");
    help.className = "bf-help";
    help.textContent = note;
    box.appendChild(help);
    groups.forEach(function (g) {
      var key = g[1], counts = g[2], names = Object.keys(counts);
      if (!names.length) return;
      names.sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
      var h = document.createElement("h2"), ul = document.createElement("ul");
      h.textContent = g[0];
      box.appendChild(h);
      names.slice(0, 12).forEach(function (name) {
        var li = document.createElement("li"), b = document.createElement("button");
        b.type = "button";
        b.textContent = name + " (" + counts[name] + ")";
        b.setAttribute("aria-pressed", state[key] === name ? "true" : "false");
        b.addEventListener("click", function () { pick(key, name); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
  };
})((typeof window !== "undefined" ? window : globalThis).BackfileSearch);
