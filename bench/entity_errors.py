"""Where the entity tagger's errors come from, on the gold set's development part: extraction or
salience. Counts only; `--list` prints each development error with its bucket.

(a) candidate recall: the share of gold entities that some candidate matches at all (any form,
    the matching of bench/eval_entities.py), before the salience cut and the cap of eight;
(b) oracle cuts: keep exactly the candidates that match a gold entity (one each), with and
    without the tagger's hard rules (a headline-only or source-only name is never kept) and
    the cap of eight: the precision / recall ceiling of extraction;
(c) the real cut's errors by bucket. Misses: no candidate (a candidate sharing a word: wrong
    boundary or name form), never kept by rule, below the threshold, past the cap. False
    tags: a second tag of a matched gold entity, sharing a word with a missed gold entity
    (wrong boundary, alias not linked), a name the gold set calls an entity in another story
    (a real entity, not salient here), or a name the gold set never holds (not salient or no
    entity: read the list).

The held-out part is counted the same way (`--held-out`) but never listed.
Run: `python -m bench.entity_errors [--list] [--held-out]`.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from backfile_entities.gazetteer import load
from backfile_entities.salience import MAX_ENTITIES, THRESHOLD, StoryCues, score
from backfile_entities.tagger import candidates

from bench.entity_corpus import gold_stories
from bench.eval_entities import fold, held_out


def _forms(name: str, aliases: list[str]) -> set[str]:
    return {fold(name), *map(fold, aliases)}


def _words(forms: set[str]) -> set[str]:
    return {w for f in forms for w in f.split() if len(w) > 2}


def decompose(part: str = "dev") -> tuple[Counter, list[str]]:
    """Counts by bucket over one part's stories, and the listed errors."""
    broad = load().continents
    stories = [s for s in gold_stories() if held_out(s.id) == (part == "held")]
    gold_names_anywhere = {f for s in gold_stories() for g in s.entities
                           for f in _forms(g.name, g.aliases)}
    n: Counter = Counter()
    listing: list[str] = []
    for story in stories:
        gold = [_forms(g.name, g.aliases) for g in story.entities]
        n["gold"] += len(gold)
        found = candidates(story.title, story.paragraphs)
        cues = StoryCues.of(found, len(story.paragraphs), broad)
        scored = sorted(((score(e, cues), e) for e in found),
                        key=lambda se: (-se[0], se[1].first))
        match = {id(e): next((i for i, g in enumerate(gold)
                              if _forms(e.name, e.aliases) & g), None) for _, e in scored}
        # (a) candidate recall
        reachable = {match[id(e)] for _, e in scored} - {None}
        scorable = {match[id(e)] for s, e in scored if s > -math.inf} - {None}
        n["candidates"] += len(found)
        n["gold_candidate"] += len(reachable)
        n["gold_scorable"] += len(scorable)
        # (b) oracle: the matching candidates, one per gold entity, most salient first
        capped: set[int] = set()
        for s, e in scored:
            g = match[id(e)]
            if g is not None and s > -math.inf and g not in capped and len(capped) < MAX_ENTITIES:
                capped.add(g)
        n["oracle_capped"] += len(capped)
        # (c) the real cut
        kept = [(s, e) for s, e in scored if s > THRESHOLD][:MAX_ENTITIES]
        kept_ids = {id(e) for _, e in kept}
        taken: set[int] = set()
        n["predicted"] += len(kept)
        for _, e in kept:
            g = match[id(e)]
            if g is not None and g not in taken:
                taken.add(g)
                n["hit"] += 1
        missed = [i for i in range(len(gold)) if i not in taken]
        missed_words = _words(set().union(*(gold[i] for i in missed))) if missed else set()
        for s, e in kept:
            g = match[id(e)]
            forms = _forms(e.name, e.aliases)
            if g is not None and g in taken and e is not _first_for(kept, match, g):
                bucket = "fp_duplicate"
            elif g is not None:
                continue
            elif _words(forms) & missed_words:
                bucket = "fp_shares_word_with_missed"
            elif forms & gold_names_anywhere:
                bucket = "fp_gold_entity_elsewhere"
            else:
                bucket = "fp_never_in_gold"
            n[bucket] += 1
            n[f"{bucket}:{e.type}"] += 1
            listing.append(f"{story.id}\t{bucket}\t{e.type}\t{e.name}\t{s:+.2f}\t"
                           f"mentions={sum(loc.where != 'title' for loc in e.mentions)}")
        for i in missed:
            g = story.entities[i]
            best = [(s, e) for s, e in scored if match[id(e)] == i]
            if not best:
                near = [e.name for _, e in scored if _words(_forms(e.name, e.aliases))
                        & _words(gold[i])]
                bucket = "miss_partial_candidate" if near else "miss_no_candidate"
                detail = f"near={near}"
            else:
                s, e = best[0]
                if s == -math.inf:
                    bucket = "miss_rule"
                elif s <= THRESHOLD:
                    bucket = "miss_below_threshold"
                elif id(e) not in kept_ids:
                    bucket = "miss_past_cap"
                else:
                    bucket = "miss_taken_by_other"
                detail = f"{e.name} {s:+.2f} mentions={sum(x.where != 'title' for x in e.mentions)}"
            n[bucket] += 1
            n[f"{bucket}:{g.type}"] += 1
            listing.append(f"{story.id}\t{bucket}\t{g.type}\t{g.name}\t{detail}")
    return n, listing


def _first_for(kept, match, g):
    return next(e for _, e in kept if match[id(e)] == g)


def report(n: Counter, title: str) -> None:
    gold, pred = n["gold"], n["predicted"]
    print(f"\n{title}: {gold} gold entities, {n['candidates']} candidates, {pred} tags")
    print(f"(a) candidate recall {n['gold_candidate'] / gold:.3f} "
          f"({n['gold_candidate']}); scorable (not headline- or source-only) "
          f"{n['gold_scorable'] / gold:.3f}")
    print(f"(b) oracle cut: P 1.000 R {n['gold_scorable'] / gold:.3f}; with the cap of "
          f"{MAX_ENTITIES}: R {n['oracle_capped'] / gold:.3f}")
    print(f"(c) real cut: P {n['hit'] / pred:.3f} R {n['hit'] / gold:.3f}")
    for key in sorted(k for k in n if k.startswith(("miss", "fp"))):
        print(f"    {key:42}{n[key]:5}")


if __name__ == "__main__":
    counts, listed = decompose("dev")
    report(counts, "Development part")
    if "--held-out" in sys.argv:
        report(decompose("held")[0], "Held-out part (counted only)")
    if "--list" in sys.argv:
        print("\n".join(sorted(listed, key=lambda line: line.split("\t")[1])))
