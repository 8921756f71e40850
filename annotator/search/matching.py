"""Hits of a compiled query in one text, as exact code-point ranges of the stored text.

A folded query runs over the folded text (`FoldedText`, computed once per document and kept
by the caller while the document is open) and each match is mapped back, so a hit selects
exactly the stored characters, emoji, CRLF, NBSP and diacritics included. A regular
expression runs against a deadline shared by the whole search, on the wall clock; reaching
it raises the query's QueryError.
"""

from __future__ import annotations

import re
import threading
import time
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from annotator.search import query as queries
from annotator.search.query import Query
from annotator.text.arabic import FoldedText, fold_with_offsets

Hit = tuple[int, int]  # (start, end): code points of the stored text, end exclusive
# Processor seconds a regular expression may take on the caller's thread; past that it goes
# on a helper thread that the caller can stop waiting for (`_regex_spans`).
_SLICE = 0.02
_SPAN = re.Match.span  # map(_SPAN, matches): a loop in C, not a Python call per match


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
    if query.article is not None and not _has_fused(folded, query.fused_literal):
        # Every hit has the article written out: one scan, and no letter to look at.
        return _mapped(starts, query.article.finditer(haystack))
    if not lead:
        return _mapped(starts, query.pattern.finditer(haystack))
    spans = list(map(_SPAN, query.pattern.finditer(haystack)))
    if starts is None:
        return _with_lead(query, haystack, spans)
    hits = [(starts[s - 1], starts[e]) for s, e in spans if s and haystack[s - 1] == lead]
    if len(hits) == len(spans):
        return hits  # all with the article written out: the usual case
    fused = [(starts[s], starts[e]) for s, e in _after_lam(query, haystack, spans)]
    return sorted(hits + fused)


def _mapped(starts: array | None, matches: Iterator[re.Match[str]]) -> list[Hit]:
    """Each match as a stored range. The spans are taken in a loop that runs in C, then
    mapped in a second, plain one (measured faster than one loop doing both, or than
    mapping in C with zip and map: a common word in a long document has thousands of hits,
    and this is the cost on top of finding them)."""
    spans = list(map(_SPAN, matches))
    if starts is None:
        return spans
    return [(starts[s], starts[e]) for s, e in spans]


# A word that starts with ل + ل, after و or ف or nothing: the only place an article fused
# with the preposition ل ("للحكومة") can be.
# (Written to start with the letters, so `re` scans for them as for a plain string: 25
# times faster than leading with the look back.)
_LAM_LAM = re.compile(r"لل(?:(?<=^لل)|(?<=\Wلل)|(?<=^[وف]لل)|(?<=\W[وف]لل))\S*")
_LAM_LAM_KEY = "search: words starting with لل"


def _has_fused(folded: FoldedText, literal: str) -> bool:
    """Whether a word of the text starts with `literal` (ل + ل + the word searched for)
    once a leading و or ف is set aside. The words starting with لل are listed once per
    document (kept with its folding), so each search asks a sorted list, not the text."""
    words = folded.memo.get(_LAM_LAM_KEY)
    if words is None:
        words = sorted(set(_LAM_LAM.findall(folded.folded)))
        folded.memo[_LAM_LAM_KEY] = words
    i = bisect_left(words, literal)
    return i < len(words) and words[i].startswith(literal)


def _with_lead(query: Query, haystack: str, spans: list[Hit]) -> list[Hit]:
    """The hits of a query with the article, from its pattern's matches (see `Query.lead`)."""
    lead = query.lead
    hits = [(s - 1, e) for s, e in spans if s and haystack[s - 1] == lead]
    if len(hits) == len(spans):
        return hits
    return sorted(hits + _after_lam(query, haystack, spans))


def _after_lam(query: Query, haystack: str, spans: list[Hit]) -> list[Hit]:
    """The matches where the article is written ل after the preposition ل: the hit is
    the word after it."""
    lead, fused = query.lead, query.fused
    return [
        (s + 1, e)
        for s, e in spans
        if s and haystack[s - 1] != lead and (fused is None or fused.match(haystack, s) is not None)
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
        return _with_lead(query, haystack, found) if query.lead else found
    return _regex_spans(query, haystack, until if until is not None else deadline())


def _regex_spans(query: Query, haystack: str, until: float) -> list[Hit]:
    """A regular expression's matches, stopped at `until` on the wall clock.

    The `regex` package's `timeout=` counts the processor time this process used, so on a
    busy machine a runaway pattern would run twice its limit or more. A pattern gets a
    short slice of processor time here; one that needs more runs on a helper thread
    (releasing the GIL) while this one waits for it until the deadline, then gives up. The
    helper has the same limit in processor time, which is never more than the wall-clock
    time left, so it ends by itself soon after."""
    left = until - time.monotonic()
    if left <= 0:
        raise query.too_slow()
    try:
        return _spans(query.pattern, haystack, min(left, _SLICE), concurrent=False)
    except TimeoutError:
        if left <= _SLICE:
            raise query.too_slow() from None
    left = until - time.monotonic()
    if left <= 0:
        raise query.too_slow()
    found: list[list[Hit] | None] = []

    def run() -> None:
        try:
            found.append(_spans(query.pattern, haystack, left, concurrent=True))
        except TimeoutError:
            found.append(None)

    helper = threading.Thread(target=run, name="regex-search", daemon=True)
    helper.start()
    helper.join(max(0.0, until - time.monotonic()))
    result = found[0] if found else None
    if result is None:
        raise query.too_slow()
    return result


def _spans(pattern: Any, haystack: str, seconds: float, *, concurrent: bool) -> list[Hit]:
    """Non-empty matches; raises TimeoutError after `seconds` of processor time."""
    found = pattern.finditer(haystack, timeout=seconds, concurrent=concurrent)
    return [m.span() for m in found if m.end() > m.start()]
