/* Backfile "did you mean": spelling suggestions from the exported lexicon.
 *
 * Loaded by ui.js only when a query finds fewer than three stories, so the search page's own
 * script stays small; it extends the BackfileSearch object engine.js defines.
 */
(function (BS) {
  "use strict";

  var store = BS.store, lexParts = BS.lexParts, loadLexicon = BS.loadLexicon, stem = BS.stem;

  // Damerau-Levenshtein distance, capped: enough to rank spelling suggestions.
  function distance(a, b, cap) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > cap) return cap + 1;
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) { d.push([i]); }
    for (j = 1; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }

  // How many stories term `t` finds on its own, at most: its largest document frequency in a
  // searched field, summed over segments (from the term shards the query has loaded).
  function found(man, t) {
    var most = 0;
    man.defaultFields.forEach(function (f) {
      var n = 0;
      man.segments.forEach(function (seg) {
        var entry = store.entries[seg.key + "/" + t] || (store.terms[seg.key + "/" + BS.shardOf(t, seg.shards)] || {})[t];
        if (entry && entry[f]) n += entry[f][0];
      });
      most = Math.max(most, n);
    });
    return most;
  }

  /* "Did you mean": for query words that are rare or absent (that find fewer than three stories
   * on their own; a query of common words that finds little needs fewer words, not other
   * spellings), the closest indexed terms (edit distance <= 2, same first letter, as Whoosh's
   * corrector with prefix=1) ranked by distance then document frequency (summed over
   * segments). Resolves to whole alternative queries. */
  BS.suggest = function (text, q) {
    var man = store.manifest, words = {};
    (function walk(n) {
      if (n.q === "Term") words[n.text] = true;
      (n.subs || []).forEach(walk);
      if (n.a) { walk(n.a); walk(n.b); }
    })(q);
    var terms = Object.keys(words).filter(function (w) { return w.length > 2 && found(man, w) < 3; });
    if (!terms.length) return Promise.resolve([]);
    var parts = {};  // store key -> [segment, part]
    terms.forEach(function (t) {
      var first = String.fromCodePoint(t.codePointAt(0));
      man.segments.forEach(function (seg) {
        lexParts(seg, first).forEach(function (n) { parts[seg.key + "/" + n] = [seg.key, n]; });
      });
    });
    var keys = Object.keys(parts);
    return Promise.all(keys.map(function (k) { return loadLexicon(parts[k][0], parts[k][1]); })).then(function () {
      var fixes = {};
      terms.forEach(function (t) {
        var freq = {};
        keys.forEach(function (k) {
          var lex = store.lex[k] || {};
          Object.keys(lex).forEach(function (c) {
            if (c.charAt(0) === t.charAt(0)) freq[c] = (freq[c] || 0) + lex[c][1];
          });
        });
        var own = freq[t] || 0, best = [];
        Object.keys(freq).forEach(function (c) {
          if (c === t) return;
          var dist = distance(t, c, 2);
          if (dist <= 2) best.push([dist, -freq[c], c]);
        });
        best.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1); });
        best = best.filter(function (b) { return -b[1] > own; });
        if (best.length) fixes[t] = best.slice(0, 2).map(function (b) { return b[2]; });
      });
      var alts = [];
      [0, 1].forEach(function (n) {
        var changed = false;
        var alt = String(text).replace(/[\p{L}\p{N}_]+(?:\.?[\p{L}\p{N}_]+)*/gu, function (w) {
          var t = stem(w.toLowerCase()), f = fixes[t];
          if (!f) return w;
          changed = true;
          return f[Math.min(n, f.length - 1)];
        });
        if (changed && alts.indexOf(alt) < 0) alts.push(alt);
      });
      return alts;
    });
  };

  /* "Did you mean A or B?" into `box`: each alternative query a link to its search (?q=), which
   * choose(alternative) runs in place. Alternatives are story words: only ever text nodes. */
  BS.drawSuggestions = function (box, words, choose) {
    box.appendChild(document.createTextNode("Did you mean "));
    words.forEach(function (alt, i) {
      if (i) box.appendChild(document.createTextNode(" or "));
      var a = document.createElement("a"), p = new URLSearchParams();
      a.textContent = alt;
      p.set("q", alt);
      a.href = "?" + p.toString();
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        choose(alt);
      });
      box.appendChild(a);
    });
    box.appendChild(document.createTextNode("?"));
  };
})(window.BackfileSearch);
