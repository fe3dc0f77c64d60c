/* Backfile search engine: Whoosh's query syntax and BM25F scoring over the exported index.
 *
 * Plain script, no build step. Data files are classic scripts calling BackfileSearch.<callback>,
 * which works over file:// where fetch/XHR/modules/workers are blocked. Everything here mirrors
 * Whoosh 2.7 (whoosh-reloaded) so the top results equal `invoke search` exactly: the analyzer
 * (regex tokenizer, lower case, stop list, Porter stemmer), the default query parser (AND by
 * default, OR, NOT, ANDNOT, ANDMAYBE, "phrase", field:term, prefix*, parentheses), query
 * normalisation, matcher-tree summation order, and ties broken by document number.
 */
(function (root) {
  "use strict";

  var BS = root.BackfileSearch = root.BackfileSearch || {};
  var FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  var CONTINUE = "abcdefghijklmnopqrstuvwxyzWXYZ_-";
  var MAX_QUERY_CHARS = 1000;
  var TOO_MANY_CLAUSES = 1024;

  /* ---------- data loading (classic scripts + global callbacks) ---------- */

  // The export is one folder per Whoosh segment (s/<key>/) plus manifest.js, which lists the
  // segments in Whoosh's order. Store keys are "<segment key>/<file number>".
  var pending = {};   // file key -> {resolve, reject}
  var store = { manifest: null, terms: {}, long: {}, chunks: {}, docs: {}, lex: {}, pos: {}, pchunks: {} };

  function settle(key, value) {
    var p = pending[key];
    if (p) { delete pending[key]; p.resolve(value); }
  }
  BS.manifest = function (m) { store.manifest = withSegments(m); settle("manifest", m); };
  // A segment's file of one kind: "s/<segment>/<kind>/" (no literal starting with "/").
  function segPath(seg, kind) { return "s/" + seg + "/" + kind + "/"; }
  // The callbacks of a segment's files: kind (folder), store name and the file's arguments
  // (number, or key and chunk number) before its data.
  function keeper(kind, name) {
    return function (seg) {
      var args = [].slice.call(arguments, 1), value = args.pop(), id = args.join("/");
      store[name][seg + "/" + id] = value;
      settle(segPath(seg, kind) + id, value);
    };
  }
  // A term shard's cards (see BS.cards in facets.js) join their segment's table as it arrives.
  var shardTerms = keeper("t", "terms");
  store.cards = {};
  BS.terms = function (seg, n, entries, cards) {
    store.cards[seg] = Object.assign(store.cards[seg] || {}, cards);
    if (entries) shardTerms(seg, n, entries);
  };
  // A long list's first chunk also brings its term's entry and cards (its shard's copy).
  var chunkKeeper = keeper("c", "chunks");
  store.entries = {};
  // (A group's g/ file brings the entry of a member where the term's lists are short as a chunk
  // call with chunk key -1 and no postings.)
  BS.chunk = function (seg, key, k, run, text, entry, cards) {
    if (text) { store.entries[seg + "/" + text] = entry; BS.terms(seg, "", 0, cards); }
    chunkKeeper(seg, key, k, run);
  };
  BS.docs = keeper("d", "docs");
  BS.positions = keeper("p", "pos");
  BS.pchunk = keeper("q", "pchunks");
  BS.lexicon = keeper("l", "lex");
  BS.long = keeper("h", "long");

  BS.base = BS.base || "search/";
  // Replaceable loader: the browser adds a <script>; the Node test harness evaluates the file.
  BS.loadScript = BS.loadScript || function (url, onerror) {
    var s = document.createElement("script");
    s.src = url;
    s.async = true;
    s.onerror = onerror;
    document.head.appendChild(s);
  };

  var loading = {};
  function load(key, have) {
    if (have()) return Promise.resolve(have());
    if (loading[key]) return loading[key];
    loading[key] = new Promise(function (resolve, reject) {
      pending[key] = { resolve: resolve, reject: reject };
      BS.loadScript(BS.base + key + ".js", function () {
        delete pending[key];
        delete loading[key];
        reject(new Error("could not load search data " + key + ".js"));
      });
    });
    return loading[key];
  }
  function loadManifest() { return load("manifest", function () { return store.manifest; }); }
  // A loader of one kind of segment file (see keeper): (segment key, number) or (key, list, chunk).
  function loader(kind, name) {
    return function (seg, a, b) {
      var id = b === undefined ? a : a + "/" + b;
      return load(segPath(seg, kind) + id, function () { return store[name][seg + "/" + id]; });
    };
  }
  var loadPositions = loader("p", "pos"), loadPChunk = loader("q", "pchunks"), loadLexicon = loader("l", "lex");
  var loadLong = loader("h", "long");

  // Groups (format 7): large segments exported together share their term files, each settling
  // the file's own key once every member's data in it is stored. Shard n of every member is in
  // the first member's t/n.js; a term with a long list in some member has one file, the first
  // member's g/<the term's 32-bit hash, shardOf(t, 1e10)>.js (shared by terms of one hash),
  // holding the first chunk of each of its long lists in every member and, for a member where
  // its lists are short, its entry (BS.chunk).
  function loadShard(seg, n) {
    var have = function () { return store.terms[seg.key + "/" + n]; };
    return load(segPath(seg.group || seg.key, "t") + n, have).then(have);
  }
  function termFile(seg, t) { return segPath(seg.group, "g") + shardOf(t, 1e10); }
  // Chunk k of list `ck` of term t in a segment.
  function loadChunk(seg, t, ck, k) {
    return load(seg.group && !k ? termFile(seg, t) : segPath(seg.key, "c") + ck + "/" + k,
      function () { return store.chunks[seg.key + "/" + ck + "/" + k]; });
  }
  // A term's long lists in a segment per its long-list index ({field: [chunk key, chunks]}), null
  // if it has none, undefined if the index part is not in (a page opened with a query).
  function longLists(seg, t) {
    var hint = seg.lparts ? store.long[seg.key + "/" + shardOf(t, seg.lparts)] : {};
    return hint && (hint[t] || null);
  }

  // Digit tables by character code: FINAL digits end a number, CONTINUE digits do not.
  var DIGIT = [], ENDS = [];
  for (var c = 0; c < 32; c++) {
    DIGIT[FINAL.charCodeAt(c)] = c; ENDS[FINAL.charCodeAt(c)] = true;
    DIGIT[CONTINUE.charCodeAt(c)] = c; ENDS[CONTINUE.charCodeAt(c)] = false;
  }
  function decode(text) {
    var out = [], v = 0;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      v = v * 32 + DIGIT[code];
      if (ENDS[code]) { out.push(v); v = 0; }
    }
    return out;
  }

  // Per segment: its first global docnum (Whoosh's MultiReader offsets), live count and deletions.
  function withSegments(m) {
    var offset = 0;
    m.segments.forEach(function (s) {
      s.offset = offset;
      offset += s.docs;
      s.deletedSet = {};
      var gone = decode(s.deleted);
      gone.forEach(function (d) { s.deletedSet[d] = true; });
      s.docCount = s.docs - gone.length;
      s.postings = {};  // decoded posting lists, by field and term
    });
    return m;
  }

  function shardOf(term, shards) {
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % shards;
  }

  // Code point order (Whoosh sorts terms by UTF-8 bytes, which is the same order).
  function cmpTerms(a, b) {
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x - y;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    return (a.length - i) - (b.length - j);
  }

  // Lexicon parts of segment `seg` that may hold terms starting with `prefix` ("" = all).
  function lexParts(seg, prefix) {
    var bounds = seg.lexicon, out = [];
    for (var i = 0; i < bounds.length; i++) {
      var endsAfter = i === bounds.length - 1 || cmpTerms(bounds[i + 1], prefix) > 0;
      var startsBefore = cmpTerms(bounds[i], prefix) <= 0 || bounds[i].startsWith(prefix);
      if (endsAfter && startsBefore) out.push(i);
    }
    return out;
  }

  /* ---------- analyzer: Whoosh StemmingAnalyzer ---------- */

  var TOKEN_RE = /[\p{L}\p{N}_*]+(?:\.?[\p{L}\p{N}_*]+)*/gu;  // Python\'s [\w\*]+(\.?[\w\*]+)*

  var step2list = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble",
    alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate",
    alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive",
    biliti: "ble", logi: "log" };
  var step3list = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
  var C = "[^aeiouy]+", V = "[aeiou]+";
  var mgr0 = new RegExp("^(" + C + ")?" + V + C);
  var meq1 = new RegExp("^(" + C + ")?" + V + C + "(" + V + ")?$");
  var mgr1 = new RegExp("^(" + C + ")?" + V + C + V + C);
  var s_v = new RegExp("^(" + C + ")?[aeiouy]");
  var c_v = new RegExp("^" + C + "[aeiouy][^aeiouwxy]$");
  var ed_ing = /^([\s\S]*)(ed|ing)$/;
  var at_bl_iz = /^(at|bl|iz)$/;
  var step1b = /^([^aeiouylsz])\1$/;
  var step2 = /^([\s\S]+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
  var step3 = /^([\s\S]+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
  var step4_1 = /^([\s\S]+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
  var step4_2 = /^([\s\S]+?)(s|t)(ion)$/;
  var step5 = /^([\s\S]+?)e$/;

  // Port of whoosh.lang.porter.stem, quirks included (its re.match anchors at the start only).
  function stem(w) {
    if (w.length < 3) return w;
    var firstIsY = w.charAt(0) === "y", m, s;
    if (firstIsY) w = "Y" + w.slice(1);
    if (w.endsWith("s")) {
      if (w.endsWith("sses")) w = w.slice(0, -2);
      else if (w.endsWith("ies")) w = w.slice(0, -2);
      else if (w.charAt(w.length - 2) !== "s") w = w.slice(0, -1);
    }
    if (w.endsWith("eed")) {
      s = w.slice(0, -3);
      if (mgr0.test(s)) w = w.slice(0, -1);
    } else if ((m = ed_ing.exec(w))) {
      s = m[1];
      if (s_v.test(s)) {
        w = s;
        if (at_bl_iz.test(w)) w += "e";
        else if (step1b.test(w)) w = w.slice(0, -1);
        else if (c_v.test(w)) w += "e";
      }
    }
    if (w.endsWith("y")) {
      s = w.slice(0, -1);
      if (s_v.test(s)) w = s + "i";
    }
    if ((m = step2.exec(w)) && mgr0.test(m[1])) w = m[1] + step2list[m[2]];
    if ((m = step3.exec(w)) && mgr0.test(m[1])) w = m[1] + step3list[m[2]];
    if ((m = step4_1.exec(w))) {
      if (mgr1.test(m[1])) w = m[1];
    } else if ((m = step4_2.exec(w))) {
      s = m[1] + m[2];
      if (mgr1.test(s)) w = s;
    }
    if ((m = step5.exec(w))) {
      s = m[1];
      if (mgr1.test(s) || (meq1.test(s) && !c_v.test(s))) w = s;
    }
    if (w.endsWith("ll") && mgr1.test(w)) w = w.slice(0, -1);
    if (firstIsY) w = "y" + w.slice(1);
    return w;
  }
  BS.stem = stem;

  var stopset = null;
  // Terms for `text` as Whoosh's analyzer gives them in query mode, with token positions.
  function analyze(text, tokenize, removestops) {
    var man = store.manifest, out = [];
    if (!stopset) { stopset = {}; man.stoplist.forEach(function (w) { stopset[w] = true; }); }
    var words = tokenize ? (text.match(TOKEN_RE) || []) : [text];
    for (var i = 0; i < words.length; i++) {
      var w = words[i].toLowerCase();
      if (removestops && (Array.from(w).length < man.minsize || stopset[w])) continue;
      out.push(stem(w));
    }
    return out;
  }
  BS.analyze = function (text) { return analyze(text, true, true); };

  /* ---------- parser: Whoosh's default syntax (tagger + filters) ---------- */

  var OPS = [
    ["ANDNOT", /^ANDNOT(?=\s)/, "infix", "AndNot", true],
    ["ANDMAYBE", /^ANDMAYBE(?=\s)/, "infix", "AndMaybe", true],
    ["NOT", /^NOT(?=\s)/, "prefix", "Not", false],
    ["AND", /^AND(?=\s)/, "infix", "And", true],
    ["OR", /^OR(?=\s)/, "infix", "Or", true]
  ];
  var OP_ORDER = ["Not", "And", "Or", "AndNot", "AndMaybe"];

  function isSpace(ch) { return /\s/.test(ch); }

  // Split the query text into nodes the way Whoosh's taggers do.
  function tag(text, fields) {
    var nodes = [], pos = 0, prev = 0, m;
    function word(a, b) { nodes.push({ t: "word", text: text.slice(a, b) }); }
    while (pos < text.length) {
      var rest = text.slice(pos), before = pos > 0 ? text.charAt(pos - 1) : "", node = null;
      for (var i = 0; i < 2 && !node; i++) {  // ANDNOT, ANDMAYBE need whitespace before
        if (before && isSpace(before) && OPS[i][1].test(rest)) node = { t: "op", op: OPS[i], end: pos + OPS[i][0].length };
      }
      if (!node && (m = /^(\w+|[*]):/u.exec(rest)) && (m[1] === "*" || fields.indexOf(m[1]) >= 0 || BS.unsearchable.indexOf(m[1]) >= 0)) {
        node = { t: "field", name: m[1], end: pos + m[0].length };
      }
      if (!node && /^[*?\u055e\u061f\u1367]/.test(rest)) node = { t: "wild", text: rest.charAt(0), end: pos + 1 };
      if (!node && (m = /^"([\s\S]*?)"(~([1-9][0-9]*))?/.exec(rest))) node = { t: "phrase", text: m[1], end: pos + m[0].length };
      if (!node && rest.charAt(0) === "(") node = { t: "open", end: pos + 1 };
      if (!node && rest.charAt(0) === ")") node = { t: "close", end: pos + 1 };
      if (!node && (before === "" || /[\s()]/.test(before)) && OPS[2][1].test(rest)) node = { t: "op", op: OPS[2], end: pos + 3 };
      for (i = 3; i < 5 && !node; i++) {
        if (before && isSpace(before) && OPS[i][1].test(rest)) node = { t: "op", op: OPS[i], end: pos + OPS[i][0].length };
      }
      if (!node && (m = /^\s+/.exec(rest))) node = { t: "space", end: pos + m[0].length };
      if (node) {
        if (prev < pos) word(prev, pos);
        nodes.push(node);
        prev = pos = node.end;
      } else {
        pos += 1;
      }
    }
    if (prev < text.length) word(prev, text.length);
    return nodes;
  }

  // Parentheses into nested groups (unbalanced ones are ignored, as Whoosh does).
  function groups(nodes) {
    var stack = [{ t: "group", kind: "And", nodes: [] }];
    nodes.forEach(function (n) {
      if (n.t === "open") stack.push({ t: "group", kind: "And", nodes: [] });
      else if (n.t === "close") {
        if (stack.length > 1) { var g = stack.pop(); stack[stack.length - 1].nodes.push(g); }
      } else stack[stack.length - 1].nodes.push(n);
    });
    while (stack.length > 1) { var g = stack.pop(); stack[stack.length - 1].nodes.push(g); }
    return stack[0];
  }

  // Merge words and wildcard characters that touch into one wildcard node.
  function wildcards(group) {
    var out = [];
    group.nodes.forEach(function (n) {
      if (n.t === "group") { wildcards(n); out.push(n); return; }
      var last = out[out.length - 1];
      if ((n.t === "wild" || n.t === "word") && last && (last.t === "wild" || last.t === "word") && (n.t === "wild" || last.t === "wild")) {
        out[out.length - 1] = { t: "wild", text: last.text + n.text };
      } else out.push(n);
    });
    group.nodes = out;
  }

  // field: applies to the next node (or every node of a group); otherwise it is plain text.
  function fieldnames(group) {
    var out = [], nodes = group.nodes;
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      if (n.t === "group") { fieldnames(n); out.push(n); continue; }
      if (n.t === "field") {
        var next = nodes[i + 1];
        if (next && next.t !== "space" && next.t !== "field" && next.t !== "op") {
          setField(next, n.name);
          continue;
        }
        out.push({ t: "word", text: n.name + ":" });
        continue;
      }
      out.push(n);
    }
    group.nodes = out;
  }
  function setField(n, name) {
    if (n.t === "group") n.nodes.forEach(function (c) { setField(c, name); });
    else if (n.field === undefined) n.field = name;
  }

  function removeSpace(group) {
    group.nodes = group.nodes.filter(function (n) { return n.t !== "space"; });
    group.nodes.forEach(function (n) { if (n.t === "group") removeSpace(n); });
  }

  function operators(group) {
    var nodes = group.nodes;
    OP_ORDER.forEach(function (kind) {
      var i = 0;
      while (i < nodes.length) {
        var t = nodes[i];
        if (t.t === "op" && t.op[3] === kind) {
          if (t.op[2] === "prefix") {
            var length = nodes.length;
            nodes.splice(i, 1);
            if (i < length - 1) nodes[i] = { t: "group", kind: "Not", nodes: [nodes[i]] };
          } else if (i > 0 && i < nodes.length - 1) {
            var left = nodes[i - 1], right = nodes[i + 1];
            if (left.t === "group" && left.kind === kind && !left.explicit) {
              left.nodes.push(right);
              nodes.splice(i, 2);
            } else {
              nodes.splice(i - 1, 3, { t: "group", kind: kind, nodes: [left, right], op: true });
            }
          } else {
            nodes.splice(i, 1);
          }
        } else i += 1;
      }
    });
    nodes.forEach(function (n) { if (n.t === "group") operators(n); });
  }

  // Query objects (plain data; the test harness prints them as Whoosh's repr() does).
  var Null = { q: "Null" };
  function Term(f, text, boost) { return { q: "Term", field: f, text: text, boost: boost === undefined ? 1 : boost }; }

  function termQuery(field, text, kind, boost) {
    if (kind === "wild") {
      // WildcardPlugin.do_wildcards: "word*" becomes a PrefixNode of the analysed word (stemmed,
      // not tokenized, stop words kept); anything else stays a Wildcard of the lowered text.
      if (text.length > 1 && !/[?\u055e\u061f\u1367]/.test(text) && text.indexOf("*") === text.length - 1) {
        return { q: "Prefix", field: field, text: analyze(text.slice(0, -1), false, false)[0], boost: boost };
      }
      var t = analyze(text, false, false)[0];
      if (t === "*") return { q: "Every", field: field, boost: boost };
      if (t.indexOf("?") < 0 && t.indexOf("*") === t.length - 1) return { q: "Prefix", field: field, text: t.slice(0, -1), boost: boost };
      if (t.indexOf("*") < 0 && t.indexOf("?") < 0) return Term(field, t, boost);
      return { q: "Wildcard", field: field, text: t, text0: t.split(/[*?]/)[0], boost: boost };
    }
    var texts = analyze(text, true, true);
    if (kind === "phrase") {
      if (!texts.length) return Null;
      if (texts.length === 1) return Term(field, texts[0], 1);
      return { q: "Phrase", field: field, words: texts, boost: boost };
    }
    if (!texts.length) return Null;
    if (texts.length === 1) return Term(field, texts[0], boost);
    return { q: "And", subs: texts.map(function (x) { return Term(field, x, boost); }), boost: 1 };
  }

  function toQuery(n) {
    var man = store.manifest;
    if (n.t === "group") {
      var subs = n.nodes.map(toQuery).filter(function (q) { return q; });
      if (n.kind === "Not") return subs.length ? { q: "Not", sub: subs[0], boost: 1 } : null;
      if (n.kind === "AndNot" || n.kind === "AndMaybe") {
        if (subs.length === 1) return subs[0];  // a binary group with a missing side
        return { q: n.kind, a: subs[0], b: subs[1], boost: 1 };
      }
      return { q: n.kind, subs: subs, boost: 1 };
    }
    if (n.t === "op" || n.t === "field" || n.t === "space" || n.t === "open" || n.t === "close") return null;
    var kind = n.t === "wild" ? "wild" : n.t === "phrase" ? "phrase" : "word";
    if (n.field !== undefined) {
      if (man.fields.indexOf(n.field) < 0) return { q: "Unsearchable", field: n.field };
      return termQuery(n.field, n.text, kind, 1);
    }
    return { q: "Or", subs: man.defaultFields.map(function (f) {
      return termQuery(f, n.text, kind, man.boosts[f] === undefined ? 1 : man.boosts[f]);
    }), boost: 1 };
  }

  function withBoost(q, boost) {
    var c = Object.assign({}, q);
    if (q.q === "AndNot") { c.a = withBoost(q.a, boost); return c; }
    c.boost = boost;
    return c;
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // Whoosh's Query.normalize(): flatten same-type compounds, drop Null and duplicates.
  function normalize(q) {
    if (q.q === "And" || q.q === "Or") {
      var subs = [];
      q.subs.forEach(function (s) {
        s = normalize(s);
        if (s.q === q.q) s.subs.forEach(function (ss) { subs.push(withBoost(ss, ss.boost * s.boost)); });
        else subs.push(s);
      });
      if (subs.every(function (s) { return s === Null; })) return Null;
      var everyfields = {}, seen = [], out = [];
      subs.forEach(function (s) { if (s.q === "Every") everyfields[s.field] = true; });
      subs.forEach(function (s) {
        if (s.q !== "Every" && s.field !== undefined && everyfields[s.field]) return;
        if (seen.some(function (x) { return same(x, s); })) return;
        seen.push(s);
        if (s !== Null) out.push(s);
      });
      if (!out.length) return Null;
      if (out.length === 1) {
        var sub = out[0], sb = sub.boost === undefined ? 1 : sub.boost;
        if (!(q.boost === 1 && sb === 1)) sub = withBoost(sub, sb * q.boost);
        return sub;
      }
      return { q: q.q, subs: out, boost: q.boost };
    }
    if (q.q === "Not") {
      var s2 = normalize(q.sub);
      return s2 === Null ? Null : { q: "Not", sub: s2, boost: q.boost };
    }
    if (q.q === "AndNot" || q.q === "AndMaybe") {
      var a = normalize(q.a), b = normalize(q.b);
      if (a === Null) return Null;
      if (b === Null) return a;
      return { q: q.q, a: a, b: b, boost: 1 };
    }
    return q;
  }

  BS.unsearchable = ["slug", "url", "date", "checksum", "display"];

  // Parse like whoosh.qparser.MultifieldParser(defaultFields, fieldboosts).parse(text).
  function parse(text) {
    var man = store.manifest;
    var names = man.fields.concat(BS.unsearchable);
    var g = groups(tag(String(text).slice(0, MAX_QUERY_CHARS), names));
    wildcards(g);
    fieldnames(g);
    removeSpace(g);
    operators(g);
    return normalize(toQuery(g) || Null);
  }
  BS.parse = parse;

  /* ---------- evaluation: result lists mirroring Whoosh's matchers ---------- */

  // A result list: parallel arrays of ascending docnums and scores.
  function R(ids, scores) { return { ids: ids, scores: scores }; }
  var EMPTY = R([], []);

  function union(a, b) {
    var ids = [], sc = [], i = 0, j = 0;
    while (i < a.ids.length || j < b.ids.length) {
      if (j >= b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j])) { ids.push(a.ids[i]); sc.push(a.scores[i]); i++; }
      else if (i >= a.ids.length || b.ids[j] < a.ids[i]) { ids.push(b.ids[j]); sc.push(b.scores[j]); j++; }
      else { ids.push(a.ids[i]); sc.push(a.scores[i] + b.scores[j]); i++; j++; }
    }
    return R(ids, sc);
  }
  function intersect(a, b) {
    var ids = [], sc = [], i = 0, j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      if (a.ids[i] < b.ids[j]) i++;
      else if (b.ids[j] < a.ids[i]) j++;
      else { ids.push(a.ids[i]); sc.push(a.scores[i] + b.scores[j]); i++; j++; }
    }
    return R(ids, sc);
  }
  function andNot(a, b, maybe) {
    var ids = [], sc = [], j = 0;
    for (var i = 0; i < a.ids.length; i++) {
      while (j < b.ids.length && b.ids[j] < a.ids[i]) j++;
      var hit = j < b.ids.length && b.ids[j] === a.ids[i];
      if (maybe) { ids.push(a.ids[i]); sc.push(hit ? a.scores[i] + b.scores[j] : a.scores[i]); }
      else if (!hit) { ids.push(a.ids[i]); sc.push(a.scores[i]); }
    }
    return R(ids, sc);
  }
  function boosted(r, boost) {
    if (boost === 1) return r;
    return R(r.ids, r.scores.map(function (s) { return s * boost; }));
  }

  // make_binary_tree: order-preserving halves.
  function binaryTree(fn, items) {
    if (items.length === 1) return items[0];
    var half = Math.floor(items.length / 2);
    return fn(binaryTree(fn, items.slice(0, half)), binaryTree(fn, items.slice(half)));
  }
  // make_weighted_tree: stable sort by weight, combine the two lightest, insert after equals.
  function weightedTree(fn, pairs) {
    var ls = pairs.slice().sort(function (x, y) { return x[0] - y[0]; });
    while (ls.length > 1) {
      var a = ls.shift(), b = ls.shift(), w = a[0] + b[0], k = 0;
      while (k < ls.length && !(w < ls[k][0])) k++;
      ls.splice(k, 0, [w, fn(a[1], b[1])]);
    }
    return ls[0][1];
  }

  /* Whoosh's multi-segment searcher runs the query once per segment (its "leaf searchers"): each
   * segment expands prefix* against its own lexicon and shapes And/Or trees from its own document
   * frequencies and size, while idf and average field lengths come from the whole index. A
   * SegmentEngine is one segment's evaluation; Stats holds the whole-index figures. */

  function Stats(man) { this.man = man; this.idfs = {}; this.avgfls = {}; }

  // Whoosh's document frequency over the whole index: the sum over segments (deleted included).
  Stats.prototype.df = function (field, text) {
    var total = 0;
    this.man.segments.forEach(function (seg) {
      var rec = record(seg, field, text);
      if (rec) total += rec[0];
    });
    return total;
  };
  // whoosh.scoring.WeightingModel.idf: log(dc / (n + 1)) + 1 over the whole index.
  Stats.prototype.idf = function (field, text) {
    var key = field + "\u0000" + text;
    if (!(key in this.idfs)) this.idfs[key] = Math.log(this.man.docCountAll / (this.df(field, text) + 1)) + 1;
    return this.idfs[key];
  };
  // Searcher.avg_field_length (total length / all documents), or 1 as BM25FScorer uses it.
  Stats.prototype.avgfl = function (field) {
    if (!(field in this.avgfls)) {
      var total = 0;
      this.man.segments.forEach(function (seg) { total += seg.lengths[field] || 0; });
      this.avgfls[field] = (total / (this.man.docCountAll || 1)) || 1;
    }
    return this.avgfls[field];
  };

  // A term's record in one segment: [df, postings string or {key, chunks}], or undefined.
  // (The entry comes from the term's shard or, for a term with a long list, its first chunk.)
  function record(seg, field, text) {
    var shard = store.terms[seg.key + "/" + shardOf(text, seg.shards)];
    var entry = store.entries[seg.key + "/" + text] || shard && shard[text];
    return entry && entry[field];
  }

  function SegmentEngine(seg, stats) { this.seg = seg; this.stats = stats; this.postings = seg.postings; }

  // Posting list of one term in one field of this segment: {df, ids, tfs, lens, positions};
  // documents deleted since the segment was written are dropped (Whoosh filters them the same
  // way). Decoded lists are kept on the segment for later queries.
  SegmentEngine.prototype.posting = function (field, text) {
    var key = field + "\u0000" + text;
    if (key in this.postings) return this.postings[key];
    var seg = this.seg, rec = record(seg, field, text), p = null;
    if (rec) {
      var texts = typeof rec[1] === "string" ? [rec[1]] : [];
      if (typeof rec[1] !== "string") for (var k = 0; k < rec[1].chunks; k++) texts.push(store.chunks[seg.key + "/" + rec[1].key + "/" + k]);
      // Positions live apart (loaded for phrases only): posting i's are tfs[i] numbers from
      // posStart[i] of the term's decoded positions (deleted postings count in the offsets).
      p = { df: rec[0], ids: [], tfs: [], lens: [], posStart: [], posNums: null, seg: seg, field: field, text: text };
      // The digits are read straight into the posting's arrays (decode()'s loop with the
      // (gap, tf, length) triples unpacked as they end): a first query's lists hold tens of
      // thousands of numbers, and an array of them all was garbage to collect.
      var offset = 0, deleted = seg.deletedSet;
      texts.forEach(function (t) {  // each chunk holds whole postings, its gaps from -1
        var doc = -1, tf = 0, v = 0, slot = 0;
        for (var i = 0; i < t.length; i++) {
          var code = t.charCodeAt(i);
          v = v * 32 + DIGIT[code];
          if (!ENDS[code]) continue;
          if (slot === 0) doc += v;
          else if (slot === 1) tf = v;
          else {
            if (!deleted[doc]) { p.ids.push(doc); p.tfs.push(tf); p.lens.push(v); p.posStart.push(offset); }
            offset += tf;
          }
          slot = slot === 2 ? 0 : slot + 1;
          v = 0;
        }
      });
    }
    if (rec || store.terms[seg.key + "/" + shardOf(text, seg.shards)]) this.postings[key] = p;  // final
    return p;
  };


  // What the page loads as it opens: every part of every segment's long-list index (h/ files)
  // and the one term shard of each small ("whole") segment, so that a typed query asks for no
  // file of a day's dump (one per query word otherwise).
  function atOpen(man) {
    var loads = [];
    man.segments.forEach(function (seg) {
      for (var n = 0; n < (seg.lparts || 0); n++) loads.push(loadLong(seg.key, n));
      if (seg.whole) loads.push(loadShard(seg, 0));
    });
    return loads;
  }

  // Load what a parsed query needs: lexicon parts for prefixes, then in every segment the term
  // shards (whole-index idf needs every segment's document frequency) and chunks.
  function prepare(q, man) {
    var texts = {}, prefixes = [], phraseWords = {};
    (function walk(n) {
      if (n.q === "Term") texts[n.text] = true;
      else if (n.q === "Phrase") n.words.forEach(function (w) { texts[w] = true; phraseWords[w] = true; });
      else if (n.q === "Prefix" || n.q === "Wildcard") prefixes.push(n);
      (n.subs || []).forEach(walk);
      if (n.sub) walk(n.sub);
      if (n.a) { walk(n.a); walk(n.b); }
    })(q);
    var lexLoads = [];
    prefixes.forEach(function (p) {
      var lit = p.q === "Prefix" ? p.text : p.text0;
      man.segments.forEach(function (seg) {
        lexParts(seg, lit).forEach(function (n) { lexLoads.push(loadLexicon(seg.key, n)); });
      });
    });
    return Promise.all(lexLoads).then(function () {
      prefixes.forEach(function (p) {
        p.expanded = {};
        var lit = p.q === "Prefix" ? p.text : p.text0, re = p.q === "Wildcard" ? wildcardRegExp(p.text) : null;
        man.segments.forEach(function (seg) {
          var terms = expand(seg, p.field, lit, re);
          p.expanded[seg.key] = terms;
          terms.forEach(function (t) { texts[t] = true; });
        });
      });
      // A long list's chunks are asked for beside its term's shard when the segment's long-list
      // index part is in (the page loads them as it opens), else as soon as that shard (which
      // says the same) arrives, without waiting for the query's other shards.
      // In a group whose members' long-list indexes are all in, a term long in any member costs
      // the group one first-chunk file (the entries of the others ride in it), not a shard.
      var loads = [];
      Object.keys(texts).forEach(function (t) {
        man.segments.forEach(function (seg) {
          // The long-list indexes go by only when every segment's is in (a group's file must be
          // found from its members'): a term long in a group member has a group file with every
          // member's entry, else its shard.
          var lists = man.segments.every(function (m) { return longLists(m, t) !== undefined; }) ? longLists(seg, t) : undefined;
          Object.keys(lists || {}).forEach(function (f) {
            for (var k = 0; k < lists[f][1]; k++) loads.push(loadChunk(seg, t, lists[f][0], k));
          });
          if (lists) return;  // its first chunk holds its entry: no shard needed
          if (lists === null && seg.group && man.segments.some(function (m) { return m.group === seg.group && longLists(m, t); })) {
            return loads.push(load(termFile(seg, t), function () { return store.entries[seg.key + "/" + t]; }));
          }
          loads.push(loadShard(seg, shardOf(t, seg.shards)).then(function (shard) {
            var entry = shard[t], chunks = [];
            if (entry) Object.keys(entry).forEach(function (f) {
              var rec = entry[f];
              if (typeof rec[1] !== "string") for (var k = 0; k < rec[1].chunks; k++) chunks.push(loadChunk(seg, t, rec[1].key, k));
            });
            return Promise.all(chunks);
          }));
        });
      });
      return Promise.all(loads);
    }).then(function () {
      var positions = [];
      Object.keys(phraseWords).forEach(function (w) {
        man.segments.forEach(function (seg) { positions.push(loadPositions(seg.key, shardOf(w, seg.pshards))); });
      });
      return Promise.all(positions);
    }).then(function () {
      var pchunks = [];
      Object.keys(phraseWords).forEach(function (w) {
        man.segments.forEach(function (seg) {
          var entry = store.pos[seg.key + "/" + shardOf(w, seg.pshards)][w] || {};
          Object.keys(entry).forEach(function (f) {
            var rec = entry[f];
            if (typeof rec !== "string") for (var k = 0; k < rec.chunks; k++) pchunks.push(loadPChunk(seg.key, rec.key, k));
          });
        });
      });
      return Promise.all(pchunks);
    });
  }

  // fnmatch.translate for the * and ? the parser accepts: the whole term must match.
  function wildcardRegExp(pattern) {
    var re = "";
    Array.from(pattern).forEach(function (ch) {
      re += ch === "*" ? "[\\s\\S]*" : ch === "?" ? "[\\s\\S]" : ch.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
    });
    return new RegExp("^" + re + "$", "u");
  }

  // Terms of `field` in one segment's lexicon starting with `prefix`, in Whoosh's order (the
  // lexicon parts are sorted, so the loaded parts, in order, give them sorted).
  function expand(seg, field, prefix, regexp) {
    var bit = 1 << store.manifest.fields.indexOf(field), out = [];
    lexParts(seg, prefix).forEach(function (n) {
      var terms = store.lex[seg.key + "/" + n];
      Object.keys(terms).forEach(function (t) {
        if ((terms[t][0] & bit) && t && t.startsWith(prefix) && (!regexp || regexp.test(t))) out.push(t);
      });
    });
    return out.sort(cmpTerms);
  }

  SegmentEngine.prototype.df = function (field, text) {
    var rec = record(this.seg, field, text);
    return rec ? rec[0] : 0;
  };

  // Whoosh's Query.estimate_size on a segment reader, used to shape And/Or matcher trees.
  SegmentEngine.prototype.estimate = function (q) {
    var self = this, live = this.seg.docCount;
    switch (q.q) {
      case "Term": return this.df(q.field, q.text);
      case "Prefix": case "Wildcard": return q.expanded[this.seg.key].reduce(function (s, t) { return s + self.df(q.field, t); }, 0);
      case "Phrase": return Math.min.apply(null, q.words.map(function (w) { return self.df(q.field, w); }));
      case "And": return Math.min.apply(null, q.subs.map(function (s) { return self.estimate(s); }));
      case "Or": return Math.min(q.subs.reduce(function (s, x) { return s + self.estimate(x); }, 0), live);
      case "Not": return live;
      case "AndNot": case "AndMaybe": return Math.min(this.estimate(q.a) + this.estimate(q.b), live);
      default: return 0;
    }
  };

  SegmentEngine.prototype.termResult = function (field, text, boost) {
    var p = this.posting(field, text);
    if (!p) return EMPTY;
    var man = store.manifest, K1 = man.K1, B = man.B;
    var avgfl = this.stats.avgfl(field), idf = this.stats.idf(field, text);
    var scores = new Array(p.ids.length);
    for (var i = 0; i < p.ids.length; i++) {
      var tf = p.tfs[i], fl = p.lens[i];
      // whoosh.scoring.bm25, same operations in the same order
      scores[i] = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)));
    }
    return boosted(R(p.ids, scores), boost);
  };

  SegmentEngine.prototype.orResult = function (subs, boost, scored) {
    var self = this;
    // Whoosh's Or picks a matcher by the segment's size (its AUTO_MATCHER rule); BS.forceTree
    // lets the tests exercise the large-segment path on a small index.
    var tree = subs.length < TOO_MANY_CLAUSES && (subs.length === 2 || this.seg.docs > 5000 || BS.forceTree);
    if (tree) {
      var pairs = subs.map(function (s) { return [self.estimate(s), s]; });
      var r = weightedTree(union, pairs.map(function (p) { return [p[0], self.run(p[1])]; }));
      return boosted(r, boost);
    }
    // PreloadedOr / ArrayUnionMatcher: accumulate sub scores in query order.
    // One slot per document of the segment (sums start at 0, as Whoosh's array does), read back
    // in document order: no sort, no garbage.
    var acc = new Float64Array(this.seg.docs);
    subs.forEach(function (s) {
      var r = self.run(s);
      for (var i = 0; i < r.ids.length; i++) {
        if (scored) acc[r.ids[i]] += r.scores[i] * boost;
        else acc[r.ids[i]] = 1;
      }
    });
    var ids = [], scores = [];
    for (var d = 0; d < acc.length; d++) if (acc[d] > 0) { ids.push(d); scores.push(acc[d]); }
    return R(ids, scores);
  };

  SegmentEngine.prototype.run = function (q) {
    var self = this;
    switch (q.q) {
      case "Term": return this.termResult(q.field, q.text, q.boost);
      case "And": {
        var pairs = q.subs.map(function (s) { return [0 - self.estimate(s), self.run(s)]; });
        return boosted(weightedTree(intersect, pairs), q.boost);
      }
      case "Or": return this.orResult(q.subs, q.boost, true);
      case "Not": {
        var inner = this.run(q.sub), live = this.liveDocs(), ids = [], j = 0;
        for (var i = 0; i < live.length; i++) {
          while (j < inner.ids.length && inner.ids[j] < live[i]) j++;
          if (!(j < inner.ids.length && inner.ids[j] === live[i])) ids.push(live[i]);
        }
        return R(ids, ids.map(function () { return 1.0; }));
      }
      case "AndNot": return andNot(this.run(q.a), this.run(q.b), false);
      case "AndMaybe": return andNot(this.run(q.a), this.run(q.b), true);
      case "Phrase": return this.phrase(q);
      case "Prefix": case "Wildcard": {
        var expanded = q.expanded[this.seg.key];
        if (!expanded.length) return EMPTY;
        // Whoosh's MultiTerm: a single expansion is a plain Term (the prefix's boost is lost)
        if (expanded.length === 1) return this.termResult(q.field, expanded[0], 1);
        var terms = expanded.map(function (t) { return Term(q.field, t, 1); });
        return this.orResult(terms, q.boost, false);
      }
      default: return EMPTY;
    }
  };

  // A term's positions in one field of a segment, as one encoded string (chunks joined).
  function positionText(seg, field, text) {
    var entry = store.pos[seg.key + "/" + shardOf(text, seg.pshards)][text][field];
    if (typeof entry === "string") return entry;
    var parts = [];
    for (var k = 0; k < entry.chunks; k++) parts.push(store.pchunks[seg.key + "/" + entry.key + "/" + k]);
    return parts.join("");
  }

  // The positions of posting i of list p (decoded from their gaps, which count from -1).
  function positions(p, i) {
    if (!p.posNums) p.posNums = decode(positionText(p.seg, p.field, p.text));
    var nums = p.posNums, start = p.posStart[i], out = [], last = -1;
    for (var j = 0; j < p.tfs[i]; j++) { last += nums[start + j]; out.push(last); }
    return out;
  }

  SegmentEngine.prototype.phrase = function (q) {
    var self = this, ps = q.words.map(function (w) { return self.posting(q.field, w); });
    if (ps.some(function (p) { return !p; })) return EMPTY;
    var results = q.words.map(function (w) { return self.termResult(q.field, w, 1); });
    var all = binaryTree(intersect, results);
    var ids = [], sc = [];
    var idx = ps.map(function (p) { var m = {}; p.ids.forEach(function (d, i) { m[d] = i; }); return m; });
    for (var n = 0; n < all.ids.length; n++) {
      var d = all.ids[n], ends = positions(ps[0], idx[0][d]);
      for (var k = 1; k < ps.length && ends.length; k++) {
        var next = positions(ps[k], idx[k][d]);
        ends = next.filter(function (p) { return ends.indexOf(p - 1) >= 0; });
      }
      if (ends.length) { ids.push(d); sc.push(all.scores[n]); }
    }
    return boosted(R(ids, sc), q.boost);
  };

  // Live documents of the segment (for NOT): every local docnum except deleted ones.
  SegmentEngine.prototype.liveDocs = function () {
    var seg = this.seg, out = [];
    for (var d = 0; d < seg.docs; d++) if (!seg.deletedSet[d]) out.push(d);
    return out;
  };

  // Every segment's matches with global docnums (segment offset + local docnum), in order.
  function runAll(q, man) {
    var stats = new Stats(man), ids = [], scores = [];
    man.segments.forEach(function (seg) {
      var r = new SegmentEngine(seg, stats).run(q);
      for (var i = 0; i < r.ids.length; i++) { ids.push(seg.offset + r.ids[i]); scores.push(r.scores[i]); }
    });
    return R(ids, scores);
  }

  // Whoosh's order (best first, ties by document number) of the matches `r` (whose ids ascend).
  function better(r, x, y) { return r.scores[x] > r.scores[y] || (r.scores[x] === r.scores[y] && r.ids[x] < r.ids[y]); }
  function hit(r, i) { return { docnum: r.ids[i], score: r.scores[i] }; }

  /* The best `limit` matches in Whoosh's order, from one pass that keeps them (a sort of every
   * match, with objects for each, cost a common word's query more than scoring it: 25,000
   * matches at 50,000 stories). Every match in order (`all`) is sorted only when something reads
   * it: a filter, date order or "more"; `docs` lists every match's docnum in docnum order. */
  function ranked(r, limit) {
    var top = [], n = r.ids.length;
    for (var i = 0; i < n; i++) {
      if (top.length === limit && !better(r, i, top[limit - 1])) continue;
      var k = top.length === limit ? limit - 1 : top.length;
      while (k > 0 && better(r, i, top[k - 1])) { top[k] = top[k - 1]; k--; }
      top[k] = i;
    }
    var out = { hits: top.map(function (i) { return hit(r, i); }), docs: r.ids, all: null };
    Object.defineProperty(out, "all", { enumerable: true, get: function () {
      var order = [];
      for (var i = 0; i < n; i++) order.push(i);
      order.sort(function (x, y) { return r.scores[y] - r.scores[x] || r.ids[x] - r.ids[y]; });
      var all = order.map(function (i) { return hit(r, i); });
      Object.defineProperty(out, "all", { value: all, enumerable: true });
      return all;
    }, configurable: true });
    return out;
  }

  /* Run the parser and the scoring code on made-up postings of a made-up segment, so that a
   * reader's first query does not pay for compiling them: the search page calls this while it
   * opens, once the manifest is in. The segment is large enough (over 5,000 stories, lists of
   * thousands) to take the paths a real archive's queries take (And, Or trees, decoding, the
   * best-hits pass), and each pass decodes its lists again: a loop runs slowly until it has run
   * long enough to be optimised, which otherwise fell in the reader's first queries (three
   * times their usual time in the bench). Nothing it makes stays in the store. */
  BS.warm = function () {
    var docs = 12000, seg = { key: "\u0000", docs: docs, shards: 1, lengths: {}, deletedSet: {}, docCount: docs, offset: 0 };
    var terms = {};
    [2, 3].forEach(function (gap, n) {
      var entry = {}, list = "";
      for (var d = 0; d < docs; d += gap) list += FINAL.charAt(gap) + FINAL.charAt(1 + d % 5) + "aA";
      ["title", "body"].forEach(function (f) { entry[f] = [docs / gap, list]; seg.lengths[f] = docs * 10; });
      terms[["warm", "up"][n]] = entry;
    });
    store.terms[seg.key + "/" + 0] = terms;
    for (var i = 0; i < 2; i++) {
      ["warm up", "warm OR up", "warm"].forEach(function (text) {
        seg.postings = {};
        ranked(runAll(parse(text), { segments: [seg], docCountAll: docs }), 10);
      });
    }
    delete store.terms[seg.key + "/" + 0];
  };

  function problem(q) {
    var bad = null;
    (function walk(n) {
      if (bad) return;
      if (n.q === "Unsearchable") bad = n.field === "date" ? "Dates can't be searched in the box: search for words, then pick a year under \u201cYear\u201d beside the results, or sort by newest or oldest." :
        "The field \u201c" + n.field + ":\u201d can't be searched here; try " + store.manifest.fields.join(":, ") + ":.";
      else if (n.q === "Every") bad = "A lone * matches everything; add some letters before it, like elect*.";
      (n.subs || []).forEach(walk);
      if (n.sub) walk(n.sub);
      if (n.a) { walk(n.a); walk(n.b); }
    })(q);
    return bad;
  }

  // A search's answer with no results: its parsed query (or null) and what to tell the reader.
  function nothing(q, say) { return { query: q, total: 0, hits: [], all: [], docs: [], message: say }; }

  /* Search `text`: resolves to {query, total, hits: [{docnum, score}] (the best `limit`), all
   * (every match so, sorted when first read), docs (every match's docnum), message}. Never throws for
   * bad input; problems come back as a message. */
  BS.search = function (text, limit) {
    limit = limit || 20;
    var raw = String(text == null ? "" : text);
    return loadManifest().then(function () {
      var none = nothing(null, "Type a word to search the archive."), done = function () { return none; };
      // The empty search the page runs as it opens loads the segments' long-list index parts
      // and small segments' shards. They only save a typed query files or a round: if one
      // fails to load, the query asks for the shards it needs, which say where chunks are.
      if (!raw.trim()) return Promise.all(atOpen(store.manifest)).then(done, done);
      var message = raw.length > MAX_QUERY_CHARS ? "Your search was long, so only its first " + MAX_QUERY_CHARS + " characters were used." : null;
      var q = parse(raw);
      if (q === Null) return nothing(q, "That search has no words to look for (very common words like \u201cthe\u201d are ignored).");
      var bad = problem(q);
      if (bad) return nothing(q, bad);
      var man = store.manifest;
      return prepare(q, man).then(function () {
        var r = ranked(runAll(q, man), limit);
        if (!r.docs.length && !message) message = "No stories match. Check the spelling, use fewer words, or try OR between words.";
        r.query = q;
        r.total = r.docs.length;
        r.message = message;
        return r;
      });
    }).catch(function (err) {
      return nothing(null, "Search data could not be loaded (" + err.message + ").");
    });
  };

  // What suggest.js ("did you mean") and facets.js read: both are loaded only when needed.
  BS.lexParts = lexParts;
  BS.shardOf = shardOf;
  BS.loadLexicon = loadLexicon;
  BS.store = store;
  BS.load = load;
  BS.settle = settle;
  BS.segPath = segPath;
  BS.decode = decode;
  BS.loadManifest = loadManifest;
  BS.loader = loader;
})(typeof window !== "undefined" ? window : globalThis);
