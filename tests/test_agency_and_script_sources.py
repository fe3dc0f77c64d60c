"""Sources read since session 12: Asian and Russian agencies' wire ends and flags, dates and
sentences in Cyrillic, Arabic and CJK text, UTF-16 without a byte-order mark, pictures among
the dumps, WordPress and NewsAPI exports, and web pages' cookie and share-bar furniture."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from backfile_ingest.dates import parse_date_line, written_date
from backfile_ingest.problems import IngestError
from backfile_ingest.read import decode_dump
from backfile_ingest.summary import summarize
from ingest_support import ingest, ingest_string

SOURCES = Path(__file__).parent / "fixtures" / "sources"  # whole dumps written for these tests

YONHAP = """(LEAD) N. Korea fires ballistic missile into East Sea: JCS

SEOUL, March 16 (Yonhap) -- North Korea fired a ballistic missile on Thursday, the JCS said.

(ATTN: UPDATES with details in paras 3-4)

The missile flew about 1,000 kilometers, the JCS said.

yoonjae@yna.co.kr
(END)

Samsung to invest 300 tln won in chip cluster

SEOUL, March 15 (Yonhap) -- Samsung will invest 300 trillion won, the government said.
"""


def test_yonhap_flag_end_mark_and_email_close_the_story() -> None:
    first, second = ingest_string(YONHAP)
    assert (first.title, first.kicker) == (
        "N. Korea fires ballistic missile into East Sea: JCS", "LEAD")
    assert first.signoff == "yoonjae@yna.co.kr (END)"
    assert first.paragraphs[-1] == "The missile flew about 1,000 kilometers, the JCS said."
    assert not any("ATTN" in p for p in first.paragraphs)
    assert second.title == "Samsung to invest 300 tln won in chip cluster"


def test_xinhua_glued_enditem_and_editor_line_are_the_signoff() -> None:
    first, second = ingest_string(
        "China's foreign trade up 4.8 pct\n\nBEIJING, March 7 (Xinhua) -- China's foreign "
        "trade rose 4.8 percent year on year in the first two months, data showed Tuesday.\n\n"
        "ASEAN remained its largest trading partner. Enditem\n\nEditor: Liu Yang\n\n"
        "Xi sends letter to forum\n\nBEIJING, March 8 (Xinhua) -- Chinese President Xi "
        "Jinping on Wednesday sent a congratulatory letter to the forum. Enditem\n")
    assert first.signoff == "Enditem Editor: Liu Yang"
    assert first.paragraphs[-1] == "ASEAN remained its largest trading partner."
    assert second.title == "Xi sends letter to forum" and second.signoff == "Enditem"
    assert second.paragraphs[-1].endswith("to the forum.")


def test_afp_desk_initials_are_the_signoff() -> None:
    (story,) = ingest_string(
        "Unions call new strike day\n\nPARIS, March 14, 2023 (AFP) - French unions on Tuesday "
        "called a new day of nationwide strikes against the pension reform.\n\nbur-fff/jh/lth\n")
    assert story.signoff == "bur-fff/jh/lth" and story.date == date(2023, 3, 14)
    assert story.paragraphs == [
        "French unions on Tuesday called a new day of nationwide strikes against the pension "
        "reform."]


@pytest.mark.parametrize(("line", "expected"), [
    ("2023年3月21日 12時30分", date(2023, 3, 21)),
    ("2023년 3월 21일 (화) 14:05", date(2023, 3, 21)),
    ("17 марта 2023 года", date(2023, 3, 17)),
    ("14 березня 2023 року", date(2023, 3, 14)),
    ("10 مارس 2023", date(2023, 3, 10)),
])
def test_dates_in_other_scripts_are_date_lines(line: str, expected: date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == expected


def test_russian_dateline_date_and_english_text_untouched() -> None:
    found = written_date("МОСКВА, 17 марта 2023 года. /ТАСС/. Банк России сохранил ставку.")  # noqa: RUF001
    assert found is not None and found.value == date(2023, 3, 17)
    assert parse_date_line("2023 3 21") is None


def test_japanese_stories_split_at_headline_and_date_line() -> None:
    first, second = ingest_string(
        "岸田首相、ウクライナを電撃訪問\n\n2023年3月21日 12時30分\n\n"
        "岸田文雄首相は21日、ウクライナの首都キーウを訪問した。ゼレンスキー大統領と会談する。\n\n"
        "日銀、大規模緩和を維持\n\n2023年3月10日 15時02分\n\n"
        "日本銀行は10日の金融政策決定会合で、大規模な金融緩和策の維持を決めた。\n")
    assert (first.title, first.date) == ("岸田首相、ウクライナを電撃訪問", date(2023, 3, 21))
    assert (second.title, second.date) == ("日銀、大規模緩和を維持", date(2023, 3, 10))
    assert first.summary == (
        "岸田文雄首相は21日、ウクライナの首都キーウを訪問した。ゼレンスキー大統領と会談する。")


def test_chinese_reporter_credit_closes_the_story() -> None:
    first, second = ingest_string(
        "全国两会闭幕\n\n新华社北京3月11日电 第十四届全国人民代表大会第一次会议11日上午举行。\n\n"
        "\uff08记者 王明\uff09\n\n央行宣布降准\n\n新华社北京3月17日电 中国人民银行17日宣布降准。\n")
    assert (first.title, first.signoff) == ("全国两会闭幕", "\uff08记者 王明\uff09")
    assert second.title == "央行宣布降准"


def test_cjk_summary_keeps_first_two_sentences_without_a_space() -> None:
    assert summarize("第一句。第二句。第三句。") == "第一句。第二句。"


def test_utf16_without_bom_is_read_with_a_warning() -> None:
    text = "Heatwave grips Europe\r\n\r\nROME - Temperatures topped 40C.\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded = decode_dump(text.encode(encoding), "dumps/n.txt")
        assert decoded.text == text and decoded.encoding == encoding
        assert "byte-order mark" in decoded.warnings[0].message


def test_binary_with_nuls_is_still_refused_and_pictures_are_named() -> None:
    with pytest.raises(IngestError) as caught:
        decode_dump(b"\x00\x01\x02\x03abc\x00\x00\x10", "dumps/x.bin")
    assert "binary file" in caught.value.problem.message
    with pytest.raises(IngestError) as caught:
        decode_dump(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "dumps/photo.jpg")
    assert "JPEG image" in caught.value.problem.message
    assert caught.value.problem.path == "dumps/photo.jpg"


def test_wordpress_csv_and_newsapi_json(tmp_path) -> None:
    newsapi = {"status": "ok", "articles": [{
        "source": {"id": "bbc-news", "name": "BBC News"}, "author": "BBC News",
        "title": "Credit Suisse shares plunge - BBC News",
        "publishedAt": "2023-03-15T14:32:11Z",
        "content": "Shares in Credit Suisse fell as much as 30% on Wednesday.\r\nThe Saudi "
                   "National Bank said it could not \u2026 [+2351 chars]"}]}
    report = ingest(tmp_path, {
        "wp.csv": "ID,post_title,post_date,post_content,post_author,Categories\n"
                  '101,School board delays vote,2023-03-14 19:22:05,"<p>The board delayed '
                  'a vote &amp; parents packed the meeting.</p>\n<p>A new vote is set.</p>",'
                  "mgarcia,Education|Local News\n",
        "api.json": json.dumps(newsapi),
    })
    assert not report.errors
    api, wp = sorted(report.stories, key=lambda s: s.dump)
    assert (wp.title, wp.date, wp.byline) == (
        "School board delays vote", date(2023, 3, 14), "mgarcia")
    assert wp.paragraphs == ["The board delayed a vote & parents packed the meeting.",
                             "A new vote is set."]
    assert wp.tags == ["Education", "Local News"]
    assert api.title == "Credit Suisse shares plunge"
    assert api.truncated and api.paragraphs[-1] == "The Saudi National Bank said it could not\u2026"


def test_cookie_banner_and_share_buttons_are_furniture() -> None:
    (story,) = ingest_string(
        "We use cookies to personalize content and ads. By clicking \"Accept All\", you agree "
        "to our use of cookies.\nAccept All\n\nBank collapses in biggest failure since 2008\n\n"
        "By Allison Morrow, CNN\n\nFacebook\nTweet\nEmail\nLink Copied!\n\n"
        "Silicon Valley Bank collapsed on Friday morning after a run on the bank, regulators "
        "said.\n\nTerms of Use\nPrivacy Policy\n")
    assert story.title == "Bank collapses in biggest failure since 2008"
    assert story.byline == "By Allison Morrow, CNN"
    assert story.paragraphs == [
        "Silicon Valley Bank collapsed on Friday morning after a run on the bank, regulators said."]


def test_tass_dateline_in_russian_dates_and_leaves_the_lede() -> None:
    first, second = ingest_string((SOURCES / "tass_russian.txt").read_text(encoding="utf-8"))
    assert (first.date, second.date) == (date(2023, 3, 14), date(2023, 3, 17))
    assert first.dateline == second.dateline == "\u041c\u041e\u0421\u041a\u0412\u0410"
    assert first.summary.startswith("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442")


def test_arabic_place_and_date_line_dates_the_story() -> None:
    (story,) = ingest_string(
        "\u0627\u062a\u0641\u0627\u0642 \u0633\u0639\u0648\u062f\u064a \u0625\u064a\u0631\u0627"
        "\u0646\u064a\n\n\u0627\u0644\u0631\u064a\u0627\u0636 - 10 \u0645\u0627\u0631\u0633 "
        "2023\n\n\u0627\u062a\u0641\u0642\u062a \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 "
        "\u0648\u0625\u064a\u0631\u0627\u0646 \u064a\u0648\u0645 \u0627\u0644\u062c\u0645\u0639"
        "\u0629 \u0639\u0644\u0649 \u0627\u0633\u062a\u0626\u0646\u0627\u0641 \u0627\u0644\u0639"
        "\u0644\u0627\u0642\u0627\u062a.\n")
    assert story.date == date(2023, 3, 10)
    assert story.summary.startswith("\u0627\u062a\u0641\u0642\u062a")


def test_google_docs_no_break_spaces_leave_the_byline() -> None:
    (story,) = ingest_string(
        "Ferry\u00a0service\u00a0resumes\n\nBy\u00a0Priya\u00a0Nair\n\n"
        "The island ferry resumed sailings on Friday after a three-day strike, the operator "
        "said.\n")
    assert story.byline == "By Priya Nair"


def test_anadolu_page_deck_byline_date_and_place_alone() -> None:
    (story,) = ingest_string((SOURCES / "anadolu_web.txt").read_text(encoding="utf-8"))
    assert story.title == "Türkiye, Egypt agree to upgrade diplomatic ties"
    assert (story.byline, story.date, story.dateline) == ("Burak Dag", date(2023, 3, 18), "ANKARA")
    assert story.paragraphs[0] == (
        "Foreign ministers of both countries hold joint news conference in Cairo")
    assert story.paragraphs[1].startswith("Türkiye and Egypt agreed on Saturday")
    assert not any("subscribers" in p for p in story.paragraphs)


def test_cnn_dateline_alone_on_its_line() -> None:
    (story,) = ingest_string(
        "Bank collapses in biggest failure since 2008\n\nBy Allison Morrow, CNN\n\n"
        "New York CNN \u2014\n\nSilicon Valley Bank collapsed on Friday morning after a run on "
        "the bank, marking the largest failure since 2008.\n")
    assert story.dateline == "New York"  # (the place; the line is the dateline piece)
    assert story.paragraphs[0].startswith("Silicon Valley Bank collapsed")


def test_ocr_debris_after_a_place_is_no_dateline_alone() -> None:
    (story,) = ingest_string(
        "TWO SMASHES AT\n\nROCKDALE -.-\u00bb- I\n\nTwo road accidents occurred within half a "
        "mile of each other on Princes Highway last night.\n")
    assert story.dateline != "ROCKDALE -.-\u00bb- I"


def test_relative_stamps_never_date_a_story() -> None:
    first, second = ingest_string(
        "City council approves new bike lanes\nUpdated 3 hours ago\nBy Tom Brady\n"
        "The city council voted 7-2 on Tuesday night to approve a network of protected bike "
        "lanes downtown.\nConstruction is expected to begin next spring.\n\n"
        "Library extends weekend hours\n2 days ago\nThe central library will stay open until "
        "8 p.m. on Saturdays from next month, the library board said.\n")
    assert [s.date_source for s in (first, second)] == ["default", "default"]
    assert first.byline == "By Tom Brady"
    assert not any("ago" in p for s in (first, second) for p in s.paragraphs)
