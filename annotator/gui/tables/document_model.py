"""The documents list: title, annotation counts, claims still without a speaker, status
(new / in progress / done) and review progress.

Lazy, so a corpus of 10,000 posts opens as fast as one article: opening reads only the
documents' ids; a row's title and status are read with the page of rows around it
(`PAGE_ROWS`) when the view first asks for it, which is only for the rows on screen, and
its counts on the next event-loop turn (the cells stay blank until then), so the window
paints the document and the list before any annotation is counted. After
an edit, the edited documents are counted again once the burst of edits is over (a short
timer), never inside the edit itself and never the whole list. A filter narrows the rows
(`set_shown`) with one reset.
"""

from __future__ import annotations

from collections.abc import Collection
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

from annotator.gui.i18n import QT_TRANSLATE_NOOP, number, shown_name, translate
from annotator.gui.session import Session
from annotator.store.project import Change
from annotator.store.records import Document
from annotator.team.review import review_progress

COLUMNS = (
    QT_TRANSLATE_NOOP("DocumentListModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentListModel", "Annotations"),
    QT_TRANSLATE_NOOP("DocumentListModel", "No speaker"),
    QT_TRANSLATE_NOOP("DocumentListModel", "Status"),
    QT_TRANSLATE_NOOP("DocumentListModel", "Reviewed"),
)
TITLE, COUNTS, UNATTRIBUTED, STATUS, REVIEWED = range(5)
STATUS_TEXT = {"new": "new", "in_progress": "in progress", "done": "done"}
COUNT_DELAY_MS = 250
WARNING = "#b35c00"  # claims left to attribute

Index = QModelIndex | QPersistentModelIndex


PAGE_ROWS = 200  # rows read at once when the view asks for one that was not read yet


class DocumentListModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._all_ids: list[int] = []  # every document, in list order
        self._ids: list[int] = self._all_ids  # the rows shown: all, or the filter's
        self._shown: set[int] | None = None  # the filter's documents (None: no filter)
        self._rows: dict[int, int] = {}  # document id -> row, rebuilt when rows change
        self._docs: dict[int, Document] = {}  # documents read so far (without their text)
        self._counted: set[int] = set()  # documents whose counts below are read
        self._counts: dict[int, dict[str, int]] = {}
        self._unattributed: dict[int, int] = {}
        self._claim_labels: set[str] = set()
        self._reviewed: dict[int, tuple[int, int]] = {}  # review.review_progress
        self._stale: set[int] | None = set()  # documents to count again; None: all
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self._recount)
        self._wanted: set[int] = set()  # documents the view showed before they were counted
        session.projectChanged.connect(self.reload)
        session.changed.connect(self._on_changes)
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == UNATTRIBUTED:
            return self.tr("Claims that have no speaker linked yet")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        doc = self.document_at(index.row())
        if doc is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return doc.title
            if col == STATUS:
                return shown_name(STATUS_TEXT.get(doc.status, doc.status))
            if col in (COUNTS, UNATTRIBUTED, REVIEWED) and not self._counted_soon(doc.id):
                return ""  # counted on the next turn
            if col == COUNTS:
                return self.count_text(doc.id)
            if col == UNATTRIBUTED:
                return self.unattributed_text(doc.id)
            if col == REVIEWED:
                done, total = self._reviewed.get(doc.id, (0, 0))
                return f"{number(done)}/{number(total)}" if total else "—"
        elif role == Qt.ItemDataRole.ToolTipRole and col in (TITLE, COUNTS):
            left = self._unattributed.get(doc.id, 0) if self._counted_soon(doc.id) else 0
            extra = "\n" + self.tr("%Ln claims without a speaker", "", left) if left else ""
            return f"{doc.title}\n{doc.source}{extra}"
        elif role == Qt.ItemDataRole.ForegroundRole and col == UNATTRIBUTED:
            if not self._counted_soon(doc.id):
                return None
            return QColor(WARNING) if self._unattributed.get(doc.id) else None
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == UNATTRIBUTED:
            return Qt.AlignmentFlag.AlignCenter
        elif role == Qt.ItemDataRole.UserRole:
            return doc.id
        return None

    def count_text(self, doc_id: int) -> str:
        self._ensure_counted(doc_id)
        counts = self._counts.get(doc_id, {})
        if not counts:
            return "—"
        return translate("AttributeForm", ", ").join(
            f"{number(n)} {shown_name(label)}" for label, n in sorted(counts.items())
        )

    def unattributed_text(self, doc_id: int) -> str:
        """Claims left without a speaker; "—" when the document has no claim at all."""
        self._ensure_counted(doc_id)
        left = self._unattributed.get(doc_id, 0)
        if left:
            return number(left)
        counts = self._counts.get(doc_id, {})
        return number(0) if any(counts.get(name) for name in self._claim_labels) else "—"

    def document_at(self, row: int) -> Document | None:
        if not 0 <= row < len(self._ids):
            return None
        doc_id = self._ids[row]
        if doc_id not in self._docs:
            self._read_page(row)
        return self._docs.get(doc_id)

    def row_of(self, doc_id: int) -> int | None:
        if len(self._rows) != len(self._ids):  # rows were added, filtered or reloaded
            self._rows = {d: i for i, d in enumerate(self._ids)}
        return self._rows.get(doc_id)

    def all_ids(self) -> list[int]:
        """Every document in list order, shown or filtered out; do not change it."""
        return self._all_ids

    def set_shown(self, ids: set[int] | None) -> None:
        """Show only these documents (None: all), in list order. One model reset: the view
        lays out only what is on screen, so narrowing 10,000 rows costs what a page does."""
        if ids is None and self._shown is None:
            return
        self.beginResetModel()
        self._shown = ids
        self._ids = self._all_ids if ids is None else [d for d in self._all_ids if d in ids]
        self._rows = {}
        self.endResetModel()

    # -- reading pages ------------------------------------------------------------------

    def _page(self, row: int) -> list[int]:
        start = row - row % PAGE_ROWS
        return self._ids[start : start + PAGE_ROWS]

    def _read_page(self, row: int) -> None:
        """Read the documents of the page holding `row` (titles, statuses; no texts)."""
        project = self.session.project
        if project is None:
            return
        wanted = [d for d in self._page(row) if d not in self._docs]
        self._docs.update((d.id, d) for d in project.documents.many(wanted))

    def _counted_soon(self, doc_id: int) -> bool:
        """True when `doc_id` is counted; else ask for it (and its page) to be counted on
        the next event-loop turn, when its cells are told to show the counts."""
        if doc_id in self._counted:
            return True
        if not self._wanted:
            self.session.after_paint(self._count_wanted)
        self._wanted.add(doc_id)
        return False

    def _count_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        rows = [r for r in map(self.row_of, wanted - self._counted) if r is not None]
        if not rows or self.session.project is None:
            return
        ids: set[int] = set()
        for row in rows:  # the pages of the rows shown, as reading their titles does
            ids.update(self._page(row))
        self._count(ids - self._counted)
        self.dataChanged.emit(self.index(min(rows), COUNTS), self.index(max(rows), REVIEWED))

    def _ensure_counted(self, doc_id: int) -> None:
        if doc_id in self._counted:
            return
        row = self.row_of(doc_id)
        self._count(self._page(row) if row is not None else [doc_id])

    def _count(self, doc_ids: Collection[int]) -> None:
        """Read the counts of these documents (one grouped query of each kind)."""
        project = self.session.project
        if project is None or not doc_ids:
            return
        self._counts.update(project.documents.counts(doc_ids))
        unattributed = project.documents.unattributed_claims(doc_ids)
        for doc_id in doc_ids:
            self._unattributed[doc_id] = unattributed.get(doc_id, 0)
        self._reviewed.update(review_progress(project, doc_ids))
        self._counted.update(doc_ids)

    # -- following the session ------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        project = self.session.project
        self._all_ids = project.documents.ids() if project is not None else []
        self._ids, self._shown, self._rows, self._docs = self._all_ids, None, {}, {}
        self._forget_counts()
        self.endResetModel()

    def _forget_counts(self) -> None:
        self._stale = set()
        self._wanted = set()
        self._counted = set()
        self._counts, self._unattributed, self._reviewed = {}, {}, {}
        project = self.session.project
        self._claim_labels = project.labels.names_of_kind("claim") if project else set()

    def catch_up(self) -> None:
        """Count again now what edits left stale, instead of after the burst (tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._recount()

    def _recount(self) -> None:
        """Count again the documents edited since the last count (all after a label change):
        after an edit the list reads one document, however large the project."""
        stale, self._stale = self._stale, set()
        if stale is None or self.session.project is None:
            self._forget_counts()  # read again as the view asks for the rows on screen
            if self._ids:
                last = len(self._ids) - 1
                self.dataChanged.emit(self.index(0, COUNTS), self.index(last, REVIEWED))
            return
        self._count({d for d in stale if d in self._counted})
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
                added = [i for i in change.ids if i not in self._docs]
                if self._shown is not None:  # filtered: the filter decides whether to show
                    self._all_ids.extend(added)
                    continue
                self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(added) - 1)
                self._all_ids.extend(added)
                self.endInsertRows()
            elif change.table == "documents" and change.op == "update":
                for doc_id in change.ids:
                    self._docs.pop(doc_id, None)  # read again when shown
                    row = self.row_of(doc_id)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))
            elif change.table in ("annotations", "links", "labels"):
                recount = True
                if change.table == "labels" or change.document_id is None:
                    self._stale = None
                else:
                    edited.add(change.document_id)
        if self._stale is not None:
            self._stale |= edited
        if recount:
            self._timer.start()
