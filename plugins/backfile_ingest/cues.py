"""Line-level cues: what one line of a news dump looks like, judged from that line alone.

Pure functions on one line of text, used by the segmenter (where do stories start?) and by the
story anatomy (which line is the headline, the byline, a photo credit?). Patterns are written for
news in general (many agencies, dash variants, months abbreviated or not), not for one corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from .dates import parse_date_line as _parse_date_line
from .entities import known_given_name, known_place
from .languages import MONTHS, alternation
from .sentences import ends_sentence, is_abbreviation

__all__ = [
    "Dateline",
    "byline",
    "dateline",
    "ends_mid_sentence",
    "ends_sentence",
    "headline_style",
    "is_byline",
    "is_headline",
    "is_photo_credit",
    "is_rule",
    "is_signoff",
    "kicker",
    "parse_dateline",
    "photo_credit",
    "signoff",
    "split_kicker",
]

_DASH = r"(?:-{1,3}|\u2010|\u2011|\u2012|\u2013|\u2014|\u2015|\u2212)"
_TWO_SENTENCES = re.compile(r"[a-z0-9]{2}([.!?])[\u2019\u201d\"')]*\s+[\u2018\u201c\"'(]?[A-Z]")
_CLOSERS = "\u2019\u201d\"')]\u00bb"

# A rule line: three or more of - * _ = ~ # (spaces between allowed), or only form feeds.
# Dashes count in every width (`———-`, as a word processor or web page turns
# `----` into em dashes; `―`, box-drawing `─` and `═`).
_RULE_MARK = r"[-*_=~#\u2010-\u2015\u2500\u2501\u2550]"
_RULE = re.compile(rf"^\s*(?:(?:{_RULE_MARK}\s*){{3,}}|\f+\s*)$")

# Kicker: one to five ALL-CAPS words and a colon, then text ("CARROT AND STICK: While ...").
_KICKER = re.compile(
    r"^((?:[A-Z0-9][A-Z0-9&\u2019'.\-/]*\s+){0,4}[A-Z0-9][A-Z0-9&\u2019'.\-/]*[A-Z][A-Z0-9&\u2019'.\-/]*)"
    r"\s*:\s+(?=\S)"
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
)
_FOREIGN_MONTHS = alternation(MONTHS)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_WEEKDAY}"
    # the other languages' day first (`14 sep`, `14. September 2023`, `14 de septiembre`)
    rf"|\d{{1,2}}(?:er|\.|º)?\s*(?:de\s+)?(?i:{_FOREIGN_MONTHS})(?:\.|(?!\w))"
    r"(?:,?\s+(?:de\s+)?\d{4}(?:\s+(?:\u0433\u043e\u0434\u0430|\u0433\.))?)?"  # (`2023 года`)
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})"
)
# A place: capitalised words (a city, "NEW YORK", "Salvador", "ST. PETERSBURG", "Xi'an"),
# optionally a region after a comma ("SAN JOSE, Calif.", "Portland, Maine").
# (Cyrillic capitals too; a German city and its river or region: "Frankfurt/Main", "Halle/Saale")
# (capitals beyond ASCII open a place too: `\u0130STANBUL (AA) - `, `\u00c9VORA`)
_PLACE_CAPITAL = (r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0130\u015e\u011e\u0141\u017b\u0179\u0160\u017d"
                  r"\u010c\u0401\u0410-\u042f]")
_PLACE_WORD = rf"{_PLACE_CAPITAL}[\w.\u2019'\-]*(?:/[A-Z][\w.\u2019'\-]*+(?![\w/]))?"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|de|del|da|do|al|el|la|le|du|upon|on|am)){{0,3}}"
_REGION = rf"(?:,\s*(?!{_MONTH}\s)(?!{_WEEKDAY}\b){_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?"
# (Reuters), /PRNewswire/, /TASS/. (with its full stop), and dpa, which writes its name small
_AGENCY = r"(?:\((dpa|[A-Z][\w&.\-/' ]{0,40}?)\)|/[A-Z\u0410-\u042f][\w\- ]{1,30}/\.?)"
# A state or country in brackets after the town, as Indian and Pakistani agencies write it:
# `Bhopal (Madhya Pradesh)`, `Srinagar (Jammu and Kashmir) [India]`.
_BRACKETED = (r"(?:\s*\((?P<state>[A-Z][\w.\-' ]{1,40}?)\))?"
              r"(?:\s*\[(?P<country>[A-Z][\w.\-' ]{1,30})\])?")
# An agency named after the date without brackets, as AAP and Kyodo file (`SYDNEY, Nov 29 AAP
# - `, `TOKYO, Oct. 6 Kyodo - `, `TOKYO, Nov. 29, Kyodo - `): only these, and only after a date.
_BARE_AGENCIES = r"(?:AAP|Kyodo|KYODO|AFP|Reuters|REUTER|dpa|ANSA|Xinhua|XINHUA)"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}){_REGION}{_BRACKETED}"
    rf"(?:\s*\((?P<bracketed_date>{_DATE})\))?"  # `DALTON, Ga. (June 12, 2019) \u2014 `
    rf"(?:,?\s+(?P<date>{_DATE})\.?(?:,?\s+(?P<bare>{_BARE_AGENCIES})(?=\s))?)?"
    rf"(?:,?\s*{_AGENCY})?"
    # a dash, not a hyphen (`(EFE).- `: Spanish agencies' stop and dash after the bracket)
    rf"(?P<end>\s+{_DASH}\s*|(?:(?<=\))\.)?\s*{_DASH}\s+|\.{_DASH}(?=[A-Z\u201c\"])"
    r"|(?<=[A-Za-z])[\u2013\u2014](?=[A-Z\u201c\"])"  # `WASHINGTON\u2014The`, as the WSJ sets it
    r"|\s*:\s+|\s+(?=[A-Z\u201c\"\u0401\u0410-\u042f\u00ab]))(?=\S)"  # `Bhopal (Madhya
    # Pradesh): `, `(PTI) Text`, and TASS's dateline in Russian before a Cyrillic capital
)  # `June 3.-Fire which...` is old newspapers' (taken only after a date); a colon or nothing
# ends a dateline only where it holds more than a place (see parse_dateline)
_AGENCY_IN = re.compile(_AGENCY)
GLUED_DASH_LEDE_WORDS = 8  # a lede after a glued dash, not the rest of a headline
# A full date between the place's dash and the text, as press releases set it.
_DATE_AFTER = re.compile(
    rf"^\(?(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d)\)?\s*{_DASH}\s*(?=[A-Z\u201c\"])")
_WEEKDAY_ONLY = re.compile(_WEEKDAY)

_NAME = r"[A-Z\u00c0-\u00de][\w\u2019'.\-]*"
# `Par Marie Charrel`, `Von Anna Schmidt`, `Por Ana García`, `Di Marco Rossi`, `Door Jan de Vries`
_FOREIGN_BY = r"Par|PAR|Von|VON|Por|POR|Di|DI|Door|DOOR"
_NAME_JOIN = r"(?:de|da|del|der|den|van|von|la|le|du|bin|ibn|al|el|y|dos|das|and|&|,|und|et|e|en)"
_BYLINE = re.compile(
    rf"^(?:(?:Edited|Written|Reported|Compiled|Story|Words|Text)\s+)?(?P<by>By|BY|by|{_FOREIGN_BY})[:\s]\s*(?P<name>{_NAME}(?:\s+(?:{_NAME}|{_NAME_JOIN}))*?)"
    # where they wrote from, or the agencies they wrote with (`By Jane Doe in Kyiv`, `By
    # Jane Doe and agencies`, as the Guardian and the Telegraph sign)
    r"(?:\s+(?:and\s+agencies|in\s+[A-Z][\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]+){0,2}))?"
    rf"(?:\s*(?:,|\||{_DASH}|/)\s*(?P<role>.{{1,60}}))?\.?$"
)

_CREDIT_WORD = (
    r"(?:Photos?|Photographs?|Pictures?|Pics?|Images?|Illustrations?|Graphics?|Video|"
    r"Photo\s+credit|Credit|Foto)"
)
_CREDIT_NAME = r"[A-Z][\w.'\-]+(?:\s+(?:[A-Z][\w.'\-]+|de|da|van|von|al|el|bin)){1,3}"
_OUTLET_WORD = (r"Times|Post|News|Journal|Guardian|Observer|Independent|Telegraph|Herald|"
                r"Tribune|Press|Reuters|Bloomberg|Agency|Images|Media|Magazine|Chronicle")
# Whom a photographer's picture is credited to: an agency or outlet, or a name in capitals.
_CREDITED_TO = re.compile(
    rf"\b(?:{_OUTLET_WORD}|AFP|AP|EPA|EFE|Getty|Shutterstock|Alamy|PA|Xinhua)\b"
    r"|^(?:[A-Z][\w.&'\-]*\s*)+$")
_CREDIT = re.compile(
    rf"^\(?\s*{_CREDIT_WORD}(?:\s*[:\uff1a/|]\s*|\s+(?:by|courtesy\s+of)\s+|\s*{_DASH}\s+)"
    rf"(?P<who>\S.*?)\s*\)?\.?$"
    rf"|^\(?(?P<wire>(?:[A-Z][\w.\-]*\s+){{0,4}}(?:AFP|Reuters|REUTERS|AP|EPA|Getty\s+Images|"
    rf"Bloomberg|Xinhua|AAP|ANP|dpa|EPA-EFE|Shutterstock)(?:\s+Photo)?(?:\s*/\s*[\w.\-' ]+)?)\)?$"
    rf"|^(?P<slash>(?:REUTERS|AFP|AP|EPA|Getty Images)\s*/\s*\S.{{0,60}})$"
    # `Tyler Hicks/The New York Times`, `Jane Doe/AFP via Getty Images`, `Jane Doe for The
    # New York Times`: a photographer's name and whom the picture is by or for
    rf"|^(?P<by>{_CREDIT_NAME}(?:\s*/\s*|\s+for\s+(?=(?:The\s+)?[A-Z][\w.&' ]{{0,40}}"
    rf"(?:{_OUTLET_WORD})$))[A-Z][\w.&'\- ]{{1,50}}(?:/[A-Z][\w.&'\- ]{{1,40}}){{0,3}})$"
    # `\u00a9 Photograph: Jane Doe/Getty Images`, `\u00a9 Provided by The Canadian Press`
    rf"|^(?:\u00a9|\([cC]\))\s*(?:{_CREDIT_WORD}\s*[:/]\s*|(?=Provided\s+by\s))"
    rf"(?P<copy>\S.{{1,120}}?)\s*$",
)

_AGENCIES = (
    r"(?:Reuters?|REUTERS?|AP|A\.P\.|AFP|UPI|dpa|DPA|PA|Xinhua|XINHUA|Bloomberg|Kyodo|Yonhap|"
    r"Tass|TASS|Interfax|ANSA|EFE|IANS|PTI|CNA|AAP|CP|Canadian\s+Press|Associated\s+Press|"
    r"United\s+Press\s+International|"
    r"Agence\s+France-Presse|NYT|Bernama|Antara|KUNA|WAFA|Anadolu|APA|"
    r"ANI|UNI|APP|PNA|KNA|NAN|VNA|MENA|SPA|WAM|QNA|IRNA|SANA|BSS|Lusa|"  # national agencies
    r"\u0422\u0410\u0421\u0421|\u0418\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441|"  # and
    r"\u0420\u0418\u0410\s+\u041d\u043e\u0432\u043e\u0441\u0442\u0438)"  # in Russian: TASS,
    # Interfax, RIA Novosti
)
_KNOWN_AGENCY = re.compile(rf"{_AGENCIES}")
_SIGNOFF = re.compile(
    rf"^(?:(?:{_DASH}|==?)\s*)?\(?{_AGENCIES}\)?\.?$"  # (Kyodo's `==Kyodo`)
    r"|^\(?(?:Reporting|Writing|Editing|Additional\s+reporting|Compiled|Edited)\s+by\b.{0,300}\)?$"
    r"|^(?:\(c\)|\u00a9|Copyright)\s.{0,240}$"  # (AP's runs to 160: "... without permission.")
    r"|^(?:[-\u2013\u2014#*]{1,3}\s*)?\(?(?:END|ENDS|ends|-30-|###|xxx|Enditem|End of story"
    r"|[-\u2013\u2014]{1,2}\s*30\s*[-\u2013\u2014]{1,2})\)?"  # (`-- 30 --`)
    r"\s*[-\u2013\u2014#*]*$"  # (Yonhap's `(END)`, Xinhua's `Enditem`)
    r"|^[A-Z]{2,4}-[A-Z]{2,4}-\d\d-\d\d-\d\d(?:\d\d)?\s+\d{3,4}\s?[A-Z]{3}$"  # a wire trailer
    r"|^UPI\s+\d\d-\d\d-\d\d\s+\d\d:\d\d\s+[A-Z]{2,4}$"  # (UPI's)
    # AFP's desk trailer, the initials of who wrote and edited it: `bur-fff/jh/lth`, `pl/axn`
    r"|^(?-i:[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,5})$"
    # an Indian agency's, its name then its desk's initials: `PTI ABC DEF KJ`, `IANS ab/cd`
    r"|^(?-i:(?:PTI|IANS|UNI|ANI)(?:\s+[A-Z]{2,4}){1,5}|IANS\s+[a-z]{2,4}(?:/[a-z]{2,4}){1,4})$"
    # a Chinese, Japanese or Korean reporter's credit under the story, in brackets: `(记者 王明)`
    r"|^[(\uff08](?:\u8bb0\u8005|\u8a18\u8005|\uae30\uc790)[^()\uff08\uff09]{1,30}[)\uff09]$"
    # Xinhua's `Editor: Liu Yang`
    r"|^(?:Editors?|Edited|Desk|Pewarta|Penulis|Redaktur|Wartawan):\s+"  # (Antara's reporter
    r"(?-i:[A-Z]\w*(?:\s+[A-Z]\w*){0,3})$",  # and editor: `Pewarta: Budi Santoso`)
    re.IGNORECASE,
)
# A writer's e-mail address alone on a line: part of a sign-off over one (Yonhap's over
# `(END)`), never one on its own (a release's `Media Contact:` block lists addresses too).
_EMAIL_LINE = re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$")
# A sign-off run into the last paragraph: `... during the period. Enditem`
_GLUED_SIGNOFF = re.compile(r"(?<=[.!?\u201d\"'\u3002])\s+(?P<end>Enditem|ENDITEM|\(END\))$")
# Where a story was first published, under it: `This article originally appeared in the
# Kelowna Daily Courier.`, `This story was first published by ProPublica.`
_FIRST_PUBLISHED = re.compile(
    r"^(?:This|A version of this) (?:article|story|report|piece) (?:was )?(?:originally |first )?"
    r"(?:appeared|appears|published|ran) (?:in print on|in|on|by|at) (?:the )?[A-Z][^!?]{2,200}$")
# The writer's one-line biography under the story: `Clark Boyd is technology correspondent
# for The World, ...`, `Owain Bennallack is the editor of Develop magazine.`
_WRITER_BIO = re.compile(
    r"^(?:[A-Z][\w.'\u2019\-]+ ){1,3}[A-Z][\w'\u2019\-]+ is (?:a |an |the )?(?:[\w,\-]+ ){0,5}?"
    r"(?:correspondent|reporter|editor|writer|columnist|journalist|producer|presenter|"
    r"contributor)(?:\s+(?:for|at|with|of|on|in|based)\b[^.!?]{0,160})?\.?$")
# Bloomberg's trailer: `To contact the reporter on this story:` / `Jane Doe in London at
# jdoe@bloomberg.net` (or on one line), the same for the editors.
_TO_CONTACT = re.compile(
    r"^To contact the (?:reporters?|editors?|authors?|writers?)\b[^:]{0,60}:(?:\s+.{0,200})?$")
_CONTACT_ADDRESS = re.compile(
    r"^[A-Z][\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]+){1,3}(?:\s+in\s+[A-Z][\w .'\-]{1,30}?)?"
    r"\s+at\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?:,?\s+(?:or|and)\s+.{0,120})?$")
# A contributor note under a story (`Associated Press writer Jane Doe contributed to this
# report from Kansas City, Missouri.`, `Jane Doe contributed reporting.`): one sentence.
_CONTRIBUTORS = re.compile(
    r"^[A-Z][^!?]{2,200}?\bcontributed\s+(?:to\s+this\s+(?:report|story|article)"
    r"|(?:additional\s+)?reporting|research)\b[^!?]{0,120}$")
# How to reach the writer, under a local paper's story: `Contact Jane Doe at jdoe@example.com
# or 555-0142.`, `Reach the reporter at (555) 555-0142.`, `Email Jane Doe at ...`.
_CONTACT = re.compile(
    r"^(?:Contact|Reach|E-?mail|Write\s+to)\s+[^.!?]{2,60}?\s+(?:at|via)\s+"
    r"(?:[\w.+\-]+@[\w\-]+\.[\w.\-]+|\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}|@\w+)")
# A correction appended under a story (`Correction: An earlier version of this story misstated
# the vote count.`, `Clarification: March 13, 2024. An earlier version of this article ...`,
# `Editor's note: An earlier version of this story ...`, the Guardian's `This article was
# amended on 14 June 2023. An earlier version said ...`).
_CORRECTION = re.compile(
    r"^(?:(?i:Correction|Clarification|Editor[\u2019']?s\s+note)s?\b[^:\u2014\u2013]{0,40}"
    r"[:\u2014\u2013]|This (?:article|story) was (?:amended|corrected) on [^.]{4,40}\.)\s+.{0,120}?"
    r"\b(?:an?\s+)?(?:earlier|previous|prior)\s+version\b")
# A wire's flags before its headline, joined by hyphens (`UPDATE 2-`, `EXCLUSIVE-`,
# `CORRECTED-UPDATE 1-`, `REFILE-`): Reuters' slug prefixes, which say which version of the
# story this is, not what it is about.
_WIRE_FLAG = re.compile(
    r"^(?P<flags>(?:(?:UPDATE|WRAPUP)\s?\d{1,2}|EXCLUSIVE|REFILE|CORRECTED|RPT|REPEAT|"
    r"CORRECTION|BREAKINGVIEWS|FACTBOX|ANALYSIS|INSIGHT|PREVIEW|TIMELINE|COLUMN|"
    r"SPECIAL REPORT|GRAPHIC|EXPLAINER)(?:-(?:(?:UPDATE|WRAPUP)\s?\d{1,2}|[A-Z]{3,12}))*)"
    r"-(?=\S)(?P<rest>.*[a-z].*)$"
    # Yonhap's in brackets: `(LEAD) N. Korea fires ...`, `(2nd LD) ...`, `(URGENT) ...`
    r"|^\((?P<bracketed>LEAD|\d(?:st|nd|rd|th)\s+LD|URGENT|News\s+Focus|Yonhap\s+Interview|"
    r"Yonhap\s+Feature)(?:,\s*[A-Z][\w ]{1,30})?\)\s+(?P<after>.*[a-z].*)$")


def wire_flag(text: str) -> tuple[str, str] | None:
    """(`UPDATE 2`, `Oil prices climb ...`) for a headline opened by a wire's version flags
    (`UPDATE 2-Oil prices climb ...`), else None."""
    match = _WIRE_FLAG.match(text.strip())
    if match and match["bracketed"]:
        return match["bracketed"], match["after"].strip()
    return (match["flags"], match["rest"].strip()) if match else None


# A story's genre before its headline, as sites title opinion, analysis and reviews
# (`Opinion: The city needs a real transit plan`, `Analysis | Why rates are stuck`).
_GENRE = re.compile(
    r"^(?P<genre>Opinion|Analysis|Review|Explainer|Editorial|Commentary|Interview|Obituary|"
    r"Exclusive|Factbox|Fact check|Fact-check|Perspective|Column|Guest column|Letter|Podcast|"
    r"Live|Watch|Listen|Video|Photos|In pictures|Feature|Profile|Essay|Recap)\s*[:|]\s+(?=\S)")


def genre_label(text: str) -> str | None:
    """`Opinion` for `Opinion: The city needs ...`: the kicker; the headline stays whole."""
    match = _GENRE.match(text.strip())
    return match["genre"] if match else None


# A wire service's transmission trailer, `AP-NY-10-13-98 1842EDT`: desk, month-day-year, time.
_TRAILER_DATE = re.compile(
    r"^[A-Z]{2,4}-[A-Z]{2,4}-(?P<m>\d\d)-(?P<d>\d\d)-(?P<y>\d\d(?:\d\d)?)\s+\d{3,4}\s?[A-Z]{3}$"
    # UPI's: `UPI 03-14-79 02:15 PES` (the date, the time and the time zone)
    r"|^UPI\s+(?P<um>\d\d)-(?P<ud>\d\d)-(?P<uy>\d\d)\s+\d\d:\d\d\s+[A-Z]{2,4}$")
# BBC Monitoring's trailer under an item: `BBC Mon FS1 MCU 130322 ak/dk` (desks, the date as
# ddmmyy, the editors' initials).
_MONITORING_TRAILER = re.compile(
    r"^BBC\s+Mon(?:itoring)?(?:\s+[A-Z][A-Za-z0-9]{1,7}){1,4}\s+(?P<d>[0-3]\d)(?P<m>[01]\d)"
    r"(?P<y>\d\d)(?:\s+[a-z]{1,4}(?:/[a-z]{1,4})*)?$")
# A wire story's slug line: `BC-US--Budget-Talks,0412` (cycle, keywords, word count).
_WIRE_SLUG = re.compile(
    r"^(?:[a-z]\d{4}\s+)?(?:BC|AM|PM|WE|SU|Sun|AM-PM)-[A-Za-z0-9][\w&'.]*(?:-{1,2}[\w&'.]+)*"
    r"(?:\s*,\s*\d{2,4})?(?:\s*<.{0,40}>)?$")
_SIGNOFF_CASED = re.compile(rf"^(?:{_DASH}\s*)?\(?{_AGENCIES}\)?\.?$")
# An agency or broadcaster alone opening the lede: `(CNN) -- `, `(AP) \u2014 `, `(CNN)Text`.
_AGENCY_ALONE = re.compile(
    rf"^\((?P<agency>{_AGENCIES}|CNN|BBC|NPR|CBS|NBC|ABC|Sky News|AJ|EFE|RTT)\)"
    rf"(?:\s*{_DASH}\s*|(?=[A-Z\u201c\"]))(?=\S)")

# A date, then a known agency, with no place: `23 September 2019; AFP: Text`, or Reuters'
# story on no one place, `Dec 19 (Reuters) - Text`.
_DATED_AGENCY = re.compile(
    rf"^(?P<date>{_DATE})(?:\s*[;,]\s*|\s+(?=\())\(?(?P<agency>{_AGENCIES})\)?"
    rf"(?:\s*:\s+|\s+{_DASH}\s*|\s*{_DASH}\s+)(?=[A-Z\u201c\"])")


@dataclass(frozen=True)
class Dateline:
    """The parts of a dateline opening a line: `TAIPEI, April 24 (Reuters) - rest`."""

    place: str
    date_text: str | None
    agency: str | None
    prefix: str  # the whole dateline as written, trailing dash and space included
    rest: str


# A rule glued to the text after it (`---------- China publishes ...`), as some wire pages
# set a summary's items: four or more dashes, equals signs, underscores or tildes, a space.
_GLUED_RULE = re.compile(
    r"^\s*[-=_~\u2010-\u2015\u2500\u2501\u2550]{4,}\s+(?=[\w\"\u201c\u2018'(])")


def glued_rule(text: str) -> int:
    """How many characters a rule glued to the front of a line takes (0 if none)."""
    match = _GLUED_RULE.match(text)
    return match.end() if match else 0


def is_rule(text: str) -> bool:
    """A separator line: `---`, `***`, `* * *`, `====`, `———`, or a form feed alone."""
    return bool(_RULE.match(text)) and bool(text.strip(" \t"))


_DOCUMENT_MARK = re.compile(r"^\s*(?:document\s+)?\d+\s+of\s+\d+\s+(?:documents?)?\s*$",
                            re.IGNORECASE)
# Nexis Uni's line under each record.
_END_OF_DOCUMENT = re.compile(r"^\s*End of Document\s*$", re.IGNORECASE)


_ATX_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)(?:\s+#+)?$")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(?P<text>.+?)(?<=\S)\1(?![\w*])")


def unmark(text: str) -> str:
    """A line as the cues read it: without Markdown's heading marker (`# Title`) or the
    emphasis around its words (`*By Jane Doe*`, `**Madrid, 13 May**`), which exports of
    Markdown notes and newsletters carry."""
    text = text.strip()
    heading = _ATX_HEADING.match(text)
    if heading:
        text = heading.group("text")
    return _EMPHASIS.sub(lambda m: m.group("text"), text) if ("*" in text or "_" in text) else text


def place_date_line(text: str) -> tuple[str, str] | None:
    """A line holding only a place and a date (`Madrid, 13 May 2022`, `WASHINGTON, D. C.,
    MONDAY, JUNE 3, 1912.`): the place and the date as written."""
    text = text.strip().rstrip(".")
    if len(text) > 80 or not (text[:1].isupper() or "\u0600" <= text[:1] <= "\u06ff"):
        return None  # (Arabic has no capitals: `الرياض - 10 مارس 2023`)
    for found in re.finditer(r",\s+|\s+[-\u2013\u2014]\s+", text):
        place, when = text[:found.start()], text[found.end():]
        if len(place.split()) <= 4 and _parse_date_line(when):
            return place, when
    return None


MASTHEAD_WORDS = 12  # a paper's name and its town, before the date
# What a paper's name says it is (`THE EVENING STAR`, `New-York Tribune`, `Omaha Daily Bee`):
# a place and date alone (`Madrid, 13 May 2022`) is a dateline, not a masthead.
_PAPER_WORD = (rf"(?:{_OUTLET_WORD}|Star|Sun|Call|Bee|Gazette|Daily|Evening|"
               r"Record|Register|Courier|Advertiser|Democrat|Republican|Sentinel|Globe|"
               r"World|Dispatch|Enquirer|Leader|Bulletin|Examiner|Mirror|Standard|"
               r"Telegram|Ledger|Eagle|Citizen|Review|Intelligencer|Appeal)")
_PAPER = re.compile(rf"^the\s+\S|\b{_PAPER_WORD}\b", re.IGNORECASE)
# An outlet's whole name: up to four capitalised words ending in what a paper or site calls
# itself (`CBC News`, `The Valley Herald`, `THE VALLEY HERALD`), an agency, or a domain.
_OUTLET_NAME = re.compile(
    rf"^(?:[A-Z][\w.&'\-]*\s+){{0,4}}(?i:{_PAPER_WORD})$|^{_AGENCIES}$|^Al Jazeera$"
    r"|^[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|news|co\.uk|com\.au|ca|in)$")


def is_outlet_name(text: str) -> bool:
    return bool(_OUTLET_NAME.match(text.strip()))


def site_suffix(headline: str) -> int | None:
    """Where a web page's title puts the site's name after the headline (`Wildfire forces
    thousands to flee | CBC News`, `Rare snowstorm blankets Johannesburg - BBC News`): the
    index of the bar or dash, if the part after it is an outlet's name."""
    separators = list(re.finditer(r"\s+[|\u2013\u2014-]\s+", headline))
    last = separators[-1] if separators else None  # (only the last can set off the site)
    if last is not None and last.start() >= 12 and is_outlet_name(headline[last.end():]):
        return last.start()
    return None


