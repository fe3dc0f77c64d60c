"""Assemble everything the templates read, once per build, from Pelican's articles.

`ArchiveSite` goes into the shared context as `backfile`; each article gets a
`StoryView` as `article.backfile`. Templates never loop over the whole archive.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from markupsafe import Markup

from .calendars import DateArchive, Period, build_date_archive
from .entities import KIND_LABELS, EntityInfo, by_kind, by_letter, entity_directory
from .neighbours import neighbours
from .presentation import human_date, iso_date, script_json
from .raw_dumps import DumpAddresses
from .related import related_stories
from .story_facts import ENTITY_KINDS, SourceRef, StoryFacts, facts_from_metadata, split_list
from .timeline import Timeline, monthly_timeline

logger = logging.getLogger(__name__)


@dataclass
class EventLink:
    text: str
    url: str | None


@dataclass
class EntityGroup:
    label: str
    tags: list[Any]               # Pelican Tag objects (name, url)


_OWN = {"fingerprint": False}


@dataclass
class StoryView:
    """What a story page shows beyond Pelican's own fields."""

    # Fields marked _OWN are made from the story's own metadata and the settings, which the
    # story page's fingerprint holds already (backfile_speed/skip.py): describing them again
    # for every story on every build was about a fifth of the story pages' fingerprinting.
    facts: StoryFacts = field(metadata=_OWN)
    url: str = field(metadata=_OWN)  # article.url, computed once (Pelican formats it per use)
    section_url: str | None = field(metadata=_OWN)
    date_label: str = field(metadata=_OWN)
    date_url: str | None              # the day's page: whether it exists depends on the archive
    event_dates: list[EventLink]      # linked where the archive has stories that day
    entity_groups: list[EntityGroup]  # the archive-wide names and their pages
    source: SourceRef | None = field(metadata=_OWN)
    source_url: str | None  # the raw copy: None once the dump has gone from the content folder
    credits: list[str] = field(default_factory=list, metadata=_OWN)
    keywords: list[str] = field(default_factory=list, metadata=_OWN)  # the source's own tags
    related: list[Any] = field(default_factory=list)
    prev_in_time: Any = None
    next_in_time: Any = None
    prev_in_section: Any = None
    next_in_section: Any = None
    # Made when the page is rendered, from the story's own fields (which its page fingerprint
    # already holds): not part of the fingerprint, and not made for pages that are skipped.
    jsonld: LazyJsonLd | None = field(default=None, metadata={"fingerprint": False})

    def __fingerprint__(self) -> tuple[Any, ...]:
        """What the story page's fingerprint counts of this view (backfile_speed/skip.py): the
        archive-dependent fields, the plain ones as one text, and the stories and tags it links
        to as themselves (a linked story by its file, a tag by its name and entity data).
        Describing field by field was most of the cost of checking 10,000 unchanged pages."""
        return (self._plain(), self._tags(), self.related, self._neighbours())

    def __signature__(self) -> tuple[str, list[str], list[str]]:
        """`__fingerprint__` with the tags and stories it links to named, not described: the
        plain text (with which neighbours there are), the tags' names and the stories' source
        paths, in its order. backfile_speed/story_keys.py keeps a page's key while this is
        unchanged and every tag and story named describes itself as it did."""
        near = self._neighbours()
        linked = [*self.related, *(s for s in near if s is not None)]
        return (f"{self._plain()}:{len(self.related)}:{[s is None for s in near]}",
                [tag.name for tag in self._tags()],
                [getattr(s, "source_path", None) or "" for s in linked])

    def _plain(self) -> str:
        return repr((self.date_url, self.source_url,
                     [(e.text, e.url) for e in self.event_dates],
                     [(g.label, len(g.tags)) for g in self.entity_groups]))

    def _tags(self) -> list[Any]:
        return [tag for group in self.entity_groups for tag in group.tags]

    def _neighbours(self) -> list[Any]:
        return [self.prev_in_time, self.next_in_time, self.prev_in_section, self.next_in_section]


@dataclass
class SectionSummary:
    category: Any                  # Pelican Category
    count: int
    latest: list[Any]              # newest first


@dataclass
class ArchiveSite:
    articles: list[Any]            # by key
    facts: list[StoryFacts]
    dates: DateArchive
    timeline: Timeline | None
    sections: list[SectionSummary]
    entities: dict[str, EntityInfo]
    entity_by_slug: dict[str, EntityInfo]
    tag_by_name: dict[str, Any]
    letters: dict[str, list[EntityInfo]]
    kinds: dict[str, list[EntityInfo]]
    kind_labels: dict[str, str]
    dumps: list[tuple[str, str | None, int]]  # (dump, its address in the output, stories)
    first_day: date | None
    last_day: date | None

    @property
    def story_count(self) -> int:
        return len(self.articles)

    @property
    def entity_count(self) -> int:
        """A number of its own, so a page that shows only the count does not depend on (and is
        not re-rendered for) every entity's stories: see backfile_speed/skip.py."""
        return len(self.entities)

    def stories(self, keys: Sequence[int]) -> list[Any]:
        return [self.articles[k] for k in keys]


def _where(article: Any) -> str:
    return getattr(article, "relative_source_path", None) or str(article.source_path)


class LazyJsonLd:
    """The story's schema.org JSON-LD, made only when a template prints it (`__html__`)."""

    def __init__(self, article: Any, facts: StoryFacts, settings: dict[str, Any]) -> None:
        self._made: tuple[Any, StoryFacts, dict[str, Any]] = (article, facts, settings)

    def __html__(self) -> Markup:
        return _jsonld(*self._made)

    def __str__(self) -> str:
        return str(self.__html__())


