"""The archive plugin's computations on plain StoryFacts (no Pelican build needed)."""

from __future__ import annotations

import logging
from datetime import date, datetime

import pytest
from backfile_archive.calendars import build_date_archive
from backfile_archive.entities import by_letter, entity_directory, index_letter
from backfile_archive.neighbours import neighbours
from backfile_archive.presentation import human_date, iso_date, script_json
from backfile_archive.related import related_stories
from backfile_archive.story_facts import StoryFacts, facts_from_metadata
from backfile_archive.timeline import compact_timeline, month_span, monthly_timeline


def story(key: int, day: str, section: str = "News", people=(), places=(), orgs=(),
          precision: str = "day") -> StoryFacts:
    return StoryFacts(key=key, slug=f"s{key:03d}", day=date.fromisoformat(day),
                      precision=precision, section=section, people=list(people),
                      places=list(places), organizations=list(orgs))


def urls():
    return (lambda d: f"archive/{d:%Y}/index.html",
            lambda d: f"archive/{d:%Y}/{d:%m}/index.html",
            lambda d: f"archive/{d:%Y}/{d:%m}/{d:%d}/index.html")


# --- reading metadata -------------------------------------------------------------------

def test_metadata_lists_aliases_source_and_precision_are_read() -> None:
    meta = {"date": datetime(2024, 3, 1), "slug": "x", "category": "Tech",
            "date-precision": "Month", "people": "Doe, Jane; Kim Jong-un;",
            "places": "Taipei;", "aliases": "Kim Jong-un = Kim | Kim Jong Un; Taipei: 台北;",
            "event-dates": "2024-03-05;", "truncated": "true",
            "source": "dumps/a.txt#L3-L9"}
    facts = facts_from_metadata(0, meta, "stories/x.md")
    assert facts.people == ["Doe, Jane", "Kim Jong-un"]          # a comma stays in a name
    assert facts.aliases == {"Kim Jong-un": ["Kim", "Kim Jong Un"], "Taipei": ["台北"]}
    assert facts.precision == "month" and facts.truncated
    assert facts.event_dates[0].day == date(2024, 3, 5)
    assert (facts.source.dump, facts.source.first_line, facts.source.last_line) == (
        "dumps/a.txt", 3, 9)


def test_bad_values_are_logged_with_the_file_and_kept_as_text(caplog) -> None:
    meta = {"date": datetime(2024, 3, 1), "event-dates": "2024-02-30; 2024-02-29;",
            "source": "somewhere", "date-precision": "week"}
    with caplog.at_level(logging.WARNING):
        facts = facts_from_metadata(0, meta, "stories/bad.md")
    assert [e.text for e in facts.event_dates] == ["2024-02-30", "2024-02-29"]
    assert facts.event_dates[0].day is None and facts.event_dates[1].day == date(2024, 2, 29)
    assert facts.source is None and facts.precision == "day"
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 3 and all(m.startswith("stories/bad.md: ") for m in messages)


# --- neighbours and related --------------------------------------------------------------

def test_neighbours_in_time_and_section() -> None:
    stories = [story(0, "2024-01-03", "A"), story(1, "2024-01-01", "B"),
               story(2, "2024-01-02", "A"), story(3, "2024-01-04", "B")]
    near = neighbours(stories)
    assert (near[1].prev_in_time, near[1].next_in_time) == (None, 2)
    assert (near[0].prev_in_time, near[0].next_in_time) == (2, 3)
    assert (near[0].prev_in_section, near[0].next_in_section) == (2, None)
    assert (near[3].prev_in_section, near[3].next_in_section) == (1, None)


def test_related_prefers_rare_shared_entities_and_nearness_in_time() -> None:
    stories = [
        story(0, "2024-01-10", people=["Ann Rare"], places=["Everywhere"]),
        story(1, "2024-01-11", people=["Ann Rare"]),            # rare entity, one day apart
        story(2, "2024-01-11", places=["Everywhere"]),          # common entity, one day apart
        story(3, "2019-01-01", people=["Ann Rare"]),            # rare entity, years apart
        *[story(10 + i, "2023-06-01", places=["Everywhere"]) for i in range(20)],
        story(99, "2024-01-10", orgs=["Unrelated"]),
    ]
    related = related_stories(stories, limit=30)
    assert related[0][:2] == [1, 2]                             # rare beats common, both near
    assert related[0].index(3) > related[0].index(1)            # same entity, years away
    assert related_stories(stories, limit=3)[0] == related[0][:3]
    assert 0 not in related[0]                                  # never itself
    assert related[99] == []                                    # shares nothing


def test_related_looks_only_at_a_window_around_each_story() -> None:
    # 200 stories all naming one place: each sees at most 2 * window others.
    stories = [story(i, f"2020-01-{1 + i % 28:02d}", places=["Earth"]) for i in range(200)]
    related = related_stories(stories, limit=100, window=5)
    assert max(len(r) for r in related.values()) == 10


# --- date archive ------------------------------------------------------------------------

