"""What review mode knows about the current document, kept in one QObject.

The panel, the viewer overlay and the keys all read this instead of asking core each time:
whether review mode is on, the document's analysts (with a colour and line pattern each),
which of them the reviewer has hidden, the disagreements among the shown ones, which one is
current, and review progress. Everything is recomputed from core after each committed
change report while review mode is on (a document's disagreements cost one pass over its
annotations; progress is read again only for the documents the report names, so an edit
does not count the whole project), and nothing at all is computed while it is off.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from annotator.gui.session import Session
from annotator.store.project import Change
from annotator.store.records import Annotation
from annotator.team import review

# Distinct hues that stay apart for the common colour-vision deficiencies, never red or green
# (red marks disagreements, green accepted spans), each with its own line pattern too.
PALETTE = ("#1f5fbf", "#e08a00", "#8a3fb0", "#00929a", "#8c5a3c", "#c0307f", "#5f6f00", "#505050")
PATTERNS = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
CORRECTION_COLOR = "#1b7f3b"


@dataclass(frozen=True)
class AnalystStyle:
    color: QColor
    pattern: Qt.PenStyle


def analyst_style(index: int) -> AnalystStyle:
    """The style of the analyst at `index` in the project's (sorted) analyst list: colours
    cycle fastest, patterns after every full round of colours and also shift with them, so
    neighbours differ in both."""
    color = QColor(PALETTE[index % len(PALETTE)])
    pattern = PATTERNS[(index + index // len(PALETTE)) % len(PATTERNS)]
    return AnalystStyle(color, pattern)


class ReviewState(QObject):
    toggled = Signal(bool)  # review mode switched on or off
    updated = Signal()  # analysts, disagreements or progress were recomputed
    currentChanged = Signal(int)  # index into `items`, -1 for none

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.enabled = False
        self.analysts: list[str] = []  # analysts with own annotations in the current document
        self.styles: dict[str, AnalystStyle] = {}
        self.hidden: set[str] = set()
        self.items: list[review.Disagreement] = []
        # Project-wide: documents whose shown analysts answered a document field differently.
        self.field_items: list[review.FieldDisagreement] = []
        self.current = -1
        self.corrections: set[int] = set()  # ids of reviewers' corrections (project-wide)
        self.progress: dict[int, tuple[int, int]] = {}  # doc id -> (reviewed, total)
        session.projectChanged.connect(self._on_project)
        session.documentChanged.connect(self._on_document)
        session.changed.connect(self._on_changes)

    # -- switching and filtering ----------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        if on:
            self.refresh()
        self.toggled.emit(on)

    def set_hidden(self, analyst: str, hidden: bool) -> None:
        """Hide or show one analyst's annotations; disagreements are then among the shown."""
        if hidden == (analyst in self.hidden):
            return
        if hidden:
            self.hidden.add(analyst)
        else:
            self.hidden.discard(analyst)
        self.refresh(progress_of=set(), fields=True)  # hiding changes no review status

    def shown_analysts(self) -> list[str]:
        return [name for name in self.analysts if name not in self.hidden]

    def shows(self, ann: Annotation) -> bool:
        """Whether review mode draws `ann`: corrections always, others unless hidden."""
        return ann.id in self.corrections or ann.analyst not in self.hidden

    def style_of(self, ann: Annotation) -> AnalystStyle:
        if ann.id in self.corrections:
            return AnalystStyle(QColor(CORRECTION_COLOR), Qt.PenStyle.SolidLine)
        return self.styles.get(ann.analyst) or analyst_style(len(self.styles))

    def lane_of(self, ann: Annotation) -> int:
        """Which bar lane (0 = lowest) the annotation's analyst bar is drawn in: one lane per
        analyst of the document, so identical marks by two analysts show both bars;
        corrections take the lane above them all."""
        if ann.id in self.corrections or ann.analyst not in self.analysts:
            return len(self.analysts)
        return self.analysts.index(ann.analyst)

    # -- the current disagreement ---------------------------------------------------------

    def set_current(self, index: int) -> None:
        index = index if 0 <= index < len(self.items) else -1
        if index != self.current:
            self.current = index
            self.currentChanged.emit(index)

    def current_item(self) -> review.Disagreement | None:
        return self.items[self.current] if 0 <= self.current < len(self.items) else None

    def step(self, delta: int) -> int:
        """The index of the next (delta=1) or previous (-1) disagreement, from the current
        one, wrapping around. Unresolved ones are visited first: resolved ones are passed
        over while any unresolved remain. -1 when there are none."""
        count = len(self.items)
        if not count:
            return -1
        wanted = [i for i, d in enumerate(self.items) if not d.resolved] or list(range(count))
        here = self.current
        if here < 0:
            return wanted[0] if delta > 0 else wanted[-1]
        ahead = [i for i in wanted if (i - here) * delta > 0]
        if ahead:
            return ahead[0] if delta > 0 else ahead[-1]
        return wanted[0] if delta > 0 else wanted[-1]

    def items_with(self, ann_id: int) -> list[int]:
        return [i for i, d in enumerate(self.items) if ann_id in d.annotation_ids]

    def document_progress(self) -> tuple[int, int]:
        doc_id = self.session.document_id
        return self.progress.get(doc_id, (0, 0)) if doc_id is not None else (0, 0)

    def project_progress(self) -> tuple[int, int]:
        return (
            sum(done for done, _ in self.progress.values()),
            sum(total for _, total in self.progress.values()),
        )

    # -- recomputing ------------------------------------------------------------------------

    def refresh(self, progress_of: set[int] | None = None, *, fields: bool = False) -> None:
        """Read analysts, disagreements and the progress of the documents `progress_of`
        (None: every document) again, and the document-field disagreements with everything
        (or with `fields`); keep the current disagreement (same kind and annotations)
        selected when it is still there."""
        project, doc_id = self.session.project, self.session.document_id
        if not self.enabled:
            return
        before = self.current_item()
        if project is None:
            self.analysts, self.styles, self.items, self.progress = [], {}, [], {}
            self.corrections, self.field_items = set(), []
        else:
            self.styles = {name: analyst_style(i) for i, name in enumerate(project.analysts())}
            self.corrections = review.correction_ids(project)
            if progress_of is None or fields:
                self.field_items = review.field_disagreements(project, self.hidden)
            if progress_of is None:
                self.progress = review.review_progress(project)
            elif progress_of:
                self.progress.update(review.review_progress(project, progress_of))
            if doc_id is None:
                self.analysts, self.items = [], []
            else:
                own = review.analysts_annotations(project, doc_id, None, self.corrections)
                self.analysts = sorted({a.analyst for a in own})
                shown = set(self.shown_analysts())
                self.items = review.disagreements_among(
                    project, doc_id, [a for a in own if a.analyst in shown]
                )
        self.current = -1
        if before is not None:
            key = (before.kind, before.annotation_ids)
            self.current = next(
                (i for i, d in enumerate(self.items) if (d.kind, d.annotation_ids) == key), -1
            )
            if self.current < 0:  # its annotations changed: stay at the same place in the text
                self.current = next(
                    (i for i, d in enumerate(self.items) if d.start >= before.start), -1
                )
        self.updated.emit()
        self.currentChanged.emit(self.current)

    def _on_project(self) -> None:
        self.hidden = set()
        self.current = -1
        self.refresh()

    def _on_document(self, _doc_id: int) -> None:
        self.current = -1
        self.refresh(progress_of=set())  # every document's progress is already known

    def _on_changes(self, changes: list[Change]) -> None:
        # Answers to document fields (or a schema edit that renames or drops a field) change
        # the list of fields answered differently; the documents' titles it shows, too.
        fields = any(c.table in ("document_fields", "labels", "documents") for c in changes)
        if any(c.table in ("annotations", "links", "entities", "labels") for c in changes):
            # Only annotations and links count towards progress; a change that names no
            # document (a speaker deleted, say) has the whole project counted again.
            docs = {c.document_id for c in changes if c.table in ("annotations", "links")}
            self.refresh(
                None if None in docs else {d for d in docs if d is not None}, fields=fields
            )
        elif fields:
            self.refresh(progress_of=set(), fields=True)
