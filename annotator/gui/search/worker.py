"""A project search off the window's thread, so typing in the Search panel never waits.

Each search is one `SearchJob` on the panel's thread pool. It opens its own read-only
connection to the project file (`Project.reader`: a connection belongs to the thread that
made it, and a long read must not hold the window's), runs `search_project`, keeps the hits
that pass the panel's "where" filter, and hands them back by signal: a first batch as soon
as it is ready (the first screenful lists at once), then the rest. A new query cancels the
job before it; a cancelled job stops before its next document and says nothing more. Every
failure becomes one sentence in the panel, never a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from annotator.errors import AnnotatorError
from annotator.search.marking import Span, places
from annotator.search.project_search import ProjectHit, search_project
from annotator.search.query import Query
from annotator.store.project import Project

FIRST_BATCH = 200  # hits sent at once, before the search goes on for the rest
# Where a hit is: the filter's choices, by the label kinds of the annotations around it.
WHERE: dict[str, Callable[[frozenset[str]], bool]] = {
    "all": lambda kinds: True,
    "claim": lambda kinds: "claim" in kinds,
    "speaker": lambda kinds: "speaker" in kinds,
    "unmarked": lambda kinds: not kinds,
}


@dataclass
class Found:
    """One delivery of a search: `hits` to add to the list; `last` when the search is over
    (then `more` says the limit cut it short, `error` why it stopped, if it did)."""

    number: int  # which search (the panel ignores deliveries of a search it replaced)
    hits: list[ProjectHit] = field(default_factory=list)
    last: bool = False
    more: bool = False
    error: str = ""


class JobSignals(QObject):
    """Made on the window's thread, so what a job emits reaches the panel there (queued)."""

    found = Signal(object)  # a Found


def hit_span(hit: ProjectHit) -> Span:
    return (hit.document_id, hit.start, hit.end)


def run_search(
    project: Project,
    query: Query,
    where: str,
    limit: int,
    deliver: Callable[[list[ProjectHit]], None],
    stop: Callable[[], bool] = lambda: False,
) -> bool:
    """Search `project`, handing the hits that pass `where` to `deliver` in batches, at most
    `limit` of them; True when there were more. Raises AnnotatorError (a bad or runaway
    query). Used on the job's thread, and directly for a project that has no file."""
    wanted = WHERE.get(where, WHERE["all"])
    batch: list[ProjectHit] = []
    sent = 0
    first = True

    def flush() -> None:
        nonlocal batch, sent, first
        if where != "all" and batch:
            at = places(project, [hit_span(h) for h in batch])
            batch = [h for h in batch if wanted(at[hit_span(h)])]
        batch = batch[: limit - sent]
        if batch or first:
            deliver(batch)
            sent += len(batch)
        batch, first = [], False

    size = FIRST_BATCH
    for hit in search_project(project, query, stop=stop):
        if stop():
            return False
        if sent >= limit:  # the list is full: is there one more hit it leaves out?
            if where == "all" or wanted(places(project, [hit_span(hit)])[hit_span(hit)]):
                return True
            continue
        batch.append(hit)
        if len(batch) >= size:
            flush()
            size = 2_000  # after the first screenful, fewer and larger deliveries
    flush()
    return False


class SearchJob(QRunnable):
    """One search on a pool thread; `cancel()` from the window's thread stops it."""

    def __init__(
        self,
        number: int,
        open_reader: Callable[[], Project],
        query: Query,
        where: str,
        limit: int,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the panel keeps it until its last delivery
        self.number = number
        self.open_reader = open_reader
        self.query = query
        self.where = where
        self.limit = limit
        self.signals = JobSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _send(self, found: Found) -> None:
        """Deliver `found`; a cancelled job sends only its last word (so the panel lets it
        go), which the panel drops as from a replaced search."""
        if found.last or not self.cancelled:
            self.signals.found.emit(found)

    def run(self) -> None:
        more, error = False, ""
        try:
            project = self.open_reader()
            try:
                more = run_search(
                    project,
                    self.query,
                    self.where,
                    self.limit,
                    lambda hits: self._send(Found(self.number, hits)),
                    lambda: self.cancelled,
                )
            finally:
                project.close()
        except AnnotatorError as exc:
            error = str(exc)
        except Exception as exc:  # a thread's traceback would reach no one; say it instead
            error = QCoreApplication.translate(
                "SearchJob", "The project could not be searched (%1)."
            ).replace("%1", str(exc) or type(exc).__name__)
        self._send(Found(self.number, [], last=True, more=more, error=error))
