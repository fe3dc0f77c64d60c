"""Cues that a capitalised run names a work (a film, show, album, book, game, program) or a
fictional character, not a person, place or organisation.

News names a title the way it names a person, so capitals and given names say nothing; the words
around it do: "the premiere of Polar Express", "1947's Nicholas Nickleby", "Shrek 2 took",
"Sideways star Thomas Haden Church", "his next game, Spore", "his role as Edna Mode",
"the next James Bond". `fiction_cue` reads them from the tokens around one run.

Two strengths: TITLE cues hold in any story; PLAY cues ("plays X", "X star Y", "X 2") also read
a team's fixture or a match score ("Federer plays Hewitt", "Chelsea star Lampard", "Chelsea 2"),
so the tagger ignores them in a sports report.
"""

from __future__ import annotations

import re

from .gazetteer import load as load_gazetteer
from .lexicon import FUNCTION_WORDS, word_set

POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")

TITLE, PLAY = "title", "play"

# "the premiere of X", "a sequel to X", "an episode of X": X is a work.
WORK_OF = word_set("""
premiere premieres sequel sequels prequel remake remakes adaptation screening screenings
episode episodes soundtrack trailer cast creator creators spin-off
""")
# "starred in X", "a role in X": X is a work.
APPEARED_IN = word_set("starred starring appeared appears appearing cameo")
# "his role as X", "voices X": X is a character ("the role of Nato" is no cue).
ROLE_NOUNS = word_set("role roles character characters")
# "plays X", "portrayed X": X is a character (or, in sport, an opponent).
ROLE_VERBS = word_set("""
plays played playing portrays portrayed portraying voices voiced voicing
""")
# "the next James Bond", "a new Doctor Who", "a modern-day Robin Hood": a role someone fills.
ROLE_ADJECTIVES = word_set("next latest modern-day contemporary real-life")
# "X star Y", "X producer Y": X is a film or show (a team in sport: "Chelsea star Lampard").
CREW_NOUNS = word_set("star stars co-star producer screenwriter")
# "X, starring Y", "X, directed by Y".
AFTER_WORK = word_set("starring directed")
APPOSITION_ENDS = frozenset([".", ",", ";", ")", ""])
# A work's format after its title. Only a title of two or more plain words is taken ("the BBC
# series", "the Channel 4 show", "the Disney film" name who made it).
FORMAT_NOUNS = word_set("""
series sitcom soap film films movie movies album musical novel novels trilogy franchise books
""")
YEAR_POSSESSIVE = re.compile(r"(1[89]|20)\d\d['\u2019]s")
SEQUEL_NUMBER = re.compile(r"[2-9](['\u2019]s)?")
WORK_NOUNS_APPOSITION = word_set("""
film movie album single song book novel play musical sitcom drama documentary series show
programme opera game comedy thriller
""")


# What an apposition says a name is, by its head noun: "Cebit, the world's largest hi-tech
# fair,", "Shark Tale, the DreamWorks film": an event or a work, not a name to tag.
APPOSITION_EVENT_OR_WORK = WORK_NOUNS_APPOSITION | word_set("""
fair fairs exhibition expo convention conference festival tournament championship contest
competition ceremony awards race marathon
""")
APPOSITION_STARTS = word_set("the a an its his her their")
# Words that end the noun phrase of an apposition.
APPOSITION_STOPS = frozenset([",", ".", ";", ":", ")", "(", "-", "\u2013", '"', "\u201d",
                              "of", "that", "which", "who", "in", "for", "with", "to", "and",
                              "at", "on", "from", "by", "where"])


def _apposition_head(tokens: list[str], end: int) -> str:
    """The head noun of "X, the world's largest hi-tech fair," ("fair"), or ""."""
    if end + 1 >= len(tokens) or tokens[end] != "," or tokens[end + 1] not in APPOSITION_STARTS:
        return ""
    head = ""
    for tok in tokens[end + 2:end + 9]:
        if tok.lower() in APPOSITION_STOPS:
            return head
        if not (tok.isalpha() or "-" in tok or tok.endswith(POSSESSIVE)) or tok[:1].isupper():
            return ""  # "X, the BBC's ..." names a maker; a figure or a name: no plain noun
        head = tok.lower()
    return ""


