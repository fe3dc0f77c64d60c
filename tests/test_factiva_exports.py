"""Factiva's "Full Article/Report plus Indexing" text: each record's parts under two- and
three-letter codes (`HD`, `BY`, `PD`, `SE`, `SN`; `WC`, `LA`, `CY`, `CO`, `NS`, `AN` for
bookkeeping), the code then a tab or spaces and the value, and the text under `LP` (lead) and
`TD` (the rest), records separated by form feeds or by nothing but their codes."""

from __future__ import annotations

from datetime import date

from backfile_ingest.fields import parse_field

from tests.ingest_support import ingest_string

# Invented text in the layout of a Factiva download converted to text.
RECORD = """SE       Business
HD       Ferry fares to rise in April
BY       Marta Quillon
WC       412 words
PD       29 November 2026
SN       The Valport Times
SC       VALT
LA       English
CY       (c) 2026 The Valport Times. All rights reserved.

LP
The ferry company will raise fares by 8 percent in April, its board said on Monday.

Commuters said the rise would push more people back into their cars.

TD
The company said fuel costs had risen by a third since last winter.

CO       vlfer : Valport Ferries Ltd
NS       gcat : Political/General News
AN       Document VALT000020261129ekbt0001l
"""
SECOND = """HD\tBridge reopens after repairs
PD\t28 November 2026
SN\tHarbour Weekly

LP
The bridge reopened on Saturday after three weeks of repairs.

AN\tDocument HARB000020261128ekbs0002x
"""


def test_coded_records_give_headline_date_byline_and_section() -> None:
    for text in (RECORD + "\f\n" + SECOND, RECORD + "\n" + SECOND):
        first, second = ingest_string(text)
        assert (first.title, first.date, first.byline, first.section) == (
            "Ferry fares to rise in April", date(2026, 11, 29), "Marta Quillon", "Business")
        assert first.paragraphs == [
            "The ferry company will raise fares by 8 percent in April, its board said on Monday.",
            "Commuters said the rise would push more people back into their cars.",
            "The company said fuel costs had risen by a third since last winter."]
        assert (second.title, second.date) == ("Bridge reopens after repairs",
                                               date(2026, 11, 28))
        assert second.paragraphs == [
            "The bridge reopened on Saturday after three weeks of repairs."]


def test_codes_are_fields_only_as_factiva_sets_them() -> None:
    assert parse_field("CO       vlfer : Valport Ferries Ltd") is not None
    assert parse_field("TD") is not None
    for prose in ("IN the morning he left.", "HD", "LA English", "Note: the figures"):
        assert parse_field(prose) is None, prose
