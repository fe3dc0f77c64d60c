"""Turning one segment of a dump into a `Story`: title, section, dates, truncation, summary."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from . import cues
from .anatomy import Anatomy, dissect
from .dates import (
    NUMERIC_DATE,
    event_dates,
    month_day,
    nearest_year,
    numeric_date,
    parse_date_line,
    stamp_date,
    written_date,
)
from .fields import tidy_byline
from .headline import derive_headline, proper_case, tidy_headline
from .model import Segment, Story
from .partial_date import PartialDate
from .problems import Problem
from .sidecar import Sidecar, StoryEntry
from .summary import summarize
from .truncation import is_truncated


@dataclass
class DumpContext:
    """What the stories of one dump share: where it is and what is known about it."""

    name: str                            # dump path as pages cite it, e.g. dumps/x.txt
    sidecar: Sidecar | None = None
    path_date: PartialDate | None = None  # a date in the file or folder name
    default_date: PartialDate | None = None
    default_section: str = "News"
    warnings: list[Problem] = field(default_factory=list)
    issue_date: PartialDate | None = None  # a masthead's date, for the stories after it
    # stories whose dateline gives a month and day but no year (`LONDON, Oct 5 (Reuters) - `),
    # by first line: the month, the day and the warning given, until another story's date
    # gives the year (see `date_yearless`)
    yearless: dict[int, tuple[int, int, Problem]] = field(default_factory=dict)

    @property
    def dump_date(self) -> PartialDate | None:
        """The dump's own date: its sidecar's, else the one in its name, else the date under
        a newspaper's masthead met earlier in the dump."""
        return (self.sidecar.date if self.sidecar else None) or self.path_date or self.issue_date


_MAIL_HEADERS = ("from:", "sent:", "to:")  # an e-mail's header block over a newsletter


def source_hash(texts: list[str]) -> str:
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def _dateline_date(
    anatomy: Anatomy, context: DumpContext, first_line: int
) -> PartialDate | None:
    if anatomy.date_line:
        found = parse_date_line(anatomy.date_line)
        if found:
            return found
    anchor = context.dump_date
    found = written_date(anatomy.dateline or "")
    if found:
        return found
    figures = NUMERIC_DATE.search(anatomy.dateline or "")  # `BERLIN, 29.11.2026 (dpa) - `
    if figures and (found := numeric_date(figures)):
        return found
    if anatomy.dateline and not anchor and (found_day := month_day(anatomy.dateline)):
        problem = Problem(context.name, first_line, (
            f"the dateline {anatomy.dateline!r} gives no year and nothing else in the dump does:"
            " using the default date (put the date in the file name, e.g. 2022-10-05-wire.txt,"
            " or in a sidecar)"))
        context.yearless[first_line] = (*found_day, problem)
    if anatomy.dateline and anchor:
        found_day = month_day(anatomy.dateline)
        if found_day:
            value = nearest_year(*found_day, anchor.value)
            if value:
                return PartialDate(value)
            context.warnings.append(Problem(
                context.name, first_line,
                f"unparseable date in dateline {anatomy.dateline!r}: using the next date source"))
    return None


def titled_date(headline: str) -> PartialDate | None:
    """The date a digest's or a roundup's title ends with after a colon or a dash (`Kyodo News
    Digest: Nov. 2, 2024`, `Morning briefing - 3 May 2021`): the date of the items under it."""
    for mark in (":", " - ", " \u2013 ", " \u2014 ", " | "):
        _, found, tail = headline.rpartition(mark)
        if found and (date := parse_date_line(tail)):
            return date
    return None


