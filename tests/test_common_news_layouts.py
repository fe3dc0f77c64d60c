"""Common real layouts read right: a press release's date inside its dateline, a Guardian web
page's byline and time stamp with no `By`, a Reuters dump whose datelines give no year, an old
newspaper's one-line masthead and stacked heads, an AP contributor note under a rule, and
Reuters' version flags (`UPDATE 2-`) before a headline."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from ingest_support import ingest, ingest_string, page_header

RELEASE = """FOR IMMEDIATE RELEASE

County Opens Three New Cooling Centers

SPOKANE, Wash. \u2014 August 2, 2021 \u2014 Spokane County opened three cooling centers on \
Monday as temperatures were forecast to pass 105 degrees, Commissioner Al French said.

The centers will stay open from 10 a.m. to 9 p.m. through Thursday.

Media Contact: Ann Lee, 509-555-0142, alee@example.org

###

FOR IMMEDIATE RELEASE

Bridge Repairs Finish Early

SPOKANE, Wash. \u2014 August 9, 2021 \u2014 Repairs to the Division Street bridge finished two \
weeks ahead of schedule, the county engineer said on Monday.

-30-
"""


def test_a_release_takes_the_date_inside_its_dateline_and_drops_its_boilerplate() -> None:
    centers, bridge = ingest_string(RELEASE)
    assert (centers.date, centers.date_source, centers.dateline) == (
        date(2021, 8, 2), "dateline", "SPOKANE")
    assert centers.summary.startswith("Spokane County opened")
    assert centers.paragraphs[0].startswith("Spokane County opened")
    assert not any("alee@example.org" in p or "RELEASE" in p for p in centers.paragraphs)
    assert bridge.date == date(2021, 8, 9) and bridge.title == "Bridge Repairs Finish Early"
    assert bridge.signoff == "-30-"


def test_a_full_date_after_a_dateline_dash_is_part_of_the_dateline() -> None:
    found = cues.parse_dateline("BOISE, Idaho \u2014 3 March 2020 \u2014 The state said")
    assert found is not None
    assert (found.place, found.date_text, found.rest) == ("BOISE", "3 March 2020", "The state said")
    plain = cues.parse_dateline("BOISE, Idaho \u2014 March was the wettest month")
    assert plain is not None and plain.date_text is None


GUARDIAN = """Floods: thousands evacuated as river bursts its banks in Yorkshire

Environment Agency issues severe warnings along the Ouse after record rainfall

Helena Horton Environment reporter
Mon 8 Nov 2021 11.40 GMT

Thousands of people were evacuated from their homes in York overnight after the River Ouse \
burst its banks following the wettest October on record.

The Environment Agency said more rain was expected on Tuesday.

Germany agrees coalition deal after weeks of talks

Philip Oltermann in Berlin
Wed 24 Nov 2021 15.05 GMT

Germany's Social Democrats, Greens and Free Democrats have agreed to form a government led by \
Olaf Scholz, ending weeks of negotiations.

The parties will put the deal to their members for approval.
"""


def test_a_guardian_byline_without_by_and_its_time_stamp() -> None:
    floods, coalition = ingest_string(GUARDIAN)
    assert (floods.date, floods.byline) == (
        date(2021, 11, 8), "Helena Horton, Environment reporter")
    assert floods.paragraphs[0].startswith("Environment Agency issues")  # the standfirst
    assert floods.summary.startswith("Thousands of people were evacuated")
    assert (coalition.date, coalition.byline) == (date(2021, 11, 24), "Philip Oltermann in Berlin")
    assert coalition.summary.startswith("Germany's Social Democrats")
    assert not any("Oltermann" in p for p in coalition.paragraphs)


def test_a_signature_needs_a_time_stamp_under_it() -> None:
    assert cues.signature("Helena Horton Environment reporter", "Mon 8 Nov 2021 11.40 GMT") == (
        "Helena Horton", "Environment reporter")
    assert cues.signature("Helena Horton Environment reporter", "Thousands were evacuated.") is None
    assert cues.signature("Thousands of people were evacuated", "Mon 8 Nov 2021") is None


WIRE = """EXCLUSIVE-Carmaker weighs sale of battery unit, sources say

By Nick Carey

LONDON, Dec 30 (Reuters) - A European carmaker is weighing the sale of its battery unit, \
three people familiar with the matter said on Friday.

The talks are at an early stage, the sources said.

(Reporting by Nick Carey; Editing by Jan Harvey)

CORRECTED-UPDATE 1-Gold edges up as dollar slips

By Brijesh Patel

BENGALURU, Jan 3, 2023 (Reuters) - Gold prices edged higher on Tuesday as the dollar eased \
before minutes of the Federal Reserve's last meeting.

