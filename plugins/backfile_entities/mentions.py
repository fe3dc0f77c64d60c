"""Find candidate name mentions in text: capitalised runs, split at titles, with their cues.

A run is a sequence of capitalised words (joined by "of", "de", "al"...). Each run yields at most
two mentions (a name after a title, and an organisation or place before it) with the cues a
reader would use: the title before it, the noun before it ("leader", "agency"), a speech verb
after it, and what follows it in parentheses (an acronym or a CJK form).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .fiction import fiction_cue
from .gazetteer import is_demonym
from .gazetteer import load as load_gazetteer
from .lexicon import (
    AP_STATES,
    CAPITALS_LEAD_IN,
    COMMON_ACRONYMS,
    CONNECTORS,
    CREDIT_WORDS,
    DEMONYM_NOUNS,
    EXCHANGES,
    FUNCTION_WORDS,
    JOURNALIST_NOUNS,
    MONTHS,
    NAME_TITLES,
    OF_HEADS,
    ORG_CORE_WORDS,
    ORG_NOUNS,
    ORG_ROLE_WORDS,
    ORG_SUFFIXES,
    OUTLET_PERFECTS,
    OUTLET_VERBS,
    PARTY_FORMS,
    PERSON_NOUNS,
    PERSON_PASSIVES,
    PERSON_VERBS,
    PLACE_NOUNS,
    PLACE_SUFFIXES,
    PRODUCT_NOUNS,
    RESIDENT_NOUNS,
    SITE_HEADS,
    SOURCE_AFTER,
    SOURCE_BEFORE,
    SOURCE_NOUNS,
    SOURCE_VERBS,
    SPEECH_VERBS,
    TITLES,
    US_STATES,
    WEEKDAYS,
    WORK_NOUNS,
    word_set,
)

# Words (with inner hyphens and apostrophes, and the apostrophe of a plural possessive before a
# capitalised word: "Lawyers' Christian Fellowship"), dotted acronyms, acronyms with "&" ("AT&T",
# "M&S"), single punctuation marks.
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{1,3}&[A-Z]{1,3}\b"
                   r"|[^\W_][\w]*(?:[-'\u2019][^\W_][\w]*)*(?:(?<=s)['\u2019](?=\s+[A-Z]))?"
                   r"|[^\w\s]")
POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
CONTRACTION = re.compile(r"^[A-Za-z]+['\u2019](m|re|ve|ll|d|t)$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
SENTENCE_END = frozenset(".!?:;")
QUOTES = frozenset("\"“”\u2018\u2019'«»")
ABBREVIATIONS = word_set(
    "mr mrs ms dr st gen sen rep gov prof rev capt col lt sgt jr sr inc corp ltd co no vs mt ft"
    " maj brig adm cpl pvt supt insp det hon sh smt"
)
LOWERCASE_SUFFIXES = word_set("plc ltd inc llc")
MEDIA_WORDS = word_set("""
times post news journal herald telegraph guardian gazette tribune press radio tv television
standard mail mirror observer independent express chronicle sun
""")
ACTOR_BEFORE = word_set("with between against toward towards by")
# Words after a city that make it act as its state would ("Pyongyang has failed").
STANCE_AFTER = word_set("""
has have had wants wanted accused accuses urged urges insisted insists warned warns rejected
rejects denied denies announced announces agreed agrees refused refuses hopes hoped needs needed
plans planned sees saw says said argues argued claims claimed fears feared
""")
# Nouns after a city's possessive that belong to its state: "Beijing's point of view".
POLITY_NOUNS = word_set("""
view views point position policy policies influence government officials leaders leadership
claim claims demand demands response decision stance ties relations military forces regime
approach ambassador envoy diplomats interests sovereignty rule threat pressure
""")
SUBJECT_BEFORE = word_set("as while after and but when since because that if though although")
# Words before a place that say it is where something is, not who acts.
LOCATIVES = word_set("in at from near outside across around into via inside within")
ACTOR_AFTER = word_set("""
has have had is was will would could should must may might wants wanted accused accuses
urged urges insisted insists warned warns rejected rejects denied denies announced announces
agreed agrees refused refuses hopes hoped needs needed plans planned sees saw
""")
TRAILING_TITLES = word_set("mp mep msp qc jr sr obe mbe cbe")
NAME_SUFFIXES = word_set("jr sr")  # also after a surname alone (a lone "MP" is an acronym)
# A leader's term of office named after the leader: "the Biden administration".
LEADER_TERMS = word_set("administration presidency premiership")
HONORIFICS = word_set(
    "mr mrs ms miss mx dr sir dame lord lady shri sh smt shrimati hon alhaji alhaja") | (
    NAME_TITLES)
SURNAME_TITLES = word_set("mr mrs ms miss mx dr")
RUN_ENDERS = WEEKDAYS | MONTHS
MONTHS_IN_FULL = frozenset(m.lower() for m in calendar.month_name if m)
SKIP_WORDS = FUNCTION_WORDS | WEEKDAYS | MONTHS | CREDIT_WORDS


@dataclass
class Mention:
    """One occurrence of a candidate name and the evidence around it."""

    text: str
    tokens: tuple[str, ...]
    sentence_initial: bool
    cue: str | None = None       # "person", "org" or "place" from a title or a noun before it;
    #                              "people" after a plural role noun ("sprinters X and Y")
    titled: bool = False         # came after a title ("Minister", "Mr")
    honorific: bool = False      # that title was Mr, Mrs, Ms, Dr, Sir, Lord...
    surname: bool = False        # that title was Mr, Mrs, Ms, Miss or Dr, which take a surname
    #                              ("Mr Howard" is not "Howard Flight"; "Sir Alan" is "Alan Sugar")
    speech: bool = False         # next to "said", "told"...
    alias: str | None = None     # acronym or CJK form in parentheses right after it
    acronym_defined: bool = False
    prev: str = ""               # the word just before it, lowercased ("in", "told")
    work: bool = False           # after a mid-sentence "The": a title of a work, or "The Times"
    source: bool = False         # quoted as a news source ("agency X said", "X reported")
    common_tail: bool = False    # its last word also occurs in lower case in the story
    common_word: bool = False    # one of its words also occurs in lower case in the story
    actor: bool = False          # acts or owns: "Beijing has", "Beijing's", "talks with Beijing"
    stance: bool = False         # speaks or deals as a state would: "Beijing said", "told
    #                              Pyongyang", "talks with Moscow" (never "in London", "London's")
    attributive: bool = False    # before a noun, like an adjective: "UK firms", "US dollar"
    quoted: bool = False         # inside a quotation: a speaker's words, not the writer's choice
    listed: bool = False         # one item of a list: "Joe Cocker, Steve Winwood and Eric Burdon"
    described: bool = False      # introduced with a description: "Hans Reckers, a board member"
    fiction: str | None = None   # a work or a character by its context (fiction.TITLE, PLAY)
    venue: bool = False          # named as where an event is held: "Sydney will host", "the
    #                              Athens marathon", "hosted by Melbourne"
    product: bool = False        # right before a kind of product: "Windows programs", "the
    #                              Macintosh computer", "the BitTorrent network"
    personal: bool = False       # what only a person does or undergoes follows: "McAdoo was
    #                              fired", "Ndlovu died", "Ndlovu, 34,"
    term: bool = False           # an acronym defined by lower-case words: "gross domestic
    #                              product (GDP)", "an extraordinary general meeting (EGM)"
    body_role: bool = False      # a body's role noun follows: "Ladbrokes spokesman X"
    within: str = ""             # after a locative, the name it is "in" or "near": "at
    #                              Coningsby in Lincolnshire", "in Hanau, near Frankfurt"


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


# A lower-case Arabic article joined to a name: "Abu Musab al-Zarqawi", "al-Qaeda", "el-Baradei".
PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-[A-Z][a-z]")


def _name_token(tok: str) -> bool:
    """A capitalised word, or a name after a lower-case Arabic article ("al-Zarqawi")."""
    return tok[:1].isupper() or (tok[:1] in "aeu" and PARTICLE.match(tok) is not None)


def _is_shout(tok: str) -> bool:
    return len(tok) > 1 and tok.isupper() and tok.isalpha()


def tokenize(text: str) -> list[str]:
    """Words, dotted acronyms and single punctuation marks; "Mr." loses its dot."""
    out: list[str] = []
    initials = False
    for tok in TOKEN.findall(text):
        if tok == "." and out:
            if out[-1].lower() in ABBREVIATIONS:
                continue
            initials = initials or (len(out[-1]) == 1 and out[-1].isupper())
        out.append(tok)
    if any(tok in NICKNAME_QUOTES for tok in out):
        out = _without_nicknames(out)
    if "-" in out:  # "Maj.-Gen. Adamu Laka", "Lt.-Col. John Smith": one title
        out = [tok for k, tok in enumerate(out) if not (
            tok == "-" and 0 < k < len(out) - 1 and out[k - 1].lower() in TITLES
            and out[k + 1].lower() in TITLES)]
    return _join_initials(out) if initials else out


NICKNAME_QUOTES = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019"}


def _without_nicknames(tokens: list[str]) -> list[str]:
    """ "Aquilino \u201cKoko\u201d Pimentel III", "Joaquin \u201cEl Chapo\u201d Guzman": a
    quoted nickname of a word or two between the parts of a name is left out, so the name
    reads whole (and the nickname is not taken for a title or a name of its own)."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        close = NICKNAME_QUOTES.get(tok)
        if close and out and _is_cap(out[-1]) and out[-1].isalpha():
            inner = next((j for j in (k + 2, k + 3) if j < len(tokens) and tokens[j] == close),
                         None)
            if (inner is not None and inner + 1 < len(tokens)
                    and all(_is_cap(t) and t.isalpha() for t in tokens[k + 1:inner])
                    and _is_cap(tokens[inner + 1]) and tokens[inner + 1].isalpha()):
                k = inner + 1
                continue
        out.append(tok)
        k += 1
    return out


INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _join_initials(tokens: list[str]) -> list[str]:
    """ "George W. Bush", "Jeffrey R. Immelt", "J. K. Rowling": a capital letter and its period
    before one capitalised word are one token, an initial inside the name, when a given name or
    another initial stands before it, or no name does ("Plan B. The", "AT&T." keep their
    sentence end; "A" and "I" are words)."""
    given = load_gazetteer().given_names
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        after = tokens[k + 3] if k + 3 < len(tokens) else ""
        if (len(tok) == 1 and "A" <= tok <= "Z" and k + 2 < len(tokens) and tokens[k + 1] == "."
                and tokens[k + 2][:1].isupper() and tokens[k + 2].isalpha()
                and tokens[k + 2].lower() not in FUNCTION_WORDS
                and (not after[:1].isupper() or after.lower() in ("jr", "sr")
                     or tokens[k + 2].lower() in CONNECTORS)):  # "Leila M. De Lima"
            # (one surname after it: "Malcolm X. Attallah Shabazz" is two names)
            before = out[-1] if out else ""
            if (before.lower() in given or INITIALS.fullmatch(before)
                    or (len(out) > 1 and out[-2].lower() in TITLES and before.isalpha()
                        and before[:1].isupper())  # "Commissioner Grover A. Whalen"
                    or (tok not in ("A", "I") and not before[:1].isalnum() and before != "&")
                    or before.islower()):
                if INITIALS.fullmatch(before):
                    out[-1] = before + tok + "."  # "J. K." is written "J.K." too
                else:
                    out.append(tok + ".")
                k += 2
                continue
        out.append(tok)
        k += 1
    return out


# Small words an acronym usually leaves out: "DWP" for "Department for Work and Pensions".
ACRONYM_SKIPS = word_set("and for the on in to")


def acronym_matches(acronym: str, words: tuple[str, ...]) -> bool:
    """True when "MAC" abbreviates ("Mainland", "Affairs", "Council"), letters taken in order."""
    letters = acronym.replace(".", "").upper()
    content = [w for w in words if w.lower() not in CONNECTORS and w.lower() not in ACRONYM_SKIPS]
    if not letters.isalpha() or len(letters) < 2 or not content:
        return False
    if "".join(w[0] for w in content).upper() == letters:
        return True
    if "".join(w[0] for w in words).upper() == letters:
        return True

    def match(i: int, j: int, k: int) -> bool:  # letter i, word j, char k within word j
        if i == len(letters):
            return j == len(content) - 1 or (j == len(content) and k == 0)
        if j >= len(content):
            return False
        word = content[j].upper()
        if k == 0:
            return word[0] == letters[i] and match(i + 1, j, 1)
        return (k < len(word) and letters[i] in word[k:]
                and match(i + 1, j, word.index(letters[i], k) + 1)) or match(i, j + 1, 0)

    return match(0, 0, 0)


def _defined_term(tokens: list[str], start: int, end: int) -> bool:
    """ "gross domestic product (GDP)", "an extraordinary general meeting (EGM)": an acronym in
    parentheses whose letters are the initials of the lower-case words before it names a
    thing or an idea, not a body (which news writes in capitals: "Mainland Affairs Council")."""
    acronym = tokens[start]
    size = len(acronym)
    if not (end - start == 1 and _is_shout(acronym) and start > size
            and tokens[start - 1] == "(" and end < len(tokens) and tokens[end] == ")"):
        return False
    words = tokens[start - 1 - size:start - 1]
    return all(w.isalpha() and w.islower() for w in words) and (
        "".join(w[0] for w in words).upper() == acronym)


PAGE_WORDS = word_set("page pages")
PAGE_NUMBER = re.compile(r"[A-Z]?\d{1,3}[A-Z]?")  # "12", "A3", "B12", "3A"
PAGE_NUMBER_WORDS = word_set("one two three four five six seven eight nine ten")


def _page_reference(words: list[str], tokens: list[str], start: int) -> bool:
    """ "Continued on Page A3", "See Page 12", "the Page One story": a paper's page, no name
    (a surname "Page" is followed by no page number: "Larry Page said")."""
    last = words[-1].lower()
    if last in PAGE_WORDS:
        after = start + len(words)  # (the run may go on: "Page A3" is one run, cut at "A3")
        return after < len(tokens) and PAGE_NUMBER.fullmatch(tokens[after]) is not None
    return (last in PAGE_NUMBER_WORDS and len(words) >= 2
            and words[-2].lower() in PAGE_WORDS)


INDEX_WORDS = word_set("index indices")
MARKET_MOVES = word_set("""
rose fell closed gained lost dropped climbed jumped slipped ended finished edged shed added
""")
INDEX_NUMBER = re.compile(r"\d{2,5}")


def _market_index(tokens: list[str], after: int) -> bool:
    """ "the FTSE 100 index", "the S&P 500 rose", "Germany's Dax index": a share index, no
    body (not "Jupiter Research's index", the owner's)."""
    if tokens[after - 1].endswith(POSSESSIVE):
        return False
    numbered = after < len(tokens) and INDEX_NUMBER.fullmatch(tokens[after]) is not None
    nxt = tokens[after + numbered] if after + numbered < len(tokens) else ""
    return nxt in INDEX_WORDS or (numbered and nxt in MARKET_MOVES)


def _ticker(tokens: list[str], start: int, end: int) -> bool:
    """ "Apple Inc. (NASDAQ: AAPL)", "(NYSE: JPM)", "(LSE: ULVR)": a stock ticker after its
    exchange and a colon."""
    return (end - start == 1 and start > 1 and tokens[start - 1] == ":"
            and tokens[start - 2].lower() in EXCHANGES)


def _paren_after(tokens: list[str], end: int) -> tuple[str | None, int]:
    """The text inside "( ... )" starting at tokens[end], if short."""
    if end < len(tokens) and tokens[end] == "(":
        for close in range(end + 1, min(end + 8, len(tokens))):
            if tokens[close] == ")":
                return "".join(tokens[end + 1:close]) if CJK.search(
                    "".join(tokens[end + 1:close])) else " ".join(tokens[end + 1:close]), close
    return None, end


def _outlet_says(tokens: list[str], end: int) -> bool:
    """ "BBC Sport understands", "Reuters has learned", "The Guardian can reveal": an outlet
    speaking of its own reporting, a source like "told BBC News"."""
    nxt = tokens[end].lower() if end < len(tokens) else ""
    if nxt in OUTLET_VERBS:
        return True
    return end + 1 < len(tokens) and tokens[end + 1].lower() in OUTLET_PERFECTS.get(nxt, ())


WIRE_DASHES = frozenset(["-", "\u2013", "\u2014"])
DATELINE_TOKENS = 15  # "CINCINNATI, O., March 28.—(AP)—" is 13


def _wire_credit(tokens: list[str], start: int, end: int) -> bool:
    """ "WASHINGTON, July 19 (UP)\u2014", "CINCINNATI, O., March 28.\u2014(AP)\u2014": an
    agency in parentheses before the dash that opens a wire story's text is its credit (the
    ingest takes today's datelines out; older and odder forms reach the tagger)."""
    return (0 < start <= DATELINE_TOKENS and end + 1 < len(tokens) and tokens[start - 1] == "("
            and tokens[end] == ")" and tokens[end + 1] in WIRE_DASHES
            and not acronym_matches(tokens[start], tuple(tokens[max(0, start - 6):start - 1])))