def _word(tokens: list[str], i: int) -> str:
    return tokens[i].lower() if 0 <= i < len(tokens) else ""


def fiction_cue(tokens: list[str], start: int, end: int) -> str | None:
    """TITLE, PLAY or None for the run tokens[start:end]."""
    if tokens[end - 1].endswith(POSSESSIVE):
        return None  # "appeared in Brown's first book": the author, who owns the work
    prev, prev2 = _word(tokens, start - 1), _word(tokens, start - 2)
    prev3 = _word(tokens, start - 3)
    nxt, nxt2 = _word(tokens, end), _word(tokens, end + 1)
    # "appeared in BBC series Ballykissangel", "the sequel to the Ben Stiller comedy": a name
    # before a noun only says who made or starred in the work.
    modifier = _before_noun(tokens, end)
    if prev == "of" and prev2 in WORK_OF and not modifier:
        return TITLE
    if prev in ("in", "to") and prev2 in (APPEARED_IN | WORK_OF) and not modifier:
        return TITLE
    if YEAR_POSSESSIVE.fullmatch(prev) and not modifier:
        return TITLE  # "1947's Nicholas Nickleby"
    if prev == "," and prev2 in WORK_NOUNS_APPOSITION and nxt in APPOSITION_ENDS:
        return TITLE  # "his next game, Spore." (not "after the game, Moyes said")
    if nxt in AFTER_WORK or (nxt == "," and nxt2 in AFTER_WORK):
        return TITLE
    if _apposition_head(tokens, end) in APPOSITION_EVENT_OR_WORK:
        return TITLE  # "Cebit, the world's largest hi-tech fair, ..."
    # "his role as Edna Mode", "his role as designer Edna Mode", "the voice of SpongeBob"
    if (prev == "as" and prev2 in ROLE_NOUNS) or (prev in ("of", "for") and prev2 == "voice"):
        return TITLE
    if (prev3 in ROLE_NOUNS and prev2 == "as" and prev.isalpha() and prev.islower()
            and prev not in FUNCTION_WORDS):
        return TITLE
    following_name = end + 1 < len(tokens) and tokens[end + 1][:1].isupper()
    if prev in ROLE_ADJECTIVES and prev2 in ("the", "a", "an") and not _before_noun(tokens, end):
        return PLAY  # "the next James Bond."
    if prev in ROLE_VERBS:
        return PLAY
    if (nxt in FORMAT_NOUNS and _plain_words(tokens[start:end])
            and tokens[start].lower() not in load_gazetteer().given_names):
        return TITLE  # "the Crime Scene Investigation series" (not "34 John Wayne films")
    if nxt in CREW_NOUNS and following_name and prev not in ("former", "ex"):
        return PLAY  # "Vera Drake star Imelda Staunton" (a "former Westlife star" left a band)
    after_number = tokens[end + 1] if end + 1 < len(tokens) else ""
    if end < len(tokens) and SEQUEL_NUMBER.fullmatch(tokens[end]) and not (
            after_number[:1].isupper() or after_number[:1].isdigit()
            or after_number in ("-", "/", ".")):
        return PLAY  # "Shrek 2 took $881m", not "Chelsea 2 Arsenal 1"
    return None


def _plain_words(words: list[str]) -> bool:
    """Two or more words, none an acronym or a number ("Channel 4", "BBC One" are makers)."""
    return len(words) >= 2 and all(
        w.isalpha() and not (w.isupper() and len(w) > 1) for w in words if w.lower() != "of")


def _before_noun(tokens: list[str], end: int) -> bool:
    """ "the new Chelsea manager": the name is a modifier of the noun after it."""
    word = tokens[end] if end < len(tokens) else ""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS
