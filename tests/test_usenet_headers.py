"""Wire stories as Usenet carried them (ClariNet's `clari.*` groups) or as saved mail: a
header block with labels the ingest does not read (`Newsgroups:`, `Message-ID:`, `Lines:`),
then the story, hard-wrapped, its paragraphs indented."""

from __future__ import annotations

from datetime import date

from backfile_ingest.fields import is_field_shaped
from ingest_support import ingest_string

CLARINET = """From: clarinews@clarinet.com (UPI)
Newsgroups: clari.news.top
Subject: Quake shakes Los Angeles
Organization: ClariNet Communications Corp.
Message-ID: <quake.1994@clarinet.com>
Date: Mon, 17 Jan 94 14:30:00 PST
Lines: 12

\tLOS ANGELES (UPI) -- A powerful earthquake struck the San Fernando Valley
before dawn Monday, collapsing freeways and killing at least 20 people,
officials said.
\tThe magnitude 6.6 quake was centered near Northridge.

From: clarinews@clarinet.com (AP)
Newsgroups: clari.biz.market
Subject: Stocks close higher
X-Posted-By: newsfeed
Date: Mon, 17 Jan 94 16:10:00 PST
Lines: 8

\tNEW YORK (AP) -- Stocks closed higher Monday as investors shrugged off
news of the California earthquake.
"""


def test_a_usenet_header_block_heads_its_story() -> None:
    """The header's lines ran together into one paragraph, `Newsgroups: ...` was the
    headline, and each story's text was cut off from its header."""
    quake, stocks = ingest_string(CLARINET)
    assert (quake.title, quake.date, quake.dateline) == (
        "Quake shakes Los Angeles", date(1994, 1, 17), "LOS ANGELES")
    assert quake.paragraphs[0].startswith("A powerful earthquake struck")
    assert not any("Message-ID" in p or "Lines:" in p for p in quake.paragraphs)
    assert (stocks.title, stocks.dateline) == ("Stocks close higher", "NEW YORK")
    assert is_field_shaped("Message-ID: <quake.1994@clarinet.com>")
    assert not is_field_shaped("officials said. The magnitude was 6.6")


def test_a_wrapped_transcripts_turns_still_run_on() -> None:
    """A speaker's turn (`JOURNALIST: ...`) is shaped like a header line; outside a header it
    runs on over the line break as any wrapped paragraph does."""
    import backfile_ingest.segment as segment

    text = ("JOURNALIST: Thank you for joining us on the programme this\n"
            "morning, Prime Minister, and for taking our questions.\n"
            "PRIME MINISTER: It is a pleasure to be here with you\n"
            "this morning and to talk about the budget.\n\n"
            "JOURNALIST: What about taxes for working families across\n"
            "the country, will they go up?\n")
    lines = segment._physical_lines(*segment.strip_column_debris(text, None))
    wrapped = segment._is_wrapped(lines)
    units = segment._units(lines, segment._paragraph_gap(lines, wrapped), wrapped)
    assert [len(unit.lines) for unit in units] == [4, 2]