def _journalist_after(tokens: list[str], end: int) -> bool:
    """ "BBC News 24 political correspondent", "Newsweek's senior editor": the outlet a quoted
    journalist works for, a source rather than what the story is about."""
    k = end
    while (k < len(tokens) and k - end < 3 and tokens[k].lower() not in JOURNALIST_NOUNS
           and (tokens[k].isdigit() or (tokens[k].isalpha() and tokens[k].islower()
                                         and tokens[k] not in FUNCTION_WORDS))):
        k += 1
    return k < len(tokens) and tokens[k].lower() in JOURNALIST_NOUNS


ROLE_PREFIXES = word_set("co ex vice deputy assistant acting former")


def _role_head(word: str) -> str:
    """ "co-star" and "writer-director" are role nouns by their last part; "eight-player" is an
    adjective ("the eight-player Mario Kart DS"), so the word is returned whole."""
    first, _, last = word.rpartition("-")
    if first and (first in ROLE_PREFIXES or first in PERSON_NOUNS):
        return last
    return word


def _cue_before(tokens: list[str], start: int) -> str | None:
    """ "leader Kim", "agency Interfax", "city of Basra": the noun just before a name."""
    j = start - 1
    if j >= 1 and tokens[j] == "The":
        j -= 1  # "radio show The Brains Trust": the title's own article
    of = j >= 1 and tokens[j] == "of"
    if of:
        j -= 1
        if j >= 1 and tokens[j] == "the":
            j -= 1
    if j < 0:
        return None
    word = tokens[j].lower()
    if of and word in RESIDENT_NOUNS:
        return "place"
    head = _role_head(word)
    if (tokens[j][:1].islower() and not of and head.endswith("s") and len(head) > 4
            and head[:-1] in PERSON_NOUNS):
        return "people"  # "sprinters Kostas Kenteris and Katerina Thanou", "bandmates X and Y"
    if tokens[j][:1].islower() or (tokens[j][:1].isupper() and word in PERSON_NOUNS):
        if word in PERSON_NOUNS or head in PERSON_NOUNS:
            # "president of Intel", "leader of Britain": what the person heads, not a person
            return None if of else "person"
        if word in ORG_NOUNS:
            return "org"
        if word in PLACE_NOUNS:
            return "place"
        if word in WORK_NOUNS:
            return "work"
    return None


# Kinds of area written in lower case after their names: "the Bicol region", "Polk, Story and
# Dallas counties". (Not "states", which follows bodies too: "Opec states".)
AREA_NOUNS = word_set("""
county counties province provinces region regions district districts prefecture prefectures
canton cantons parish parishes borough boroughs state
""")
AREA_LIST_TOKENS = 12


def _area_after(tokens: list[str], end: int) -> bool:
    """The name, alone or in a list, comes before a kind of area in lower case: "Story" in
    "Polk, Story and Dallas counties", "the Bicol region" (a county named like a word or a
    person, and a region no gazetteer holds, were organisations)."""
    k = end
    while k < len(tokens) and k < end + AREA_LIST_TOKENS:
        tok = tokens[k]
        if tok in AREA_NOUNS:  # (lower case only: "Welfare State" is a name of its own)
            return True
        if tok not in (",", "and", "or") or k + 1 >= len(tokens) or not _is_cap(tokens[k + 1]):
            return False
        k += 1
        while k < len(tokens) and _is_cap(tokens[k]) and not _is_shout(tokens[k]):
            k += 1
    return False


def _executive_body(before: list[str], titles: list[str], name: list[str], prev: str) -> bool:
    """ "the Scottish Executive", "the National Executive": "Executive" after "the" and a
    capitalised word, with nobody named after it, is a body, not a person's title."""
    return (not name and prev == "the" and len(titles) == 1 and titles[0] == "Executive"
            and 1 <= len(before) <= 2)


def _body_role_after(tokens: list[str], end: int) -> bool:
    """ "Ladbrokes spokesman Warren Lush", "Shell shares": a body's role noun follows (resolve.py
    types the name by it only when nothing else, a place or a person, does; its salience does
    not change)."""
    return end < len(tokens) and tokens[end].lower() in BODY_ROLES_AFTER


def _org_context(tokens: list[str], start: int, end: int) -> bool:
    """ "chief executive of Nokia", "works for Intel", "Nokia's shares": a company's name."""
    prev = tokens[start - 1].lower() if start > 0 else ""
    prev2 = tokens[start - 2].lower() if start > 1 else ""
    if prev in ("of", "for", "at") and (prev2 in ORG_ROLE_WORDS):
        return not tokens[end - 1].endswith(POSSESSIVE)  # "a strategist at Moscow's Sovlink"
    if tokens[end - 1].endswith(POSSESSIVE) and end < len(tokens):
        return tokens[end].lower() in ORG_ROLE_WORDS
    return False


BODY_ROLES_AFTER = word_set("spokesman spokeswoman spokesperson shares")

APPOSITION_ENDS = frozenset([",", ".", ";", ":", ")", "that", "which", "whose"])


def _apposition(tokens: list[str], end: int) -> str | None:
    """ "Sumitomo Mitsui, the bank that ...", "Kent, a county": what a short noun phrase set off
    by a comma after the name says it is. Its last word must be a common noun that ends the
    phrase: "Kuroda, the Bank of Japan governor", "Agnelli, the godfather of the group" and
    "Smith, the club's captain" say nothing of the name."""
    if end + 2 >= len(tokens) or tokens[end] != "," or tokens[end + 1].lower() not in (
            "the", "a", "an"):
        return None
    phrase = tokens[end + 2:end + 7]
    stop = next((k for k, tok in enumerate(phrase) if tok.lower() in APPOSITION_ENDS), None)
    if not stop or any(tok in FUNCTION_WORDS for tok in phrase[:stop]):  # "US" is no "us"
        return None  # "Agnelli, the godfather of the group": the group is not Agnelli
    head = phrase[stop - 1]
    if not head.islower() or head.endswith(POSSESSIVE):
        return None
    if head in ORG_NOUNS:
        return "org"
    return "place" if head in PLACE_NOUNS else None


def _pronoun_contraction(tok: str) -> bool:
    """ "I'd", "I'll", "I'm", "I've": the capital is the pronoun's, and ends a name's run."""
    return tok[:2] in ("I'", "I\u2019") and tok[2:] in ("d", "ll", "m", "ve")  # not "I'Anson"


