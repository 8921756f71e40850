"""Hits of a compiled query in one text, as exact code-point ranges of the stored text.

A folded query runs over the folded text (`FoldedText`, computed once per document and kept
by the caller while the document is open) and each match is mapped back, so a hit selects
exactly the stored characters, emoji, CRLF, NBSP and diacritics included. A regular
expression runs against a deadline shared by the whole search; reaching it raises the
query's QueryError.
"""

from __future__ import annotations

import re
import time

from annotator.search import query as queries
from annotator.search.query import Query
from annotator.text.arabic import FoldedText, fold_with_offsets

Hit = tuple[int, int]  # (start, end): code points of the stored text, end exclusive
_SPAN = re.Match.span


def deadline(seconds: float | None = None) -> float:
    """The moment a search that starts now must stop (a `time.monotonic()` value); by
    default after the time limit for regular expressions (`query.TIME_LIMIT`)."""
    return time.monotonic() + (queries.TIME_LIMIT if seconds is None else seconds)


def find_all(query: Query, text: str | FoldedText, *, until: float | None = None) -> list[Hit]:
    """Every hit of `query` in `text` (a FoldedText when the caller keeps one), in order."""
    if not query.folded:
        stored = text.text if isinstance(text, FoldedText) else text
        return _matches(query, stored, until)
    folded = text if isinstance(text, FoldedText) else fold_with_offsets(text)
    if not query.options.regex and (folded.starts is None or folded.ends_at_next):
        return _fast(query, folded)
    return _stored(folded, _matches(query, folded.folded, until))


def _fast(query: Query, folded: FoldedText) -> list[Hit]:
    """`_stored(_matches(...))` in one pass, for the usual case (no ligature, nothing but
    diacritics folded away): a common word's thousands of hits cost one list each."""
    haystack, starts, lead = folded.folded, folded.starts, query.lead
    spans = map(_SPAN, query.pattern.finditer(haystack))
    if starts is None:
        if not lead:
            return list(spans)
        return [(s - 1 if haystack[s - 1] == lead else s + 1, e) for s, e in spans]
    if not lead:
        return [(starts[s], starts[e]) for s, e in spans]
    return [
        (starts[s - 1] if haystack[s - 1] == lead else starts[s + 1], starts[e]) for s, e in spans
    ]


def _stored(folded: FoldedText, spans: list[Hit]) -> list[Hit]:
    """Folded ranges as stored ones (`FoldedText.span`, inlined: a common word has
    thousands of hits in a long document, and this is the cost on top of the matching)."""
    starts, marks = folded.starts, folded.marks
    if starts is None:
        return spans  # the text folds to itself, character for character
    if folded.ends_at_next:  # what follows a hit's last letter up to the next is its marks
        return [(starts[s], starts[e]) for s, e in spans]
    if not marks:
        spans = [(starts[s], starts[e - 1] + 1) for s, e in spans]
    else:  # diacritics after a hit's last letter belong to it
        text, n = folded.text, len(folded.text)
        out = []
        for s, e in spans:
            end = starts[e - 1] + 1
            while end < n and text[end] in marks:
                end += 1
            out.append((starts[s], end))
        spans = out
    if folded.expands:  # two folded letters of one ligature: one hit
        spans = [h for i, h in enumerate(spans) if i == 0 or h != spans[i - 1]]
    return spans


def _matches(query: Query, haystack: str, until: float | None) -> list[Hit]:
    if not query.options.regex:  # built from escaped text: linear, no time limit needed
        found = [m.span() for m in query.pattern.finditer(haystack)]
        lead = query.lead
        if lead:
            found = [(s - 1 if haystack[s - 1] == lead else s + 1, e) for s, e in found]
        return found
    left = (until if until is not None else deadline()) - time.monotonic()
    if left <= 0:
        raise query.too_slow()
    try:
        found = query.pattern.finditer(haystack, timeout=left)
        return [m.span() for m in found if m.end() > m.start()]
    except TimeoutError:
        raise query.too_slow() from None
