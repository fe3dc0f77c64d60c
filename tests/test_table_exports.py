"""Exports as data sets, spreadsheets, APIs and CMSs write them: CSV/TSV tables with a header
row, JSON arrays (bare or under one key), and JSON Lines, their parts under the names those
systems use (`headline`, `content`, `publishedAt`, `authors`...). Each record is a story cited
at its own lines; a bad one is reported by file and line and the rest are still ingested."""

from __future__ import annotations

import json
from datetime import date

from tests.ingest_support import ingest, page_header

# Invented rows in the layout of a news data set (a story's text in one quoted cell).
CSV = """Title,Author,Date,URL,NewsSource,Text,ArticleNo
"Storm hits the coast","Ana Ruiz","20170701 10:15:00","https://example.org/a","Coastal Times",\
"A storm hit the coast on Saturday.

Power was cut to 4,000 homes.",1
"Council, mayor clash","Li Wen","20170702 09:00:00","https://example.org/b","Coastal Times",\
"The council and the mayor clashed over the budget on Sunday.",2
"No text here","Li Wen","20170703",,"Coastal Times",,3
"""


def test_csv_rows_are_stories_cited_at_their_lines(tmp_path) -> None:
    report = ingest(tmp_path, {"export.csv": CSV})
    first, second = report.stories
    assert (first.title, first.byline, first.date) == (
        "Storm hits the coast", "Ana Ruiz", date(2017, 7, 1))
    assert first.paragraphs == ["A storm hit the coast on Saturday.",
                                "Power was cut to 4,000 homes."]
    assert (first.first_line, first.last_line) == (2, 4)
    assert (second.title, second.first_line, second.date) == (
        "Council, mayor clash", 5, date(2017, 7, 2))
    header = page_header(tmp_path / "stories" / f"{first.slug}.md")
    assert header["Original-Url"] == "https://example.org/a"
    assert header["Source"] == "dumps/export.csv#L2-L4"
    [error] = report.errors
    assert (error.path, error.line) == ("dumps/export.csv", 6)
    assert "no story text" in error.message


def test_a_table_without_a_text_column_is_one_error(tmp_path) -> None:
    report = ingest(tmp_path, {"headlines.csv": "publish_date,score\n20170701,3\n20170702,4\n"})
    assert len(report.stories) == 0
    [error] = report.errors
    assert (error.path, error.line) == ("dumps/headlines.csv", 1)
    assert "publish_date, score" in error.message


def test_tsv_and_a_json_api_answer_and_json_lines_under_other_names(tmp_path) -> None:
    api = {"status": "ok", "articles": [
        {"source": {"name": "Example Wire"}, "author": "Jon Eriksen", "title": "Fares rise",
         "publishedAt": "2026-11-29T10:15:00Z", "url": "https://example.org/f",
         "content": "The ferry company raised fares by 8 percent."},
        {"title": "Bridge reopens", "publishedAt": "Sat, 28 Nov 2026 08:00:00 GMT",
         "content": "The bridge reopened on Saturday."}]}
    line = {"link": "https://example.org/g", "headline": "Refugees cross the border",
            "category": "WORLD NEWS", "authors": ["Ana Ruiz", "Li Wen"], "date": "2022-09-23",
            "short_description": "Thousands crossed the border on Friday."}
    report = ingest(tmp_path, {
        "wire.tsv": "headline\tpublished\tbody\nDock strike ends\t29.11.2026\tDock workers "
                    "went back to work.\n",
        "api.json": json.dumps(api, indent=2),
        "set.jsonl": json.dumps(line) + "\n"})
    assert report.errors == []
    by_title = {s.title: s for s in report.stories}
    assert by_title["Dock strike ends"].date == date(2026, 11, 29)
    fares, bridge = by_title["Fares rise"], by_title["Bridge reopens"]
    assert (fares.byline, fares.date, fares.first_line) == ("Jon Eriksen", date(2026, 11, 29), 4)
    assert fares.last_line == 13
    assert bridge.date == date(2026, 11, 28)
    assert (bridge.first_line, bridge.last_line) == (14, 18)  # counted on from the first object
    refugees = by_title["Refugees cross the border"]
    assert (refugees.section, refugees.byline, refugees.date) == (
        "World News", "Ana Ruiz, Li Wen", date(2022, 9, 23))
    assert refugees.paragraphs == ["Thousands crossed the border on Friday."]