def _runs(tokens: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, sentence_initial) of each capitalised run; only capitalised tokens are
    visited, so the cost follows the number of names, not of words."""
    n = len(tokens)
    caps = [i for i, tok in enumerate(tokens)  # _name_token, inline: it sees every word
            if tok[:1].isupper() or ("-" in tok[2:4] and PARTICLE.match(tok) is not None)]
    runs: list[tuple[int, int, bool]] = []
    last_end = 0
    radio: bool | None = None   # the paragraph speaks of radio (found on first need)
    for i in caps:
        if i < last_end:
            continue
        tok = tokens[i]
        if _is_shout(tok) and ((i + 1 < n and (_is_shout(tokens[i + 1]) or tokens[i + 1] == ":"))
                               or (i > 0 and _is_shout(tokens[i - 1]))):
            continue  # "SECURITY:", "CARROT AND STICK": a kicker or shouted headline
        k = i - 1
        while k >= 0 and (tokens[k] in QUOTES or tokens[k] in "(["):
            k -= 1
        # A quotation opened after a comma, a colon or "said" starts a sentence too: the
        # "With" of 'observed, "With Fightstar, ...' is no title's first word.
        quote_opens = k < i - 1 and tokens[k + 1] in QUOTES and (
            tokens[k] in (",", ":") or tokens[k].lower() in SPEECH_VERBS)
        initial = k < 0 or tokens[k] in SENTENCE_END or quote_opens
        j = i + 1
        while j < n:
            if (_name_token(tokens[j]) and not tokens[j - 1].endswith(POSSESSIVE)
                    and not _pronoun_contraction(tokens[j])):  # "Like Kevin I'd like"
                j += 1
            elif (tokens[j].lower() in CONNECTORS and j + 1 < n and tokens[j + 1][:1].isupper()
                  and not tokens[j - 1].endswith(POSSESSIVE)):
                j += 2
            elif (tokens[j] in ("and", "for") and j + 1 < n and tokens[j + 1][:1].isupper()
                  and any(t.lower() in ORG_CORE_WORDS for t in tokens[i:j])
                  and (tokens[j] == "for" or _and_inside_body(tokens, i, j))):
                j += 2  # "Department for Work and Pensions"
            elif (tokens[j] == "and" and _core_end(tokens, j + 1) > j + 1
                  and not (j - i == 1 and _is_shout(tokens[i]))
                  # "Ras Kwame and Rob Da Bank": a person's given name starts a second name
                  and tokens[j + 1].lower() not in load_gazetteer().given_names
                  and tokens[j - 1].lower() not in ORG_CORE_WORDS
                  and not any(t in ("of", "for") for t in tokens[i:j])):
                # "Economic and Social Research Council", not "IMF and World Bank" or
                # "Ministry of Defence and Foreign Office"
                j = _core_end(tokens, j + 1)
            elif (tokens[j].lower() in CONNECTORS and j + 2 < n
                  and (tokens[j + 1] == "the" or tokens[j + 1].lower() in CONNECTORS)
                  and tokens[j + 2][:1].isupper()):
                j += 3  # "Bank of the South", "Jeroen van der Veer"
            elif tokens[j] == "," and _series_end(tokens, i, j) > j:
                j = _series_end(tokens, i, j)  # "Ministry of Economy, Trade and Industry"
            elif (tokens[j] == "the" and (j - i >= 2 or not initial)
                  and _campaign_end(tokens, j + 1) > j + 1):
                # "Elect the Lords Campaign", not "Launching the Department ..." (sentence start)
                j = _campaign_end(tokens, j + 1)
            else:
                break
        if j < n and tokens[j] in LOWERCASE_SUFFIXES:  # "Acme Holdings plc"
            j += 1
        elif (j < n and _strip_possessive(tokens[j]).isdigit()
              and tokens[j - 1].lower() in NUMBERED_NAMES):
            j += 1  # "Channel 4", "BBC Radio 1"
        elif j < n and radio is not False and _frequency(tokens[j]):
            if radio is None:  # looked up once, and only when a name meets a frequency
                radio = not RADIO_WORDS.isdisjoint(t.lower() for t in tokens)
            if radio:
                j += 1  # "Key 103", "Capital 95.8": a station named by its FM frequency
        runs.append((i, j, initial))
        last_end = j
    return runs


def _national_portfolio(before: list[str], titles: list[str]) -> bool:
    """ "Saudi Energy Minister (Prince) X", "Nigerian Oil Secretary": a nationality and a
    portfolio before a minister's title name no body ("Energy" also ends companies' names:
    "British Energy chief executive" keeps its company)."""
    return (len(before) == 2 and any(t.lower() in ("minister", "secretary") for t in titles)
            and is_demonym(before[0], load_gazetteer()))


def _and_inside_body(tokens: list[str], start: int, j: int) -> bool:
    """The "and" at j is inside a body's name: "Department for Work and Pensions", "Department
    of Health and Human Services"; not between two names: "European Union and Japan", "Bank of
    England and Barclays", "Ministry of Defence and Foreign Office" (a body of its own after it).
    Two places are one area: "Police Federation of England and Wales"."""
    if not any(t in ("of", "for") for t in tokens[start:j]):
        return False
    places = load_gazetteer().places
    if tokens[j - 1].lower() in places:  # "of England and Wales" names one body's area
        return tokens[j + 1].lower() in places and not (
            j + 2 < len(tokens) and tokens[j + 2][:1].isupper())
    k = j + 1
    while k < len(tokens) and tokens[k][:1].isupper():
        k += 1
    return tokens[k - 1].lower() not in ORG_CORE_WORDS


def _core_end(tokens: list[str], k: int) -> int:
    """End of "Social Research Council" after "Economic and": capitalised words that end in
    a body's word ("council", "committee", "commission"...) or a site's before "of" ("Roll
    Hall" of "Rock and Roll Hall of Fame"), else k. A name of its own after
    "and" ("Bank of Alexandria", "China's National Petroleum Corporation") is not the end of
    the first."""
    if k < len(tokens) and tokens[k].lower() in ORG_CORE_WORDS:
        return k
    end = k
    while end < len(tokens) and tokens[end][:1].isupper() and end - k < 5:
        if _strip_possessive(tokens[end]).lower() in ORG_CORE_WORDS:
            return end + 1
        if (tokens[end].lower() in SITE_HEADS and end + 2 < len(tokens)
                and tokens[end + 1] == "of" and tokens[end + 2][:1].isupper()):
            return end + 1  # "Rock and Roll Hall of Fame": the site's "of" part follows
        if tokens[end].endswith(POSSESSIVE):
            return k
        end += 1
    return k


# Words that name a body of their own, so a series with them is a list of bodies.
SERIES_STOPS = ORG_CORE_WORDS | word_set("army navy police government parliament court")


def _series_end(tokens: list[str], start: int, comma: int) -> int:
    """End of ", Trade and Industry" after "Ministry of Economy", of ", Media and Sport" after
    "Department for Culture": a body named "<body> of/for A, B and C" (else `comma`). The run
    must be a body's word, "of" or "for", then one or two words, so a list after a name
    ("Bank of England, Barclays and HSBC" has no body's word before "of") stays a list."""
    head = tokens[start:comma]
    if head and head[0] == "The":
        head = head[1:]
    if not (len(head) in (3, 4) and head[0].lower() in ORG_CORE_WORDS
            and head[1] in ("of", "for")):
        return comma
    k = comma
    while k < len(tokens) and tokens[k] == ",":
        k = _capitalised_end(tokens, k + 1, 2)
        if k < 0:
            return comma
    if k < len(tokens) and tokens[k] == "and":
        end = _capitalised_end(tokens, k + 1, 2)
        return end if end > 0 else comma
    return comma


def _attach_commas(words: list[str]) -> list[str]:
    """ "Economy," as one word in "Ministry of Economy, Trade and Industry", so the name reads
    as written."""
    out: list[str] = []
    for word in words:
        if word == "," and out:
            out[-1] += ","
        else:
            out.append(word)
    return out


def _capitalised_end(tokens: list[str], k: int, most: int) -> int:
    """End of one to `most` capitalised words from k that are no body's name or word ("Media",
    "Young People"; not "Army", "HSBC"), or -1 when none starts there."""
    end = k
    while (end < len(tokens) and end - k < most and tokens[end][:1].isupper()
           and tokens[end].lower() not in SERIES_STOPS and not _is_shout(tokens[end])):
        end += 1
    return end if end > k else -1


def _campaign_end(tokens: list[str], k: int) -> int:
    """End of "Lords Campaign" in "Elect the Lords Campaign", "War Coalition" in "Stop the War
    Coalition": capitalised words after "the" that end in an organisation word (else k)."""
    end = k
    while end < len(tokens) and tokens[end][:1].isupper() and end - k < 5:
        end += 1
    return end if end > k and tokens[end - 1].lower() in ORG_SUFFIXES else k


MODIFIER_SUFFIXES = ("based", "backed", "owned", "led", "born", "era", "style", "made", "run",
                     "funded", "linked", "controlled", "bound", "wide", "level", "class",
                     "owner", "maker")  # "DHL-owner Deutsche Post", "iPod-maker Apple"


def _skippable(tok: str) -> bool:
    """A function word, weekday, month or credit word ("The", "When", "Monday", "Photo")."""
    low = tok.lower()
    if low in CONNECTORS or (("'" in tok or "\u2019" in tok) and CONTRACTION.match(tok)):
        return True
    return (low in SKIP_WORDS and not (tok.isupper() and len(tok) > 1)) or (
        low in CAPITALS_LEAD_IN and len(tok) > 2 and tok.isupper())  # "\u2014THE strike"


# A weekday's or month's short form that is not a whole word of the calendar ("Sun", "Jan";
# not "May"), before another name word, is a name's first word: "Sun Microsystems", "Sun
# Life", "Jan Egeland" (a date keeps its number or month next to it: "Sun 12 Jan").
SHORT_DATE_WORDS = frozenset(w.lower() for w in (*calendar.day_abbr, *calendar.month_abbr)
                             if w) - MONTHS_IN_FULL


def _abbreviation_in_name(words: list[str]) -> bool:
    """ "Sun Microsystems": the short form starts the name, no date is written."""
    return (len(words) > 1 and words[0].lower() in SHORT_DATE_WORDS and words[0].istitle()
            and words[1][:1].isupper() and words[1].lower() not in SKIP_WORDS)


# Joiners that, capitalised, start a name: "El Salvador", "Al Jazeera", "De Beers", "Le Pen",
# "Van Nistelrooy", "Der Spiegel" (not "Of", "Y" or "&", which start no name).
LEADING_PARTICLES = CONNECTORS - word_set("of y &")


ORDINALS = word_set("first second third fourth fifth")


def _ordinal_name(words: list[str]) -> bool:
    """ "Third Way Alliance", "Fifth Avenue", "First National Bank": an ordinal that starts a
    name ending in a body's or a place's word is part of it."""
    return (len(words) >= 2 and words[0].lower() in ORDINALS and words[1][:1].isupper()
            and (words[-1].lower() in ORG_SUFFIXES or words[-1].lower() in PLACE_SUFFIXES))


def _leading_particle(words: list[str]) -> bool:
    """A capitalised joiner before another capitalised word is the name's first word, not a
    function word to drop ("El Charcote" is not "Charcote")."""
    return (len(words) > 1 and words[0][:1].isupper() and not words[0].isupper()
            and words[0].lower() in LEADING_PARTICLES and words[1][:1].isupper()
            and words[1].lower() not in CONNECTORS)


def _modified_prefix(words: list[str]) -> int:
    """How many leading words are the name inside a hyphenated modifier after its first word:
    "New York-based", "Hong Kong-listed", "Sierra Leone-backed" are adjectives as a whole, so
    "New" is no name of its own (0 when there is none)."""
    for k, w in enumerate(words[1:], 1):
        if "-" in w and w[:1].isupper() and _modifier(w):
            return k + 1
    return 0


def _lead_in(words: list[str], initial: bool) -> bool:
    """ "THE Senate's minority bloc": a newspaper's capitals lead-in word over a name in mixed
    case (three letters or more: "IN Group", "AT Kearney" may be acronyms)."""
    return (initial and len(words) > 1 and len(words[0]) > 2 and words[0].isupper()
            and words[0].lower() in CAPITALS_LEAD_IN and not words[1].isupper())


ADJECTIVE_PREFIXES = ("non-", "anti-", "pro-", "ex-", "post-", "pre-", "mid-", "pan-", "all-")


def _modifier(tok: str) -> bool:
    """ "US-based", "Kremlin-backed", "Non-European", "Oscar-nominated": an adjective."""
    if "-" not in tok:
        return False
    tail = tok.rsplit("-", 1)[1]
    return (tail.lower() in MODIFIER_SUFFIXES or tok.lower().startswith(ADJECTIVE_PREFIXES)
            or (tail.islower() and tail.endswith(("ing", "ed"))))  # "Cup-winning"


# Nouns for a kind of company or body that, capitalised at a sentence start, precede its name.
LEADING_ORG_NOUNS = word_set("""
distributor retailer regulator watchdog broadcaster publisher carmaker chipmaker manufacturer
supplier operator carrier insurer lender bookmaker
""")
# Words that take a number as part of a name: "Channel 4", "BBC Radio 1".
NUMBERED_NAMES = word_set("channel radio")
# A station named by its FM frequency ("Key 103", "Kiss 100"), in a paragraph about radio.
RADIO_WORDS = word_set("radio listeners fm dj")
FM_BAND = (87.5, 108.0)


def _frequency(token: str) -> bool:
    """ "103", "95.8": a number on the FM band."""
    if not token[:1].isdigit():
        return False  # (most tokens: no ValueError raised and caught for a word)
    try:
        value = float(_strip_possessive(token))
    except ValueError:
        return False
    return FM_BAND[0] <= value <= FM_BAND[1]


# Names that are letters and a number: "G7", "G20" (groups of states), "ITV1", "BBC2" (channels).
LETTERS_AND_NUMBER = re.compile(r"G\d{1,2}|[A-Z]{3}\d")


def _has_digit(tok: str) -> bool:
    return not tok.isalpha() and any(ch.isdigit() for ch in tok)


def _ends_name(words: list[str], k: int) -> bool:
    """A model number or figure ends a name ("Airbus A320"), unless the number is the name's
    own ("Channel 4", "G7" on its own)."""
    w = words[k]
    if not _has_digit(w):
        return False
    if w.isdigit() and k > 0 and words[k - 1].lower() in NUMBERED_NAMES:
        return False
    if k == len(words) - 1 and k > 0 and _frequency(w):
        return False  # "Key 103": a bare number ends a run only where the run took a station's
    return not (k == 0 and LETTERS_AND_NUMBER.fullmatch(w))


def _strip_possessive(tok: str) -> str:
    if tok.endswith(("'s", "\u2019s")):
        return tok[:-2]
    return tok[:-1] if tok.endswith(("s'", "s\u2019")) else tok


def _common_possessor(tok: str) -> bool:
    """ "Commissioner's", "Lawyers'", "King's": a title or a kind of person, so what follows
    belongs to the name ("Information Commissioner's Office"), unlike "Germany's"."""
    base = _strip_possessive(tok).lower()
    return any(form in TITLES or form in PERSON_NOUNS for form in (base, base.removesuffix("s")))


def _join_possessive_places(tokens: list[str], runs: list[tuple[int, int, bool]]
                            ) -> list[tuple[int, int, bool]]:
    """Re-join "St Peter's" + "Basilica", "Information Commissioner's" + "Office": a possessive
    run followed by a place/org suffix word."""
    out: list[tuple[int, int, bool]] = []
    for run in runs:
        if out and out[-1][1] == run[0] and tokens[run[0] - 1].endswith(POSSESSIVE) and (
            tokens[run[1] - 1].lower() in PLACE_SUFFIXES or tokens[run[1] - 1].lower()
            in ORG_SUFFIXES
        ) and (tokens[out[-1][0]].lower() in ("st", "saint")
               or _common_possessor(tokens[run[0] - 1])):
            out[-1] = (out[-1][0], run[1], out[-1][2])
        else:
            out.append(run)
    return out


def _newspaper(words: list[str]) -> bool:
    """ "The Times", "The Sunday Telegraph": a paper whose name starts with a word that is
    otherwise stripped from a name."""
    return (2 <= len(words) <= 3 and words[-1].lower() in MEDIA_WORDS
            and all(w == "The" or w.lower() in WEEKDAYS for w in words[:-1]))


def _leading_demonym(words: list[str]) -> bool:
    """A nationality word before a person's name: a noun ("Spaniard") before any name, an
    adjective ("Croatian") only before a given name, so "British Airways" stays whole."""
    if len(words) < 2:
        return False
    first = words[0].lower()
    if first in DEMONYM_NOUNS:
        return True
    gazetteer = load_gazetteer()
    last = words[-1].lower()
    if last in ORG_SUFFIXES or last in PLACE_SUFFIXES or last in MEDIA_WORDS:
        return False  # "British Airways", "Irish Times"
    # "Croatian Ivan Ljubicic", "Russian Nikolay Davydenko": a given name, or a full name after.
    return is_demonym(words[0], gazetteer) and (
        words[1].lower() in gazetteer.given_names
        or (len(words) == 3 and all(w[:1].isupper() and w[1:].islower() for w in words[1:])))


def _leading_party(words: list[str]) -> int:
    """How many leading words name a party before a person's given name (0 if none)."""
    for k in (3, 2, 1):
        if (len(words) > k + 1 and " ".join(words[:k]).lower() in PARTY_FORMS
                and words[k].lower() in load_gazetteer().given_names):
            return k
    return 0


def _plural_role(word: str) -> bool:
    """ "Sprinters", "Co-stars": a plural role noun, which may stand before the names."""
    low = _role_head(word.lower())
    return len(low) > 4 and low.endswith("s") and low[:-1] in PERSON_NOUNS


def _person_shaped(words: list[str], least: int = 2) -> bool:
    """Two (or `least`) to three capitalised words with no joiner or body's word: "Kostas
    Kenteris", not "Guild of America" or "League"."""
    return least <= len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w.lower() not in CONNECTORS
        and w.lower() not in FUNCTION_WORDS and w.lower() not in ORG_SUFFIXES
        and w.lower() not in PLACE_SUFFIXES for w in words)


# Kinds of person that are also common words before a name-like word at a sentence start
# ("Star Trek", "Mother Nature"): not stripped from a two-word run.
AMBIGUOUS_ROLES = word_set("""
star mother father brother sister son daughter wife husband partner champion host forward
general guard colleague counterpart runner comic trainer
""")


def _leading_role(words: list[str], initial: bool) -> bool:
    """ "Rapper Eminem", "Winger Nitoglia": a capitalised role noun that starts a sentence,
    then one name (longer runs are split by `_split_title`)."""
    head = _role_head(words[0].lower())
    return (initial and len(words) == 2 and head in PERSON_NOUNS and head not in TITLES
            and head not in AMBIGUOUS_ROLES and _person_shaped(words[1:], least=1))


def _joined_title(word: str) -> bool:
    """ "Postmaster-General", "Attorney-General", "Governor-General", "President-elect": an
    office written as one hyphenated word, as older and Commonwealth papers write it."""
    head, _, tail = word.lower().rpartition("-")
    return bool(head) and head[:1].isalpha() and (
        tail == "general" or (tail == "elect" and head in TITLES))


def _weekday_given_name(words: list[str], k: int) -> bool:
    """ "Mr Sunday Dare", "Minister Monday Okpebholo": a weekday's name between a title and a
    surname is a given name (a date puts it before a name, "on Sunday Blair said")."""
    return (0 < k < len(words) - 1 and words[k].lower() in WEEKDAYS
            and words[k - 1].lower() in TITLES and words[k + 1][:1].isupper()
            and words[k + 1].lower() not in FUNCTION_WORDS)


def _month_surname(words: list[str], k: int) -> bool:
    """ "Brian May", "Theresa May": a month's name right after a given name is a surname (a
    date puts the month before the name, "in May Tony Blair", or a number after it)."""
    return (k > 0 and words[k].lower() in MONTHS and k == len(words) - 1
            and words[k - 1].lower() in load_gazetteer().given_names)


def _office_of_body(words: list[str], of: int) -> bool:
    """ "President of the Dangote Group", "Chief Executive of the Football Association": an
    office of a body names the body, not a person ("Archbishop of Canterbury", "Mayor of
    London" name no body and stay whole)."""
    from .evidence import org_form  # (evidence imports this module)

    rest = tuple(words[of + 2:] if of + 1 < len(words) and words[of + 1].lower() == "the"
                 else words[of + 1:])
    return (len(rest) >= 2 and all(w.lower() in TITLES for w in words[:of])
            and words[0].lower() not in NAME_TITLES and org_form(rest)
            and rest[-1].lower() in ORG_SUFFIXES)  # (not "... Association Mark Palios")


def _surname_before_of(words: list[str], of: int) -> bool:
    """ "Stuart Hall of the BBC", "Jerry Hall of ...": a site's word that is the surname of a
    person named by given name, not the site ("Hollywood Walk of Fame", "Tower of London")."""
    return (words[of - 1].lower() in SITE_HEADS and of >= 2
            and words[0].lower() in load_gazetteer().given_names)


PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]*\.?")


