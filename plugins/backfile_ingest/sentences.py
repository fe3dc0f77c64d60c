"""Splitting a paragraph into sentences, well enough for ledes, summaries and headlines."""

from __future__ import annotations

import re

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",  # ranks and titles old papers write before names: `Maj. Archibald Butt`
        "lieut",
        "cpl",
        "pvt",
        "supt",
        "atty",
        "hon",
        "messrs",
        "cmdr",
        "adm",
        "rev",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "d.c",
        "n.y",
        "l.a",
        "i.e",
        "e.g",
    ]
)
# Chinese and Japanese end a sentence with full-width marks and no space after them.
_END = re.compile(r"""[.!?…]+[\u2019”"')\]]*(?=\s+[\u2018“"'(\[]?[A-Z0-9])"""
                  r"|[\u3002\uff01\uff1f]+[\u300d\u300f\uff09]*(?=\S)")
TERMINAL = ".!?…\u3002\uff01\uff1f\u061f"  # CJK's full stop, ! and ?, Arabic's ?
_CLOSERS = "\u2019”\"')]\u300d\u300f\uff09"  # CJK's closing quotes and bracket


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, in order, each with its end punctuation."""
    sentences: list[str] = []
    start = 0
    for match in _END.finditer(text):
        before = text[start : match.start()].split()
        word = before[-1].lower().rstrip(".") if before else ""
        if match.group().startswith(".") and (word in _ABBREVIATIONS or len(word) == 1):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def is_abbreviation(word: str) -> bool:
    """Whether a word written before a full stop (`Aug`, `Sen`, `U.S`) is an abbreviation
    that ends no sentence."""
    return word.lower().rstrip(".") in _ABBREVIATIONS


def ends_sentence(text: str) -> bool:
    """Whether `text` ends with sentence-final punctuation (quotes and brackets aside)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL
