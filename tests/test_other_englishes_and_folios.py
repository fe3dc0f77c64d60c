"""Wire copy from Indian and South African papers, and a 19th-century front page: PTI's desk
trailer (`PTI ABC DEF KJ`) ends its story, a place the gazetteer knows before an en dash
(`Johannesburg \u2013 `) is a dateline, an old paper's folio line (`VOL. XLII. WHEELING, W.
VA., TUESDAY, MARCH 14, 1893. NO. 171.`) dates the page, years before 1900 are read, and
two-word capitals heads (`THE LEGISLATURE.`) open stories."""

from __future__ import annotations

from datetime import date

from backfile_ingest import cues
from backfile_ingest.dates import parse_date_line
from ingest_support import ingest_string

WIRES = """Govt to set up 50 new medical colleges this fiscal

New Delhi, Feb 3 (PTI) The Centre will set up 50 new medical colleges in the current fiscal, \
the Union Health Minister said on Friday.

"The doctor-patient ratio has improved considerably," he said.

PTI ABC DEF KJ

Lagos traders count losses as fire guts Balogun market

By Chinedu Okafor

LAGOS \u2014 Traders at the Balogun market on Lagos Island on Sunday counted their losses \
after a fire razed over 200 shops.

Eskom extends load shedding to stage 6 as breakdowns mount

Johannesburg \u2013 Eskom has escalated load shedding to stage 6 from 4pm on Monday until \
further notice, the power utility said.
"""

FRONT_PAGE = """THE DAILY INTELLIGENCER.
VOL. XLII. WHEELING, W. VA., TUESDAY, MARCH 14, 1893. NO. 171.

GREAT FIRE AT PITTSBURG.

LOSS ESTIMATED AT $500,000.

PITTSBURG, March 13.\u2014A fire which broke out at an early hour this morning in the \
wholesale district destroyed the greater part of a block.

THE LEGISLATURE.

CHARLESTON, W. VA., March 13.\u2014Both houses of the Legislature were in session to-day, \
and a large number of bills were passed.

TO-DAY'S WEATHER.

WASHINGTON, March 13.\u2014For West Virginia: Fair; warmer; southerly winds.
"""


def test_indian_and_south_african_wire_copy() -> None:
    """PTI's trailer was the next story's kicker and section; the South African dateline
    stayed in the lede."""
    colleges, lagos, eskom = ingest_string(WIRES)
    assert colleges.signoff == "PTI ABC DEF KJ"
    assert (lagos.kicker, lagos.section) == (None, "News")
    assert eskom.dateline == "Johannesburg"
    assert eskom.paragraphs[0].startswith("Eskom has escalated")
    assert cues.parse_dateline("Labour \u2013 the party of government said it would act on "
                               "housing this year") is None


def test_a_19th_century_front_page() -> None:
    """The masthead was a story, nothing was dated, `THE LEGISLATURE.` and `TO-DAY'S
    WEATHER.` ran into the story above and the title kept the deck's `AT`."""
    fire, legislature, weather = ingest_string(FRONT_PAGE)
    assert fire.title == "Great Fire at Pittsburg"
    assert fire.date == date(1893, 3, 14)
    assert (legislature.title, legislature.date) == ("The Legislature", date(1893, 3, 13))
    assert weather.title == "To-Day's Weather"
    assert parse_date_line("VOL. XII--NO. 171. NEW YORK, MONDAY, APRIL 15, 1912.").value == (
        date(1912, 4, 15))
    assert parse_date_line("Volume 3 is out") is None
