"""Where stories start in a run of paragraphs with no separators: evidence from cues (a
headline over a lede, a kicker, a dateline, a byline, a sign-off, a line cut off mid-sentence)
summed per gap and swayed by lexical cohesion; in dumps without headlines, cohesion alone
(TextTiling-style dips in vocabulary overlap) may cut too.
"""

from __future__ import annotations

import itertools
from collections import Counter

from . import cues
from .anatomy import HIGHLIGHT
from .cohesion import gap_similarities, gap_similarity, terms
from .dates import parse_date_line
from .fields import is_field, is_field_shaped, names_story, opens_block

# Openings that continue a story rather than start one.
_CONTINUERS_TEXT = """
    he she it they his her its their them him we our i but and or so yet also however
    meanwhile instead still then this that these those such both neither nor moreover
    furthermore besides nevertheless nonetheless thus therefore hence although though
    otherwise mr mrs ms dr
"""
_CONTINUERS = frozenset(_CONTINUERS_TEXT.split())
_OPEN_QUOTES = "\u201c\"\u2018'\u00ab"

CUE_THRESHOLD = 2.0  # summed evidence needed for a boundary
HEADLINE = 1.5  # a headline-like line over a lede
QUESTION_MAX_WORDS = 8  # question headlines are short ("Can Yahoo dominate next decade?")
HEADLINE_ECHO = 1.0  # ... whose words recur in the lede, as a headline's do
LEXICAL_WINDOW = 3  # paragraphs on each side of a gap compared for cohesion
LEXICAL_MAX_SIM = 0.10  # a local dip in similarity below this suggests a new story
COHESION_SWAY = 0.5  # what a change of vocabulary adds to a cue's evidence
LEXICAL_SAME_STORY = 0.25  # above this similarity, weaker cues are discounted
LEXICAL_WEIGHT = 2.0  # extra evidence from a dip down to no overlap at all
CUE_MIN_GAP = 2  # paragraphs between a cohesion boundary and one that cues found
LEXICAL_MIN_GAP = 1  # paragraphs between two cohesion boundaries
LEXICAL_MIN_STORY = 2  # paragraphs between a cohesion boundary and the dump's start or end
LEXICAL_MIN_TERMS = 12  # content terms each side needs before its similarity means anything
LEDE_MIN_WORDS = 10  # a story opened by cohesion alone opens with a real sentence
CREDITED = 2.0  # a headline over `Jane Doe, The Times | June 13, 2017`, as roundups list links
DATED_OPENING = 3.0  # a date line over a lede, where the dump opens with one
STACKED_HEAD = 1.0  # a capitals headline with decks: an old paper's story, not a crosshead
DATELINE_LEDE = 1.0  # a headline over a lede that opens with a dateline (which it vetoes)
STAMPED = 1.0  # a headline over its time stamp and a dateline lede: the stamp is evidence too
SIGNED_ABOVE = 2.0  # a headline under a byline that signs the story above it
SOURCES_ITEM_WORDS = 30  # an item of a story's list of sources or topics


def _opening_word(text: str) -> str:
    word = text.lstrip(_OPEN_QUOTES + "(").split(maxsplit=1)
    return word[0].lower().strip(",.:;\u2019'") if word else ""


