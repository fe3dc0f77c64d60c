"""What a copied page or a syndicated story carries besides its text: the site's name after
the headline, `Story continues below advertisement`, a newsletter plea, where the story first
ran; a series' note over the text; the outlet under the byline; a date in brackets after the
dateline's place."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from ingest_support import ingest_string

PAGES = """Wildfire forces thousands to flee homes in British Columbia | CBC News

Posted: Aug 18, 2023 9:12 PM PDT | Last Updated: August 18, 2023

More than 35,000 people have been ordered to leave their homes as a wildfire burns near \
Kelowna, B.C., officials said Friday.

Story continues below advertisement

The McDougall Creek fire jumped Okanagan Lake on Thursday night, destroying several homes.

This article originally appeared in the Kelowna Daily Courier.

Sign up for our daily newsletter

Rare snowstorm blankets Johannesburg - BBC News

12 June 2023

Johannesburg has seen its first significant snowfall in more than a decade, delighting \
residents.
"""


def test_a_page_titles_site_name_and_furniture_are_left_out() -> None:
    """The site's name was part of the headline, the newsletter plea the next story's
    headline, and `Story continues below advertisement` a paragraph."""
    fire, snow = ingest_string(PAGES)
    assert fire.title == "Wildfire forces thousands to flee homes in British Columbia"
    assert snow.title == "Rare snowstorm blankets Johannesburg"
    assert not any("advertisement" in p for p in fire.paragraphs)
    assert fire.signoff == "This article originally appeared in the Kelowna Daily Courier."
    assert cues.site_suffix("Review - The Best Films of 2023") is None  # not an outlet
    assert cues.site_suffix("Iran - Iraq") is None


SERIES = """Part 2 of 3: The families left behind

BY ROSA MARTINEZ
THE VALLEY HERALD

This is the second of three stories about the closing of the Dalton textile mill.

DALTON, Ga. (June 12, 2019) \u2014 When the mill closed, Maria Lopez lost more than a job. \
She lost the only place she had ever worked.

"Thirty-one years," she said. "I started when I was 19."
"""


def test_a_series_note_and_a_bracketed_date_stay_with_the_story() -> None:
    """Once `(June 12, 2019)` was read as the dateline's date, the dateline cut the story
    under its series note in two; the outlet under the byline was the lede."""
    (story,) = ingest_string(SERIES)
    assert (story.title, story.date, story.dateline) == (
        "Part 2 of 3: The families left behind", date(2019, 6, 12), "DALTON")
    assert story.byline == "BY ROSA MARTINEZ, THE VALLEY HERALD"
    assert story.summary.startswith("When the mill closed")


TIMES_OF_INDIA = """Mumbai civic body presents Rs 52,619 crore budget

TNN / Updated: Feb 4, 2023, 08:15 IST

MUMBAI: The Brihanmumbai Municipal Corporation on Saturday presented a budget of Rs 52,619 \
crore for 2023-24, the largest for any civic body in the country.
"""


def test_an_agency_and_its_stamp_set_off_by_a_slash() -> None:
    """`TNN / Updated: ...` was the first paragraph, so the story had no date and the
    dateline under it was text."""
    (story,) = ingest_string(TIMES_OF_INDIA)
    assert (story.byline, story.date, story.dateline) == ("TNN", date(2023, 2, 4), "MUMBAI")
    assert story.paragraphs[0].startswith("The Brihanmumbai Municipal Corporation")


def test_more_page_furniture_lines() -> None:
    """Related links, app and newsletter pleas as news sites set them between paragraphs."""
    for line in ("MORE: How the vote was counted", "Also Read | Sensex falls 500 points",
                 "Download the NDTV app for the latest news", "Recommended Stories",
                 "Get the latest news delivered to your inbox",
                 "Advertisement - Scroll to continue"):
        assert cues.is_chrome(line), line
    for line in ("More than 40 people died.", "Recommended reading for the summer is long."):
        assert not cues.is_chrome(line), line


FEED_TITLES = """Top Stories - Evening Edition

Fed raises rates by a quarter point despite banking turmoil
The Federal Reserve raised its benchmark rate to a range of 4.75% to 5%, its ninth increase.

Apple shares hit record high ahead of product launch
Investors bet on strong demand for the new headset expected in June.
"""


def test_a_feeds_heading_over_its_items_is_not_the_first_items_headline() -> None:
    """The list's heading was the first item's headline and its headline a paragraph."""
    fed, apple = ingest_string(FEED_TITLES)
    assert fed.title == "Fed raises rates by a quarter point despite banking turmoil"
    assert fed.paragraphs == [
        "The Federal Reserve raised its benchmark rate to a range of 4.75% to 5%, its ninth "
        "increase."]
    assert apple.title == "Apple shares hit record high ahead of product launch"


GUARDIAN = """Heatwave: UK records hottest day of the year as temperatures hit 32C

Met Office says the heat will last until the weekend, with amber warnings in place across England

Jane Doe
Tue 13 Jun 2023 18.04 BST

The UK has recorded its hottest day of the year so far, with temperatures reaching 32C at \
Heathrow, the Met Office said.

This article was amended on 14 June 2023. An earlier version said the temperature reached 33C.

Explore more on these topics
Weather
Heatwaves
UK news
"""


def test_a_guardian_page_its_credit_block_correction_and_topics() -> None:
    """The writer's name over the time stamp was the headline of a second story (the
    standfirst, with no full stop, the first story's text), and the topics list a third."""
    (story,) = ingest_string(GUARDIAN)
    assert (story.title, story.byline, story.date) == (
        "Heatwave: UK records hottest day of the year as temperatures hit 32C", "Jane Doe",
        date(2023, 6, 13))
    assert story.paragraphs[0].startswith("Met Office says the heat")
    assert story.summary.startswith("The UK has recorded its hottest day")
    assert story.signoff is not None and story.signoff.startswith("This article was amended")
    assert not any("Explore more" in p for p in story.paragraphs)


NYT = """Fed Holds Rates Steady, Signaling Cuts Are Likely This Year

The central bank left interest rates unchanged but said it expected to lower them three \
times in 2024.

By Jeanna Smialek
Reporting from Washington

March 20, 2024
Updated 4:58 p.m. ET

Federal Reserve officials left interest rates unchanged on Wednesday and signaled that they \
still expected to cut them three times this year.

A version of this article appears in print on March 21, 2024, Section A, Page 1 of the New \
York edition with the headline: Fed Holds Rates, Signals Cuts.
"""


def test_a_new_york_times_page_its_reporting_line_and_print_note() -> None:
    """`Reporting from Washington` under the byline headed a second story, and the print
    edition's note was the last paragraph."""
    (story,) = ingest_string(NYT)
    assert (story.byline, story.date) == ("By Jeanna Smialek", date(2024, 3, 20))
    assert story.summary.startswith("Federal Reserve officials left interest rates")
    assert story.signoff is not None and story.signoff.startswith("A version of this article")


def test_more_date_lines_as_pages_stamp_them() -> None:
    """The Guardian's `First published on ...` and a time after an em dash were not dates."""
    from backfile_ingest.dates import parse_date_line

    for line in ("First published on Tue 14 Mar 2023 08.15 GMT", "14 March 2023 \u2014 08:15"):
        found = parse_date_line(line)
        assert found is not None and found.value == date(2023, 3, 14), line
    assert parse_date_line("First Minister says") is None