def is_paper_name(text: str) -> bool:
    """Whether a short line names a newspaper (`The New York Times`, `Financial Times`)."""
    words = text.split()
    return (0 < len(words) <= 8 and text[:1].isupper() and not ends_sentence(text)
            and bool(_PAPER.search(text)))


def masthead_line(text: str) -> tuple[str, str] | None:
    """A newspaper's running head on one line: its name, maybe its town, the issue's date, maybe
    a page number (`THE EVENING STAR, WASHINGTON, D. C., TUESDAY, APRIL 16, 1912.`, `2 THE
    WASHINGTON TIMES, MONDAY, APRIL 15, 1912.`), as digitised pages open. The name and date."""
    if len(text) > 150 or not text.rstrip(". ")[-1:].isdigit():
        return None  # (most lines: no need for the patterns)
    if " | " in text:
        return _barred_running_head(text)
    bare = re.sub(r"^\d{1,3}\s+|\s+\d{1,3}$", "", text.strip()).rstrip(".")
    folio = bare != text.strip().rstrip(".")  # a page number: an e-paper's running head may
    text = bare  # set its name and date apart by spaces alone (`12 THE TIMES Monday June 3 2024`)
    if len(text) > 140 or not text[:1].isupper() or not text[-4:].isdigit():
        return None
    for index in [m.start() for m in re.finditer(r",\s+" if not folio else r",?\s+", text)]:
        head, when = text[:index], text[index:].lstrip(", ")
        words = head.split()
        if len(words) > MASTHEAD_WORDS or not _parse_date_line(when):
            continue
        capitals = sum(w[:1].isupper() or not w[:1].isalpha() for w in words)
        paper = _PAPER.search(head.split(",")[0])
        return (head, when) if paper and capitals >= 0.8 * len(words) else None
    return None


def _barred_running_head(text: str) -> tuple[str, str] | None:
    """A magazine's running head in parts set off by bars, the page number first or last
    (`THE WEEKLY REVIEW | March 3, 2020 | 12`, `12 | The Weekly Review | March 3, 2020`)."""
    parts = [part.strip() for part in text.split(" | ")]
    if parts[-1].isdigit():
        parts.pop()
    elif parts[0].isdigit():
        parts.pop(0)
    if len(parts) != 2:
        return None
    for name, when in (parts, parts[::-1]):
        if is_paper_name(name) and _parse_date_line(when):
            return name, when
    return None


_CHROME = re.compile(
    r"^(?:Share(?:\s+(?:on|via))?\s+(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Pinterest|Reddit|"
    r"Messenger|Email|e-mail)|(?:(?:Kindly|Please) )?Share this (?:article|story|page|post)"
    r"(?: with (?:your )?friends)?:?|Share|Read more|Read next|"
    r"(?:Back|Return) to (?:top|main|home|index|(?:the )?(?:top of (?:the )?page|homepage))|"
    r"Read the full (?:article|story)|Advertisement|ADVERTISEMENT|Skip to (?:main )?content|"
    r"Sign up|Subscribe(?: now)?|(?:Sign up|Subscribe) (?:for|to) (?:our|the) .{0,40}newsletters?|"
    r"Story continues below(?: this)? advertisement|Comments?|\d+ comments?|Copy link|"
    r"Reuse this content|"
    r"Most (?:read|popular)|Related(?: (?:stories|articles|content))?:?|Topics|Print|"
    r"Follow us on .{1,40}|Click here .{0,60}|Image caption:?.{0,200}|Media caption:?.{0,200}|"
    r"(?:Last )?(?:modified|updated)(?: on| at)?:?\s.{4,60}|FOR IMMEDIATE RELEASE|"
    r"(?:NEWS|PRESS|MEDIA) RELEASE|EMBARGOED?(?: UNTIL| TILL)? .{0,60}|Listen to this article|"
    r"\d+ min(?:ute)?s? read|Continue reading(?:\.{3}|\u2026)?|Live Reporting|Get involved|"
    r"(?:Show )?key events(?: only)?|All times (?:stated )?(?:are )?(?:UK|local|[A-Z]{2,4})|"
    r"(?:Key|Latest|Pinned) posts?|Updated|Source link|View (?:all )?comments|"
    r"Our Standards: .{1,80}|(?:Follow|Find more(?: of)?) [A-Z]\w*(?:'s)? (?:\w+ ){0,4}?"
    r"(?:coverage|reporting) .{0,150}|\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago|"
    # a newsletter's sign-off: `That's all for today. Forward this email to a friend, or
    # unsubscribe here.`, `Unsubscribe | Manage preferences`
    r"(?:That's all for (?:today|now|this week)\.\s*)?(?:Forward this (?:e-?mail|newsletter)"
    r"|Unsubscribe|Manage (?:your )?(?:preferences|subscription)|View (?:this email )?in "
    r"(?:your )?browser).{0,120}|"
    r"This (?:article |story |page )?was (?:first )?published (?:more than )?\d+ "
    r"(?:years?|months?|weeks?|days?|hours?) ago|"
    # a cookie banner and its buttons, a share bar's buttons one a line, a site's header and
    # footer links, a blog platform's counters and pleas (`42 Likes`, `Thanks for reading
    # The Long Game! Subscribe for free ...`)
    r"(?:We|This (?:web)?site|Our (?:web)?site) uses? cookies\b.{0,200}|Accept (?:all|all "
    r"cookies|cookies)|Reject (?:all|all cookies)|(?:Cookie|Privacy) (?:settings|preferences)|"
    r"Manage (?:cookies|consent)|Tweet|Email|E-mail|Facebook|WhatsApp|LinkedIn|Link Copied!?|"
    r"Copy (?:link|URL)|Sign in|Log in|Sign out|Live TV|Search [\w ]{1,30}(?:\.{3}|\u2026)|"
    r"Terms of (?:Use|Service)|Privacy (?:Policy|Notice)|Search|Ad ?Choices|"
    r"(?:Video )?Ad Feedback|Related Articles?|"
    r"Leave a comment|Give a gift subscription|\d[\d,.]*[KkMm]? (?:Likes?|Restacks?|Shares?)|"
    r"Thanks for reading .{1,80}! Subscribe .{0,120}|"
    r"Anadolu Agency website contains only a portion of the news .{0,200}|"
    # a wire's note to editors (`(ATTN: UPDATES with details in paras 3-4)`, Yonhap)
    r"\(ATTN:[^()]{1,150}\)|"
    r"Download (?:the|our) .{0,40}app\b.{0,80}|Get the latest .{0,80}(?:inbox|newsletter)\.?|"
    r"Advertisement - Scroll to continue|\(MORE\)|-more-|"  # (a wire's take continues below)
    r"(?:More )?AP(?: [\w\-]+){1,4}:\s*https?://\S+|"  # (AP's `AP NBA: https://apnews.com/...`)
    r"Recommended(?: (?:stories|videos|for you))?|"
    # a related link (`ALSO READ: ...`, the Indian sites' `Also Read | ...`, `MORE: ...`)
    r"(?:ALSO READ|READ MORE|READ|SEE ALSO|RELATED|WATCH|LISTEN|RECOMMENDED|MORE)\s*[:|]\s*"
    r".{1,150})$",
    re.IGNORECASE,
)
# The related-link labels above are matched in capitals only, so `Read: the full ...` in prose
# or a kicker such as `ANALYSIS:` is never furniture.
_LINK_LABEL = re.compile(r"^(?:also read|read more|read|see also|related|watch|listen|"
                         r"recommended)\s*:", re.IGNORECASE)


def is_chrome(text: str) -> bool:
    """A line of a web page's or release's furniture, not of the story (`Share on Facebook`,
    `Read more`, `Advertisement`, `Last modified on ...`, `FOR IMMEDIATE RELEASE`)."""
    text = text.strip()
    if len(text) > 220 or not _CHROME.match(text):
        return False
    label = _LINK_LABEL.match(text)
    return label is None or label.group(0)[:-1].strip().isupper()


# A related link's label alone on its line, the linked headline under it (`Related article`
# / `Brazil's climate crisis is getting worse, scientists warn`).
_RELATED_LABEL = re.compile(r"^(?:Related(?: (?:articles?|stor(?:y|ies)|content|coverage))?"
                            r"|Recommended(?: (?:stories|reading))?)\s*:?$", re.IGNORECASE)
# A video's length under its title, maybe with its source (`01:32 - Source: CNN`, `2:05`).
_VIDEO_LENGTH = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?(?:\s*[-\u2013\u2014|]\s*Source:\s*.{1,60})?$")
LABEL_CHARS = 60  # a related link's label or a video's length is no longer
MENU_LINKS = 2  # or of names among a site's header links (`Search`, `Log in`)
MENU_LINES = 6  # a run of at least this many one-to-three-word names is a site's menu


def _menu_item(text: str) -> bool:
    """A menu's entry: one to three capitalised words, no figure, no punctuation at the end
    (`World`, `Middle East`, `Sign In`)."""
    words = text.split()
    return (0 < len(words) <= 3 and len(text) <= 30 and text[:1].isupper()
            and text[-1:].isalpha() and not any(c.isdigit() for c in text))


def furniture_in_context(texts: list[str]) -> set[int]:
    """Lines that are a copied page's furniture by what is around them, not by their words
    alone: a site's menu over the story (six or more entries of one to three words a line),
    the headline a `Related article` label links to, and a video's title over its length
    (`Watch: ...` / `01:32 - Source: CNN`). Their indexes in `texts`."""
    found: set[int] = set()
    top = 0
    items = links = 0
    while top < len(texts) and ((link := is_chrome(texts[top])) or _menu_item(texts[top])):
        items, links, top = items + (not link), links + link, top + 1
    if items >= MENU_LINES or (items and links >= MENU_LINKS and top >= MENU_LINKS + 2):
        found.update(range(top))  # (or a header: `Skip to main content` / `ABC News` /
        # `Homepage` / `Search` / `Log in`)
    for k, text in enumerate(texts):
        if len(text) > LABEL_CHARS:
            continue  # (most lines: no label, no video's length)
        if _RELATED_LABEL.match(text.strip()) and k + 2 < len(texts) and not ends_sentence(
                texts[k + 1]) and len(texts[k + 1].split()) <= 25:
            found.update((k, k + 1))
        elif _VIDEO_LENGTH.match(text.strip()):
            found.add(k)
            if k and not ends_sentence(texts[k - 1]) and len(texts[k - 1].split()) <= 25:
                found.add(k - 1)
    return found


def is_markdown_heading(text: str) -> bool:
    """A Markdown heading line (`# Title`, `## Title`)."""
    return bool(_ATX_HEADING.match(text.strip()))


def is_document_mark(text: str) -> bool:
    """A news database's record counter between stories: `1 of 100 DOCUMENTS` (LexisNexis),
    `Document 3 of 25`, Nexis Uni's `End of Document`."""
    return (bool(_DOCUMENT_MARK.match(text)) and "of" in text.lower()) or bool(
        _END_OF_DOCUMENT.match(text))


def split_kicker(text: str) -> tuple[str, str] | None:
    """(`SECURITY`, rest) for `SECURITY: rest`: an ALL-CAPS label of up to five words and a
    colon. None when the line has no kicker (or the label is a dateline place)."""
    match = _KICKER.match(text)
    if not match or len(match.group(1)) > 40:
        return None
    label = match.group(1)
    if re.fullmatch(r"[\d.:/\- ]+", label):  # "10:30: ..." is a time, not a kicker
        return None
    return label, text[match.end():]