(Reporting by Brijesh Patel; Editing by Rashmi Aich)
"""


def test_reuters_flags_leave_the_headline_for_the_kicker() -> None:
    carmaker, gold = ingest_string(WIRE)
    assert (carmaker.title, carmaker.kicker, carmaker.section) == (
        "Carmaker weighs sale of battery unit, sources say", "EXCLUSIVE", "News")
    assert (gold.title, gold.kicker) == ("Gold edges up as dollar slips", "CORRECTED-UPDATE 1")
    assert cues.wire_flag("CO-OP members vote to merge") is None
    assert cues.wire_flag("UPDATE 2-Oil climbs") == ("UPDATE 2", "Oil climbs")


def test_a_yearless_dateline_takes_the_year_of_the_nearest_dated_story(tmp_path) -> None:
    carmaker, gold = ingest_string(WIRE)
    assert (carmaker.date, carmaker.date_source) == (date(2022, 12, 30), "dateline")  # not 2023
    assert gold.date == date(2023, 1, 3)
    report = ingest(tmp_path, {"wire.txt": WIRE.split("CORRECTED-")[0]})
    warnings = [str(p) for p in report.problems]
    assert any("gives no year" in w and "file name" in w for w in warnings), warnings
    (page,) = (tmp_path / "stories").glob("*.md")
    assert page_header(page)["Date-Source"] == "default"


def test_a_yearless_dateline_warns_which_story_gave_the_year(tmp_path) -> None:
    report = ingest(tmp_path, {"wire.txt": WIRE})
    assert any("took 2022 from the story at line" in str(p) for p in report.problems)


AP = """Tornado damages homes in central Oklahoma

By SEAN MURPHY Associated Press

OKLAHOMA CITY (AP) \u2014 A tornado damaged dozens of homes and knocked down power lines in \
central Oklahoma late Sunday, emergency officials said.

No serious injuries were reported.

___

Associated Press writers Ken Miller in Norman and Jill Bleed in Little Rock, Ark., \
contributed to this report.


Court blocks state abortion law

By GEOFF MULVIHILL Associated Press

A state judge on Monday blocked a law that would have banned most abortions, ruling that it \
likely violates the state constitution.
"""


def test_a_contributor_note_under_a_rule_signs_off_the_story_above() -> None:
    tornado, court = ingest_string(AP)
    assert tornado.title == "Tornado damages homes in central Oklahoma"
    assert tornado.signoff is not None and "contributed to this report" in tornado.signoff
    assert not any("contributed" in p for p in tornado.paragraphs)
    assert court.title == "Court blocks state abortion law"
    assert cues.is_signoff("Jane Doe contributed reporting from St. Louis.")
    assert not cues.is_signoff("He contributed to this report, which found fraud. It was shelved.")


AP_COPYRIGHT = """Judge blocks state law on migrant arrests

HOUSTON (AP) \u2014 A federal judge on Thursday blocked a new state law that would allow \
police to arrest migrants, dealing a setback to the governor.

The governor said the state would appeal the ruling.

___

Associated Press writer Jane Doe in Austin contributed to this report.

Copyright 2024 The Associated Press. All rights reserved. This material may not be \
published, broadcast, rewritten or redistributed without permission.

Storm knocks out power to thousands in Pacific Northwest

SEATTLE (AP) \u2014 A powerful storm knocked out power to more than 200,000 homes and \
businesses in Washington and Oregon on Tuesday, utilities said.
"""


def test_notes_under_a_rule_sign_off_the_story_above_the_next_one() -> None:
    """The contributor note and AP's long copyright line end the story above the rule; the
    next headline, one blank line below them, opens its own story (it was swallowed into a
    story headed by the contributor note)."""
    judge, storm = ingest_string(AP_COPYRIGHT)
    assert judge.signoff is not None
    assert "contributed" in judge.signoff and "without permission" in judge.signoff
    assert storm.title == "Storm knocks out power to thousands in Pacific Northwest"
    assert storm.dateline == "SEATTLE"


LOCAL = """City council approves budget for new fire station
By Jane Doe
Staff Writer
Published 6:45 p.m. ET March 12, 2024

SPRINGFIELD \u2014 The City Council voted 5-2 Tuesday night to approve a budget for a new \
fire station on the city's east side, ending nearly two years of debate.

Fire Chief Linda Okafor said response times on the east side have grown.

Contact Jane Doe at jdoe@example.com or 555-0142. Follow her on X @janedoe.

Correction: An earlier version of this story misstated the vote count. It was 5-2.

Hardware store owner dies at 91
By Staff Reports
Published 11:02 a.m. ET March 14, 2024