def test_bad_json_exports_are_reported_with_their_line(tmp_path) -> None:
    report = ingest(tmp_path, {"broken.json": '[\n  {"title": "A",\n  "body": }\n]\n',
                               "scalar.json": "42\n"})
    assert sorted((p.path, p.line) for p in report.errors) == [
        ("dumps/broken.json", 3), ("dumps/scalar.json", 1)]


def test_a_file_holding_one_story_object(tmp_path) -> None:
    """news-please and other scrapers write one JSON object a story, a file each (it was an
    error: no array in it); an object with no story text in it still is one."""
    scraped = {"authors": ["Jane Doe"], "date_download": "2021-03-05 10:11:12",
               "date_publish": "2021-03-04 08:00:00", "description": "Rates held.",
               "language": "en", "source_domain": "www.example.com",
               "maintext": "The central bank held interest rates steady on Thursday.\n\n"
                           "Governor John Smith said the bank would act if inflation rose.",
               "title": "Central bank holds rates", "url": "https://www.example.com/rates"}
    report = ingest(tmp_path, {"rates.json": json.dumps(scraped, indent=1),
                               "config.json": json.dumps({"name": "x", "version": 2})})
    (story,) = report.stories
    assert (story.title, story.date, story.byline) == (
        "Central bank holds rates", date(2021, 3, 4), "Jane Doe")
    assert story.paragraphs[1].startswith("Governor John Smith")
    assert [p.path for p in report.errors] == ["dumps/config.json"]


def test_an_api_answer_with_its_stories_nested_deeper(tmp_path) -> None:
    """The Guardian's Content API answers `{"response": {"results": [...]}}`, each result's
    text and byline under `fields` and its parts named `webTitle`, `webPublicationDate`,
    `sectionName`, `webUrl` (it was an error: no array at the top)."""
    answer = {"response": {"status": "ok", "total": 2, "results": [
        {"sectionName": "World news", "webPublicationDate": "2023-03-01T10:00:00Z",
         "webTitle": "Floods hit northern towns", "webUrl": "https://example.org/floods",
         "fields": {"byline": "Jane Doe", "bodyText": "Floods hit several towns on Tuesday."}},
        {"sectionName": "Business", "webPublicationDate": "2023-03-02T09:00:00Z",
         "webTitle": "Bank holds rates",
         "fields": {"bodyText": "The bank held interest rates on Thursday."}}]}}
    report = ingest(tmp_path, {"guardian.json": json.dumps(answer, indent=2)})
    assert report.errors == []
    floods, bank = report.stories
    assert (floods.title, floods.date, floods.section, floods.byline) == (
        "Floods hit northern towns", date(2023, 3, 1), "World news", "Jane Doe")
    assert floods.first_line == 6
    assert (bank.title, bank.section) == ("Bank holds rates", "Business")


FRENCH_EXPORT = """titre;date;auteur;rubrique;texte
"Gr\u00e8ve \u00e0 la SNCF";"2023-03-07";"Marie Charrel";"\u00c9conomie";\
"La SNCF pr\u00e9voit un trafic tr\u00e8s perturb\u00e9 mardi."
"""


def test_a_tables_columns_named_in_another_language(tmp_path) -> None:
    """A French newsroom's spreadsheet (`titre`, `texte`, `auteur`, `rubrique`, semicolons)
    was one error: no `body` column."""
    report = ingest(tmp_path, {"export.csv": FRENCH_EXPORT})
    (story,) = report.stories
    assert (story.title, story.date, story.byline, story.section) == (
        "Gr\u00e8ve \u00e0 la SNCF", date(2023, 3, 7), "Marie Charrel", "\u00c9conomie")
    assert story.paragraphs == ["La SNCF pr\u00e9voit un trafic tr\u00e8s perturb\u00e9 mardi."]
    assert not report.errors