def _party_state(tokens: list[str], start: int, end: int) -> bool:
    """ "Sen. John McCain, R-Ariz.", "(D-N.Y.)": party and state after a member of Congress."""
    return (end - start == 1 and start > 0 and tokens[start - 1] in (",", "(")
            and PARTY_STATE.fullmatch(tokens[start]) is not None)


def _ap_state(tokens: list[str], start: int, end: int) -> str | None:
    """ "Seattle, Wash.", "Albany, N.Y.": a state abbreviated after a town and a comma (the
    abbreviation needs its period, so "Miss" or "Wash" elsewhere is no state)."""
    if end - start != 1 or start < 2 or tokens[start - 1] != "," or not _is_cap(tokens[start - 2]):
        return None
    tok = tokens[start]
    if tok not in AP_STATES:
        return None
    dotted = tok.endswith(".") or (end < len(tokens) and tokens[end] == ".")
    return AP_STATES[tok] if dotted else None


def _before_state(tokens: list[str], end: int) -> bool:
    """ "in Crawford, Texas,", "Seattle, Wash.": a town named with its American state."""
    if end + 1 >= len(tokens) or tokens[end] != ",":
        return False
    nxt = tokens[end + 1]
    if nxt in AP_STATES:
        return nxt.endswith(".") or tokens[end + 2:end + 3] == ["."]
    for size in (1, 2):
        name = " ".join(tokens[end + 1:end + 1 + size])
        after = tokens[end + 1 + size] if end + 1 + size < len(tokens) else "."
        if name in US_STATES and after in (",", ".", ")", ";", ":"):
            return True
    return False


# Words that make one title with the title after them: "Cabinet Secretary", "Cabinet Minister".
TITLE_MODIFIERS = word_set("cabinet")


def _split_title(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """(before, name, title word) for "Mainland Affairs Council Minister Chiu Chui-cheng"."""
    while len(words) > 2 and words[-1].lower() in TRAILING_TITLES:  # "Frank Field MP"
        words = words[:-1]
    if len(words) == 2 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]  # "Marcos Jr.", "Bush Sr.": the surname, as "Ferdinand Marcos Jr."
    last = words[-1].lower()
    if last in ORG_SUFFIXES or last in PLACE_SUFFIXES:
        return words, [], None
    if (len(words) > 2 and (words[0].lower() in PERSON_NOUNS  # "Scrum-half Matt Dawson"
                            or words[0].lower().rsplit("-", 1)[-1] in PERSON_NOUNS)
            and words[1][:1].isupper() and words[1].lower() not in FUNCTION_WORDS):
        # "Actor Tom Hanks", "Co-star Richard Gere"; not "Dancer In The Dark"
        _, name, title = _split_title(words[1:])
        if title is not None:  # "Director General of ...": titles, and no one named
            return [], name, title
        return [], words[1:], words[0].lower()
    if _plural_role(words[0]) and _person_shaped(words[1:]):
        return [], words[1:], words[0].lower()  # "Sprinters Kostas Kenteris", "Judges Simon Cowell"
    for i in range(len(words) - 1, -1, -1):
        if i == len(words) - 1 and i > 0 and words[i - 1].lower() in load_gazetteer().given_names:
            continue  # "Paul King", "John Major": a surname that is also a title
        if words[i].lower() in TITLES or _joined_title(words[i]) or (
                i > 0 and len(words[i]) <= 3 and _office_initials(words, i)):
            k = i
            while k > 0 and (words[k - 1].lower() in TITLES or words[k - 1].lower() in CONNECTORS
                             or (k == i and words[k - 1].lower() in TITLE_MODIFIERS)):
                k -= 1  # ("Treasury Cabinet Secretary X": the title is "Cabinet Secretary")
            name = words[i + 1:]
            if name and name[0].lower() in CONNECTORS:  # "Lord of the Rings"
                return [], [], words[i].lower()
            if words[i].lower() in NAME_TITLES and len(name) == 1:
                name = [words[i], *name]
            return words[:k], name, words[i].lower()
    return words, [], None


def _portfolio_end(tokens: list[str], start: int, words: list[str]) -> int:
    """Where the name starts in a run after a title and `for`, which names the portfolio
    first (`Minister for Foreign Affairs Penny Wong`, `Secretary of State for Health Wes
    Streeting`): at the first given name after the portfolio's first word, else at the last
    two words if they look like a name; 0 when the run is no portfolio and name."""
    if (start < 2 or tokens[start - 1] != "for" or len(words) < 3
            or tokens[start - 2].lower() not in TITLES | {"state"}):
        return 0
    given = load_gazetteer().given_names
    first = next((k for k in range(1, len(words) - 1) if words[k].lower() in given),
                 len(words) - 2)
    return first if _person_shaped(words[first:]) else 0


def _office_initials(words: list[str], i: int) -> bool:
    """ "Health CS Mutahi Kagwe", "Trade PS Jane Doe": initials of an office (Kenya's cabinet
    and principal secretaries) between its portfolio and a full name. Initials that start a
    run are a name's own ("CS Lewis", "JK Rowling"), and so are those before one word; a
    common abbreviation is a thing's ("Mobile PC Extended Battery Life Working Group")."""
    word = words[i]
    return (i > 0 and 2 <= len(word) <= 3 and _is_shout(word)
            and word.lower() not in COMMON_ACRONYMS
            and words[i - 1][:1].isupper() and not _is_shout(words[i - 1])
            and words[i - 1].lower() not in FUNCTION_WORDS
            and _person_shaped(words[i + 1:]))


AUXILIARIES = word_set("was is has had been")  # one person's ("Hutus were killed": a people)
PERSONAL_FIRST = PERSON_VERBS | AUXILIARIES | {","}


SITED_BY = word_set("in near")
NAMING_VERBS = word_set("called named dubbed")


def _within(tokens: list[str], prev: str, end: int) -> str:
    """ "at Coningsby in Lincolnshire", "in Hanau, near Frankfurt": the capitalised name a
    located name is said to be in or near (resolve.py asks the gazetteer whether it is a place)."""
    if prev not in LOCATIVES or end + 1 >= len(tokens):
        return ""  # (the cheap test first)
    k = end + 1 if tokens[end] == "," else end
    if k + 1 >= len(tokens) or tokens[k].lower() not in SITED_BY:
        return ""
    k += 1
    name = []
    while k < len(tokens) and len(name) < 3 and tokens[k][:1].isupper():
        name.append(tokens[k])
        k += 1
    return " ".join(name)