SPRINGFIELD \u2014 Harold Jennings, who ran a hardware store on Main Street for more than \
50 years, died Sunday at his home. He was 91.
"""


def test_a_local_papers_contact_line_and_correction_close_its_story() -> None:
    council, obituary = ingest_string(LOCAL)
    assert council.signoff is not None
    assert council.signoff.startswith("Contact Jane Doe at") and "misstated" in council.signoff
    assert not any("Contact" in p or "Correction" in p for p in council.paragraphs)
    assert obituary.title == "Hardware store owner dies at 91"


UPI = """By RICHARD ROE
United Press International

WASHINGTON -- The Senate voted 68-31 Thursday to approve a $1.2 billion aid package for \
Central America, handing the president a major foreign policy victory.

Senate Majority Leader Robert Dole, R-Kan., said the vote showed "a bipartisan commitment \
to democracy in the region."

Opponents, led by Sen. Christopher Dodd, D-Conn., argued the money would prolong the \
fighting in El Salvador.

The House is expected to take up the measure next week.
"""


def test_a_wire_story_under_its_byline_and_agency_is_one_story() -> None:
    """The agency's name under the byline is part of it (it was the story's headline, the
    byline a story of its own), and a dump whose story opens with a dateline is not cut by
    a change of vocabulary alone (the Dodd paragraph opened a second story)."""
    (story,) = ingest_string(UPI)
    assert story.byline == "By RICHARD ROE, United Press International"
    assert story.dateline == "WASHINGTON"
    assert story.paragraphs[-1] == "The House is expected to take up the measure next week."


TIMES_1972 = """SENATE APPROVES ARMS PACT, 72 TO 26
By JOHN ROE
Special to The New York Times

WASHINGTON, May 27 \u2014 The Senate approved today the treaty limiting antiballistic \
missile systems, sending it to the President for ratification.

The vote was 72 to 26, well above the two-thirds majority required.

SOVIETS HAIL ACCORD
By JANE ROE
Special to The New York Times

MOSCOW, May 27 \u2014 The Soviet press today hailed the arms agreement as a victory for \
"peaceful coexistence."
"""


def test_special_to_the_paper_is_part_of_the_byline() -> None:
    """It was taken for the lede, which left the next story's headline in the first story."""
    senate, soviets = ingest_string(TIMES_1972)
    assert senate.byline == "By JOHN ROE, Special to The New York Times"
    assert senate.summary.startswith("The Senate approved today")
    assert soviets.title == "Soviets Hail Accord"
    assert soviets.byline == "By JANE ROE, Special to The New York Times"


KEY_POINTS = """Floodwaters peak as residents return to ruined homes

By Jane Doe
Posted Tue 1 Mar 2022 at 6:45am, updated Tue 1 Mar 2022 at 11:02am

Key points:
- Floodwaters peaked at 14.4 metres, two metres above the 1974 record
- More than 2,000 homes have been damaged

Residents of the town have begun returning to their homes as floodwaters recede, finding \
mud-filled rooms and ruined belongings.
"""


def test_a_list_at_the_top_keeps_its_items_and_is_not_the_summary() -> None:
    """A web page's `Key points:` list: its items were run into one paragraph (in a story
    whose paragraphs are blocks of lines), and the summary was the list; the time stamp with
    its `updated` part after a comma dates the story."""
    (story,) = ingest_string(KEY_POINTS)
    assert story.paragraphs[:3] == [
        "Key points:", "- Floodwaters peaked at 14.4 metres, two metres above the 1974 record",
        "- More than 2,000 homes have been damaged"]
    assert story.summary.startswith("Residents of the town have begun")
    assert story.date == date(2022, 3, 1)


STUDENT_PAPER = """NEWS

Student senate approves new parking fee

The student senate voted 14-3 on Monday to approve a $25 increase in the annual parking \
permit fee, citing the cost of repaving Lot C.

Senate president Alicia Moreno said the increase was "the only responsible option."

SPORTS

Wildcats clinch conference title with win over Rams

The Wildcats beat the Rams 3-1 on Saturday to clinch their first conference title since 2009.

OPINION

Letters to the editor

To the editor: The new parking fee is a burden on commuter students.
"""


def test_a_pages_section_labels_open_stories_and_name_their_sections() -> None:
    """`SPORTS` over a headline: the whole dump was one story (the headline under a label
    that ends no sentence was read as part of a heading block inside the story above)."""
    senate, title, letters = ingest_string(STUDENT_PAPER)
    assert [s.title for s in (senate, title, letters)] == [
        "Student senate approves new parking fee",
        "Wildcats clinch conference title with win over Rams", "Letters to the editor"]
    assert [s.section for s in (senate, title, letters)] == ["News", "Sports", "Opinion"]
    assert cues.is_section_label("LETTERS TO THE EDITOR")
    assert not cues.is_section_label("REUTERS")  # a sign-off, which ends a story