def speaker_labels(texts: list[str]) -> frozenset[str]:
    """The labels a transcript opens its turns with (`PRIME MINISTER: `, `JOURNALIST: `), when
    kicker-like labels open a good part of the paragraphs and one of them opens two or more:
    a kicker heads one story, a speaker speaks again."""
    labels = [split[0] for text in texts if (split := split_kicker(text))]
    counts = Counter(labels)
    labelled = len(labels)
    # a transcript: its turns are a good part of the text and some speaker speaks again
    transcript = (any(count >= 2 for count in counts.values()) and labelled >= 3
                  and labelled >= 0.3 * len(texts))
    # and its speakers take turns, few of them: a briefs or teasers dump labels its items with
    # many sections (`POLITICS: `, `HEALTH: `), one section often twice running
    same_twice = sum(a == b for a, b in pairwise(labels))
    turns = len(counts) <= max(3, labelled // 6) and same_twice <= 0.1 * (labelled - 1)
    return frozenset(counts) if transcript and turns else frozenset()


def kicker(text: str) -> str | None:
    """The `SECURITY: ` prefix of a line (colon and trailing space included), if any."""
    split = split_kicker(text)
    return text[: len(text) - len(split[1])] if split else None


def parse_dateline(text: str) -> Dateline | None:
    """The dateline opening a line (`SALVADOR, Feb 26 - `, `TAIPEI, April 24 (Reuters) - `,
    `LONDON (AP) \u2014 `, or the agency alone: `(CNN) -- `), if any. A place alone before a
    dash counts only in ALL CAPS, so an ordinary sentence with a dash ("Labour - the party
    ...") is not taken for one. South Asian agencies end theirs with a colon or nothing
    (`Bhopal (Madhya Pradesh): `, `Chandigarh, April 3 : `, `New Delhi, Nov 17 (PTI) `):
    a colon counts after a date, an agency or a bracketed state (never after a place alone,
    which is a kicker), and nothing after a known agency only."""
    if is_editors_note(text):
        return None  # (`EDITOR'S NOTE \u2014 ` is no place)
    match = _DATELINE.match(text)
    if not match:
        alone = _AGENCY_ALONE.match(text)
        if alone:
            return Dateline("", None, alone.group("agency"), alone.group(0), text[alone.end():])
        dated = _DATED_AGENCY.match(text)
        if dated:
            return Dateline("", dated.group("date"), dated.group("agency"), dated.group(0),
                            text[dated.end():])
        return None
    place = match.group("place").strip()
    prefix = match.group(0)
    date_text = match.group("date") or match.group("bracketed_date")
    state = match.group("state")
    agency_match = _AGENCY_IN.search(prefix, match.end("state") + 1 if state else 0)
    agency = (agency_match.group(1) or agency_match.group(0).strip("/. ")).strip() if (
        agency_match) else match.group("bare")
    if agency is None and text[:match.start("end")].endswith(" CNN") and match.group(
            "end").strip() in ("\u2013", "\u2014"):  # CNN's own: `New York CNN \u2014 `,
        place, agency = place.removesuffix(" CNN"), "CNN"  # `Porto Alegre, Brazil CNN \u2014 `
    if state and agency is None and (_KNOWN_AGENCY.fullmatch(state) or not any(
            c.islower() for c in state)):
        agency, state = state, None  # `LONDON (Reuters) - `: the agency, not a state
    if _WEEKDAY_ONLY.fullmatch(place) and date_text:
        place = ""  # `Tuesday April 7, 2020 - `: a date alone
    end = match.group("end").strip()
    if match.group("end") in ("\u2013", "\u2014") and len(text[match.end():].split()) < (
            GLUED_DASH_LEDE_WORDS):
        return None  # `NATO\u2014Russia Talks Collapse` is a headline, not a dateline and a lede
    known = bool(agency and _KNOWN_AGENCY.fullmatch(agency))
    shouted = place.isupper() and len(place) > 1  # `BEIJING (SE): `, as wire places are
    if end == ":" and (not (date_text or known or (state and len(place.split()) == 1)
                            or (shouted and (agency or state)))
                       or not text[match.end():][:1].isupper()):
        # `SECURITY: ...` is a kicker, `Labour (UK): the party` a sentence, and `Tony Blair
        # (Labour): We will`, `Acme Inc (ACME.O): Shares` a speaker and a company
        return None
    if not end and not known:
        return None  # a name before a capital is a sentence, unless an agency closes it
    head = prefix[: match.start("state") if state else (
        agency_match.start() if agency_match and date_text is None else len(prefix))]
    if not (date_text or agency or state or (place.isupper() and len(place) > 1)) and not (
            end in ("\u2013", "\u2014") and head == prefix and text[match.end():][:1].isupper()
            and len(text[match.end():].split()) >= GLUED_DASH_LEDE_WORDS
            and known_place(place)):  # `Johannesburg \u2013 Eskom has ...`, as South African
        return None  # and other sites set a place the gazetteer knows before a dash
    if prefix.rstrip()[-2:-1] == "." and not date_text and end not in ("", ":"):
        return None  # `U.S.-China talks`: a period and a dash count only after a date
    if len((place if head == prefix else head).split()) > 6:
        return None
    rest = text[match.end():]
    dated = _DATE_AFTER.match(rest) if date_text is None else None
    if dated:  # `PORTLAND, Ore. — March 14, 2023 — The council`, as releases write it
        date_text, prefix, rest = dated["date"], prefix + dated.group(0), rest[dated.end():]
    return Dateline(place, date_text, agency, prefix, rest)


def dateline_alone(text: str) -> Dateline | None:
    """A dateline on a line of its own over the lede (`New York CNN \u2014`, as CNN's pages
    copy), read as it would be with the lede after it."""
    text = text.strip()
    if len(text) > 60:
        return None
    found = parse_dateline(f"{text} X")  # (a stand-in for the lede on the next line)
    if found is None or found.rest != "X" or not (found.agency or found.date_text):
        return None
    return Dateline(found.place, found.date_text, found.agency, text, "")


_BY = re.compile(rf"^(?:By|BY|by|{_FOREIGN_BY})\s+")


def byline_dateline(text: str) -> tuple[str, Dateline] | None:
    """A byline run into the dateline on one line (`by Jane Doe BERLIN \u2014 Text`), as pages
    copied from a web page's byline box set them: the name and the dateline after it. The
    shortest name whose rest opens with a dateline wins; the dateline is what tells the name's
    end, so nothing else is taken."""
    by = _BY.match(text)
    if not by:
        return None
    words = text[by.end():].split(" ")
    for k in range(1, min(len(words), 6)):
        name = " ".join(words[:k])
        found = parse_dateline(" ".join(words[k:]))
        if found and found.place and byline(f"By {name}") == name:
            return name, found
    return None


def dateline(text: str) -> str | None:
    """The dateline prefix of a line, trailing dash and space included, if it has one."""
    parsed = parse_dateline(text)
    return parsed.prefix if parsed else None


# A byline giving the writer's beat before the name: `By political reporter Tom Hughes`.
_ROLE_FIRST = re.compile(
    r"^By\s+(?:[a-z][\w\-]*\s+){1,3}?(?:reporter|correspondent|editor|writer|columnist|"
    r"analyst|producer)\s+(?P<name>[A-Z][\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]+){1,3})$")


def byline(text: str) -> str | None:
    """The name(s) in a byline line (`By Jane Doe`, `BY JANE DOE, Reuters`, an old paper's
    `(By Telegraph.)`), if it is one."""
    text = unbracket(text.strip())
    if len(text) > 100:
        return None
    glued = [m.start() for m in _GLUED_TITLE.finditer(text)
             if len(text[3:m.start()].split()) >= 2] if text[:3].lower() == "by " else []
    if glued:  # `By Brian WheelerPolitical reporter`: a name of two words or more, a title
        text = f"{text[:glued[-1]].rstrip()}, {text[glued[-1]:].lstrip()}"
    roled = _ROLE_FIRST.match(text)
    if roled:  # `By political reporter Tom Hughes`, as the ABC sets it
        return roled["name"]
    match = _BYLINE.match(text)
    opener = _BY.match(text)
    if not match and text.endswith(")") and opener and opener[0].strip().lower() != "by":
        match = _BYLINE.match(text[:text.rfind("(")].rstrip())  # `Par Paul Martin (avec AFP)`
    if not match:
        return None
    if not text.startswith(match["by"]) and (match.group("role") or text.endswith(".")):
        return None  # `Edited by X` alone is a byline; `Written by X, the play opens.` prose
    name = match.group("name").strip(" ,&")
    if match["by"].lower() != "by" and not (2 <= len(name.split()) <= 5
                                            and known_given_name(name.split()[0])):
        return None  # `Par Marie Charrel`; `Par Three Hole Rebuilt` is a headline
    return name if len(name.split()) <= 8 else None


def is_byline(text: str) -> bool:
    return byline(text) is not None


def photo_credit(text: str) -> str | None:
    """Who a photo credit line credits (`Photo: Kremlin via Reuters` -> `Kremlin via Reuters`;
    also `(Photo: ...)`, `Picture: ...`, `REUTERS/Jane Doe`, `AFP Photo`), if it is one."""
    text = text.strip()
    if not text or len(text) > 200:
        return None
    match = _CREDIT.match(text)
    if not match:
        return None
    who = (match.group("who") or match.group("wire") or match.group("slash")
           or match.group("copy") or match.group("by"))
    if match.group("who") and ends_sentence(text) and len(who.split()) > 6:
        return None  # "Pictures of the flood spread on social media." is a sentence
    if match.group("by") and not _CREDITED_TO.search(re.split(r"/|\s+for\s+", who, maxsplit=1)[1]):
        return None  # "Mike Tyson/Lennox Lewis fight off" is a headline
    return who.strip()


# A caption's credit closing a paragraph: `(Xinhua/Lan Hongguang)`, `(AP Photo/Evan Vucci)`,
# `[Photo/Agencies]`, `(Photo: Jane Doe)`: an agency or credit word, a slash or colon, a name.
_TRAILING_CREDIT = re.compile(
    rf"\s*(?:(?P<credit>[(\[](?:{_CREDIT_WORD}|(?:[A-Z][\w.\-]*\s+)?(?:AFP|AP|EPA|Xinhua|"
    rf"Reuters|REUTERS|Yonhap|Getty\s+Images|Kyodo|Bernama|ANI|PTI|IANS|dpa)(?:\s+Photo)?)"
    r"\s*[/:]\s*[^()\[\]/]{2,40}(?:/[^()\[\]/]{2,30})?[)\]])"
    # `NSW Premier Gladys Berejiklian.Credit: Renee Nowytarger`: a caption and its credit
    r"|(?<=[.!?\u2019\u201d])\s?(?P<glued>(?:Photo\s*)?Credit:\s*[A-Z][^.:()]{1,60}))\s*$")


def trailing_credit(text: str) -> tuple[str, str] | None:
    """(paragraph, credit) for a paragraph ending in a caption's credit (`... on Saturday.
    (Xinhua/Lan Hongguang)`), else None. A paragraph that is nothing but a credit is left to
    `photo_credit`."""
    tail = text.rstrip()[-130:]
    if not tail.endswith((")", "]")) and "Credit:" not in tail:
        return None  # (most paragraphs: no search)
    match = _TRAILING_CREDIT.search(tail)
    if not match:
        return None
    cut = len(text.rstrip()) - len(tail) + match.start()
    if not text[:cut].strip():
        return None
    return text[:cut].rstrip(), match.group("credit") or match.group("glued")


def is_photo_credit(text: str) -> bool:
    return photo_credit(text) is not None


# A press release's trailer naming who issued it (PR Newswire): `SOURCE Acme Robotics Inc.`
_SOURCE_TRAILER = re.compile(r"^SOURCE\s+[A-Z][\w&.,'\- ]{1,80}$")
# A release page's label over the issuer's name: `NEWS PROVIDED BY` / `Acme Robotics Inc.`
_PROVIDER_LABEL = re.compile(r"^(?:news\s+)?provided\s+by:?$", re.IGNORECASE)


def is_provider_label(text: str) -> bool:
    """`NEWS PROVIDED BY` alone on its line, over the issuer's name (release pages)."""
    return bool(_PROVIDER_LABEL.match(text.strip()))


def signoff(text: str) -> str | None:
    """The agency or note of a sign-off line (`Reuter`, `(AP)`, `-- Reuters`,
    `(Reporting by ...; Editing by ...)`, `ENDS`), if the line is one."""
    text = text.strip()
    if not text or len(text) > 320:
        return None
    if _SIGNOFF_CASED.match(text):
        return text.strip("-\u2013\u2014 ().")
    if _SOURCE_TRAILER.match(text) or _MONITORING_TRAILER.match(text) or (
            "contributed" in text and _CONTRIBUTORS.match(text)
            and not _TWO_SENTENCES.search(text)) or _CONTACT.match(text) or (
            _CORRECTION.match(text)) or _FIRST_PUBLISHED.match(text) or _WRITER_BIO.match(text) or (
            _TO_CONTACT.match(text) or _CONTACT_ADDRESS.match(text)):
        return text
    match = _SIGNOFF.match(text)
    if not match:
        return None
    if text.isalpha() and not text.isupper() and text.lower() in (
            "ap", "pa", "ends", "end", "cp", "ani", "uni", "app", "spa", "nan", "wam", "mena"):
        return None  # "Pa" or "End" alone is more likely a word than a sign-off
    return text


def is_signoff(text: str) -> bool:
    return signoff(text) is not None


# A copyright notice with its year (`Copyright 2015 The Washington Post`, `\u00a9 2004 Guardian
# Newspapers Limited`): a news database's record header over the headline, or a wire's end.
_COPYRIGHT = re.compile(r"^(?:Copyright|\u00a9|\([cC]\))\s*(?:\u00a9\s*)?(?:19|20)\d\d\b")


def is_copyright(text: str) -> bool:
    return bool(_COPYRIGHT.match(text))


# The heading of a list of sources or topics under a story (a wiki article's `Sources`, the
# Guardian's `Explore more on these topics`, a site's `Related Topics`).
_SOURCES_HEADING = re.compile(r"^(?:sources?|references|external links|related news|"
                              r"related topics|more on this story|explore more on these topics)$",
                              re.IGNORECASE)


def is_sources_heading(text: str) -> bool:
    return bool(_SOURCES_HEADING.match(text.strip()))


# A press release's contact block under the body: `Media Contact:`, then name, e-mail, phone.
_CONTACT_BLOCK = re.compile(
    r"^(?:(?:media|press|investor|news)\s+)?(?:contacts?|inquiries|enquiries)\s*:", re.IGNORECASE)


def contact_block(texts: list[str], start: int, end: int) -> int:
    """Where a press release's contact block under the body starts (`Media Contact:` and up
    to five short lines of name, e-mail and telephone), else `end`; it starts after `start`
    (the body's first line is no contact heading)."""
    for k in range(end - 1, max(start, end - 7), -1):
        if _CONTACT_BLOCK.match(texts[k]):
            rest = texts[k + 1:end]
            if all(len(t) <= 80 and (not ends_sentence(t) or "@" in t) for t in rest):
                return k
            break
    return end


_ABOUT = re.compile(r"^About (?:the )?[A-Z][\w&.,'\u2019\-]*(?: [\w&.,'\u2019\-]+){0,7}:?$")


def is_about_heading(text: str) -> bool:
    """A release's heading over the issuer's boilerplate (`About the City of Riverdale`,
    `About Acme Robotics Inc.`): it closes the release, it heads no story."""
    return bool(_ABOUT.match(text.strip()))


# A live page's post time alone on its line, over the post (`14:02 GMT`, `2.15pm`, `09:40 ET`).
_POST_TIME = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$")


def is_post_time(text: str) -> bool:
    """A live page's time stamp heading a post (`14:02 GMT`): a line of its own."""
    return bool(_POST_TIME.match(text.strip()))


_URL_LINE = re.compile(r"^<?https?://[^\s<>]+>?$")


def is_url_line(text: str) -> bool:
    """A web address alone on its line (`https://example.com/bridge`), as a feed or a
    newsletter pasted as text sets an item's link under its title."""
    return bool(_URL_LINE.match(text.strip()))


def is_contact_heading(text: str) -> bool:
    """`Media Contact:`, `Contact: Jane Rivera`: a release's contact block opens here."""
    return bool(_CONTACT_BLOCK.match(text))


def is_contact_block(texts: list[str]) -> bool:
    """Whether the lines are a contact block and nothing else (a release's `Media contact:`
    line cut off under its `###`)."""
    return bool(texts) and contact_block(texts, -1, len(texts)) == 0


# An editor's note over a story's text (or over its headline, as AP sends it):
# `EDITOR'S NOTE \u2014 This story is part of ...`, `Editor's note: This story contains ...`.
_EDITORS_NOTE = re.compile(
    r"^(?:editor[\u2019']?s|editors[\u2019']?)\s+note|^note\s+to\s+(?:readers|editors)",
    re.IGNORECASE)
# A series' note over a story's text: `This is the second of three stories about ...`, `This
# story is part of an occasional series on ...`.
_SERIES_NOTE = re.compile(
    r"^This (?:is|story is|article is|report is) (?:the (?:first|second|third|fourth|fifth|"
    r"sixth|last|final|\w+th) (?:of|in) (?:a |an )?(?:\w+ ){0,3}(?:stories|articles|parts|"
    r"reports|series)|(?:part|one) of (?:a|an|our|the) [^.!?]{0,60}series)\b")


def is_editors_note(text: str) -> bool:
    """A note over the text (an editor's, or a series' note); a note saying what an earlier
    version got wrong is a correction, which signs the story off instead."""
    if _SERIES_NOTE.match(text) and len(text) <= 300:
        return True
    match = _EDITORS_NOTE.match(text)
    return bool(match) and text[match.end():match.end() + 4].lstrip()[:1] in (
        ":", "\u2014", "\u2013", "-") and not _CORRECTION.match(text)


# A page's section label over a story's headline, as a paper's pages and a student paper's
# dumps set them: `SPORTS`, `NEWS`, `LETTERS TO THE EDITOR` (capitals, four words at most).
_SECTION_LABEL = re.compile(r"^[A-Z][A-Z&'\-]+(?: [A-Z&'\-]+){0,3}$")


def is_section_label(text: str) -> bool:
    """`SPORTS` or `OBITUARIES` alone on its line (a sign-off such as `ENDS` or `REUTERS`
    ends a story instead)."""
    return bool(_SECTION_LABEL.match(text)) and not is_signoff(text)


# The years of a life under an obituary's name: `1931 - 2023`, `(1931-2023)`, `June 2, 1931 -
# March 9, 2023`, `Sept. 4, 1940 \u2013 Nov. 1, 2023`.
_LIFE_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, )?(?P<%s>1[89]\d\d|20\d\d)"
_LIFE_SPAN = re.compile(
    rf"^\(?{_LIFE_DATE % 'born'}\s*[-\u2013\u2014~]+\s*{_LIFE_DATE % 'died'}\)?$")