def publication_date(
    anatomy: Anatomy, entry: StoryEntry | None, context: DumpContext, first_line: int
) -> tuple[PartialDate | None, str]:
    """The date in the issue's order: a `Date:` field, dateline, a wire trailer
    (`AP-NY-10-13-98 1842EDT`), sidecar story entry, a web page's `Updated:` stamp, sidecar,
    file name, configured default (with a warning). Never the file's modification time."""
    if anatomy.labelled_date:
        return anatomy.labelled_date, "field"
    found = _dateline_date(anatomy, context, first_line)
    if found:
        return found, "dateline"
    sent = cues.trailer_date(anatomy.signoff or "")
    if sent:
        return PartialDate(sent), "trailer"
    if entry and entry.date:
        return entry.date, "sidecar-story"
    for stamp in anatomy.stamps:  # `Updated: ...`: later than the story, nearer than the dump
        if found := stamp_date(stamp, context.dump_date):
            return found, "stamp"
    if context.sidecar and context.sidecar.date:
        return context.sidecar.date, "sidecar"
    if context.path_date:
        return context.path_date, "filename"
    if context.issue_date:
        return context.issue_date, "masthead"
    if first_line in context.yearless:
        context.warnings.append(context.yearless[first_line][2])
        return context.default_date, "default"
    context.warnings.append(Problem(
        context.name, first_line,
        "no date in the story, its sidecar or its file name: using the default date",
    ))
    return context.default_date, "default"


def _section(anatomy: Anatomy, entry: StoryEntry | None, context: DumpContext) -> str:
    if entry and entry.section:
        return entry.section
    if anatomy.kicker:
        return proper_case(anatomy.kicker) if anatomy.kicker.isupper() else anatomy.kicker
    if context.sidecar and context.sidecar.section:
        return context.sidecar.section
    return context.default_section


TIDY_DERIVED_WORDS = 4  # a title taken from capitals prose is cased; `MAX_LENGTH = 300` is not


def _title(anatomy: Anatomy, entry: StoryEntry | None) -> tuple[str, bool]:
    body = " ".join(anatomy.paragraphs)
    if entry and entry.title:
        return entry.title, False
    if anatomy.headline:
        return tidy_headline(anatomy.headline, body), True
    for source in (*anatomy.highlights[:1], anatomy.deck, *anatomy.paragraphs,
                   *anatomy.credits, anatomy.signoff):
        if source:
            title = derive_headline(source)
            if title and len(title.split()) >= TIDY_DERIVED_WORDS:  # (a teletype's
                return tidy_headline(title, body), False  # capitals lede: cased as a headline)
            if title:
                return title, False
    return "Untitled story", False


LIST_HEADING_WORDS = 4  # `Key points:`, `Playing colours:`
LIST_ITEMS = 8  # points under it, at most
LEDE_WORDS = 8  # the sentence under them


def _lede_index(paragraphs: list[str], first: int) -> int:
    """The lede from `first` on, past a list or a table at the top (`Key points:` / `- ...` /
    `- ...`): the summary is the story's first sentence, not its list's heading."""
    i = first
    while i + 2 < len(paragraphs) and cues.is_post_time(paragraphs[i]):
        i += 1 if cues.ends_sentence(paragraphs[i + 1]) else 2  # a live page's first post:
    first = i  # its text, past its time and headline (`14:02 GMT` / `Schools closed`)
    while i + 1 < len(paragraphs) and (cues.is_list_item(paragraphs[i]) or (
            paragraphs[i].endswith(":") and cues.is_list_item(paragraphs[i + 1]))):
        i += 1
    if (i + 2 < len(paragraphs) and paragraphs[i].endswith(":")
            and len(paragraphs[i].split()) <= LIST_HEADING_WORDS
            and not cues.ends_sentence(paragraphs[i + 1])):  # `Key points:` over points
        top = i  # copied without their bullets: the lede is the first real sentence under them
        i += 1
        while i + 1 < len(paragraphs) and not (cues.ends_sentence(paragraphs[i]) and len(
                paragraphs[i].split()) >= LEDE_WORDS):
            i += 1
        if i - top > LIST_ITEMS:
            i = top
    if i >= len(paragraphs) or cues.is_list_item(paragraphs[i]):
        return first
    first = i
    while i + 1 < len(paragraphs) and (cues.is_table_row(paragraphs[i]) or (
            not cues.ends_sentence(paragraphs[i]) and cues.is_table_row(paragraphs[i + 1]))):
        i += 1  # a table at the top (`Closing prices` / `BP 478.20 +3.15 +0.66%` / ...)
    return i if i < len(paragraphs) and cues.ends_sentence(paragraphs[i]) else first