def _jsonld(article: Any, facts: StoryFacts, settings: dict[str, Any]) -> Markup:
    root = settings.get("BACKFILE_SITE_ROOT", "")
    meta = article.metadata
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": iso_date(facts.day, facts.precision),
        "dateModified": iso_date(meta["modified"].date()) if meta.get("modified")
        else iso_date(facts.day, facts.precision),
        "articleSection": facts.section,
        "keywords": list(dict.fromkeys([*facts.entities,
                                        *split_list(article.metadata.get("keywords"))])),
        "isAccessibleForFree": True,
    }
    byline = meta.get("byline")
    data["author"] = ({"@type": "Person", "name": str(byline)} if byline
                      else {"@type": "Organization", "name": settings.get("SITENAME", "")})
    if meta.get("dateline"):
        data["dateline"] = str(meta["dateline"])
    if root:
        data["url"] = f"{root}/{article.url}"
        data["mainEntityOfPage"] = f"{root}/{article.url}"
    return script_json(data)


def build_site(articles: Sequence[Any], tags: Sequence[tuple[Any, Any]],
               categories: Sequence[tuple[Any, Any]], settings: dict[str, Any]) -> ArchiveSite:
    """Compute every page's extra data. Attaches a StoryView to each article.

    Stories are keyed by their position oldest first, so the everyday case (today's stories
    added at the end) leaves every older story's key, and the pages built from it, unchanged.
    """
    articles = sorted(articles, key=lambda a: (a.date, _where(a)))
    facts = [facts_from_metadata(i, a.metadata, _where(a)) for i, a in enumerate(articles)]

    def fmt(key: str):
        pattern = settings[key]
        return lambda d: pattern.format(date=d)

    dates = build_date_archive(facts, fmt("BACKFILE_YEAR_URL"), fmt("BACKFILE_MONTH_URL"),
                               fmt("BACKFILE_DAY_URL"))
    month_counts = Counter((f.day.year, f.day.month) for f in facts if f.precision != "year")
    timeline = monthly_timeline(month_counts, lambda y, m: dates.month_urls[y, m])

    tag_by_name = {tag.name: tag for tag, _ in tags}
    entities = {n: e for n, e in entity_directory(facts).items() if n in tag_by_name}
    for name, info in entities.items():
        tag = tag_by_name[name]
        info.url, tag.backfile = tag.url, info   # tag.html reads its own entity's data
        info.first_story, info.last_story = articles[info.first], articles[info.last]
    entity_by_slug = {tag_by_name[n].slug: e for n, e in entities.items() if n in tag_by_name}

    near = neighbours(facts)
    related = related_stories(facts)
    year_urls = {p.start.year: p.url for p in dates.years}
    dumps: Counter[str] = Counter()
    dump_url = DumpAddresses(settings.get("PATH", "."))
    for article, fact in zip(articles, facts, strict=True):
        if fact.source:
            dumps[fact.source.dump] += 1
        if fact.precision == "day":
            date_url = dates.day_urls.get(fact.day)
        elif fact.precision == "month":
            date_url = dates.month_urls.get((fact.day.year, fact.day.month))
        else:
            date_url = year_urls.get(fact.day.year)
        groups = []
        for kind in ENTITY_KINDS:
            found = [tag_by_name[n] for n in getattr(fact, kind) if n in tag_by_name]
            if found:
                groups.append(EntityGroup(KIND_LABELS[kind], found))
        n = near[fact.key]
        category = getattr(article, "category", None)
        article.backfile = StoryView(
            facts=fact,
            url=article.url,
            section_url=category.url if category else None,
            date_label=human_date(fact.day, fact.precision),
            date_url=date_url,
            event_dates=[EventLink(human_date(e.day) if e.day else e.text,
                                   dates.url_for(e.day) if e.day else None)
                         for e in fact.event_dates],
            entity_groups=groups,
            source=fact.source,
            source_url=dump_url(fact.source.dump) if fact.source else None,
            credits=split_list(article.metadata.get("credits")),
            keywords=split_list(article.metadata.get("keywords")),
            related=[articles[k] for k in related[fact.key]],
            prev_in_time=articles[n.prev_in_time] if n.prev_in_time is not None else None,
            next_in_time=articles[n.next_in_time] if n.next_in_time is not None else None,
            prev_in_section=articles[n.prev_in_section]
            if n.prev_in_section is not None else None,
            next_in_section=articles[n.next_in_section]
            if n.next_in_section is not None else None,
            jsonld=LazyJsonLd(article, fact, settings),
        )

    sections = [
        SectionSummary(category, len(members),
                       sorted(members, key=lambda a: a.date, reverse=True)[:5])
        for category, members in categories
    ]
    sections.sort(key=lambda s: -s.count)
    days = [f.day for f in facts]
    return ArchiveSite(
        articles=articles, facts=facts, dates=dates, timeline=timeline, sections=sections,
        entities=entities, entity_by_slug=entity_by_slug, tag_by_name=tag_by_name,
        letters=by_letter(list(entities.values())), kinds=by_kind(list(entities.values())),
        kind_labels=KIND_LABELS,
        dumps=sorted((dump, dump_url(dump), count) for dump, count in dumps.items()),
        first_day=min(days) if days else None, last_day=max(days) if days else None,
    )


__all__ = ["ArchiveSite", "Period", "StoryView", "build_site"]
