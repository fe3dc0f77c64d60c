"""An Indian e-paper's page (a section in capitals over a sentence-case headline, a staff
credit, the town alone in capitals over the lede, no blank lines) and an Australian site's
page copied whole (its header links, `Key points:` copied without their bullets, the
`Posted` date again under the text)."""

from __future__ import annotations

from datetime import date

from ingest_support import ingest_string

EPAPER = """8 THE HINDU CHENNAI TUESDAY, MARCH 14, 2023
TAMIL NADU
Metro rail phase II work to be completed by 2026
Special Correspondent
CHENNAI
The second phase of the Chennai Metro Rail project will be completed by 2026, officials of
the Chennai Metro Rail Limited said on Monday. Tunnelling work had begun at four sites.
Officials said land acquisition for the depot at Poonamallee had been completed.
Heatwave warning for interior districts
Staff Reporter
CHENNAI
The India Meteorological Department has forecast that maximum temperatures in interior
districts could rise by 2-3 degrees Celsius over the next three days.
"""

PAGE = """Skip to main content
ABC News
Homepage
Search
Search ABC
Log in

Farmers count cost as floodwaters recede in northern NSW

By Sarah Mitchell
Posted Tue 14 Mar 2023 at 6:45am, updated Tue 14 Mar 2023 at 11:02am
Key points:
Farmers say crops worth millions have been destroyed
The clean-up is expected to take months
Farmers in northern New South Wales are beginning to count the cost of last week's floods.
Macadamia grower Peter Wright said he had lost about half of his crop.
Posted 14 Mar 2023
Share
"""


def test_a_printed_page_with_sections_staff_credits_and_towns() -> None:
    """One story titled `Tamil Nadu`, its headlines and credits run into the text."""
    metro, heat = ingest_string(EPAPER)
    assert (metro.title, metro.kicker, metro.byline, metro.dateline) == (
        "Metro rail phase II work to be completed by 2026", "TAMIL NADU",
        "Special Correspondent", "CHENNAI")
    assert metro.date == date(2023, 3, 14)
    assert metro.paragraphs[0].startswith("The second phase of the Chennai Metro Rail project")
    assert (heat.title, heat.byline, heat.dateline) == (
        "Heatwave warning for interior districts", "Staff Reporter", "CHENNAI")


def test_a_site_header_bare_key_points_and_a_repeated_date() -> None:
    """The header was a story (`ABC News`), `Key points:` the summary, the date a paragraph."""
    (farmers,) = ingest_string(PAGE)
    assert farmers.title == "Farmers count cost as floodwaters recede in northern NSW"
    assert farmers.date == date(2023, 3, 14)
    assert farmers.summary.startswith("Farmers in northern New South Wales")
    assert farmers.paragraphs[-1] == (
        "Macadamia grower Peter Wright said he had lost about half of his crop.")