def cue_boundaries(texts: list[str], blanks_before: list[int], para_gap: int, wrapped: bool,
                   headed: bool) -> list[int]:
    """Indexes of the paragraphs that open a new story, from cues and lexical cohesion.
    `blanks_before` holds the blank lines above each paragraph; `para_gap` the dump's usual
    number; `wrapped` says line ends are hard wraps; `headed` that stories have headlines."""
    n = len(texts)
    if n < 2:
        return []
    marked = [cues.is_markdown_heading(t) for t in texts]
    texts = [cues.unmark(t) for t in texts]  # `# Headline`, `*By Jane Doe*`
    # A `Label: value` line is a field of a labelled block (scored below), never a headline:
    # counted as one, a labelled block under a short unpunctuated body line joined that line's
    # "heading block", which nothing inside may open.
    rows = cues.table_rows(texts)  # (`Arsenal 2 Everton 1` is no headline)
    cited = [cues.dated_citation(t) is not None or cues.masthead_line(t) is not None
             for t in texts]  # (a page's running head, `THE EVENING STAR, ..., 1912.`, too)
    # A running head over text that carries on (no headline, no dateline under it) is a page
    # break inside a story (`THE WEEKLY REVIEW | March 3, 2020 | 13`), not a new one.
    folio = [c and cues.masthead_line(t) is not None and i + 1 < n
             and not cues.headline_style(texts[i + 1]) and not cues.parse_dateline(texts[i + 1])
             for i, (t, c) in enumerate(zip(texts, cited, strict=True))]
    heading = [bool(cues.headline_style(t)) and not cues.is_chrome(t)
               and not parse_date_line(t) and not is_field(t) and not c
               and not cues.credit_date_line(t) and not row
               for t, c, row in zip(texts, cited, rows, strict=True)]  # (a row is none)
    # A headline too long to look like one, over its time stamp over a dateline lede:
    stamped = [i < n - 2 and cues.is_stamped_headline(texts[i], texts[i + 1], texts[i + 2])
               and not is_field(texts[i]) for i in range(n)]
    heading = [h or s for h, s in zip(heading, stamped, strict=True)]
    speakers = cues.speaker_labels(texts)
    if speakers:  # a transcript's turn is no headline (`REPORTER: Will taxes go up?`)
        heading = [h and (cues.split_kicker(t) or ("",))[0] not in speakers
                   for h, t in zip(heading, texts, strict=True)]
    # A Markdown heading that reads as a headline opens a story ("# Not a heading, and..." is
    # a sentence someone typed a hash before).
    score = [2.0 if mark and heading[i] else STAMPED if stamped[i] else 0.0
             for i, mark in enumerate(marked)]
    veto = [False] * n
    _score_headings(texts, heading, score, veto, rows)
    labelled = [is_field(t) and (cues.split_kicker(t) or ("",))[0] not in speakers
                for t in texts]  # (a transcript's `REPORTER: ` speaks: no `Reporter:` field)
    for i in range(1, n):  # a header's lines with labels not known (`Message-ID: <...>`)
        labelled[i] = labelled[i] or (labelled[i - 1] and is_field_shaped(texts[i]))
    # A dump that opens with a date line over a lede sets its stories out that way (news in
    # brief: `\u2022 09/16/2022` over each item): such a date line opens a story.
    dated = n > 1 and bool(parse_date_line(texts[0])) and is_lede(texts[1], texts[0])
    for i in range(1, n):
        text, prev = texts[i], texts[i - 1]
        first = text.lstrip(_OPEN_QUOTES + "(")[:1]
        if HIGHLIGHT in (text, prev):
            veto[i] = True  # `@highlight` and the point under it close the story above
        if cues.is_sources_heading(text):
            for j in range(i, n):  # `Explore more on these topics` / `Weather` / ...: the
                if j > i and len(texts[j].split()) > SOURCES_ITEM_WORDS:  # list of topics
                    break  # or sources closing the story above
                veto[j] = True
        if (cues.is_wire_slug(text) and not labelled[i - 1]) or (cited[i] and not folio[i]):
            score[i] += 4  # `BC-Asia-Markets,0230` heads a wire story, a library's citation
            # (`The Sydney Morning Herald (NSW : 1842 - 1954), Monday 10 April 1944, page 4`)
            # a digitised article
        if cues.is_wire_slug(prev) or cited[i - 1] or (
                cues.is_editors_note(prev) and not heading[i]):
            veto[i] = True  # what follows a slug line, a citation or an editor's note
            # belongs to its story
        if labelled[i - 1] and not labelled[i] and _under_header(texts, labelled, i):
            veto[i] = True  # the body under a header naming its story (`Subject: ...` / `Date:
            # ...` / `Lines: 12`, then `LOS ANGELES (UPI) -- ...`)
        if labelled[i]:  # `Title:`, `Date:`...: a labelled block opens a story after prose
            if labelled[i - 1]:
                veto[i] = True
            else:
                block = itertools.takewhile(lambda j: labelled[j], range(i, n))
                if any(opens_block(texts[j]) for j in block):  # `From:` / `Subject:`
                    score[i] += 4
        if cues.kicker(prev) == prev + " ":
            veto[i] = True  # a kicker alone on its line belongs to what follows it
        if (cues.is_byline(prev) and not _signs_above(texts, heading, i - 1)) or (
                i >= 2 and cues.is_byline(texts[i - 2]) and cues.is_byline_title(prev)):
            veto[i] = True  # `By JANE DOE` / `United Press International` / the story's text
        if (cues.is_photo_credit(text) or cues.is_signoff(text) or cues.is_chrome(text)
                or first.islower()):
            veto[i] = True  # `Read more`, `READ: ...`: furniture closes the story above
        if i >= 2 and heading[i - 2] and cues.trailing_credit(prev):
            score[i] -= 2.0  # a headline's photo caption (`... (Xinhua/Lin Hao)`) and its story
        if heading[i] and cues.is_about_heading(text):
            veto[i] = True  # a release's `About Acme Inc.` over its boilerplate: the release's
        if heading[i] and (cues.is_chrome(prev) or rows[i - 1]):
            score[i] += 1.0  # `Read more`, `READ: ...` under a story, a headline under that;
            # a results or league table's last row (`Luton 1 Brighton 4`), a report under it
        if cues.is_signoff(prev) and not cues.is_photo_credit(prev):
            score[i] += 4  # (`\u00a9 Provided by ...` under a lede is a credit, not an end)
        if cues.kicker(text) and (cues.split_kicker(text) or ("",))[0] not in speakers:
            score[i] += 3  # (a transcript's `PRIME MINISTER: ` speaks again: no new story)
        if cues.parse_dateline(text) or cues.byline_dateline(text):
            score[i] += 3  # (`by Jane Doe BERLIN — `: a byline run into the dateline)
        if (dated and i + 1 < n and parse_date_line(text) and is_lede(texts[i + 1], text)
                and _ends_story(prev)):
            score[i] += DATED_OPENING
            veto[i + 1] = True  # the item under its date line
        if cues.is_byline(text) and _signs_above(texts, heading, i):
            veto[i] = True  # `Von Anna Schmidt` under the text, a headline under it: the
            score[i + 1] += SIGNED_ABOVE  # story above ends with its writer's name
        elif cues.is_byline(text):
            score[i] += 2.5
        if (i + 1 < n and cues.is_section_label(text) and not heading[i + 1]
                and is_lede(texts[i + 1], text) and _ends_story(prev)):
            score[i] += HEADLINE  # a page's `CORRECTIONS` over its text: its headline (a
            # crosshead inside a story, `WORLD OF WARCRAFT`, keeps the story's vocabulary)
            veto[i + 1] = True
        if (
            not wrapped
            and not headed  # where stories have headlines, a cut-off end is followed by one
            and len(prev.split()) >= LEDE_MIN_WORDS
            and cues.ends_mid_sentence(prev)
            and not heading[i - 1]
            and not cues.is_photo_credit(prev)
            and (first.isupper() or first.isdigit())
        ):
            score[i] += 2.5
        if blanks_before[i] > para_gap:
            score[i] += 1.0  # a longer pause than between paragraphs
        opener = _opening_word(text)
        if opener in _CONTINUERS:
            score[i] -= 1.5
        if text[:1] in _OPEN_QUOTES and not heading[i]:
            score[i] -= 1.0
    near = [i for i in range(1, n) if not veto[i] and score[i] >= CUE_THRESHOLD - COHESION_SWAY]
    # A headed dump needs cohesion only around the boundaries the cues (nearly) found.
    needed = {j for i in near for j in range(i - LEXICAL_WINDOW, i + LEXICAL_WINDOW)}
    # (a labelled line is no story's prose: a newsletter's `Subject:` names every item under it)
    bags = [terms(t) if (not headed or j in needed) and not labelled[j] else Counter()
            for j, t in enumerate(texts)]
    for i in near:
        similarity = gap_similarity(bags, i, LEXICAL_WINDOW)
        if similarity >= LEXICAL_SAME_STORY:
            score[i] -= 1.0  # the vocabulary runs on across the gap: likely the same story
        elif similarity < LEXICAL_MAX_SIM:
            score[i] += COHESION_SWAY  # the vocabulary changes: likely a new story
    cued = [i for i in range(1, n) if not veto[i] and score[i] >= CUE_THRESHOLD]
    if headed or _opens_with_dateline(texts):
        # a dump that heads its stories, or opens its first with a dateline as wire copy
        # does: a story without a headline, or without a dateline, is unlikely
        return cued
    sims = gap_similarities(bags, LEXICAL_WINDOW)
    lexical = _lexical_boundaries(texts, bags, sims, heading, veto, score, cued)
    return sorted({*cued, *lexical})


