"""The documents list's filter: words (title, metadata and text, Arabic-normalised) and a
choice of which documents to show (by status, not annotated yet, analysts disagreeing on a
document field).

Rows are hidden in the view, as the annotations table's filter does, rather than filtered
through a proxy model: rows keep their numbers for the rest of the window, and only the
rows whose state changes are touched. The words are matched by core (`DocumentSearch`),
which folds each document once and keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTableView, QWidget

from annotator.gui.tables.document_model import DocumentListModel
from annotator.store.document_search import DocumentSearch, annotated_ids
from annotator.store.project import Change

TYPING_DELAY_MS = 150
SHOW = ("all", "new", "in_progress", "done", "unannotated", "disagree")


class DocumentFilter(QObject):
    def __init__(self, view: QTableView, model: DocumentListModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self.session = model.session
        self.bar = QWidget()
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Filter: words in title, metadata or text"))
        self.words.setClearButtonEnabled(True)
        self.show = QComboBox()
        names = {
            "all": self.tr("All"),
            "new": self.tr("New"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "unannotated": self.tr("No annotations yet"),
            "disagree": self.tr("Analysts disagree on a field"),
        }
        for key in SHOW:
            self.show.addItem(names[key], key)
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words, 3)
        layout.addWidget(self.show, 2)
        self.search: DocumentSearch | None = None
        self._hidden = False
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.words.textChanged.connect(lambda _t: self._timer.start())
        self.show.currentIndexChanged.connect(lambda _i: self.apply())
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_inserted)
        self.session.changed.connect(self._on_changes)

    @property
    def active(self) -> bool:
        return bool(self.words.text().strip()) or self.show.currentData() != "all"

    def set_filter(self, words: str, show: str = "all") -> None:
        """Filter at once (tests, benchmarks): as if typed and chosen."""
        self.words.blockSignals(True)
        self.words.setText(words)
        self.words.blockSignals(False)
        self.show.blockSignals(True)
        self.show.setCurrentIndex(max(0, self.show.findData(show)))
        self.show.blockSignals(False)
        self.apply()

    def _wanted(self) -> set[int] | None:
        """The ids to show, or None for every document."""
        project = self.session.project
        if project is None or not self.active:
            return None
        if self.search is None or self.search.project is not project:
            self.search = DocumentSearch(project)
        ids = self.search.matching(self.words.text())
        show = self.show.currentData()
        if show in ("new", "in_progress", "done"):
            ids &= {d.id for d in self.model.documents() if d.status == show}
        elif show == "unannotated":
            ids -= annotated_ids(project)
        elif show == "disagree":
            ids &= project.document_fields.disagreeing_documents()
        return ids

    def apply(self) -> None:
        """Hide or show each row as the filter says (touching only those that change)."""
        wanted = self._wanted()
        if wanted is None and not self._hidden:
            return
        view = self.view
        for row, doc in enumerate(self.model.documents()):
            hide = wanted is not None and doc.id not in wanted
            if view.isRowHidden(row) != hide:
                view.setRowHidden(row, hide)
        self._hidden = wanted is not None

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.view.isRowHidden(r)]

    def _on_reset(self) -> None:
        self.search = None
        self._hidden = False  # a reset shows every row again
        if self.active:
            self.apply()

    def _on_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self.active:
            self.apply()

    def _on_changes(self, changes: list[Change]) -> None:
        if self.search is not None:
            self.search.follow(changes)
        if self.active and any(
            c.table in ("documents", "annotations", "document_fields") for c in changes
        ):
            self.apply()
