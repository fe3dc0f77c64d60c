"""Entity tags against the hand-made gold set: precision, recall and typing accuracy per type.

Matching: a predicted entity matches a gold entity when any of its forms (canonical name or
alias) equals any of the gold entity's forms, compared case-insensitively with curly
apostrophes folded, a leading "The" and a trailing possessive "'s" dropped. Each gold entity is
matched at most once, predictions taken most salient first (a second prediction for an already
matched gold entity counts as a false positive). Precision = matched predictions / predictions;
recall = matched gold entities / gold entities; typing accuracy = matched pairs of the same
type / matched pairs. Per type, precision is by predicted type, recall and typing by gold type.

Held out: stories whose id hashes to 0 mod 5 (about one BBC story in five; the five sample
stories are always in the development part). The tagger was never tuned looking at them.

Run: `invoke evaluate entities` (or `python -m bench.eval_entities --errors` to list the
development part's mistakes).
"""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from backfile_entities import tag
from backfile_entities.gazetteer import is_demonym, load
from backfile_entities.lexicon import (
    CREDIT_WORDS,
    FUNCTION_WORDS,
    MONTHS,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
)

from bench.entity_corpus import GOLD, GoldStory, gold_stories

JUNK_LIST = GOLD.parent / "sample_junk.tsv"

TYPES = ("person", "place", "organization")
TARGETS = {"precision": 0.85, "recall": 0.85, "typing": 0.95}


@dataclass
class Predicted:
    name: str
    type: str
    aliases: list[str]


@dataclass
class Tally:
    """Counts for one slice (overall or one type)."""

    predicted: int = 0
    matched_predicted: int = 0
    gold: int = 0
    matched_gold: int = 0
    typed_right: int = 0

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.matched_predicted / self.predicted if self.predicted else 0.0,
            "recall": self.matched_gold / self.gold if self.gold else 0.0,
            "typing": self.typed_right / self.matched_gold if self.matched_gold else 0.0,
        }


@dataclass
class Scores:
    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    errors: list[str] = field(default_factory=list)
    stories: int = 0


def fold(text: str) -> str:
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'").strip()
    text = text.removeprefix("the ")  # "The Travel Partnership" is "Travel Partnership"
    return text[:-2] if text.endswith("'s") else text


def predict(story: GoldStory) -> list[Predicted]:
    entities = tag(story.title, story.paragraphs)
    out = []
    for kind, names in (("person", entities.people), ("place", entities.places),
                        ("organization", entities.organizations)):
        out += [Predicted(n, kind, entities.aliases.get(n, [])) for n in names]
    order = {n: i for i, n in enumerate(entities.tags)}
    return sorted(out, key=lambda p: order[p.name])


def score_story(story: GoldStory, predicted: list[Predicted], scores: Scores) -> None:
    gold_forms = [{fold(g.name), *map(fold, g.aliases)} for g in story.entities]
    taken: set[int] = set()
    scores.stories += 1
    for g in story.entities:
        scores.overall.gold += 1
        scores.by_type[g.type].gold += 1
    for p in predicted:
        forms = {fold(p.name), *map(fold, p.aliases)}
        scores.overall.predicted += 1
        scores.by_type[p.type].predicted += 1
        hit = next((i for i, g in enumerate(story.entities)
                    if i not in taken and fold(g.name) == fold(p.name)), None)
        if hit is None:
            hit = next((i for i, f in enumerate(gold_forms) if i not in taken and f & forms), None)
        if hit is None:
            scores.errors.append(f"{story.id}: extra {p.type} {p.name!r} {p.aliases}")
            continue
        taken.add(hit)
        g = story.entities[hit]
        scores.overall.matched_predicted += 1
        scores.by_type[p.type].matched_predicted += 1
        scores.overall.matched_gold += 1
        scores.by_type[g.type].matched_gold += 1
        if g.type == p.type:
            scores.overall.typed_right += 1
            scores.by_type[g.type].typed_right += 1
        else:
            scores.errors.append(f"{story.id}: {p.name!r} typed {p.type}, gold {g.type}")
    for i, g in enumerate(story.entities):
        if i not in taken:
            scores.errors.append(f"{story.id}: missed {g.type} {g.name!r}")