def _score_headings(texts: list[str], heading: list[bool], score: list[float],
                    veto: list[bool], rows: list[bool]) -> None:
    """A run of headline-like lines over a lede opens a story: at its first line if the run
    is a headline and a deck (two lines at most) or opens the dump, else at its last line
    (the lines before it are the tail of a list ending the previous story). Nothing inside
    the heading block, nor the lede under it, opens another story. Where the dump opens with
    a headline, its case (ALL CAPS or not) is the house style: a line in the other case is a
    crosshead inside a story."""
    n = len(texts)
    # (a paper's name over the date opens a page: a masthead, not the house headline)
    first = 2 if n > 2 and heading[0] and parse_date_line(texts[1]) else 0
    if first < n - 1 and cues.is_section_label(texts[first]) and heading[first + 1]:
        first += 1  # (`LETTERS TO THE EDITOR` over the first headline: the page's, not the house's)
    house_caps = cues.headline_style(texts[first]) == "caps" if heading[first] else None
    i = 0
    while i < n:
        if not heading[i]:
            i += 1
            continue
        end = i
        caps = texts[i].upper() == texts[i]  # (a heading with no lower case: "caps" style)
        while end + 1 < n and (heading[end + 1] or (caps and cues.is_stacked_deck(texts[end + 1]))):
            end += 1  # (an old paper's stacked head: `Liner Goes Down After Striking Iceberg.`)
        # a capitals headline over Title Case decks ending in full stops is one stacked head,
        # however many decks it has; a list ending the story above has no such decks
        stacked = caps and any(not heading[j] for j in range(i + 1, end + 1))
        body = end + 1
        if body + 1 < n and cues.is_byline(texts[body + 1]) and cues.is_standfirst(texts[body]):
            body += 1  # a web page's standfirst between the headline and the byline
        while body < n and (cues.is_byline(texts[body]) or cues.is_photo_credit(texts[body])
                            or cues.is_life_span(texts[body]) or cues.cable_dateline(texts[body])
                            or (body > end + 1 and cues.is_reporting_note(texts[body]))
                            or cues.is_chrome(texts[body]) or parse_date_line(texts[body])
                            or cues.credit_date_line(texts[body])
                            or (body > end + 1 and cues.is_byline_title(texts[body]))
                            or (body + 1 < n and cues.is_name_line(texts[body], texts[body + 1]))
                            or (body == end + 1 and body + 1 < n
                                and _printed_credit(texts, body))
                            or (body + 1 < n and _credited(texts[body - 1], texts[body + 1])
                                and cues.place_alone(texts[body]))  # (`Staff Reporter` /
                            # `CHENNAI` / the lede)
                            or (body + 1 < n and cues.signature(texts[body], texts[body + 1]))
                            or cues.is_provider_label(texts[body])
                            or (body > end + 1 and cues.is_provider_label(texts[body - 1]))
                            or rows[body]):  # (a story's table of results
            body += 1  # or prices under its headline, the report under the table)
        credited = body > end + 1 and cues.credit_date_line(texts[body - 1]) is not None
        # (a credited headline is one line: above it, the last story's teaser `... explains...`)
        start = end if credited and i > 0 else i if end - i < 2 or i == 0 or stacked else end
        if body < n and (is_lede(texts[body], texts[start]) or credited):
            # (under a roundup's `Jane Doe, The Times | June 13, 2017`, any text is the lede)
            for j in range(start + 1, body + 1):
                veto[j] = True
            lede = terms(" ".join(texts[body : body + 2]))
            echoed = any(term in lede for term in terms(" ".join(texts[start:body])))
            labelled = start < end and cues.is_section_label(texts[start])
            caps = cues.headline_style(texts[start + labelled]) == "caps"  # (past `SPORTS`)
            if house_caps is not None and caps != house_caps:
                pass
            elif i > 0 and texts[i - 1].endswith(":") and not cues.is_chrome(texts[i - 1]):
                pass  # a list the line above introduces (`Kindly share this story:` is a plea)
            elif start == i > 0 and not _ends_story(texts[i - 1]) and not rows[i - 1] and not (
                    cues.is_section_label(texts[i - 1])
                    and (i == 1 or _ends_story(texts[i - 2]))):
                pass  # under a fragment ("1400 GMT"): part of a heading block, not a new one
            elif start > i and not echoed and not credited:
                pass  # the last line of a list, unless the paragraph below takes up its words
            elif texts[start].endswith("!") or (texts[start].endswith("?") and not (
                    echoed and len(texts[start].split()) <= QUESTION_MAX_WORDS)):
                pass  # more often a reader's comment than a headline
            else:
                if start > 0 and (parse_date_line(texts[start - 1])
                                  or cues.is_section_label(texts[start - 1])
                                  or cues.is_editors_note(texts[start - 1])) and (
                        start == 1 or _ends_story(texts[start - 2])):
                    veto[start] = True  # a date line or a page's section label (`SPORTS`)
                    start -= 1  # over the headline opens the story
                score[start] += HEADLINE + (HEADLINE_ECHO if echoed else 0.0) + (
                    CREDITED if credited else 0.0) + (STACKED_HEAD if stacked else 0.0) + (
                    DATELINE_LEDE if cues.parse_dateline(texts[body]) else 0.0)
        i = end + 1