def _personal_after(tokens: list[str], end: int) -> bool:
    """ "McAdoo was fired", "Ndlovu has been jailed", "Ndlovu died", "Ndlovu, 34, said": what
    follows the name happens only to a person (an age in commas is news style for one)."""
    if end >= len(tokens) or tokens[end].lower() not in PERSONAL_FIRST:
        return False  # (the cheap test first: most names are followed by none of these)
    after = [t.lower() for t in tokens[end:end + 5]]
    if after[0] in PERSON_VERBS:
        return True
    if after[0] == "," and len(after) >= 3 and after[2] == ",":  # not "the Observer, 3,000 jobs"
        return (after[1].isdigit() and 0 < int(after[1]) < 120
                and not (len(after) > 3 and after[3].isdigit()))
    k = 0
    while k < len(after) and after[k] in AUXILIARIES:
        k += 1
    return 0 < k < len(after) and after[k] in PERSON_PASSIVES


def _age_or_home_after(tokens: list[str], end: int) -> bool:
    """ "Darnell Jackson, 23, of Trotwood", "Tamika Brown, of Dayton,": an age or a home town
    set off by commas after a name is American news style for a person (a firm is "based
    in" a town: "Acme, of Dallas," is rare)."""
    if end + 3 >= len(tokens) or tokens[end] != ",":
        return False
    age, home = tokens[end + 1], tokens[end + 2]
    if age.isdigit() and home == "," and 0 < int(age) < 120:
        return not tokens[end + 3].isdigit()  # not "the Observer, 3,000 jobs"
    return (age == "of" and home[:1].isupper() and home.isalpha()
            and home.lower() not in FUNCTION_WORDS
            and any(t in (",", ".") for t in tokens[end + 3:end + 6]))


def _verb_after(tokens: list[str], end: int) -> bool:
    """ "Beijing ramps up", "Taipei and Beijing gradually resumed": a verb after a name, so the
    name is the subject (an adverb in "-ly" may stand between)."""
    k = end + 1 if end < len(tokens) and tokens[end].endswith("ly") else end
    word = tokens[k] if k < len(tokens) else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return False  # "London is": a copula says nothing about who acts
    return word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")
                                   and after in FUNCTION_WORDS)


LIST_SEPARATORS = frozenset([",", "and", "or", "&"])
DESCRIPTION_STARTS = word_set("a an the its his her their who which whose now then")


def _quote_depths(tokens: list[str]) -> list[bool]:
    """For each token, whether it stands inside a quotation (straight or curly double quotes)."""
    inside, out = False, []
    for tok in tokens:
        if tok == "“":
            inside = True
        elif tok == "”":
            inside = False
        elif tok == '"':
            inside = not inside
        out.append(inside)
    return out


def _listed(tokens: list[str], start: int, end: int) -> bool:
    """ "Joe Cocker, Steve Winwood and Eric Burdon": a name between list separators, or joined
    by "and"/"or" to another name."""
    prev = tokens[start - 1].lower() if start > 0 else ""
    nxt = tokens[end].lower() if end < len(tokens) else ""
    left_name = start > 1 and tokens[start - 2][:1].isupper()
    right_name = end + 1 < len(tokens) and tokens[end + 1][:1].isupper()
    if prev in LIST_SEPARATORS and nxt in LIST_SEPARATORS:
        return True
    return (prev in ("and", "or") and left_name) or (nxt in ("and", "or") and right_name)


def _described(tokens: list[str], end: int) -> bool:
    """ "Hans Reckers, a board member of ...", "Clive Griffiths - Wales' defensive coach": the
    writer stops to say who or what it is."""
    if end + 1 >= len(tokens) or tokens[end] not in (",", "-", "\u2013", "("):
        return False
    word = tokens[end + 1]
    low = word.lower()
    return word[:1].islower() and (low in DESCRIPTION_STARTS or low in PERSON_NOUNS
                                   or low in ORG_NOUNS or low in PLACE_NOUNS)


# "Sydney will host", "Athens hosted", "hosted by Melbourne": the place of an event.
HOST_WORDS = word_set("host hosts hosted hosting stage stages staged staging")
# Lower-case event nouns after a city: "the Athens marathon", "the Sydney Olympics" are held there.
HELD_EVENTS = word_set("""
marathon marathons olympics olympic games championships championship tournament open grand prix
race races meeting meet final finals test event events
""")
# Prepositions that put something inside a town, as a club never is ("at" and "to" are not
# here: "won at Fulham", "moved to Chelsea" name the club).
WITHIN_PLACE = word_set("in near outside around inside within")
# "invest in Liverpool", "confidence in Tottenham": "in" a body, not a town.
STAKE_WORDS = word_set(
    "invest invests invested investing investment confidence faith interest stake")


def _venue(tokens: list[str], start: int, end: int) -> bool:
    """The place is where an event is held ("Sydney will host", "the Athens marathon"), so in a
    sports report it stays a place, not the club of that town."""
    nxt = tokens[end] if end < len(tokens) else ""
    nxt2 = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
    prev = tokens[start - 1].lower() if start > 0 else ""
    prev2 = tokens[start - 2].lower() if start > 1 else ""
    if nxt in HOST_WORDS or nxt in HELD_EVENTS:
        return True
    if (prev in WITHIN_PLACE and not tokens[end - 1].endswith(POSSESSIVE)
            and prev2 not in STAKE_WORDS):
        return True  # "a car crash near Athens", "the action in Athens"
    if nxt in ("to", "will", "would", "can", "could") and nxt2 in HOST_WORDS:
        return True
    return (prev == "by" and prev2 in HOST_WORDS) or (prev in ("city", "venue")
                                                     and prev2 in ("host", "the"))


def _shouted_names(tokens: list[str]) -> list[str]:
    """ "WALTER P. REUTHER, president of the union,", "HENRY FORD 2D declined": older papers set
    a person's name in capitals in mixed-case text; a run of two to four words in capitals
    (initials between them) that starts with a given name and goes on in lower case is
    written as the name ("Walter P. Reuther"). A shouted kicker or headline ("CARROT AND
    STICK", "SECURITY:") keeps its capitals and stays out of the tags."""
    given = load_gazetteer().given_names
    out = tokens
    for k, first in enumerate(tokens):
        if not (first.isupper() and first.lower() in given and _is_shout(first)) or (
                k > 0 and _is_shout(tokens[k - 1])):
            continue
        j = k + 1
        while j < len(tokens) and j - k < 4 and (_is_shout(tokens[j])
                                                  or INITIALS.fullmatch(tokens[j])):
            j += 1
        after = tokens[j] if j < len(tokens) else ""
        if j - k >= 2 and _is_shout(tokens[j - 1]) and not _is_shout(after) and after != ":":
            if out is tokens:
                out = list(tokens)
            out[k:j] = [w if INITIALS.fullmatch(w) else w.capitalize() for w in tokens[k:j]]
    return out


