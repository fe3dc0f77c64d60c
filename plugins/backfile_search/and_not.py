"""`a ANDNOT b` that never returns a story `b` matches (Whoosh issue #419).

Whoosh's AndNotMatcher checks, when it starts, only whether both posting lists begin on the
same story. When the excluded list begins earlier, the first story of the required list is
returned even if the excluded list holds it further on: "bankers ANDNOT hold" listed a story
containing "hold" whenever it was the first story in its segment to mention bankers. The client
excludes such a story, so Whoosh's answer is corrected here, not copied there. Whoosh-Reloaded
2.7.5 still has the bug; the rest of AndNotMatcher is kept as Whoosh wrote it.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq
from whoosh.matching import AndNotMatcher


class ExactAndNotMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher, starting by moving the excluded list to the first candidate."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()


class ExactAndNot(wq.AndNot):
    """Whoosh's AndNot query with the matcher above; parsed, scored and printed the same."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        wanted = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return ExactAndNotMatcher(wanted, excluded)


def exact_and_not(query: Any) -> Any:
    """`query` with every AndNot node made an ExactAndNot."""

    def swap(node: Any) -> Any:
        if type(node) is wq.AndNot:
            return ExactAndNot(node.a, node.b)
        return node

    return query.accept(swap)