def _credited(credit: str, lede: str) -> bool:
    """Whether a line is a writer's credit (over a place alone over `lede`): only then is the
    place looked up (the gazetteer loads on the first look-up when the tagger is off)."""
    return cues.is_byline(credit) or cues.is_byline_title(credit) or cues.print_byline(
        credit, lede)


def _printed_credit(texts: list[str], i: int) -> bool:
    """Whether line `i` is a printed byline over the lede, or over a place alone over it
    (`Staff Reporter` / `CHENNAI` / the lede); the place is looked up last."""
    return cues.print_byline(texts[i], texts[i + 1]) or (
        i + 2 < len(texts) and cues.print_byline(texts[i], texts[i + 2])
        and cues.place_alone(texts[i + 1]))


def _opens_with_dateline(texts: list[str]) -> bool:
    """Whether the dump's first story text, under its byline lines, opens with a dateline
    (`WASHINGTON -- The Senate voted ...`)."""
    first = 0
    while first < len(texts) - 1 and (cues.is_byline(texts[first])
                                      or cues.is_byline_title(texts[first])):
        first += 1
    return cues.parse_dateline(texts[first]) is not None


def _under_header(texts: list[str], labelled: list[bool], i: int) -> bool:
    """Whether the labelled block right above `i` names its story (a footer's `Tags:` or
    `Published:` under the text above does not)."""
    k = i - 1
    while k >= 0 and labelled[k]:
        if names_story(texts[k]):
            return True
        k -= 1
    return False