def is_life_span(text: str) -> bool:
    match = _LIFE_SPAN.match(text.strip())
    return bool(match) and match["born"] <= match["died"]


# A list item as typed or copied from a web page: a bullet or a number, then the item.
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u00b7\u25aa\u25cf\u2013]|\d{1,2}[.)])\s+\S")


def is_list_item(text: str) -> bool:
    """`- More than 2,000 homes have been damaged`, `\u2022 ...`, `2. ...`."""
    return bool(_LIST_ITEM.match(text))


# A table's figure: a count, score, share, price or change (`38`, `+211`, `33.7%`, `-0.66%`,
# `1,204`, `2-1`), or a gap in a results line (`-`).
_FIGURES = re.compile(r"(?<!\S)(?:[+\-\u2212]?\d[\d,.]*%?|\d{1,3}-\d{1,3}|[-\u2013\u2014])(?!\S)")
TABLE_FIGURES = 2  # figures a table's row holds, at least
TABLE_ROW_CHARS = 160  # a table's row is no longer
_DAY_AND_MONTH = re.compile(rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?![\w.])")


def is_table_row(text: str) -> bool:
    """A row of a results, league, election or market table set as text, a line of names and
    figures that is no sentence (`Arsenal 2 Everton 1`, `1 Arsenal 38 28 5 5 62 89`, `Labour
    412 +211 33.7%`): a line of its own, never run into the lines around it. A date line or a
    paper's running head is none (`Monday 3 June 2024`), nor a byline over its stamp (`Jane
    Doe Environment editor Tue 19 Jul 2022 16.02 BST`)."""
    if len(text) > TABLE_ROW_CHARS:
        return False  # (most lines: prose)
    figures = len(_FIGURES.findall(text))
    if figures < TABLE_FIGURES:
        return False  # (most short lines: headlines, bylines)
    words = text.split()
    if not 2 <= len(words) <= 24 or ends_sentence(text) or ": " in text:  # (`Result: Nadal
        # 6-7 6-2 7-6 6-2 Roddick` is a story's labelled first line)
        return False
    prose = sum(word[:1].islower() for word in words)  # (`Yow 39 his wife Millie 49`: OCR'd
    return figures * 3 >= len(words) and prose <= 1 and not (
        # prose, wrapped at the margin)
        _parse_date_line(text) or masthead_line(text) or _DAY_AND_MONTH.search(text))


_LAST_FIGURE = re.compile(r"\s[+\-\u2212]?\d[\d,.]*%?\*?$")  # `... b Cummins 42`, `Total 298`
TABLE_RUN = 3  # lines ending in a figure, one under another, that make a table
TABLE_RUN_WORDS = 12


