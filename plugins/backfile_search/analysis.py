"""The schema's text field type, which indexes a story's text in one loop per field value.

Whoosh analyses a value as a chain of generators (tokenizer, lower case, stop words, stemmer)
handing one Token object along, and its Positions format then gathers each term's positions and
pickles them: about 4 microseconds of Python per word, 9-11 CPU seconds of a 10,000-story first
build (the body alone holds 2.2 million indexed words). `NewsText.index` returns the very same
(term bytes, frequency, weight, encoded positions) tuples, made from the field's own analyzer's
parts (its regular expression, stop list, minimum size and stemmer, called on each new word),
with one dict lookup per word: word -> its term, or None for a word the chain drops. A field
whose analyzer or format is not that chain, or a call with options, goes through Whoosh's own
`FieldType.index` unchanged. Searching, query parsing and the export never call `index`.

The class is pickled by name in the index's schema, so opening an index needs this package on
the path (the build, `invoke search` and the tests have it). An index written before it keeps
Whoosh's TEXT and is indexed the slow way until it is started over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from pickle import dumps
from typing import Any

from whoosh.analysis import (
    CompositeAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.system import pack_uint

Posting = tuple[bytes, int, float, bytes]
_SINGLE = 4096   # encoded values of a term seen once, at positions below this, are made once


class _Terms(dict[str, bytes | None]):
    """word (lower case) -> its term as UTF-8, or None for a word the chain drops; a word not
    seen yet is looked up through the chain's own filters (a miss costs a Python call, a hit
    none: `map` reads the dict in C)."""

    def __init__(self, stop: StopFilter, stem: StemFilter) -> None:
        super().__init__()
        self.stops, self.minsize = stop.stops, stop.min
        self.stem, self.ignore = stem._stem, stem.ignore

    def __missing__(self, word: str) -> bytes | None:
        if len(word) < self.minsize or word in self.stops:
            term = None
        else:
            term = (word if word in self.ignore else self.stem(word)).encode("utf-8")
        self[word] = term
        return term


class _Chain:
    """Tokenizer, lower case, stop words and stemmer as one function (see the module doc)."""

    def __init__(self, tokenizer: RegexTokenizer, stop: StopFilter, stem: StemFilter,
                 field_boost: float) -> None:
        expression = tokenizer.expression
        if expression.groups:  # findall would give the groups, not the words
            self.words = lambda text: [m.group() for m in expression.finditer(text)]
        else:
            self.words = expression.findall
        self.terms = _Terms(stop, stem)
        self.field_boost = field_boost
        self.single = [pack_uint(1) + dumps([p], 2) for p in range(_SINGLE)]

    def postings(self, value: str) -> list[Posting]:
        """What FieldType.index gives for `value` (Positions.word_values, terms as UTF-8)."""
        if value.isascii():  # lower case first: the same words, in one call
            words = self.words(value.lower())
        else:  # str.lower() of a whole text may differ (Greek final sigma)
            words = [word.lower() for word in self.words(value)]
        terms = list(map(self.terms.__getitem__, words))
        first = next((n for n, term in enumerate(terms) if term is not None), 0)
        positions: defaultdict[bytes, list[int]] = defaultdict(list)
        # StopFilter numbers the words it keeps on from the first one's place
        for at, term in enumerate([term for term in terms if term is not None], first):
            positions[term].append(at)
        boost, single = self.field_boost, self.single
        out = []
        for term, at in positions.items():
            count = len(at)
            if count == 1 and at[0] < _SINGLE:
                encoded = single[at[0]]
            else:
                deltas = [at[0]]
                deltas.extend(b - a for a, b in pairwise(at))
                encoded = pack_uint(count) + dumps(deltas, 2)
            out.append((term, count, count * boost, encoded))
        return out


def _fast_chain(field: TEXT) -> _Chain | None:
    """The one-loop version of `field`'s analysis, or None when it is not the chain it copies."""
    ana, fmt = field.analyzer, field.format
    if type(ana) is not CompositeAnalyzer or type(fmt) is not Positions:
        return None
    kinds = [type(item) for item in ana.items]
    if kinds != [RegexTokenizer, LowercaseFilter, StopFilter, StemFilter]:
        return None
    tokenizer, _, stop, stem = ana.items
    if tokenizer.gaps or stop.max is not None or not stop.renumber:
        return None
    # One shared loop (and word memo) per distinct chain: the fields' analyzers are equal
    # but, unpickled from the index, not the same objects.
    key = (tokenizer.expression.pattern, tokenizer.expression.flags, stop.stops, stop.min,
           stem.stemfn, stem.lang, stem.ignore, fmt.field_boost)
    if key not in _CHAINS:
        _CHAINS[key] = _Chain(tokenizer, stop, stem, fmt.field_boost)
    return _CHAINS[key]


_CHAINS: dict[tuple[Any, ...], _Chain] = {}
_FIELDS: dict[int, tuple[TEXT, _Chain | None]] = {}   # id -> (field, kept alive; its chain)


class NewsText(TEXT):
    """Whoosh's TEXT field, indexed through `_Chain` when its analysis is the one copied."""

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting] | list[Posting]:
        known = _FIELDS.get(id(self))
        if known is None:
            known = _FIELDS[id(self)] = (self, _fast_chain(self))
        chain = known[1]
        if chain is None or kwargs or not isinstance(value, str):
            return super().index(value, **kwargs)
        return chain.postings(value)
