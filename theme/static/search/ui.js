/* Backfile search page: results as you type, snippets, facets, sorting, history, keyboard.
 *
 * Untrusted text (stories, the query) only ever reaches the page through textContent and
 * createTextNode, never innerHTML. The query lives in the URL (?q=) so searches can be shared.
 */
(function () {
  "use strict";

  var BS = window.BackfileSearch;
  var PAGE = 10;            // results rendered per "page"
  var ENTITY_WINDOW = PAGE; // entity counts and the entity filter use the top results' display
                            // records (those the first frame shows: no more files for them);
                            // section, year and date use every result (facet files)
  var DEBOUNCE_MS = 180;

  function byId(id) { return document.getElementById(id); }
  var root = byId("bf-search");
  if (!root || !BS) return;
  BS.base = root.getAttribute("data-index") || "search/";
  var siteRoot = root.getAttribute("data-root") || "";

  var input = byId("bf-search-input"),
    form = byId("bf-search-form"),
    sortSel = byId("bf-sort"),
    status = byId("bf-status"),
    suggestBox = byId("bf-suggest"),
    facetsBox = byId("bf-facets"),
    list = byId("bf-results"),
    more = byId("bf-more");

  var state = { q: "", sort: "relevance", section: "", entity: "", year: "" },
    current = null,         // last search result
    records = {},           // docnum -> display record
    facetOf = {},           // docnum -> [section, year] (facet files), for every result
    dayOf = {},             // docnum -> day number of its date (date files), when sorting by date
    shown = PAGE,
    seq = 0,                // ignores answers to superseded searches
    timer = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function readUrl() {
    var p = new URLSearchParams(window.location.search);
    state.q = p.get("q") || "";
    state.sort = ["newest", "oldest"].indexOf(p.get("sort")) >= 0 ? p.get("sort") : "relevance";
    state.section = p.get("section") || "";
    state.entity = p.get("entity") || "";
    state.year = p.get("year") || "";
  }

  function urlFor(s) {
    var p = new URLSearchParams();
    if (s.q) p.set("q", s.q);
    if (s.sort !== "relevance") p.set("sort", s.sort);
    ["section", "entity", "year"].forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    var qs = p.toString();
    return window.location.pathname + (qs ? "?" + qs : "");
  }

  // `s`: a search's own state, written after its paint (see search); without it, the current
  // state, after the entry of a search still waiting for its paint.
  function saveUrl(push, s) {
    if (!s && unsaved) unsaved();
    s = s || state;
    try {
      var url = urlFor(s);
      if (push) window.history.pushState(Object.assign({}, s), "", url);
      else window.history.replaceState(Object.assign({}, s), "", url);
    } catch (e) {
      // Some browsers refuse history entries for file:// pages; searching still works.
    }
  }

  /* ----- query terms, for highlighting ----- */

  function queryTerms(q) {
    var terms = [], prefixes = [];
    (function walk(n) {
      if (!n) return;
      if (n.q === "Not") return;  // excluded words are not highlighted
      if (n.q === "Term") terms.push(n.text);
      if (n.q === "Phrase") terms.push.apply(terms, n.words);
      if (n.q === "Prefix") prefixes.push(n.text);
      (n.subs || []).forEach(walk);
      if (n.a) walk(n.a);
      if (n.q === "AndMaybe") walk(n.b);
    })(q);
    return { terms: terms, prefixes: prefixes };
  }

  var WORD = /[\p{L}\p{N}_]+(?:\.?[\p{L}\p{N}_]+)*/gu;

  // Stems of the words highlighted so far: a query's snippets stem thousands of words, the
  // same few hundred again and again (the stemmer runs a dozen regular expressions a word).
  var stems = new Map();
  function matches(word, qt) {
    var lower = word.toLowerCase(), s = stems.get(lower);
    if (s === undefined) {
      if (stems.size > 50000) stems.clear();
      stems.set(lower, s = BS.stem(lower));
    }
    if (qt.terms.indexOf(s) >= 0) return true;
    return qt.prefixes.some(function (p) { return p && (lower.indexOf(p) === 0 || s.indexOf(p) === 0); });
  }

  // Append `text` to `parent`, wrapping matching words in <mark>; if `window_` is set, show only
  // about that many words around the first match.
  function highlight(parent, text, qt, window_) {
    var spans = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) spans.push([m.index, m.index + m[0].length, matches(m[0], qt)]);
    var start = 0, end = text.length, prefix = "", suffix = "";
    if (window_ && spans.length > window_) {
      var first = 0;
      for (var i = 0; i < spans.length; i++) if (spans[i][2]) { first = i; break; }
      var a = Math.max(0, first - Math.floor(window_ / 3)), b = Math.min(spans.length, a + window_);
      start = spans[a][0];
      end = spans[b - 1][1];
      if (a > 0) prefix = "… ";
      if (b < spans.length) suffix = " …";
    }
    parent.appendChild(document.createTextNode(prefix));
    var pos = start;
    spans.forEach(function (s) {
      if (!s[2] || s[0] < start || s[1] > end) return;
      parent.appendChild(document.createTextNode(text.slice(pos, s[0])));
      parent.appendChild(el("mark", null, text.slice(s[0], s[1])));
      pos = s[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos, end) + suffix));
  }

  /* ----- rendering ----- */

  // One formatter per precision: toLocaleDateString builds a new one on every call (~0.5 ms).
  var dateFormats = {};
  function formatDate(rec) {
    if (!rec.date) return "";
    var fmt = dateFormats[rec.precision];
    if (!fmt) {
      var opts = { timeZone: "UTC", year: "numeric" };
      if (rec.precision !== "year") opts.month = "long";
      if (rec.precision === "day") opts.day = "numeric";
      fmt = dateFormats[rec.precision] = new Intl.DateTimeFormat("en-GB", opts);
    }
    return fmt.format(new Date(rec.date + "T00:00:00Z"));
  }

  function entitiesOf(rec) { return (rec.people || []).concat(rec.places || [], rec.organizations || []); }

  // Into `t` ({facetOf, dayOf, records}), what the frame that shows `r`'s results needs (facets.js).
  function gather(r, t) {
    return withScript("facets").then(function () { return BS.loadFor(state, r, t, ENTITY_WINDOW, shown); });
  }

  // After a sort, a filter or "more": load what the new list needs, then redraw the list and the
  // facets in one task.
  function renderResults() {
    var mine = seq, r = current, t = { facetOf: facetOf, dayOf: dayOf, records: records };
    if (!r) return Promise.resolve();
    return gather(r, t).then(function () {
      if (mine !== seq) return;
      draw(r);
      return afterPaint().then(fillSnippets);
    }).catch(function (err) {
      if (mine === seq) status.textContent = "Search failed: " + err.message;
    });
  }

  // A snippet: about 36 words of the summary and excerpt around the first match. Its paragraph
  // keeps the same height empty or full (search.css), so writing it later moves nothing.
  function snippet(p, rec, qt) {
    highlight(p, [rec.summary, rec.excerpt].filter(Boolean).join(" "), qt, 36);
  }

  // Results drawn from cards (BS.cards): [docnum, snippet paragraph, query terms] of each,
  // filled in from their display files once the results are shown (facets.js).
  var unfilled = [];
  function fillSnippets() { BS.fill(unfilled.splice(0), records, list, snippet); }

  // One result: headline link, date and section, highlighted snippet, the first tagged names.
  function resultItem(rec, i, qt) {
    var li = el("li", "bf-result");
    var h = el("h3");
    var a = el("a");
    a.href = siteRoot + rec.url;
    a.setAttribute("data-rank", String(i));
    highlight(a, rec.title, qt, 0);
    h.appendChild(a);
    li.appendChild(h);
    var meta = el("p", "bf-meta");
    if (rec.date) meta.appendChild(el("span", "bf-date", formatDate(rec)));
    if (rec.section) meta.appendChild(el("span", "bf-section", rec.section));
    li.appendChild(meta);
    var snip = el("p", "bf-snippet");
    rec.card ? unfilled.push([rec.docnum, snip, qt]) : snippet(snip, rec, qt);
    li.appendChild(snip);
    var ents = entitiesOf(rec);
    if (ents.length) {
      var ul = el("ul", "bf-entities");
      ents.slice(0, 8).forEach(function (name) { ul.appendChild(el("li", null, name)); });
      li.appendChild(ul);
    }
    return li;
  }

  // The results list and the facets of `r` from what gather() loaded: synchronous, so that
  // they (with the status line and suggestions a search writes beside them) reach the page in
  // one task and one frame, and nothing shifts the layout after the frame that shows results.
  function draw(r) {
    var listed = BS.listed(state, r, { facetOf: facetOf, dayOf: dayOf, records: records }, ENTITY_WINDOW, shown);
    var qt = queryTerms(r && r.query);
    list.textContent = "";
    unfilled.length = 0;
    listed.docs.forEach(function (d, i) {
      var rec = records[d];
      if (rec) list.appendChild(resultItem(rec, i, qt));
    });
    more.hidden = !listed.more;
    renderFacets();
  }

  function pick(key, name) {
    state[key] = state[key] === name ? "" : name;
    shown = PAGE;
    saveUrl(true);
    renderResults();
  }

  function renderFacets() {
    facetsBox.textContent = "";
    if (current && current.total) BS.countFacets(facetsBox, current, facetOf, records, ENTITY_WINDOW, state, pick);
  }

  // The suggestions' links are drawn by suggest.js, which found them (so it is loaded).
  function renderSuggestions(words) {
    suggestBox.textContent = "";
    suggestBox.hidden = !words.length;
    if (words.length) BS.drawSuggestions(suggestBox, words, function (alt) { input.value = alt; search(alt, true); });
  }

  /* ----- searching ----- */

  // "Did you mean" (suggest.js) and the facets (facets.js) are scripts of their own, loaded
  // once: when the page has opened, or by the first search that needs them.
  var extras = {};
  function withScript(name) {
    return extras[name] || (extras[name] = new Promise(function (resolve, reject) {
      var s = el("script");
      s.src = root.getAttribute("data-" + name);
      s.onload = resolve;
      s.onerror = function () { delete extras[name]; reject(new Error("could not load " + s.src)); };
      document.head.appendChild(s);
    }));
  }

  var headerInput = byId("site-search-input");  // the box in every page header

  // The history entry and the title of a search wait for its results' paint: an entry is a
  // same-document navigation, which costs the main thread from a few to 20 ms and makes the
  // browser fetch the favicon again (an SVG document to build: about 10 ms more). A search
  // started before the previous one's paint writes that one's entry first, so Back still
  // reaches it.
  var unsaved = null;
  function search(text, push) {
    if (unsaved) unsaved();
    var mine = ++seq;
    state.q = text;
    if (headerInput && headerInput !== input) headerInput.value = text;
    shown = PAGE;
    var snapshot = Object.assign({}, state), title = (text ? text + " · " : "") + "Search";
    var save = unsaved = function () {
      if (unsaved !== save) return;
      unsaved = null;
      saveUrl(push, snapshot);
      document.title = title;
    };
    return BS.search(text, PAGE).then(function (r) {
      if (mine !== seq) return null;
      // Everything the frame that shows the results holds loads first, side by side: the
      // display records, every result's facet codes and, when the query finds under three
      // stories, "did you mean" (lexicon parts). Then the status line, the suggestions, the
      // facets and the list are written in one task: no later frame moves the results.
      var t = { facetOf: {}, dayOf: {}, records: {} };
      var alts = r.total < 3 && r.query ? withScript("suggest").then(function () {
        return BS.suggest(text, r.query);
      }).catch(function () { return []; }) : Promise.resolve([]);
      return Promise.all([gather(r, t), alts]).then(function (got) {
        if (mine !== seq) return null;
        current = r;
        records = t.records;
        facetOf = t.facetOf;
        dayOf = t.dayOf;
        if (r.message && !r.total) {  // nothing found: say why and what to try
          status.textContent = r.message;
        } else {
          status.textContent = (r.total === 1 ? "1 story" : r.total.toLocaleString("en-GB") + " stories") +
            " found" + (r.message ? ". " + r.message : ".");
        }
        renderSuggestions(got[1]);
        draw(r);
        performance.mark("bf:results");  // results, facets are on the page (the bench waits for it)
        // The history entry and the title wait for the paint (see above); so do the snippets of
        // results drawn from cards.
        return afterPaint().then(fillSnippets);
      });
    }).catch(function (err) {
      if (mine === seq) status.textContent = "Search failed: " + err.message;
    }).then(save);
  }

  function afterPaint() {
    return new Promise(function (painted) { requestAnimationFrame(function () { setTimeout(painted); }); });
  }

  /* ----- events ----- */

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value, false); }, DEBOUNCE_MS);
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearTimeout(timer);
    search(input.value, true);
  });
  sortSel.addEventListener("change", function () {
    state.sort = sortSel.value;
    shown = PAGE;
    saveUrl(true);
    renderResults();
  });
  more.addEventListener("click", function () { shown += PAGE; renderResults(); });
  window.addEventListener("popstate", function () {
    unsaved = null;  // Back/Forward left a search not yet painted: it gets no entry now
    readUrl();
    input.value = state.q;
    sortSel.value = state.sort;
    search(state.q, null);
  });

  function links() { return Array.prototype.slice.call(list.querySelectorAll(".bf-result h3 a")); }
  document.addEventListener("keydown", function (ev) {
    var active = document.activeElement, ls = links(), i = ls.indexOf(active);
    if (ev.key === "/" && active !== input && !/INPUT|TEXTAREA|SELECT/.test(active.tagName)) {
      ev.preventDefault();
      input.focus();
      input.select();
    } else if (ev.key === "ArrowDown" && (active === input || i >= 0) && ls.length) {
      ev.preventDefault();
      ls[Math.min(i + 1, ls.length - 1)].focus();
    } else if (ev.key === "ArrowUp" && i >= 0) {
      ev.preventDefault();
      if (i === 0) input.focus(); else ls[i - 1].focus();
    } else if (ev.key === "Escape" && active === input) {
      input.value = "";
      search("", true);
    }
  });

  // Lay a made-up result and facet list out once, hidden, while the page opens: the first
  // layout of a result loads the fonts of its headline, tags and snippet (and any fallback font
  // for the "…" and "·" it shows), which otherwise fell in the reader's first query (tens of ms
  // in traces).
  function warmLayout() {
    var li = resultItem({ url: "#", title: "Warm up", date: "2000-01-01", precision: "day", section: "Warm",
      people: ["Warm"], summary: Array(50).join("warm up ") }, 0, { terms: ["warm"], prefixes: [] });
    var box = el("div", "bf-facets");  // and a facet list: its buttons use the form controls' font
    if (BS.drawFacets) BS.drawFacets(box, "Warm", [["Warm", "year", { Warm: 1 }]], {}, pick);
    li.style.cssText = box.style.cssText = "visibility:hidden;position:absolute";
    list.appendChild(li);
    facetsBox.parentNode.appendChild(box);
    void li.offsetHeight;  // forces the layout now
    list.removeChild(li);
    box.remove();
  }

  readUrl();
  input.value = state.q;
  sortSel.value = state.sort;
  // With no query this still loads the manifest, so a typed one need not; then the engine's and
  // this page's code run once on made-up data (and the date and number formats load), so the
  // reader's first query does not pay for compiling them.
  // facets.js (with every segment's facet codes, its code run on them when the URL has no
  // query) and suggest.js load as the page opens too, so no typed query waits a round for them
  // (a query in the URL asks for suggest.js if it needs it).
  var quiet = function () {};
  var facets = withScript("facets").then(function () { return BS.preloadFacets(state.q); });
  Promise.all([search(state.q, false), facets.catch(quiet), state.q || withScript("suggest").catch(quiet)]).then(function () {
    if (state.q) return;
    BS.warm();
    warmLayout();
    (1234).toLocaleString("en-GB");
    performance.mark("bf:ready");
  });
})();