def table_rows(texts: list[str]) -> list[bool]:
    """Which lines are a table's rows: `is_table_row`'s, and runs of three or more short lines
    that each end in a figure and are no sentence (a cricket scorecard's `Virat Kohli not out
    104`, a poll's `Undecided 12`)."""
    rows = [is_table_row(text) for text in texts]
    ending = [not row and len(text) <= TABLE_ROW_CHARS and bool(_LAST_FIGURE.search(text))
              and len(text.split()) <= TABLE_RUN_WORDS and not ends_sentence(text)
              for row, text in zip(rows, texts, strict=True)]
    if not any(ending):
        return rows  # (most stories: no row at all)
    k = 0
    while k < len(texts):
        run = k
        while run < len(texts) and (ending[run] or rows[run]):
            run += 1
        if run - k >= TABLE_RUN and sum(ending[k:run]) >= 1:
            rows[k:run] = [True] * (run - k)
        k = max(run, k + 1)
    return rows


def is_email_line(text: str) -> bool:
    return bool(_EMAIL_LINE.match(text.strip()))


def glued_signoff(text: str) -> tuple[str, str] | None:
    """A last paragraph and the wire's end mark run into it (`... the period. Enditem`)."""
    match = _GLUED_SIGNOFF.search(text)
    return (text[:match.start()], match["end"]) if match else None


def trailer_date(text: str) -> date | None:
    """The date in a wire transmission trailer (`AP-NY-10-13-98 1842EDT` -> 1998-10-13,
    `UPI 03-14-79 02:15 PES` -> 1979-03-14, `BBC Mon FS1 MCU 130322 ak/dk` -> 2022-03-13)."""
    match = _TRAILER_DATE.match(text.strip()) or _MONITORING_TRAILER.match(text.strip())
    if not match:
        return None
    parts = match.groupdict()
    y, m, d = (parts["y"], parts["m"], parts["d"]) if parts.get("y") else (
        parts["uy"], parts["um"], parts["ud"])
    year = int(y) + (0 if len(y) == 4 else 1900 if int(y) > 50 else 2000)
    try:
        return date(year, int(m), int(d))
    except ValueError:
        return None


_JOB = r"(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Cc]ritic|[Aa]nalyst)s?"
_BYLINE_TITLE = re.compile(
    rf"^(?:[A-Z][\w.&'\-]*\s+){{0,4}}(?:[a-z][\w\-]*\s+){{0,2}}{_JOB}$"
    rf"|^(?:[A-Z][\w&.]*\s+){{1,2}}(?:Sport|Online|{_OUTLET_WORD})"
    r"(?:,\s+[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})?$")  # `BBC News, Kyiv`
# A byline whose name runs into the writer's title, as web pages copy them: `By Brian
# WheelerPolitical reporter`, `By Jane Doe Technology correspondent`.
_GLUED_TITLE = re.compile(
    rf"(?<=[a-z])\s*(?=[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){{0,2}}\s+{_JOB}$)")
# A writer's name alone on its line, over their title (`Rushdi Abualouf` / `BBC Gaza
# correspondent`): two to four capitalised words.
_NAME_LINE = re.compile(r"^[A-Z][\w'\-]+(?:\s+(?:[A-Z][\w'\-]+|de|van|von|al|bin)){1,3}$")


# Where a letter's writer lives, under their name: `Springfield`, `Austin, Texas`, `Leeds, UK`.
_HOME_LINE = re.compile(
    r"^[A-Z][\w'\-]+\.?(?: [A-Z][\w'\-]+\.?){0,2}(?:, [A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+)?)?$")
SIGNED_LEAD_WORDS = 8  # the paragraph above a signature: a real sentence


def closing_signature(texts: list[str]) -> int:
    """How many of a story's last lines sign it, as letters to the editor and columns are
    signed (`Robert Klein` / `Springfield`, `Jane Doe, Leeds`): a name on its own, perhaps a
    home town under it, below a full paragraph. 0 if none."""
    for size in (2, 1):
        if len(texts) < size + 1:
            continue
        above, lines = texts[-size - 1], texts[-size:]
        name, *home = lines[0].split(", ", 1) if size == 1 else lines[:1]
        home = home or lines[1:]
        if (_NAME_LINE.match(name) and all(_HOME_LINE.match(h) for h in home)
                and not is_signoff(lines[0]) and not is_chrome(lines[0])
                and ends_sentence(above) and len(above.split()) >= SIGNED_LEAD_WORDS):
            return size
    return 0


# A web page's byline over its time stamp, with no `By`: the writer's name, then their title
# (`Damian Carrington Environment editor`, `Jane Doe Staff Writer`) or where they file from
# (`Shaun Walker in Kyiv`, `Julian Borger in Washington and Jennifer Rankin in Brussels`).
_SIGNED_NAME = r"[A-Z][\w'\u2019\-]+(?:\s+(?:[A-Z][\w'\u2019\-]+|de|van|von|al|bin)){1,3}"
_SIGNED_PLACE = r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2}"
_SIGNATURE = re.compile(
    rf"^(?P<name>{_SIGNED_NAME}?(?:\s+in\s+{_SIGNED_PLACE})?"
    rf"(?:(?:,\s+|\s+and\s+){_SIGNED_NAME}(?:\s+in\s+{_SIGNED_PLACE})?){{0,3}}?)"
    rf"(?:,?\s+(?P<title>[A-Z][a-z]+(?:\s+[a-z][\w\-]*){{0,2}}\s+{_JOB}))?$")


def signature(text: str, following: str) -> tuple[str, str | None] | None:
    """The writer (and title) of a line that signs a story over its date line, with no `By`
    (`Damian Carrington Environment editor` / `Tue 19 Jul 2022 16.02 BST`): name and title."""
    text = text.strip()
    if len(text) > 120 or not _parse_date_line(following):
        return None
    match = _SIGNATURE.match(text)
    if not match or _parse_date_line(text) or text.startswith("The "):  # (`The New York Times`
        # over the date is a masthead)
        return None
    return match["name"], match["title"]


PRINT_LEDE_WORDS = 10  # the text under a printed byline: a real sentence


_PLACE_ALONE = re.compile(r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}")  # `ANKARA`, `NEW DELHI`


def place_alone(text: str) -> bool:
    """A place in capitals alone on its line over the lede, as Anadolu and Indian papers set
    their dateline (`ANKARA`, `CHENNAI`), when the tagger's gazetteer knows it."""
    return bool(_PLACE_ALONE.fullmatch(text.strip())) and known_place(text.strip())


def print_byline(text: str, following: str) -> bool:
    """A writer's name alone on its line, maybe with their title run on (`Priya Shah`, `David
    Lowe Arts Correspondent`), over the lede, as papers print it under the headline and text
    copied from a PDF e-paper keeps it: no `By`, no date line under it. Two or three
    capitalised words (or a given name the tagger knows, or a title)."""
    text = text.strip()
    match = _SIGNATURE.match(text) if len(text) <= 80 else None
    if not match or " and " in match["name"] or " in " in match["name"] or _parse_date_line(
            text) or text.startswith("The ") or is_section_label(text):
        return False
    words = match["name"].split()
    lede = following.split()
    if is_byline_title(text) and not match["title"] and len(lede) >= PRINT_LEDE_WORDS:
        return True  # a staff credit alone: `Special Correspondent`, `Staff Reporter`
    return (2 <= len(words) <= 3 and len(lede) >= PRINT_LEDE_WORDS and following[:1].isupper()
            and headline_style(following) is None and (
                bool(match["title"]) or known_given_name(words[0])
                or all(w[:1].isupper() and w[1:].islower() for w in words))
            and not known_place(match["name"]))  # (`New York` over the lede: a dateline)


# Where the writers filed from, under their byline (`Marc Santora reported from Kyiv, and
# Andrew E. Kramer from Kramatorsk, Ukraine.`), as The New York Times sets it.
_REPORTED_FROM = re.compile(
    r"^[A-Z][\w.'\u2019\- ]{2,60}?\s+(?:reported|contributed reporting|wrote)\s+from\s+"
    r"[A-Z][^!?]{2,200}$"
    r"|^Reporting from [A-Z][^!?.]{1,80}$")  # (the New York Times' line under its byline now)


def is_reporting_note(text: str) -> bool:
    """A line saying where the writers filed from, under a byline."""
    return len(text) < 260 and bool(_REPORTED_FROM.match(text.strip()))


STANDFIRST_WORDS = 35


def is_standfirst(text: str) -> bool:
    """A web page's summary under the headline (a sentence or two ending in a full stop,
    `Russian strikes have knocked out nearly half of the country's power grid.`): short,
    and no dateline or byline of its own."""
    text = text.strip()
    return (len(text.split()) <= STANDFIRST_WORDS and text[:1].isupper()
            and text.rstrip(_CLOSERS).endswith((".", "?", "!"))
            and not (is_byline(text) or parse_dateline(text) or is_photo_credit(text)))


# A correspondent's story as old papers credit it under the byline: `Special to The New York
# Times`, `Special to the Washington Post`.
_SPECIAL_TO = re.compile(
    r"^Special\s+to\s+(?:[Tt]he\s+)?[A-Z][\w.&'\-]*(?:\s+[A-Z][\w.&'\-]*){0,4}$")


def is_byline_title(text: str) -> bool:
    """The line under a byline that gives the writer's title (`Associated Press Writer`,
    `Times Staff Writer`, `Chief Political Correspondent`, `BBC Gaza correspondent`) or
    outlet (`BBC News`, `United Press International`, `Special to The New York Times`)."""
    text = unbracket(text.strip())
    return bool(_BYLINE_TITLE.match(text) or _KNOWN_AGENCY.fullmatch(text)
                or _SPECIAL_TO.match(text) or _OUTLET_NAME.match(text))


def unbracket(text: str) -> str:
    """An old paper's credit line in brackets, `(From Our Own Correspondent.)`, as written."""
    return text[1:-1].strip().rstrip(".") if text[:1] == "(" and text[-1:] == ")" else text


# An old paper's cable dateline alone on its line: a place in capitals and the day the
# cable was sent (`LONDON, Tuesday.`), over the text.
_CABLE_DATELINE = re.compile(rf"^(?P<place>[A-Z][A-Z.'\- ]{{1,30}}),\s+{_WEEKDAY}$")