def test_precision_decides_which_pages_list_a_story() -> None:
    stories = [story(0, "2024-03-05"), story(1, "2024-03-01", precision="month"),
               story(2, "2024-01-01", precision="year"), story(3, "2023-03-05")]
    archive = build_date_archive(stories, *urls())
    assert [d.start for d in archive.days] == [date(2023, 3, 5), date(2024, 3, 5)]
    march = next(m for m in archive.months if m.start == date(2024, 3, 1))
    assert (march.stories, march.undated) == ([0], [1])
    year = next(y for y in archive.years if y.start.year == 2024)
    assert (year.stories, year.undated) == ([1, 0], [2])   # oldest first
    assert year.count == 3
    # the month-only story is not counted on the 1st
    cells = {c.day: c for week in march.grids[0].weeks for c in week if c.day}
    assert cells[1].url is None and cells[1].count == 0
    assert cells[5].url == "archive/2024/03/05/index.html" and cells[5].count == 1
    assert sum(c.url is not None for c in cells.values()) == 1


def test_calendar_grid_and_navigation() -> None:
    stories = [story(0, "2024-02-29"), story(1, "2024-02-29"), story(2, "2023-02-28"),
               story(3, "2022-02-28")]
    archive = build_date_archive(stories, *urls())
    leap = archive.days[-1]
    grid = leap.grids[0]
    assert grid.weeks[0][:3] == [grid.weeks[0][0]] * 3 and grid.weeks[0][0].day == 0  # Thu 1st
    linked = [(c.day, c.count) for week in grid.weeks for c in week if c.url]
    assert linked == [(29, 2)]
    assert archive.months[-1].grids[0] is grid              # one grid per month, shared
    assert leap.prev.url == "archive/2023/02/28/index.html" and leap.next is None
    # breadcrumbs carry no count: a story added to the year must not change every day below it
    assert [(c.title, c.url, c.count) for c in leap.crumbs] == [
        ("2024", "archive/2024/index.html", 0), ("February 2024", "archive/2024/02/index.html", 0)]
    assert len(archive.years[0].grids) == 12
    first = archive.days[0]
    assert [p.title for p in first.on_this_day] == ["28 February 2023"]   # same date, other year
    assert leap.on_this_day == []


# --- timeline ----------------------------------------------------------------------------

def test_timeline_keeps_empty_months_as_gaps_and_links_the_others() -> None:
    counts = {(2023, 11): 2, (2024, 2): 4}
    t = monthly_timeline(counts, lambda y, m: f"archive/{y}/{m:02d}/index.html", width=400)
    assert month_span((2023, 11), (2024, 2)) == [(2023, 11), (2023, 12), (2024, 1), (2024, 2)]
    assert [b.count for b in t.bars] == [2, 0, 0, 4]
    assert [b.url for b in t.bars] == ["archive/2023/11/index.html", None, None,
                                       "archive/2024/02/index.html"]
    tallest = t.bars[3]
    assert tallest.y == 0 and tallest.height == t.height
    assert t.bars[0].height == pytest.approx(tallest.height / 2)
    assert t.bars[3].x > t.bars[0].x and t.total == 6 and t.peak == 4
    assert [(tick.label, tick.percent) for tick in t.ticks] == [("2023", 0), ("2024", 50)]
    assert monthly_timeline({}) is None


# --- entities ----------------------------------------------------------------------------

def test_entity_directory_types_aliases_counts_and_span() -> None:
    a = story(0, "2024-01-02", people=["Jordan"])
    a.aliases = {"Jordan": ["Michael Jordan", "Jordan"]}
    b = story(1, "2023-05-01", places=["Jordan"])
    c = story(2, "2024-06-01", places=["Jordan"], orgs=["Émile Corp"])
    d = story(3, "2024-07-01", orgs=["42 Club"])
    directory = entity_directory([a, b, c, d])
    jordan = directory["Jordan"]
    assert jordan.kind == "places"                    # named as a place twice, a person once
    assert jordan.aliases == ["Michael Jordan"]       # its own name is not an alias
    assert (jordan.count, jordan.first, jordan.last) == (3, 1, 2)
    assert jordan.timeline.total == 3
    assert index_letter("Émile Corp") == "E" and index_letter("42 Club") == "#"
    assert index_letter("邱垂正") == "Q"               # filed by its romanisation
    assert list(by_letter(list(directory.values()))) == ["E", "J", "#"]


# --- presentation ------------------------------------------------------------------------

def test_dates_are_shown_to_their_precision() -> None:
    d = date(2024, 3, 1)
    assert [human_date(d, p) for p in ("day", "month", "year")] == [
        "1 March 2024", "March 2024", "2024"]
    assert [iso_date(d, p) for p in ("day", "month", "year")] == ["2024-03-01", "2024-03", "2024"]


def test_script_json_cannot_close_its_script_element() -> None:
    text = str(script_json({"headline": "</script><script>alert(1)</script> & more"}))
    assert "</script" not in text and "<" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text


def test_entity_timelines_switch_to_years_over_long_spans() -> None:
    short = compact_timeline({(2020, 1): 1, (2022, 12): 2})
    assert len(short.bars) == 36 and short.bars[0].label == "January 2020: 1 story"
    long = compact_timeline({(2015, 3): 1, (2015, 9): 2, (2024, 1): 4})
    assert [b.count for b in long.bars] == [3, 0, 0, 0, 0, 0, 0, 0, 0, 4]
    assert long.bars[0].label == "2015: 3 stories" and long.total == 7
    assert (short.unit, long.unit) == ("month", "year")
