"""The ingest from end to end: dumps folder in, one Markdown page per story out.

read -> segment -> compose (anatomy, headline, dates, summary) -> tag -> slugs -> write.
Bad input is reported per dump (or per JSON line) and the rest of the archive still builds.
Reading a dump and tagging a story are pure functions of their input: with a cache folder their
results are kept (see `cache`), so a build redoes only what changed, new dumps on every core
(and, when there are many, their pages: see `parallel_pages`).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import Brief, IngestCache
from .compose import DumpContext, compose_story, date_yearless, source_hash
from .dates import date_in_path, event_dates
from .entities import keep_tagger_tables, load_tagger_tables, tag_story
from .fields import tidy_byline
from .headline import derive_headline, proper_case
from .jsonl import Record, parse_jsonl
from .markup import is_markup, to_labelled_text
from .model import Piece, Story
from .partial_date import PartialDate
from .problems import IngestError, Problem
from .progress import Progress
from .read import decode_dump
from .segment import segment
from .sidecar import find_sidecar, is_sidecar, load_sidecar
from .slugs import base_slug, date_text, unique_slugs
from .stories import ArchiveStories
from .summary import summarize
from .tables import parse_json, parse_table
from .truncation import is_truncated
from .write import PAGES_MEMO, WriteReport, write_pages

PROGRESS_THRESHOLD = 200  # dumps: show a progress bar beyond this many
MIN_PARALLEL = 8  # new dumps: below this a process pool costs more than it saves
log = logging.getLogger(__name__)


@dataclass
class IngestSettings:
    """Where to read and write, and the fallbacks for what a dump does not say."""

    dumps: Path
    stories: Path
    default_section: str = "News"
    default_date: PartialDate | None = None
    tag: bool = True
    progress: bool = True
    cache: Path | None = None  # folder for the dump and tag caches; None: no cache
    processes: int = 1         # processes reading and tagging new dumps
    published_as: str = "dumps"  # the dumps folder in the output (and in every `Source:`)

    def result_key(self) -> str:
        """The settings a dump's stories depend on (part of its cache key)."""
        return repr((self.dumps, self.default_section, self.default_date, self.published_as))


@dataclass
class IngestReport:
    """Everything the ingest did, for the summary and for tests."""

    dumps_read: int = 0
    dumps_cached: int = 0  # of dumps_read, how many came from the cache
    stories: ArchiveStories = field(default_factory=ArchiveStories)
    # beside each story, where it came from: its dump's cache key and its place in the dump
    # (with its slug and tags, all a page is made from; see write.page_key)
    origins: list[str] = field(default_factory=list)
    pages: WriteReport = field(default_factory=WriteReport)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level != "error"]

    def summary(self) -> str:
        pages = self.pages
        return (
            f"Ingest: {self.dumps_read} dumps read, {len(self.stories)} stories; "
            f"{len(pages.written)} pages written, {len(pages.unchanged)} unchanged, "
            f"{len(pages.kept_edited)} kept because edited, {len(pages.replaced)} replaced by "
            f"a new slug, {len(pages.vanished)} vanished from their dumps (kept); "
            f"{len(self.errors)} errors, {len(self.warnings)} warnings"
        )


# Exports with one story a record, by file suffix.
_EXPORTS: dict[str, Callable[[str, str, str], tuple[list[Record], list[Problem]]]] = {
    ".jsonl": lambda text, name, _: parse_jsonl(text, name),
    ".json": lambda text, name, _: parse_json(text, name),
    ".csv": parse_table,
    ".tsv": parse_table,
}


def ingest_text(text: str, context: DumpContext,
                numbers: Sequence[int] | None = None) -> list[Story]:
    """Split a dump's decoded text into stories. Raises `IngestError` if it holds none.
    `numbers` gives each line's number in the dump when the text was made from markup."""
    segments = segment(text, numbers)
    if not segments:
        raise IngestError(context.name, None, "no text to ingest (only blank lines)")
    stories = [compose_story(s, i, context) for i, s in enumerate(segments, start=1)]
    date_yearless(stories, context)
    return stories


def story_from_record(record: Record, context: DumpContext) -> Story:
    """A `Story` from one JSON Lines record (no segmentation: the export already split it)."""
    entry = context.sidecar.entry_for(0, record.line, record.body[0]) if context.sidecar else None
    if record.date:
        published, date_source = record.date, "export"
    elif entry and entry.date:
        published, date_source = entry.date, "sidecar-story"
    elif context.dump_date:
        published = context.dump_date
        date_source = "sidecar" if context.sidecar and context.sidecar.date else "filename"
    else:
        context.warnings.append(Problem(context.name, record.line, "no date: using the default"))
        published, date_source = context.default_date, "default"
    truncated = record.cut_off or is_truncated(record.body)
    sidecar_section = context.sidecar.section if context.sidecar else None
    return Story(
        dump=context.name, first_line=record.lines[0], last_line=record.lines[1],
        source_hash=source_hash([record.raw]), paragraphs=record.body,
        title=record.title or derive_headline(record.body[0]) or "Untitled story",
        title_from_source=bool(record.title),
        section=(proper_case(record.section) if record.section and record.section.isupper()
                 else record.section) or sidecar_section or context.default_section,
        byline=tidy_byline(record.byline), url=record.url, tags=record.tags,
        date=published.value if published else None,
        date_precision=published.precision if published else "day", date_source=date_source,
        event_dates=event_dates(" ".join(record.body), published,
                                guessed=date_source == "default"),
        truncated=truncated, summary=summarize(record.body[0], truncated and len(record.body) == 1),
        pieces=[Piece(record.line, "body", p) for p in record.body],
    )


def _context(
    path: Path, settings: IngestSettings, name: str, files: set[Path] | None
) -> DumpContext:
    relative = path.relative_to(settings.dumps).as_posix()
    context = DumpContext(
        name=name, path_date=date_in_path(relative),
        default_date=settings.default_date, default_section=settings.default_section,
    )
    sidecar = find_sidecar(path, files)
    if sidecar:
        sidecar_name = f"{settings.published_as}/{sidecar.relative_to(settings.dumps).as_posix()}"
        try:
            context.sidecar = load_sidecar(sidecar, sidecar_name)
        except IngestError as error:
            context.warnings.append(error.problem)  # already an error-level problem
    return context


def ingest_dump(
    path: Path, settings: IngestSettings, files: set[Path] | None = None
) -> tuple[list[Story], list[Problem]]:
    """The stories of one dump file and the problems met; never raises for bad input.
    `files` (every file under the dumps folder) saves looking for a sidecar on disk."""
    name = f"{settings.published_as}/{path.relative_to(settings.dumps).as_posix()}"
    context = _context(path, settings, name, files)
    problems = context.warnings
    try:
        decoded = decode_dump(path.read_bytes(), name)
    except IngestError as error:
        return [], [*problems, error.problem]
    problems.extend(decoded.warnings)
    suffix = path.suffix.lower()
    if suffix in _EXPORTS:
        records, bad = _EXPORTS[suffix](decoded.text, name, suffix)
        problems.extend(bad)
        return [story_from_record(r, context) for r in records], problems
    try:
        if is_markup(decoded.text, path.suffix):
            text, numbers = to_labelled_text(decoded.text)
            stories = ingest_text(text, context, numbers)
        else:
            stories = ingest_text(decoded.text, context)
    except IngestError as error:
        problems.append(error.problem)
        return [], problems
    return stories, problems


def find_files(folder: Path) -> set[Path]:
    """Every file under `folder`, hidden ones aside."""
    if not folder.is_dir():
        return set()
    return {
        Path(top, name)
        for top, dirs, names in os.walk(folder)
        for name in names
        if not name.startswith(".") and not any(
            part.startswith(".") for part in Path(top).relative_to(folder).parts)
    }


def find_dumps(files: set[Path]) -> list[Path]:
    """The dumps among `files` in a stable order (sidecars aside)."""
    return sorted(p for p in files if not is_sidecar(p))


def collect_stories(settings: IngestSettings, report: IngestReport) -> None:
    """Read, split, parse and tag every dump into `report.stories`."""
    files = find_files(settings.dumps)
    dumps = find_dumps(files)
    cache = IngestCache(settings.cache) if settings.cache else None
    if cache and settings.tag:
        keep_tagger_tables(cache.folder)
    keys = {p: cache.dump_key(p, settings.result_key(), files) for p in dumps} if cache else {}
    if cache and settings.processes > 1:
        new = [p for p in dumps if not cache.has_dump(keys[p])]
        if len(new) >= MIN_PARALLEL:
            _ingest_in_parallel(cache, settings, {p: keys[p] for p in new}, files)
    progress = Progress(len(dumps), "Ingesting dumps",
                        enabled=settings.progress and len(dumps) >= PROGRESS_THRESHOLD)
    for path in dumps:
        brief = cache.load_brief(keys[path]) if cache else None
        if cache and brief is not None:
            problems, briefs = brief
            report.stories.add_later(briefs, _loader(cache, keys[path], path, settings, files))
        else:
            result = cache.load_dump(keys[path]) if cache else None
            if result is None:
                result = ingest_dump(path, settings, files)
                if cache:
                    cache.store_dump(keys[path], result)
            stories, problems = result
            briefs = cache.store_brief(keys[path], result)[1] if cache else [
                Brief(base_slug(s, date_text(s)), s.source_hash, "") for s in stories]
            report.stories.add(stories, briefs)
        report.dumps_read += 1
        report.problems.extend(problems)
        report.origins.extend(f"{keys.get(path, '')}:{n}" for n in range(len(briefs)))
        progress.advance()
    if settings.tag:
        _tag_all(report, cache)
    report.stories.set_slugs(unique_slugs(
        [(b.base_slug, b.source_hash) for b in report.stories.briefs]))
    if cache:
        report.dumps_cached = cache.hits
        cache.finish()