def cable_dateline(text: str) -> str | None:
    """The place of a cable dateline line (`SYDNEY, Monday.` -> `SYDNEY`), if it is one."""
    match = _CABLE_DATELINE.match(text.strip())
    return match["place"] if match else None


def is_name_line(text: str, following: str) -> bool:
    """A writer's name alone on a line, over a line giving their title (web pages' byline
    blocks: `Rushdi Abualouf` / `BBC Gaza correspondent`)."""
    return bool(_NAME_LINE.match(text.strip())) and is_byline_title(following)


# A monitoring service's note on what it translated, over the text: `Text of report by
# Russian state-owned Rossiya 1 TV on 13 March`, `Excerpt from commentary by ...`.
_MONITORED = re.compile(
    r"^(?:(?:Text|Excerpts?|Summary|Translated text|Full text) (?:of|from)|Editorial|"
    r"Commentary|Report|Interview) (?:(?:an?|the) )?(?:\w+ ){0,3}?(?:report|broadcast|article|"
    r"commentary|editorial|interview|statement|programme|program|post|speech|press release)?\s*"
    r"by .{3,150}$")


def is_monitored_source(text: str) -> bool:
    """A monitoring service's line over its translation: `Text of report by Iranian news
    agency IRNA on 15 March` (what was monitored: the deck, not the lede)."""
    return bool(_MONITORED.match(text.strip())) and not ends_sentence(text.strip())


def is_wire_slug(text: str) -> bool:
    """A wire story's slug line (`BC-US--Budget-Talks,0412`, `BC-Asia-Markets,0230`)."""
    return bool(_WIRE_SLUG.match(text.strip()))


# The longest sentence-case headline with two parts (see headline_style).
_TWO_PART = re.compile(r"\S:\s|\s[\u2013\u2014-]\s")
PLAIN_HEADLINE_WORDS = 20
PLAIN_HEADLINE_CHARS = 130


QUESTION_LEAD_WORDS = 3


def _question_lead(text: str, mark: re.Match[str]) -> bool:
    """A short question or exclamation leading a headline (`What now? Migrants land in
    ...`, `Goal! City win the cup`): a few words, and the rest ends in no sentence mark."""
    return (mark.group(1) in "?!" and len(text[:mark.start(1)].split()) <= QUESTION_LEAD_WORDS
            and not text.rstrip(_CLOSERS).endswith((".", "!", "?")))


_CJK_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}")  # kana, hanzi, hangul


def headline_style(text: str) -> str | None:
    """How a line looks as a headline: "caps" (ALL CAPS wire style), "title" (Title Case),
    "plain" (short, sentence case, no final full stop), or None when it is not headline-like."""
    text = text.strip()
    words = text.split()
    if not words or len(text) > 150 or len(words) > 20:
        return None
    # "Rivals of the \u00a3400 Apple..." is a headline; a long line trailing off is not
    trailing_dots = text.rstrip(_CLOSERS).endswith(("...", "\u2026")) and len(words) <= 10
    letters = [c for c in text if c.isalpha()]
    if not text.isascii():  # (Chinese, Japanese, Arabic letters have no case: not counted)
        letters = [c for c in letters if c.isupper() or c.islower()]
    shouted = len(words) >= 2 and len(letters) >= 10 and not any(c.islower() for c in letters)
    # (an old paper's two-word heads too: `THE LEGISLATURE.`, `TO-DAY'S WEATHER.`)
    if text.rstrip(_CLOSERS).endswith((".", ",", ";", ":", "\u3002", "\uff0c")) and not (
            trailing_dots or (shouted and text.endswith(".") and not parse_dateline(text))):
        return None  # (old newspapers end their ALL CAPS decks with a full stop; a teletype's
        # capitals lede opens with its dateline, `NEW YORK (UPI) -- STOCK PRICES FELL ...`)
    if any((m.group(1) != "." or not is_abbreviation(text[:m.start(1)].split()[-1]))
           and not _question_lead(text, m) for m in _TWO_SENTENCES.finditer(text)):
        return None  # "Veritas? It's the BNP in a suit!" is two sentences, not a headline
        # ("... led to Aug. Japan airspace breach" and "Sen. Warren ..." are one)
    if sum(any(c.isalpha() for c in word) for word in words) < 2 and not _CJK_WORDS.search(text):
        return None  # "78,000", "Rainbow!": too little to be a headline (Chinese and Japanese
        # put no spaces between words: `日銀、大規模緩和を維持`)
    if text.count(",") >= 3:
        return None  # a list of names (a team line-up), not a headline
    if text[0] in "-\u2010\u2013\u2014\u2022*\u00b7>|":
        return None  # a list item
    first_word = words[0].lstrip("\u2018\u201c\"'(\u00ab[")
    if first_word.isalpha() and first_word.islower():
        return None  # "iTunes", "eBay", "$1m", "&#163;2m" may open a headline; "and" may not
    if (is_rule(text) or is_byline(text) or is_photo_credit(text) or is_signoff(text)
            or is_provider_label(text)):
        return None
    if len(letters) >= 3 and all(not c.islower() for c in letters):
        return "caps"
    significant = [w for w in words if len(w.strip("\u2018\u201c\"'(")) > 3]
    if significant and sum(w.strip("\u2018\u201c\"'(")[:1].isupper() for w in significant) >= max(
        2, 0.8 * len(significant)
    ):
        return "title"
    # A long line without a full stop is more likely cut off than a headline, unless a colon
    # or dash joins its two parts, as long headlines do ("Sephora workers on the rise of
    # chaotic child shoppers: 'She looked 10 years old and her skin was burning'")
    long_line = len(words) > 14 or len(text) > 100
    # (a kicker's colon, `POLITICS: `, joins no two parts: a teaser cut off under it is no headline)
    parts = (split_kicker(text) or ("", text))[1]
    if long_line and not (_TWO_PART.search(parts) and len(words) <= PLAIN_HEADLINE_WORDS
                          and len(text) <= PLAIN_HEADLINE_CHARS):
        return None
    return "plain"


STACKED_DECK_WORDS = 16


def is_stacked_deck(text: str) -> bool:
    """A deck in an old paper's stacked head: a short line in capitals, or in Title Case
    ending in a full stop (`Liner Goes Down Off Newfoundland After Striking Iceberg.`)."""
    style = headline_style(text[:-1] if text.endswith(".") else text)
    return len(text.split()) <= STACKED_DECK_WORDS and (
        style == "caps" or (style == "title" and text.endswith(".")))


def is_headline(text: str, following: str | None = None) -> bool:
    """Whether a line could be a headline: short, capitalised, no final full stop, and (when
    the next line is given) not longer than it is."""
    if headline_style(text) is None:
        return False
    return following is None or len(following.strip()) >= len(text.strip()) // 2


# A library's citation of a digitised article, with the date: Trove's `The Sydney
# Morning Herald (NSW : 1842 - 1954), Monday 10 April 1944, page 4`, `The Times, 3 May 1921,
# p. 12`.
_DATED_CITATION = re.compile(r"^(?P<paper>[A-Z][^,()]{2,80}?)(?:\s*\([^()]{1,40}\))?,\s*"
                             r"(?P<date>[^,]{6,40}(?:,\s*\d{4})?),\s*(?:p|pp|pg|page)\.?\s*"
                             r"[A-Z]?\d{1,3}$", re.IGNORECASE)


def dated_citation(text: str) -> tuple[str, str] | None:
    """The paper and the issue's date a citation line over a digitised article gives."""
    text = text.strip()
    if not text[-1:].isdigit():
        return None  # (a citation ends in its page number: no need to try the pattern)
    cited = _DATED_CITATION.match(text)
    if cited is None or not _parse_date_line(cited["date"]):
        return None
    return cited["paper"].strip(), cited["date"].strip()


# (`Jane Doe  |18.03.2023`, the Times of India's `TNN / Updated: Feb 4, 2023, 08:15 IST`)
_BAR = re.compile(r"\s+[|\u00b7\u2022]\s*|\s*[|\u00b7\u2022]\s+|\s+/\s+")


def credit_date_line(text: str) -> tuple[str, str] | None:
    """Whom a linked story is by and when, as newsletters and link roundups set it under the
    headline: `Jane Doe, The Valport Times | Ferry Fares | June 13, 2017` (writer and outlet,
    maybe a label, the date, between bars). Returns the credit and the date."""
    if not any(bar in text for bar in ("|", "\u00b7", "\u2022", " / ")):
        return None
    parts = _BAR.split(text.strip())
    if not 2 <= len(parts) <= 4 or not _parse_date_line(parts[-1]):
        return None
    credit = parts[0].strip()
    if (not credit[:1].isupper() or len(credit.split()) > 12 or ends_sentence(credit)
            or _parse_date_line(credit)):
        return None
    return credit, parts[-1].strip()


STAMPED_HEADLINE_WORDS = 25  # a headline over a time stamp and a dateline lede may be long


def is_stamped_headline(text: str, below: str, lede: str) -> bool:
    """A line too long to pass for a headline on its own is one over a date line over a lede
    that opens with a dateline, as news sites list their stories (`Several people are injured
    at a Berlin concert by US rapper JPEGMafia because of pepper spray` / `Jan. 21, 2025 03:13
    AM EST` / `BERLIN (AP) \u2014 ...`); a teaser cut off mid-sentence has no such stamp."""
    return (text[:1].isupper() and not ends_sentence(text)
            and not text.endswith((",", ";", ":")) and len(text.split()) <= STAMPED_HEADLINE_WORDS
            and bool(_parse_date_line(below)) and parse_dateline(lede) is not None
            and not (is_chrome(text) or is_byline(text) or is_photo_credit(text)
                     or is_signoff(text) or is_provider_label(text) or dateline(text)
                     or _parse_date_line(text)))


def ends_mid_sentence(text: str) -> bool:
    """Whether a line stops mid-sentence (a truncation cue): it ends in a word, a comma or an
    open bracket, not in sentence-final punctuation or a colon introducing what follows."""
    stripped = text.rstrip()
    if not stripped:
        return False
    bare = stripped.rstrip(_CLOSERS)
    if not bare:
        return False
    return bare[-1] not in ".!?\u2026:" and not ends_sentence(stripped)