def _ends_story(text: str) -> bool:
    """Whether a paragraph can be the last of a story: a sentence, a sign-off, furniture, a
    photo credit, a byline (German sites sign a story under its text), a table's last row
    (`Luton 1 Brighton 4`), or a line long enough to have been cut off mid-sentence."""
    return (cues.ends_sentence(text) or cues.is_signoff(text) or cues.is_chrome(text)
            or cues.is_photo_credit(text) or cues.is_byline(text) or cues.is_table_row(text)
            or len(text.split()) >= LEDE_MIN_WORDS)


def _signs_above(texts: list[str], heading: list[bool], i: int) -> bool:
    """Whether the byline at `i` signs the story above it: it stands under a paragraph that
    ends a sentence, with a headline under it (`... verschieben.` / `Von Anna Schmidt` /
    `Regierung plant neues Heizungsgesetz`)."""
    return (0 < i < len(texts) - 2 and heading[i + 1] and cues.ends_sentence(texts[i - 1])
            and len(texts[i - 1].split()) >= LEDE_MIN_WORDS and not cues.is_byline(texts[i + 1]))


def is_lede(text: str, headline: str) -> bool:
    """A story's first paragraph under `headline`: a real sentence, or a short one longer
    than the headline ("Soon you could go hunting via the net.")."""
    if text[:1].islower() and not cues.byline_dateline(text):
        return False  # the line above runs on into this one: it was no headline
        # (unless it opens `by Jane Doe BERLIN — `: a byline run into the dateline)
    return len(text.split()) >= LEDE_MIN_WORDS or (
        cues.ends_sentence(text) and len(text) > len(headline))