def compose_story(segment: Segment, index: int, context: DumpContext) -> Story:
    """The `Story` for the index-th (1-based) segment of a dump."""
    texts = [line.text for line in segment.lines]
    anatomy = dissect(segment.lines)
    flagged = cues.wire_flag(anatomy.headline) if anatomy.headline else None
    flag = None  # `UPDATE 2-Oil prices climb`: the wire's version flags go to the kicker
    if flagged:  # (not to the section, as a kicker such as `SECURITY:` does)
        flag, anatomy.headline = flagged
    elif anatomy.headline and anatomy.kicker is None:
        flag = cues.genre_label(anatomy.headline)  # `Opinion: ...`: its kicker, not section
    entry = context.sidecar.entry_for(index, segment.first_line, "\n".join(texts)) if (
        context.sidecar) else None
    title, from_source = _title(anatomy, entry)
    if index == 1 and context.issue_date is None and anatomy.headline:
        context.issue_date = titled_date(anatomy.headline)  # `News Digest: Nov. 2, 2024`
    published, date_source = publication_date(anatomy, entry, context, segment.first_line)
    if index == 1 and context.issue_date is None and date_source == "field" and any(
            p.role == "field" and p.text.lower().startswith(_MAIL_HEADERS) for p in anatomy.pieces):
        context.issue_date = published  # a newsletter's `Sent:` date: its items' date
    if anatomy.masthead and date_source == "dateline" and published:
        context.issue_date = published  # the paper's date: the stories after it share it
    decks = ((1 + len(anatomy.more_decks)) if anatomy.deck else 0) + len(anatomy.notes) + (
        anatomy.captions)  # (a photo caption over the dateline is no lede either)
    lede_index = _lede_index(anatomy.paragraphs, decks if len(anatomy.paragraphs) > decks else 0)
    lede = anatomy.paragraphs[lede_index] if anatomy.paragraphs else ""
    truncated = is_truncated(anatomy.paragraphs)
    story = Story(
        dump=context.name,
        first_line=segment.first_line,
        last_line=segment.last_line,
        source_hash=source_hash(texts),
        paragraphs=anatomy.paragraphs,
        title=title,
        title_from_source=from_source,
        kicker=anatomy.kicker or flag,
        section=_section(anatomy, entry, context),
        dateline=anatomy.dateline_place,
        byline=tidy_byline(anatomy.byline),
        credits=anatomy.credits,
        signoff=anatomy.signoff,
        date=published.value if published else None,
        date_precision=published.precision if published else "day",
        date_source=date_source,
        event_dates=event_dates(" ".join(anatomy.paragraphs), published,
                                guessed=date_source == "default"),
        truncated=truncated,
        summary=summarize(lede, truncated and len(anatomy.paragraphs) == lede_index + 1),
        pieces=anatomy.pieces,
        url=anatomy.url,
        tags=anatomy.tags,
    )
    return story


def date_yearless(stories: list[Story], context: DumpContext) -> None:
    """Give a dateline with no year (`LONDON, Oct 5 (Reuters) - `) the year that puts it
    nearest the date of the closest story in the same dump that has one (a wire dump is a few
    days' copy), with a warning naming that story; with none, the default date stays, and its
    warning says how to date the dump."""
    dated = [(k, story) for k, story in enumerate(stories) if story.date_source != "default"
             and story.date is not None]
    if not context.yearless or not dated:
        return
    for k, story in enumerate(stories):
        if story.date_source != "default" or story.first_line not in context.yearless:
            continue
        month, day, problem = context.yearless[story.first_line]
        _, nearest = min(dated, key=lambda pair: abs(pair[0] - k))
        assert nearest.date is not None
        value = nearest_year(month, day, nearest.date)
        if value is None:
            continue
        story.date, story.date_precision, story.date_source = value, "day", "dateline"
        story.event_dates = event_dates(" ".join(story.paragraphs), PartialDate(value))
        context.warnings.remove(problem)
        context.warnings.append(Problem(context.name, story.first_line, (
            f"the dateline gives no year: took {value.year} from the story at line "
            f"{nearest.first_line} ({nearest.date.isoformat()})")))