CAMPUS = """THE DAILY CAMPUS
Volume CXXVII, Issue 42 | Thursday, February 16, 2023

NEWS
Student senate passes resolution on dining hall hours
By Maya Patel, Staff Writer
The student government passed a resolution Tuesday night calling on the university to extend \
dining hall hours until midnight during finals week.
The resolution passed 31-4, with two abstentions.

SPORTS
Huskies rout Villanova 85-62
By Chris Gomez, Sports Editor
The Huskies shot 54 percent from the field on Wednesday night to beat Villanova 85-62.
Junior guard Tristen Newton scored 22 points.
"""


def test_a_mastheads_capitals_are_not_the_house_headline_style() -> None:
    """Under `THE DAILY CAMPUS` and its issue line, the sentence-case headlines were read as
    crossheads inside one story (a dump's first headline sets its headline case)."""
    senate, huskies = ingest_string(CAMPUS)
    assert senate.title == "Student senate passes resolution on dining hall hours"
    assert (senate.section, senate.date) == ("News", date(2023, 2, 16))
    assert (huskies.title, huskies.section) == ("Huskies rout Villanova 85-62", "Sports")
    assert huskies.date == date(2023, 2, 16)  # the date, from the masthead


OLD_PAGE = """THE DAILY HERALD, CHICAGO, ILL., FRIDAY, MAY 7, 1915.

LUSITANIA TORPEDOED; MANY LOST

Great Cunard Liner Sunk Off Irish Coast by German Submarine.

AMERICANS ON BOARD

LONDON, May 7.\u2014The Cunard liner Lusitania was torpedoed and sunk off the Old Head of \
Kinsale this afternoon. Many of her passengers are believed to have been lost.

The steamer carried more than 1,900 persons.

WILSON AWAITS REPORTS

President Keeps in Touch With State Department.

President Wilson spent the evening at the White House waiting for official reports of the \
sinking of the liner.

He would make no statement tonight.
"""


def test_a_one_line_masthead_dates_the_stories_under_it() -> None:
    stories = ingest_string(OLD_PAGE)
    assert [s.title for s in stories] == ["Lusitania Torpedoed; Many Lost", "Wilson Awaits Reports"]
    assert [s.date for s in stories] == [date(1915, 5, 7)] * 2
    assert {p.role for p in stories[0].pieces if p.text.startswith("THE DAILY HERALD")} == {
        "source"}
    assert cues.masthead_line("2 THE EVENING STAR, WASHINGTON, D. C., MONDAY, JUNE 3, 1912.")
    assert cues.masthead_line("Madrid, 13 May 2022") is None  # a place and a date: no paper


def test_a_stacked_head_is_one_story_with_its_decks() -> None:
    lusitania, wilson = ingest_string(OLD_PAGE)
    assert lusitania.paragraphs[:2] == [
        "Great Cunard Liner Sunk Off Irish Coast by German Submarine.", "AMERICANS ON BOARD"]
    assert lusitania.dateline == "LONDON"
    assert lusitania.summary.startswith("The Cunard liner Lusitania was torpedoed")
    assert wilson.paragraphs[0] == "President Keeps in Touch With State Department."
    assert wilson.summary.startswith("President Wilson spent the evening")


def test_a_dateline_glued_to_its_em_dash() -> None:
    found = cues.parse_dateline(
        "WASHINGTON\u2014The Senate voted on Tuesday to extend the program for two years.")
    assert found is not None and (found.place, found.rest[:10]) == ("WASHINGTON", "The Senate")
    assert cues.parse_dateline("NATO\u2014Russia Talks Collapse") is None  # a headline
    assert cues.parse_dateline("Labour\u2014The party said it would vote against it today.") is None


def test_date_lines_as_more_sites_stamp_them() -> None:
    from backfile_ingest.dates import parse_date_line

    for line, day in [("Tuesday March 03 2023, 12.01am, The Times", date(2023, 3, 3)),
                      ("Last Updated: 3rd March, 2023 06:00 IST", date(2023, 3, 3)),
                      ("Published On 26 Jun 2023", date(2023, 6, 26)),
                      ("Tue 19 Jul 2022 16.02 BST", date(2022, 7, 19))]:
        found = parse_date_line(line)
        assert found is not None and found.value == day, line
    assert parse_date_line("March 3, 2023, The President said") is None


def test_ap_follow_lines_are_furniture() -> None:
    assert cues.is_chrome("Follow AP's coverage of the war at https://apnews.com/hub/ukraine")
    assert not cues.is_chrome("Follow the money, investigators said.")
