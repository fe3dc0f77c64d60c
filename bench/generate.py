"""A deterministic generator of realistic news archives for benchmarks.

`generate(n, out_dir, seed=0, style="dumps")` writes n synthetic stories as raw multi-story
dumps in the styles Backfile ingests (paragraph per line, blank-line separated, rule
separated, wire copy with headlines, datelines, bylines and sign-offs, one-line teasers cut
off mid-sentence; some dumps with a sidecar), spread over ten years of editions. With
`style="markdown"` it writes the same stories as plain Pelican Markdown pages instead: the
baseline that stock Pelican builds. Story lengths, sentence lengths and word frequencies are
sampled from the BBC corpus in ../shared (see newsstats.py); names come from a Zipf cast.
Output is for benchmarks only: it goes to a scratch folder, never into content/.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from bench.cast import SECTIONS, Cast, build_cast
from bench.newsstats import NewsStats, load

STYLES = ("lines", "blank", "rule", "wire", "teasers")
FIRST_DAY = date(2015, 1, 1)
YEARS = 10
RULES = ["----", "* * *", "=" * 20, "#"]
TITLES = ["President", "Minister", "Mr", "Ms", "Dr", "Chief Executive", "Senator", "Professor"]
AGENCIES = ["Reuters", "AFP", "AP", "Backfile Wire"]


@dataclass
class GeneratedStory:
    """One synthetic story: what its dump text and its Markdown page are written from."""

    date: date
    section: str
    title: str
    paragraphs: list[str]
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    dateline: str | None = None
    byline: str | None = None
    credit: str | None = None
    truncated: bool = False
    slug: str = ""


@dataclass
class Edition:
    """One raw dump: a day's stories in one layout, optionally with a sidecar."""

    name: str
    day: date
    style: str
    stories: list[GeneratedStory]
    sidecar: bool


@dataclass
class Archive:
    """What generate() wrote."""

    editions: list[Edition]
    files: list[Path]

    @property
    def stories(self) -> list[GeneratedStory]:
        return [s for e in self.editions for s in e.stories]


class _Writer:
    """Sentence and story synthesis from the news statistics and the cast."""

    def __init__(self, stats: NewsStats, cast: Cast, rng: random.Random) -> None:
        self.stats, self.cast, self.rng = stats, cast, rng
        self.vocab_weights = list(accumulate(stats.frequencies))

    def words(self, k: int) -> list[str]:
        return self.rng.choices(self.stats.vocabulary, cum_weights=self.vocab_weights, k=k)

    def sentence(self, story: GeneratedStory) -> str:
        rng = self.rng
        words = self.words(max(3, rng.choice(self.stats.sentence_words) - 2))
        roll = rng.random()
        if roll < 0.25 and story.people:
            person = rng.choice(story.people)
            said = person if rng.random() < 0.6 else person.split()[-1]
            words[0] = words[0].capitalize()
            return f"{' '.join(words)}, {said} said."
        if roll < 0.35 and story.people:
            title = rng.choice(TITLES)
            return f"{title} {rng.choice(story.people)} {' '.join(words)}."
        if roll < 0.5 and story.places:
            cut = rng.randrange(1, len(words) + 1)
            words.insert(cut, f"in {rng.choice(story.places)}")
        elif roll < 0.6 and story.organizations:
            cut = rng.randrange(1, len(words) + 1)
            words.insert(cut, f"the {rng.choice(story.organizations)}")
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def headline(self, story: GeneratedStory) -> str:
        words = self.words(self.rng.randint(3, 7))
        lead = (story.people or story.places or story.organizations or ["News"])[0]
        if self.rng.random() < 0.5:
            lead = lead.split()[-1]
        return f"{lead} {' '.join(words)}"

    def story(self, day: date) -> GeneratedStory:
        rng, cast = self.rng, self.cast
        story = GeneratedStory(
            date=day,
            section=SECTIONS[min(int(rng.paretovariate(1.2)) - 1, len(SECTIONS) - 1)],
            title="",
            paragraphs=[],
            people=cast.pick(rng, "people", rng.randint(0, 4)),
            places=cast.pick(rng, "places", rng.randint(0, 3)),
            organizations=cast.pick(rng, "organizations", rng.randint(0, 2)),
        )
        story.title = self.headline(story)
        target = rng.choice(self.stats.story_words)
        written = 0
        while written < target:
            paragraph = " ".join(self.sentence(story) for _ in range(rng.choice((1, 1, 2, 2, 3))))
            story.paragraphs.append(paragraph)
            written += paragraph.count(" ") + 1
        if rng.random() < 0.1:
            story.credit = f"Photo: {rng.choice(AGENCIES)}"
        return story


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _edition_days(count: int, rng: random.Random) -> list[date]:
    span = (date(FIRST_DAY.year + YEARS, 1, 1) - FIRST_DAY).days
    days = [FIRST_DAY + timedelta(days=d) for d in range(span)]
    if count <= span:
        return sorted(rng.sample(days, count))
    return sorted(rng.choices(days, k=count))


def _split(n: int, rng: random.Random) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(rng.randint(8, 32), n - sum(sizes)))
    return sizes