def find_mentions(text: str) -> list[Mention]:
    """All candidate mentions in one paragraph (or headline), in order."""
    tokens = _shouted_names(tokenize(text))
    quoted = _quote_depths(tokens)
    mentions: list[Mention] = []
    for start, end, initial in _join_possessive_places(tokens, _runs(tokens)):
        if end - start == 1 and start > 0 and tokens[start - 1] in ",(":  # (cheap test first)
            if _party_state(tokens, start, end):
                continue  # "R-Ariz.", "(D-N.Y.)": a member of Congress's party and state
            state = _ap_state(tokens, start, end)
            if state is not None:  # "Seattle, Wash.": the state, abbreviated
                mentions.append(Mention(state, tuple(state.split()), False, cue="place",
                                        prev=",", quoted=quoted[start]))
                continue
        if _ticker(tokens, start, end):
            mentions.append(Mention(tokens[start], (tokens[start],), False, term=True))
            continue  # "(NASDAQ: AAPL)": a trading code, never a name (nor the exchange)
        if start > 1 and tokens[start - 1] == "(" and _defined_term(tokens, start, end):
            mentions.append(Mention(tokens[start], (tokens[start],), False, term=True))
            continue
        context = {"quoted": quoted[start], "listed": _listed(tokens, start, end),
                   "described": _described(tokens, end)}
        words = _attach_commas([_strip_possessive(t) if k == end - start - 1 else t
                                for k, t in enumerate(tokens[start:end])])
        # Leading function words, weekdays, months and credit words are never part of a name.
        # "The Aviator", "Million Dollar Baby", "All Blacks": a capitalised function word inside a
        # sentence starts a title or a nickname, not a name.
        # ("AT&T", "IN Group": a word in capitals is an acronym, not a title's "At" or "In")
        work = (not initial and words[0].lower() in FUNCTION_WORDS and len(words) > 1
                and not _is_shout(words[0]))
        paper = _newspaper(words)
        while not paper and words and not _leading_particle(words) and not _ordinal_name(
                words) and (
                (_skippable(words[0]) and not _abbreviation_in_name(words))
                or _lead_in(words, initial) or (_modifier(words[0]) and len(words) > 1)):
            words.pop(0)
            start += 1
            initial = False
        modified = _modified_prefix(words)
        if modified:  # "a New York-based group", "New York-based Goldman Sachs said"
            del words[:modified]
            start += modified
            initial = False
        # "Distributor Sony Pictures", "Watchdog Ofcom": a role noun that starts the sentence.
        lead_cue = None
        if (len(words) > 1 and words[0].lower() in LEADING_ORG_NOUNS
                and words[1][:1].isupper()):
            words.pop(0)
            start += 1
            initial = False
            lead_cue = "org"
        # "Russian Nikolay Davydenko", "Spaniard Costa": a nationality before a person's name.
        demonym = _leading_demonym(words)
        if demonym:
            words.pop(0)
            start += 1
            initial = False
        # "Tory Ken Clarke", "Liberal Democrat Paul Tyler": a party before a member's name.
        party = _leading_party(words)
        if party:
            mentions.append(Mention(" ".join(words[:party]), tuple(words[:party]), initial,
                                    cue="modifier"))
            del words[:party]
            start += party
            initial = False
        # Weekdays, months, model numbers and adjectives end a run ("Monday Blair",
        # "Airbus A320", "World War I-era").
        for k, w in enumerate(words):
            ender = (w.lower() in RUN_ENDERS and not paper and not _month_surname(words, k)
                     and not _weekday_given_name(words, k)
                     and not (k == 0 and _abbreviation_in_name(words)))
            if ender or _ends_name(words, k) or ("-" in w and _modifier(w)):
                words = words[:k]
                break
        # "Peter Saunders of the CMF", "Liberace of Baghdad": two names unless the first is
        # a body or a title that takes "of" ("Bank of England", "Archbishop of Canterbury").
        of = next((k for k, w in enumerate(words) if w == "of"), None)
        if of and _office_of_body(words, of):  # "President of the Dangote Group": the body
            cut = of + 2 if words[of + 1].lower() == "the" else of + 1
            words, start, of, initial = words[cut:], start + cut, None, False
        if of is not None and of > 0 and (words[of - 1].lower() not in OF_HEADS
                                          or _surname_before_of(words, of)):
            rest = [w for w in words[of + 1:] if w.lower() != "the"]
            while rest and not rest[0][:1].isupper():
                rest.pop(0)
            if rest:
                mentions.append(Mention(" ".join(rest), tuple(rest), False))
            words = words[:of]
        while words and (words[-1].lower() in CONNECTORS or words[-1] in ("and", "for")):
            words.pop()  # "Commerce Department for" when a month cut the run
        if not words or _page_reference(words, tokens, start):
            continue
        if _market_index(tokens, start + len(words)):
            continue  # (this mention only: "the Ifo index" is the Ifo institute's)
        alias, _ = _paren_after(tokens, end)
        nxt = tokens[end].lower() if end < len(tokens) else ""
        if nxt == "," and end + 1 < len(tokens):
            nxt = tokens[end + 1].lower()
        prev = tokens[start - 1].lower() if start > 0 else ""
        speech = nxt in SPEECH_VERBS or prev in SPEECH_VERBS
        before_noun = tokens[start - 1].lower() if start > 0 else ""
        prev2 = tokens[start - 2].lower() if start > 1 else ""
        source = (nxt in SOURCE_VERBS or nxt in SOURCE_AFTER or _outlet_says(tokens, end)
                  or (before_noun in SOURCE_NOUNS and speech)
                  or prev in SOURCE_BEFORE or (prev == "the" and prev2 in SOURCE_BEFORE)
                  or (prev in ("to", "with") and prev2 in ("according", "speaking", "talking",
                                                          "interview"))
                  or (prev in ("to", "with") and prev2.endswith("ly") and start > 2
                      and tokens[start - 3].lower() in ("speaking", "talking"))
                  or (prev == "the" and prev2 in ("to", "with") and start > 2
                      and tokens[start - 3].lower() in ("according", "speaking", "talking",
                                                       "interview"))
                  or (words[-1].lower() in MEDIA_WORDS and (speech or prev == "by"))
                  or _journalist_after(tokens, end) or _wire_credit(tokens, start, end))
        portfolio = _portfolio_end(tokens, start, words)
        if portfolio:  # "Minister for Foreign Affairs Penny Wong": the portfolio, then her
            before, name, title = words[:portfolio], words[portfolio:], tokens[start - 2].lower()
        elif _leading_role(words, initial):
            before, name, title = [], words[1:], words[0].lower()
        else:
            before, name, title = _split_title(words)
        if title is None:
            words = before  # without trailing titles ("Frank Field MP")
        if not words or not _name_token(words[0]):
            continue
        if title is not None:
            titles = words[len(before):len(words) - len(name)]
            if _executive_body(before, titles, name, prev):
                body = [*before, *titles]  # "the Scottish Executive has": a government
                mentions.append(Mention(" ".join(body), tuple(body), initial, cue="org",
                                        prev=prev, **context))
                continue
            if before and len(before) < len(words) and not _national_portfolio(before, titles):
                mentions.append(Mention(" ".join(before), tuple(before), initial, cue="modifier"))
            if name:
                mentions.append(Mention(" ".join(name), tuple(name), False, cue="person",
                                        titled=True, honorific=title in HONORIFICS,
                                        surname=title in SURNAME_TITLES and len(name) == 1,
                                        speech=speech, prev=prev, **context,
                                        alias=alias if alias and CJK.search(alias) else None))
            continue
        cue = lead_cue or _cue_before(tokens, start)
        if cue is None and _org_context(tokens, start, end):
            cue = "org"
        if cue is None:
            cue = _apposition(tokens, end)
        if cue is None and end < len(tokens) and tokens[end] == "," and _before_state(tokens, end):
            cue = "place"  # "Crawford, Texas", "Innisfail, Qld." is no company
        if cue is None and nxt in ("airport", "airports") and tokens[end] == nxt:
            cue = "place"  # "Orly airport": the run names the airport
        if cue is None and end < len(tokens) and not _is_shout(words[-1]) and _area_after(
                tokens, end):
            cue = "place"  # "the Bicol region", "Polk, Story and Dallas counties"
        if (cue is None and nxt in LEADER_TERMS and tokens[end] == nxt and end - start <= 3
                and not tokens[end - 1].endswith(POSSESSIVE)
                and not tokens[end - 1].isupper()):  # "its EU presidency": a body's term
            cue = "person"  # "the Biden administration", "the Duterte presidency": its leader
        actor = (speech or tokens[end - 1].endswith(POSSESSIVE) or prev in ACTOR_BEFORE
                 or nxt in ACTOR_AFTER)
        stance = prev not in LOCATIVES and (
            nxt in STANCE_AFTER or prev in ACTOR_BEFORE or prev in SPEECH_VERBS
            or (tokens[end - 1].endswith(POSSESSIVE) and nxt in POLITY_NOUNS)
            or ((initial or prev in SUBJECT_BEFORE) and _verb_after(tokens, end)))
        following = tokens[end] if end < len(tokens) else ""
        attributive = (following.isalpha() and following.islower() and not actor
                       and following not in FUNCTION_WORDS and following not in SPEECH_VERBS
                       and following not in ACTOR_AFTER and not following.endswith("ed"))
        venue = _venue(tokens, start, end)
        # "the Macintosh computer" (but "Comair's computer" is the owner's)
        product = (following in PRODUCT_NOUNS and not tokens[end - 1].endswith(POSSESSIVE)) or (
            prev in NAMING_VERBS and start >= 2 and tokens[start - 2].lower() in PRODUCT_NOUNS)
        # ("a headset called Vision Pro": the product's name)
        mention = Mention(" ".join(words), tuple(words), initial, cue=cue, speech=speech,
                          prev=prev, work=work or cue == "work", source=source, actor=actor,
                          stance=stance,
                          attributive=attributive, fiction=fiction_cue(tokens, start, end),
                          venue=venue, product=product,
                          personal=(len(words) == 1 and _personal_after(tokens, end))
                          or (len(words) <= 3 and words[-1].lower() not in ORG_SUFFIXES
                              and _age_or_home_after(tokens, end)),
                          within=_within(tokens, prev, end),
                          body_role=_body_role_after(tokens, end), **context)
        if alias:
            if CJK.search(alias):
                mention.alias = alias
            elif acronym_matches(alias, mention.tokens):
                mention.alias = alias
                mention.acronym_defined = True
        mentions.append(mention)
    return mentions