def _loader(cache: IngestCache, key: str, path: Path, settings: IngestSettings,
            files: set[Path]) -> Callable[[], list[Story]]:
    """Reads a dump's stories back from the cache (or, if that entry is unreadable, the dump)."""
    def load() -> list[Story]:
        result = cache.load_dump(key, count=False)
        if result is None:
            result = ingest_dump(path, settings, files)
            cache.store_dump(key, result)
        return result[0]
    return load


def _tag_all(report: IngestReport, cache: IngestCache | None) -> None:
    stories = report.stories
    for index, brief in enumerate(stories.briefs):
        key = brief.tag_key
        entities = cache.tags.get(key) if cache else None
        if cache:
            cache.used_tags.add(key)
        story = stories[index] if entities is None else None
        try:
            if story is not None:
                entities = tag_story(story)
                if cache:
                    cache.tags[key] = entities
        except ImportError as error:  # the tagger is there but not its dependencies
            report.problems.append(Problem(
                story.dump, None, f"entity tagger unavailable ({error}): no entity tags"))
            break
        except Exception as error:  # a tagger bug must not lose the story
            report.problems.append(Problem(
                story.dump, story.first_line,
                f"entity tagger failed ({type(error).__name__}: {error}); no tags"))
            continue
        assert entities is not None
        stories.set_entities(index, entities)


_job: tuple[IngestCache, IngestSettings, set[Path]] | None = None  # read by forked workers


def _ingest_and_tag(path: Path) -> tuple[Path, tuple[list[Story], list[Problem]], dict]:
    cache, settings, files = _job  # type: ignore[misc]
    result = ingest_dump(path, settings, files)
    tags: dict[str, Any] = {}
    if settings.tag:
        try:
            tags = {cache.story_key(s): tag_story(s) for s in result[0]}
        except Exception:  # the main loop tags this dump again and reports it
            tags = {}
    return path, result, tags


def _ingest_in_parallel(cache: IngestCache, settings: IngestSettings, dumps: dict[Path, str],
                        files: set[Path]) -> None:
    """Ingest and tag `dumps` (path -> cache key) in forked processes, filling the cache the
    main loop reads."""
    global _job
    _job = (cache, settings, files)
    if settings.tag:
        load_tagger_tables()  # once, before the fork: the workers inherit it
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(settings.processes, mp_context=context) as pool:
            for path, result, tags in pool.map(_ingest_and_tag, dumps, chunksize=4):
                cache.store_dump(dumps[path], result)
                cache.tags.update(tags)
    except Exception as error:  # the main loop meets the same dump and reports it
        log.warning("parallel ingest stopped (%s); continuing on one core", error)
    finally:
        _job = None


def run_ingest(settings: IngestSettings) -> IngestReport:
    """Ingest every dump in `settings.dumps` into pages in `settings.stories`."""
    report = IngestReport()
    collect_stories(settings, report)
    memo = settings.cache / PAGES_MEMO if settings.cache else None
    report.pages = write_pages(report.stories, settings.stories, report.origins, memo,
                               processes=settings.processes)
    for name in report.pages.kept_edited:
        report.problems.append(Problem(
            f"{settings.stories.name}/{name}", None,
            "edited by hand since the ingest wrote it: kept as it is, not updated"))
    for name, source in report.pages.vanished:
        report.problems.append(Problem(
            f"{settings.stories.name}/{name}", None,
            f"its story is no longer in its dump {source}: kept, not deleted"))
    for old, new in report.pages.replaced:
        report.problems.append(Problem(
            f"{settings.stories.name}/{old}", None,
            f"its story now has the page {new} (its date or headline changed): "
            "the old page, which nobody edited, was removed"))
    for old, new in report.pages.moved_edited:
        report.problems.append(Problem(
            f"{settings.stories.name}/{old}", None,
            f"edited by hand, and its story now has the page {new} too (its date or "
            "headline changed): both kept, so it is listed twice; delete the one you do not want"))
    return report
