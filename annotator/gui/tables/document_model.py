"""The documents list: title, annotation counts, claims still without a speaker, status
(new / in progress / done) and review progress.

Counts come from one grouped query in core; after an edit it runs once the burst of edits is
over (a short timer), never inside the edit itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor

from annotator.gui.session import Session
from annotator.store.project import Change
from annotator.store.records import Document
from annotator.team.review import review_progress

COLUMNS = ("Title", "Annotations", "No speaker", "Status", "Reviewed")
TITLE, COUNTS, UNATTRIBUTED, STATUS, REVIEWED = range(5)
STATUS_TEXT = {"new": "new", "in_progress": "in progress", "done": "done"}
COUNT_DELAY_MS = 250
WARNING = "#b35c00"  # claims left to attribute

Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._docs: list[Document] = []  # the rows shown: all documents, or the filtered
        self._all: list[Document] = []  # every document, in list order
        self._shown: set[int] | None = None  # the filter's documents (None: no filter)
        self._rows: dict[int, int] = {}  # document id -> row, rebuilt when rows change
        self._all_rows: dict[int, int] = {}  # document id -> index in _all
        self._counts: dict[int, dict[str, int]] = {}
        self._unattributed: dict[int, int] = {}
        self._claim_labels: set[str] = set()
        self._reviewed: dict[int, tuple[int, int]] = {}  # review.review_progress
        self._stale: set[int] | None = set()  # documents to count again; None: all
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self._recount)
        session.projectChanged.connect(self.reload)
        session.changed.connect(self._on_changes)
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == UNATTRIBUTED:
            return "Claims that have no speaker linked yet"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self._docs):
            return None
        doc = self._docs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return doc.title
            if col == COUNTS:
                return self.count_text(doc.id)
            if col == UNATTRIBUTED:
                return self.unattributed_text(doc.id)
            if col == STATUS:
                return STATUS_TEXT.get(doc.status, doc.status)
            if col == REVIEWED:
                done, total = self._reviewed.get(doc.id, (0, 0))
                return f"{done}/{total}" if total else "—"
        elif role == Qt.ItemDataRole.ToolTipRole and col in (TITLE, COUNTS):
            left = self._unattributed.get(doc.id, 0)
            extra = f"\n{left} claim(s) without a speaker" if left else ""
            return f"{doc.title}\n{doc.source}{extra}"
        elif role == Qt.ItemDataRole.ForegroundRole and col == UNATTRIBUTED:
            return QColor(WARNING) if self._unattributed.get(doc.id) else None
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == UNATTRIBUTED:
            return Qt.AlignmentFlag.AlignCenter
        elif role == Qt.ItemDataRole.UserRole:
            return doc.id
        return None

    def count_text(self, doc_id: int) -> str:
        counts = self._counts.get(doc_id, {})
        if not counts:
            return "—"
        return ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))

    def unattributed_text(self, doc_id: int) -> str:
        """Claims left without a speaker; "—" when the document has no claim at all."""
        left = self._unattributed.get(doc_id, 0)
        if left:
            return str(left)
        counts = self._counts.get(doc_id, {})
        return "0" if any(counts.get(name) for name in self._claim_labels) else "—"

    def document_at(self, row: int) -> Document | None:
        return self._docs[row] if 0 <= row < len(self._docs) else None

    def row_of(self, doc_id: int) -> int | None:
        if len(self._rows) != len(self._docs):  # rows were added or the list reloaded
            self._rows = {d.id: i for i, d in enumerate(self._docs)}
        return self._rows.get(doc_id)

    def documents(self) -> list[Document]:
        """Every document in list order, shown or filtered out; do not change it."""
        return self._all

    def set_shown(self, ids: set[int] | None) -> None:
        """Show only these documents (None: all), in list order. One model reset: the view
        lays out only what is on screen, so narrowing 10,000 rows costs what a page does."""
        if ids is None and self._shown is None:
            return
        self.beginResetModel()
        self._shown = ids
        self._docs = self._all if ids is None else [d for d in self._all if d.id in ids]
        self._rows = {}
        self.endResetModel()

    def _replace(self, doc: Document) -> int | None:
        """Put a re-read document in place (in the full list and among the rows); its row."""
        if len(self._all_rows) != len(self._all):
            self._all_rows = {d.id: i for i, d in enumerate(self._all)}
        at = self._all_rows.get(doc.id)
        if at is not None:
            self._all[at] = doc
        row = self.row_of(doc.id)
        if row is not None and self._docs is not self._all:
            self._docs[row] = doc
        return row

    # -- following the session ------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        project = self.session.project
        self._all = project.documents.all() if project is not None else []
        self._docs, self._shown = self._all, None
        self._rows, self._all_rows = {}, {}
        self._read_counts()
        self.endResetModel()

    def _read_counts(self) -> None:
        self._stale = set()
        project = self.session.project
        if project is None:
            self._counts, self._unattributed, self._reviewed = {}, {}, {}
            return
        self._claim_labels = project.labels.names_of_kind("claim")
        self._counts = project.documents.counts()
        self._unattributed = project.documents.unattributed_claims()
        self._reviewed = review_progress(project)

    def _recount(self) -> None:
        """Count again the documents edited since the last count (all after a label change):
        after an edit the list reads one document, however large the project."""
        stale, self._stale = self._stale, set()
        project = self.session.project
        if stale is None or project is None:
            self._read_counts()
            if self._docs:
                last = len(self._docs) - 1
                self.dataChanged.emit(self.index(0, COUNTS), self.index(last, REVIEWED))
            return
        self._counts.update(project.documents.counts(stale))
        unattributed = project.documents.unattributed_claims(stale)
        for doc_id in stale:
            self._unattributed[doc_id] = unattributed.get(doc_id, 0)
        self._reviewed.update(review_progress(project, stale))
        for doc_id in stale:
            row = self.row_of(doc_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, COUNTS), self.index(row, REVIEWED))

    def _on_changes(self, changes: list[Change]) -> None:
        project = self.session.project
        if project is None:
            return
        edited: set[int] = set()  # each document once, however many rows a report names
        recount = False
        for change in changes:
            if change.table == "documents" and change.op == "add":
                added = project.documents.many(change.ids)
                if self._shown is not None:  # filtered: the filter decides whether to show
                    self._all.extend(added)
                    continue
                self.beginInsertRows(
                    QModelIndex(), len(self._docs), len(self._docs) + len(added) - 1
                )
                self._all.extend(added)
                self.endInsertRows()
            elif change.table == "documents" and change.op == "update":
                for doc in project.documents.many(change.ids):
                    row = self._replace(doc)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))
            elif change.table in ("annotations", "links", "labels"):
                recount = True
                if change.table == "labels" or change.document_id is None:
                    self._stale = None
                else:
                    edited.add(change.document_id)
        for doc_id in edited:
            self._refresh_status(doc_id)
        if self._stale is not None:
            self._stale |= edited
        if recount:
            self._timer.start()

    def _refresh_status(self, doc_id: int) -> None:
        """Adding the first annotation makes a document 'in progress' without a report."""
        row = self.row_of(doc_id)
        if row is not None and self._docs[row].status == "new":
            assert self.session.project is not None
            self._replace(self.session.project.documents.get(doc_id))
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, STATUS))
