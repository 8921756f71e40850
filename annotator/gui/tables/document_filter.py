"""The documents list's filter: words (title, metadata and text, Arabic-normalised) and a
choice of which documents to show (by status, not annotated yet, analysts disagreeing on a
document field, or an answer to a document field such as "check_worthy = yes").

The model itself narrows its rows (`DocumentListModel.set_shown`, one reset) rather than a
proxy model or hidden rows: hiding 9,000 of 10,000 rows one by one costs the view far more
than a reset, and a proxy would sit between the list and every edit. The words are matched
by core (`DocumentSearch`), which folds each document once and keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTableView, QWidget

from annotator.gui.i18n import shown_name
from annotator.gui.tables.document_model import DocumentListModel
from annotator.store.document_search import DocumentSearch, annotated_ids, with_status
from annotator.store.project import Change

TYPING_DELAY_MS = 150
_SEP = "\x1f"  # between the parts of an answer choice's key (no name holds it)
_ANSWER = "answer" + _SEP


def _answer_key(field: str, value: str) -> str:
    return f"{_ANSWER}{field}{_SEP}{value}"


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
        self._fill_choices()
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words, 3)
        layout.addWidget(self.show, 2)
        self.search: DocumentSearch | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.words.textChanged.connect(lambda _t: self._timer.start())
        self.show.currentIndexChanged.connect(lambda _i: self.apply())
        self.session.projectChanged.connect(self._on_project)
        self.session.changed.connect(self._on_changes)

    def _fill_choices(self) -> None:
        """The fixed choices, then one per answer of each choice field of the schema."""
        names = {
            "all": self.tr("All"),
            "new": self.tr("New"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "unannotated": self.tr("No annotations yet"),
            "disagree": self.tr("Analysts disagree on a field"),
        }
        current = self.show.currentData()
        self.show.blockSignals(True)
        self.show.clear()
        for key in SHOW:
            self.show.addItem(names[key], key)
        project = self.session.project
        for f in project.document_fields.definitions() if project is not None else []:
            for choice in f.choices if f.type == "choice" else ():
                shown = f"{shown_name(f.name)} = {shown_name(choice)}"
                self.show.addItem(shown, _answer_key(f.name, choice))
        self.show.setCurrentIndex(max(0, self.show.findData(current)))
        self.show.blockSignals(False)

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

    def show_answer(self, field: str, value: str) -> None:
        """Show the documents answered `field = value` (tests; as chosen in the list)."""
        self.show.setCurrentIndex(self.show.findData(_answer_key(field, value)))

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
            ids &= with_status(project, show)
        elif show == "unannotated":
            ids -= annotated_ids(project)
        elif show == "disagree":
            ids &= project.document_fields.disagreeing_documents()
        elif isinstance(show, str) and show.startswith(_ANSWER):
            _kind, field, value = show.split(_SEP)
            ids &= project.document_fields.documents_answering(field, value)
        return ids

    def apply(self) -> None:
        """Show the documents the filter lets through, keeping the current one selected."""
        self.model.set_shown(self._wanted())
        doc_id = self.session.document_id
        row = self.model.row_of(doc_id) if doc_id is not None else None
        if row is not None and self.view.currentIndex().row() != row:
            self.view.selectRow(row)

    def shown_ids(self) -> list[int]:
        """The documents the list shows, in order."""
        return [
            d.id for d in (self.model.document_at(r) for r in range(self.model.rowCount())) if d
        ]

    def _on_project(self) -> None:
        """A new project starts unfiltered (its list has just been read afresh)."""
        self.search = None
        for widget in (self.words, self.show):
            widget.blockSignals(True)
        self.words.clear()
        self.show.setCurrentIndex(0)
        self._fill_choices()
        for widget in (self.words, self.show):
            widget.blockSignals(False)

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == "labels" for c in changes):
            self._fill_choices()
        if self.search is not None:
            self.search.follow(changes)
        if self.active and any(
            c.table in ("documents", "annotations", "document_fields") for c in changes
        ):
            self.apply()