def held_out(story_id: str) -> bool:
    if not story_id.startswith("bbc/"):
        return False
    return int(hashlib.sha256(story_id.encode()).hexdigest(), 16) % 5 == 0


def listed_junk(path: Path = JUNK_LIST) -> dict[str, set[str]]:
    """The gold set's hand-listed never-a-tag strings, by story id (folded)."""
    listed: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            story_id, _kind, text = line.split("\t", 2)
            listed.setdefault(story_id, set()).add(fold(text))
    return listed


def junk_tags(names: list[str], listed: set[str] = frozenset()) -> list[str]:
    """Tags of the kinds the issue forbids: function words, dates, credits, titles, demonyms,
    verb fragments, plus anything in the gold set's hand-made list for the story."""
    gazetteer = load()
    bad = []
    for name in names:
        if fold(name) in listed:
            bad.append(name)
            continue
        words = name.split()
        lows = [w.lower() for w in words]
        if (
            (len(words) == 1 and lows[0] in FUNCTION_WORDS and not name.isupper())
            or any(w in WEEKDAYS or w in MONTHS for w in lows)
            or lows[0] in CREDIT_WORDS
            or all(w in TITLES for w in lows)
            or is_demonym(name, gazetteer)
            or lows[-1] in SPEECH_VERBS
        ):
            bad.append(name)
    return bad


def evaluate(stories: list[GoldStory]) -> tuple[Scores, Scores, list[str]]:
    dev, held = Scores(), Scores()
    junk: list[str] = []
    listed = listed_junk()
    for story in stories:
        predicted = predict(story)
        score_story(story, predicted, held if held_out(story.id) else dev)
        if story.id.startswith("sample/"):
            names = [p.name for p in predicted]
            junk += [f"{story.id}: {n}" for n in junk_tags(names, listed.get(story.id, set()))]
    return dev, held, junk


def _table(title: str, scores: Scores) -> None:
    print(f"\n{title}: {scores.stories} stories, {scores.overall.gold} gold entities, "
          f"{scores.overall.predicted} predicted")
    print(f"  {'':14}{'precision':>10}{'recall':>10}{'typing':>10}")
    rows = [("overall", scores.overall), *list(scores.by_type.items())]
    for name, tally in rows:
        f = tally.figures()
        print(f"  {name:14}{f['precision']:>10.3f}{f['recall']:>10.3f}{f['typing']:>10.3f}")


def run(errors: bool = False) -> None:
    started = time.perf_counter()
    stories = gold_stories()
    dev, held, junk = evaluate(stories)
    _table("Development part", dev)
    _table("Held-out part (never looked at while tuning)", held)
    both = Scores(stories=dev.stories + held.stories)
    pairs = [(both.overall, dev.overall, held.overall)] + [
        (both.by_type[t], dev.by_type[t], held.by_type[t]) for t in TYPES]
    for total, a, b in pairs:
        for attr in ("predicted", "matched_predicted", "gold", "matched_gold", "typed_right"):
            setattr(total, attr, getattr(a, attr) + getattr(b, attr))
    _table("All gold stories", both)
    print(f"\nJunk tags on the sample stories: {len(junk)}" + "".join(f"\n  {j}" for j in junk))
    print(f"Targets: precision >= {TARGETS['precision']}, recall >= {TARGETS['recall']}, "
          f"typing >= {TARGETS['typing']}, zero junk. ({time.perf_counter() - started:.1f}s)")
    if errors:
        print("\nDevelopment-part mistakes:")
        print("\n".join(dev.errors))


if __name__ == "__main__":
    run(errors="--errors" in sys.argv)
