"""Every hit of a query across a project, document by document, as keyword in context.

The project's search index (`annotator.store.search_index`) names the documents that can
hold a hit; only those are read, folded and matched, one at a time, so the first results
of a search over thousands of documents are ready long before the last, and a caller that
lists 200 of them stops there. A regular expression cannot be looked up in the index: it
reads every document, within one time limit for the whole search.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from annotator.search.context import left_context, paragraph_is_rtl, right_context
from annotator.search.matching import deadline, find_all
from annotator.search.query import Query
from annotator.store import search_index

if TYPE_CHECKING:
    from annotator.store.project import Project


@dataclass(frozen=True)
class ProjectHit:
    """One hit: `text == document text[start:end]` (code points), with its context."""

    document_id: int
    title: str
    start: int
    end: int
    text: str
    left: str
    right: str
    rtl: bool = False  # its paragraph runs right to left (how a list should set the row)


def search_project(
    project: Project,
    query: Query,
    *,
    limit: int | None = None,
    until: float | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[ProjectHit]:
    """Hits in document order, then text order; stops after `limit` hits when given, and
    before the next document once `stop()` is true (a search the user replaced).
    Raises the query's QueryError when a regular expression runs past the time limit."""
    hits = _search(project, query, until if until is not None else deadline(), stop)
    return islice(hits, limit) if limit is not None else hits


def _search(
    project: Project, query: Query, until: float, stop: Callable[[], bool] | None
) -> Iterator[ProjectHit]:
    ids = search_index.documents_to_search(project, query.literals)
    for doc_id, title, text in search_index.documents(project, ids):
        if stop is not None and stop():
            return
        for start, end in find_all(query, text, until=until):
            yield ProjectHit(
                doc_id,
                title,
                start,
                end,
                text[start:end],
                left_context(text, start),
                right_context(text, end),
                paragraph_is_rtl(text, start),
            )
