"""Ctrl+Shift+F: the Search panel, every hit in the project as keyword in context.

The search runs as the user types (once typing pauses) on a pool thread with its own
read-only connection (`worker.SearchJob`), so the window never waits for it; its hits arrive
by signal, the first screenful at once, and a new query cancels the search before it.
Hits are grouped by document (each with its count) and drawn aligned on the hit
(`kwic.KwicDelegate`). A filter keeps the hits inside a claim, inside a speaker mention, or
not yet marked. Enter or a click on a hit opens its document with the hit selected, so the
label keys mark it. **Mark all** marks the selected hits (or every listed hit) with one
label as one undoable step; for a speaker label the new mentions are grouped into one
speaker, chosen as for a single mention (`entity_for`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.gui.i18n import number, shown_name
from annotator.gui.search.kwic import HIT_ROLE, TITLE_ROLE, KwicDelegate
from annotator.gui.search.mark_all import MarkAll
from annotator.gui.search.options import OptionButtons
from annotator.gui.search.worker import Found, SearchJob, hit_span, run_search
from annotator.gui.session import Session
from annotator.gui.viewer.text_viewer import Viewer
from annotator.search.marking import to_mark
from annotator.search.project_search import ProjectHit
from annotator.search.query import compile_query

LIMIT = 2_000  # hits listed at most; the count says when there are more
TYPING_PAUSE_MS = 250  # search once typing pauses, not at every key of a word
DOC_ROLE = Qt.ItemDataRole.UserRole + 61
# Which speaker new mentions join: an entity id, "new" or None (leave them ungrouped).
EntityFor = Callable[[str, str], "int | str | None"]


class SearchPanel(QWidget):
    message = Signal(str)

    def __init__(
        self,
        session: Session,
        viewer: Viewer,
        show_error: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.viewer = viewer
        self.show_error = show_error
        self.entity_for: EntityFor = lambda label, text: None
        self.hits: list[ProjectHit] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a cancelled search may still finish a document
        self._number = 0  # the current search; deliveries of older ones are dropped
        self._jobs: dict[int, SearchJob] = {}  # running, kept alive until their last word
        self._groups: dict[int, QStandardItem] = {}  # document id -> its row in the list
        self.searching = False
        self.destroyed.connect(lambda _o=None, jobs=self._jobs: _cancel_all(jobs))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Search the project"))
        self.query.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.search)
        self.options = OptionButtons(self)
        self.options.changed.connect(self.search)
        self.where = QComboBox(self)
        for key, text in (
            ("all", self.tr("Anywhere")),
            ("claim", self.tr("Inside a claim")),
            ("speaker", self.tr("Inside a speaker mention")),
            ("unmarked", self.tr("Not yet marked")),
        ):
            self.where.addItem(text, key)
        self.where.currentIndexChanged.connect(lambda _i: self.search())
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegate(KwicDelegate(self.tree))
        self.tree.activated.connect(self.open_hit)
        self.tree.clicked.connect(self.open_hit)
        self.count = QLabel(self)
        self.label = QComboBox(self)
        self.mark_button = QPushButton(self.tr("Mark all"), self)
        self.mark_button.setToolTip(
            self.tr("Mark the selected hits, or every listed hit, with this label (one undo)")
        )
        self.mark_button.clicked.connect(lambda _c=False: self.mark_all())
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.options)
        top.addWidget(self.where)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.label)
        bottom.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        session.projectChanged.connect(self._on_project)
        session.changed.connect(self._on_changes)
        self._on_project()

    # -- following the session ----------------------------------------------------------

    def _on_project(self) -> None:
        self.label.clear()
        for lab in self.session.labels():
            self.label.addItem(shown_name(lab.name), lab.name)
        self._cancel()
        self._clear()
        self._finish()

    def _on_changes(self, changes: list) -> None:
        if any(c.table == "labels" for c in changes):
            current = self.label.currentData()
            self._on_project()
            found = self.label.findData(current)
            if found >= 0:
                self.label.setCurrentIndex(found)

    # -- searching ----------------------------------------------------------------------

    def open(self, text: str = "") -> None:
        if text:
            self.query.setText(text)
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def search(self) -> None:
        """Start searching the project for the query (cancelling any search before it);
        the hits are listed as they arrive (`_on_found`)."""
        self._timer.stop()
        self._cancel()
        project = self.session.project
        text = self.query.text()
        self._clear()
        if project is None or not text:
            self._finish()
            return
        try:
            query = compile_query(text, self.options.options())
        except AnnotatorError as exc:
            self._finish(error=str(exc))
            return
        where = str(self.where.currentData() or "all")
        self._number += 1
        number = self._number
        open_reader = project.reader()
        self.searching = True
        self.count.setText(self.tr("Searching…"))
        self.mark_button.setEnabled(False)
        if open_reader is None:  # an in-memory project: no second connection to it
            try:
                more = run_search(project, query, where, LIMIT, lambda hits: self._add(hits))
            except AnnotatorError as exc:
                self._on_found(Found(number, last=True, error=str(exc)))
                return
            self._on_found(Found(number, last=True, more=more))
            return
        job = SearchJob(number, open_reader, query, where, LIMIT)
        job.signals.found.connect(self._on_found)
        self._jobs[number] = job
        self.pool.start(job)

    def _cancel(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self.searching = False

    def _on_found(self, found: Found) -> None:
        if found.last:
            self._jobs.pop(found.number, None)
        if found.number != self._number:
            return  # a search the user has replaced
        self._add(found.hits)
        if found.last:
            self._finish(found.error, more=found.more)

    def _clear(self) -> None:
        self.hits = []
        self._groups = {}
        self.model.clear()

    def _add(self, hits: list[ProjectHit]) -> None:
        """List `hits` (in document order, after those listed), each under its document."""
        self.hits.extend(hits)
        touched: list[QStandardItem] = []
        for hit in hits:
            parent = self._groups.get(hit.document_id)
            if parent is None:
                parent = QStandardItem(hit.title)
                parent.setData(hit.document_id, DOC_ROLE)
                parent.setData(hit.title, TITLE_ROLE)
                self._groups[hit.document_id] = parent
                self.model.appendRow(parent)
            if not touched or touched[-1] is not parent:
                touched.append(parent)
            item = QStandardItem(hit.left + hit.text + hit.right)
            item.setData(hit, HIT_ROLE)
            item.setToolTip(hit.left + "[" + hit.text + "]" + hit.right)
            parent.appendRow(item)
        for parent in touched:
            title = str(parent.data(TITLE_ROLE))
            heading = self.tr("%1 (%2)").replace("%1", title)
            parent.setText(heading.replace("%2", number(parent.rowCount())))
            self.tree.expand(parent.index())

    def _finish(self, error: str = "", *, more: bool = False) -> None:
        """The search is over: say how many hits (or why there are none)."""
        self.searching = False
        hits, groups = self.hits, self._groups
        if error:
            self.count.setText(error)
        elif self.query.text() and self.session.project is not None:
            found = self.tr("%Ln hits", "", len(hits))  # plural forms: one, two, few, many
            where = self.tr("%Ln documents", "", len(groups))
            count = self.tr("the first %1, in %2") if more else self.tr("%1 in %2")
            self.count.setText(count.replace("%1", found).replace("%2", where))
        else:
            self.count.setText("")
        self.mark_button.setEnabled(bool(hits))

    # -- opening a hit ------------------------------------------------------------------

    def open_hit(self, index: QModelIndex) -> None:
        """Open the hit's document with the hit selected and in view."""
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, ProjectHit) or self.session.project is None:
            return
        self.session.show_document(hit.document_id)
        if self.session.document_id != hit.document_id:
            return
        self.viewer.select_range(hit.start, hit.end)
        self.viewer.exact_range = (hit.start, hit.end)
        self.viewer.centerCursor()

    # -- Mark all -----------------------------------------------------------------------

    def chosen_hits(self) -> list[ProjectHit]:
        """The hits selected (a document row stands for its hits), else every listed hit."""
        chosen: dict[tuple[int, int, int], ProjectHit] = {}
        for index in self.tree.selectionModel().selectedIndexes():
            hit = index.data(HIT_ROLE)
            if isinstance(hit, ProjectHit):
                chosen[hit_span(hit)] = hit
            elif index.data(DOC_ROLE) is not None:
                for row in range(self.model.rowCount(index)):
                    child = self.model.index(row, 0, index).data(HIT_ROLE)
                    chosen[hit_span(child)] = child
        if not chosen:
            return list(self.hits)
        return sorted(chosen.values(), key=lambda h: (h.document_id, h.start))

    def mark_all(self, label: str | None = None) -> MarkAll | None:
        """Mark the chosen hits with `label` (the panel's label by default), one undo step."""
        label = label or str(self.label.currentData() or "")
        hits = self.chosen_hits()
        found = self.session.label(label)
        project = self.session.project
        if not hits or found is None or project is None:
            return None
        if not to_mark(project, [hit_span(h) for h in hits], label):
            text = self.tr("All %1 hits are marked as %2 already.")
            self.message.emit(
                text.replace("%1", number(len(hits))).replace("%2", shown_name(label))
            )
            return None
        entity_id: int | None = None
        new_entity: str | None = None
        if project.labels.kind_of(label) == "speaker":
            choice = self.entity_for(label, hits[0].text)
            if choice == "new":
                new_entity = hits[0].text
            elif isinstance(choice, int):
                entity_id = choice
        command = MarkAll(
            [hit_span(h) for h in hits],
            label,
            entity_id=entity_id,
            new_entity=new_entity,
        )
        if not self.session.run(command):  # kept on the stack only when it marked something
            return None
        marked = command.marked
        assert marked is not None
        text = self.tr("Marked %1 hits as %2; %3 were marked already.")
        self.message.emit(
            text.replace("%1", number(len(marked.added)))
            .replace("%2", shown_name(label))
            .replace("%3", number(marked.skipped))
        )
        self.search()
        return command


def _cancel_all(jobs: dict[int, SearchJob]) -> None:
    for job in jobs.values():
        job.cancel()