def plan(n: int, seed: int = 0, first_day: date | None = None) -> list[Edition]:
    """The editions of an n-story archive (deterministic in n, seed and first_day).

    With first_day, every edition is dated that day (used to add "today's dump").
    """
    rng = random.Random(f"archive-{seed}")
    writer = _Writer(load(), build_cast(0), rng)
    sizes = _split(n, rng)
    days = [first_day] * len(sizes) if first_day else _edition_days(len(sizes), rng)
    editions: list[Edition] = []
    for number, (size, day) in enumerate(zip(sizes, days, strict=True)):
        style = rng.choice(STYLES)
        stories = [writer.story(day) for _ in range(size)]
        for index, story in enumerate(stories):
            story.slug = f"{day.isoformat()}-{_slugify(story.title)}-{seed}-{number}-{index}"
            if style == "teasers":
                story.truncated = True
                words = story.paragraphs[0].split()
                story.paragraphs = [" ".join(words[: max(4, len(words) - 3)])]
            if style == "wire":
                story.dateline = (story.places or [rng.choice(build_cast(0).places)])[0]
                story.byline = f"By {rng.choice(build_cast(0).people)}"
        name = f"{day.isoformat()}_{style}_{seed}_{number:05d}.txt"
        editions.append(Edition(name, day, style, stories, sidecar=rng.random() < 0.3))
    return editions


def _dump_text(edition: Edition) -> str:
    """The raw dump in the edition's layout (see the module docstring)."""
    rng = random.Random(edition.name)
    chunks: list[str] = []
    for story in edition.stories:
        body = list(story.paragraphs)
        if story.credit:
            body.insert(min(2, len(body)), story.credit)
        if edition.style == "lines":
            chunks.append("\n".join([story.title, *body]))
        elif edition.style == "blank":
            chunks.append("\n\n".join([story.title, *body]))
        elif edition.style == "rule":
            chunks.append("\n".join([story.title, *body]) + "\n" + rng.choice(RULES))
        elif edition.style == "wire":
            stamp = edition.day.strftime("%B %-d")
            place = f"{story.dateline.upper()}, " if story.dateline else ""  # some have none
            lede = f"{place}{stamp} ({rng.choice(AGENCIES)}) - {body[0]}"
            signoff = f"(Reporting by {rng.choice(build_cast(0).people)}; Editing by "\
                      f"{rng.choice(build_cast(0).people)})"
            chunks.append("\n".join([story.title.upper(), story.byline or "", lede, *body[1:],
                                     signoff]))
        else:  # teasers: one line per story, kicker, headline-ish deck and a cut-off lede
            chunks.append(f"{story.section.upper()}: {story.title} {body[0]}")
    joiner = {"blank": "\n\n\n", "teasers": "\n", "rule": "\n"}.get(edition.style, "\n\n")
    return joiner.join(chunks) + "\n"


def _sidecar(edition: Edition) -> dict[str, object]:
    return {
        "date": edition.day.isoformat(),
        "stories": [{"index": i + 1, "section": s.section} for i, s in enumerate(edition.stories)],
    }


def _markdown(story: GeneratedStory) -> str:
    """The story as a plain Pelican page: the baseline's input."""
    tags = ", ".join([*story.people, *story.places, *story.organizations])
    header = [f"Title: {story.title}", f"Date: {story.date.isoformat()}",
              f"Category: {story.section}", f"Slug: {story.slug}"]
    if tags:
        header.append(f"Tags: {tags}")
    return "\n".join(header) + "\n\n" + "\n\n".join(story.paragraphs) + "\n"


def write_editions(editions: list[Edition], out_dir: Path, style: str = "dumps") -> list[Path]:
    """Write editions as raw dumps (+ sidecars) or as one Markdown page per story."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for edition in editions:
        if style == "markdown":
            for story in edition.stories:
                path = out_dir / f"{story.slug}.md"
                path.write_text(_markdown(story), encoding="utf-8")
                files.append(path)
            continue
        path = out_dir / edition.name
        path.write_text(_dump_text(edition), encoding="utf-8")
        files.append(path)
        if edition.sidecar:
            meta = path.with_name(path.name + ".meta.json")
            meta.write_text(json.dumps(_sidecar(edition), indent=1), encoding="utf-8")
            files.append(meta)
    return files


def generate(n: int, out_dir: Path | str, seed: int = 0, style: str = "dumps",
             first_day: date | None = None) -> Archive:
    """Write an n-story archive to out_dir as raw dumps (style="dumps") or Markdown ("markdown").

    The same n and seed always give the same stories, in either style.
    """
    if style not in ("dumps", "markdown"):
        raise ValueError(f"style must be 'dumps' or 'markdown', not {style!r}")
    editions = plan(n, seed, first_day)
    return Archive(editions, write_editions(editions, Path(out_dir), style))


def one_dump(n: int, out_dir: Path | str, seed: int, day: date, style: str = "dumps") -> Archive:
    """Write n new stories dated `day` as ONE raw dump (or n Markdown pages): "today's dump"."""
    editions = plan(n, seed, day)
    first = editions[0]
    merged = Edition(first.name, day, first.style, [s for e in editions for s in e.stories],
                     first.sidecar)
    return Archive([merged], write_editions([merged], Path(out_dir), style))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--style", choices=("dumps", "markdown"), default="dumps")
    args = parser.parse_args()
    archive = generate(args.n, args.out_dir, args.seed, args.style)
    words = sum(len(p.split()) for s in archive.stories for p in s.paragraphs)
    print(f"{len(archive.stories)} stories, {len(archive.files)} files, "
          f"{math.ceil(words / max(1, len(archive.stories)))} words/story -> {args.out_dir}")


if __name__ == "__main__":
    main()
