"""Hits of a compiled query in one text, as exact code-point ranges of the stored text.

A folded query runs over the folded text (`FoldedText`, computed once per document and kept
by the caller while the document is open) and each match is mapped back, so a hit selects
exactly the stored characters, emoji, CRLF, NBSP and diacritics included. A regular
expression runs against a deadline shared by the whole search; reaching it raises the
query's QueryError.
"""

from __future__ import annotations

import time
from typing import NamedTuple

from annotator.search import query as queries
from annotator.search.query import Query
from annotator.text.arabic import FoldedText, fold_with_offsets


class Hit(NamedTuple):
    start: int
    end: int


def deadline(seconds: float | None = None) -> float:
    """The moment a search that starts now must stop (a `time.monotonic()` value); by
    default after the time limit for regular expressions (`query.TIME_LIMIT`)."""
    return time.monotonic() + (queries.TIME_LIMIT if seconds is None else seconds)


def find_all(query: Query, text: str | FoldedText, *, until: float | None = None) -> list[Hit]:
    """Every hit of `query` in `text` (a FoldedText when the caller keeps one), in order."""
    if isinstance(text, FoldedText):
        folded = text
        stored = text.text
    else:
        folded = None
        stored = text
    if query.folded:
        folded = folded or fold_with_offsets(stored)
        haystack = folded.folded
    else:
        haystack = stored
    matches = _matches(query, haystack, until)
    if not query.folded:
        return [Hit(s, e) for s, e in matches]
    assert folded is not None
    hits: list[Hit] = []
    span = folded.span
    for s, e in matches:
        hit = Hit(*span(s, e))
        if not hits or hits[-1] != hit:  # two folded letters of one ligature: one hit
            hits.append(hit)
    return hits


def _matches(query: Query, haystack: str, until: float | None) -> list[tuple[int, int]]:
    pattern = query.pattern
    if not query.options.regex:  # built from escaped text: linear, no time limit needed
        return [m.span() for m in pattern.finditer(haystack)]
    left = (until if until is not None else deadline()) - time.monotonic()
    if left <= 0:
        raise query.too_slow()
    try:
        return [m.span() for m in pattern.finditer(haystack, timeout=left) if m.end() > m.start()]
    except TimeoutError:
        raise query.too_slow() from None