def _lexical_boundaries(texts: list[str], bags: list[Counter[str]], sims: list[float],
                        heading: list[bool], veto: list[bool], score: list[float],
                        cued: list[int]) -> list[int]:
    """Boundaries from cohesion alone: a local dip in similarity, low enough, in front of a
    lede-like paragraph (a full sentence of some length), away from boundaries cues found."""
    n = len(texts)
    near_cue = set()
    for j in cued:
        near_cue.update(range(j - CUE_MIN_GAP, j + CUE_MIN_GAP + 1))
    candidates = []
    for i in range(1, n):
        if veto[i] or i in near_cue or heading[i] or len(texts[i].split()) < LEDE_MIN_WORDS:
            continue
        if min(i, n - i) < LEXICAL_MIN_STORY:
            continue  # a story cohesion alone cuts off is a few paragraphs long at least
        left = sum(sum(b.values()) for b in bags[max(0, i - LEXICAL_WINDOW) : i])
        right = sum(sum(b.values()) for b in bags[i : i + LEXICAL_WINDOW])
        if min(left, right) < LEXICAL_MIN_TERMS:
            continue
        low = sims[i] < LEXICAL_MAX_SIM
        if low and sims[i] <= sims[i - 1] and (i + 1 == n or sims[i] <= sims[i + 1]):
            evidence = score[i] + CUE_THRESHOLD + LEXICAL_WEIGHT * (1 - sims[i] / LEXICAL_MAX_SIM)
            if evidence >= CUE_THRESHOLD:
                candidates.append(i)
    chosen: list[int] = []
    for i in sorted(candidates, key=lambda i: sims[i]):
        if all(abs(i - j) > LEXICAL_MIN_GAP for j in chosen):
            chosen.append(i)
    return chosen
