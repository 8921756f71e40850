"""The main window: composes the viewer, the docks and the menus around one Session.

It holds no annotation logic itself: `Annotating` does the edits, `Attributing` links
claims to speakers (speakers and attributes docks), `Reviewing` the review, `ProjectActions`
the file work, the models adapt data, the viewer draws. What is left here is wiring and
keeping the table, the viewer and the documents list pointing at the same current items.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import settings
from annotator.gui.attribution.controller import Attributing
from annotator.gui.commands.document_commands import SetDocumentStatus
from annotator.gui.documents.document_panel import DocumentPanel
from annotator.gui.documents.walking import DocumentWalker
from annotator.gui.files.project_actions import ProjectActions
from annotator.gui.files.saving import Checkpointer, ReadOnlyBar
from annotator.gui.i18n import QT_TRANSLATE_NOOP, number, shown_name
from annotator.gui.review.controller import Reviewing
from annotator.gui.search.searching import Searching
from annotator.gui.session import NO_DOCUMENT, Session
from annotator.gui.suggestions.controller import Suggesting
from annotator.gui.tables.annotation_filter import UnattributedFilter
from annotator.gui.tables.annotation_model import (
    ANALYST,
    LABEL,
    SPEAKER,
    TEXT,
    AnnotationTableModel,
)
from annotator.gui.tables.document_filter import DocumentFilter
from annotator.gui.tables.document_model import (
    COUNTS,
    STATUS,
    TITLE,
    UNATTRIBUTED,
    DocumentListModel,
)
from annotator.gui.tables.item_text import AutoDirectionDelegate
from annotator.gui.viewer.annotating import Annotating
from annotator.gui.viewer.text_viewer import Viewer
from annotator.gui.window import keymap
from annotator.gui.window import messages as dialogs
from annotator.gui.window.icons import label_icon
from annotator.gui.window.keys import keyboard_twins
from annotator.gui.window.menus import build_menus
from annotator.gui.window.scrollbars import flatten_scroll_bars
from annotator.store.records import DOCUMENT_STATUSES

DEFAULT_SIZE = QSize(1440, 900)
TITLE_BAR = 36  # what a window manager's frame usually adds above the window
LEFT_SHARE, RIGHT_SHARE = 0.22, 0.25  # of the window's width, for the side columns
LAYOUT_VERSION = 2  # saved dock layouts of another version are ignored (new default)


def header_width(header: QHeaderView, column: int) -> int:
    """Room for a column's header text, its sort arrow and the style's margins."""
    model = header.model()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) if model else "")
    return header.fontMetrics().horizontalAdvance(text) + 2 * header.fontMetrics().height()


def screen_area(widget: QWidget) -> QRect:
    """The free area of the widget's screen (without panels and docks of the desktop)."""
    return widget.screen().availableGeometry()


def initial_size(available: QRect) -> QSize:
    """The window's first size: the default, shrunk to fit the screen's free area with its
    title bar (a 1366×768 laptop gets 1366×732 minus its panel, status bar on screen)."""
    return DEFAULT_SIZE.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))


class MainWindow(QMainWindow):
    # Driven from Python (annotator.gui.driving): error messages are kept here, not shown.
    collected_errors: list[str] | None = None

    def __init__(self, session: Session, family: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.resize(initial_size(screen_area(self)))
        # Every refusal of a command (run, undo or redo) arrives here, as one sentence.
        session.refused.connect(self._refused)  # a bound method: no cycle through the signal

        self.viewer = Viewer(session, family)
        self.viewer.setAcceptDrops(False)
        self.setCentralWidget(self.viewer)
        self.checkpointer = Checkpointer(session, self)
        self.annotation_model = AnnotationTableModel(session, self)
        self.document_model = DocumentListModel(session, self)
        self.documents_view = self._table(self.document_model)
        self.annotations_view = self._table(self.annotation_model)
        self.annotation_filter = UnattributedFilter(self.annotations_view, self.annotation_model)
        self._size_columns()
        self.unattributed_box = QCheckBox(self.tr("Only claims without a speaker"))
        self.unattributed_box.setToolTip(
            self.tr("Show only the claims that have no speaker linked yet")
        )
        self.attributing = Attributing(session, self.viewer, self)
        self.document_filter = DocumentFilter(self.documents_view, self.document_model)
        self.document_panel = DocumentPanel(session)
        self.docks = {
            "documents": self._dock(
                QT_TRANSLATE_NOOP("MainWindow", "Documents"),
                _stacked(self.document_filter.bar, self.documents_view),
                Qt.DockWidgetArea.LeftDockWidgetArea,
            ),
            "annotations": self._dock(
                QT_TRANSLATE_NOOP("MainWindow", "Annotations"),
                _stacked(self.unattributed_box, self.annotations_view),
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
            "attributes": self._dock(
                QT_TRANSLATE_NOOP("MainWindow", "Attributes"),
                self.attributing.form,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
            "speakers": self._dock(
                QT_TRANSLATE_NOOP("MainWindow", "Speakers"),
                self.attributing.panel,
                Qt.DockWidgetArea.LeftDockWidgetArea,
            ),
            "document": self._dock(
                QT_TRANSLATE_NOOP("MainWindow", "Document"),
                self.document_panel,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
        }
        # The document's fields and metadata share the right column's lower part with the
        # annotation's attributes, as tabs.
        self.tabifyDockWidget(self.docks["attributes"], self.docks["document"])
        self.docks["attributes"].raise_()
        self.addActions(self.document_panel.key_actions)

        self.annotating = Annotating(session, self.viewer, self.annotation_model, self)
        self.annotating.entity_for = self.attributing.entity_for
        self.files = ProjectActions(session, self, self.show_error)
        self.reviewing = Reviewing(
            session, self.viewer, self.annotating.snapped_selection, self.show_error, self
        )
        self.reviewing.message.connect(self.show_message)
        self.docks["review"] = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Review"),
            self.reviewing.panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        # Speakers and Review share the left column's lower part as tabs (annotating needs
        # the one, adjudicating the other); review mode brings its tab to the front.
        self.tabifyDockWidget(self.docks["speakers"], self.docks["review"])
        self.docks["speakers"].raise_()
        self.reviewing.panel.fieldPicked.connect(self.document_panel.open_field)
        self.reviewing.actions["mode"].toggled.connect(
            lambda on: self.docks["review" if on else "speakers"].raise_()
        )
        # Who marked what matters when adjudicating; while annotating, the text needs the room.
        self.annotations_view.setColumnHidden(ANALYST, True)
        self.reviewing.actions["mode"].toggled.connect(
            lambda on: self.annotations_view.setColumnHidden(ANALYST, not on)
        )
        self.reviewing.actions["mode"].toggled.connect(self._leave_link_mode_to_review)
        self._layout_restored = False
        self.label_actions: list[QAction] = []
        self.relabel_menu = QMenu(self.tr("Change &Label To"), self)
        self.searching = Searching(self)
        self.suggesting = Suggesting(session, self.viewer, self.show_error, self)
        self.suggesting.message.connect(self.show_message)
        self.reviewing.actions["mode"].toggled.connect(self.suggesting.set_paused)
        self.docks["search"] = self.searching.dock
        self.actions_by_name = build_menus(self)
        self.walker = DocumentWalker(session, self.documents_view, self.document_model, self)
        self.menuBar().insertMenu(self.reviewing.menu.menuAction(), self.walker.menu)
        self.searching.add_to(self.actions_by_name["edit-menu"])  # type: ignore[arg-type]
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.read_only_bar = ReadOnlyBar(session, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.read_only_bar)

        self.analyst_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.analyst_label)

        flatten_scroll_bars(self)
        self._syncing = False
        self._connect()
        self._on_project()
        self._on_analyst(session.analyst)
        self.restore_layout()

    # -- construction helpers -----------------------------------------------------------

    def _table(self, model: object) -> QTableView:
        view = QTableView()
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        return view

    def _size_columns(self) -> None:
        """Columns as wide as their header and their values (never "No spea…"), the text
        column taking what is left; Arabic cells in their own direction."""
        em = self.fontMetrics().horizontalAdvance("M")
        header = self.annotations_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SPEAKER, 8 * em), (ANALYST, 5 * em)):
            header.resizeSection(column, max(width, header_width(header, column)))
        self._auto_direction(self.annotations_view, TEXT, SPEAKER, ANALYST)
        self._auto_direction(self.documents_view, TITLE)
        docs_header = self.documents_view.horizontalHeader()
        docs_header.setStretchLastSection(True)
        docs_header.resizeSection(TITLE, 12 * em)
        docs_header.setResizeContentsPrecision(0)  # the rows on screen, not thousands
        self.document_model.modelReset.connect(self._fit_document_columns)
        self.document_model.dataChanged.connect(lambda *_a: self._fit_document_columns())

    def _fit_document_columns(self) -> None:
        """Widen the counts and status columns to their header and the values on screen
        (never "2 claim, 2 s…"); measured when the values change, not at every repaint as
        ResizeToContents would, and never narrower than the user made them."""
        view = self.documents_view
        header = view.horizontalHeader()
        for column in (COUNTS, UNATTRIBUTED, STATUS):
            wanted = max(header_width(header, column), view.sizeHintForColumn(column))
            if wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)

    def _size_label_column(self) -> None:
        """The Label column as wide as the longest label name with its colour swatch."""
        view = self.annotations_view
        metrics = view.fontMetrics()
        names = [shown_name(lab.name) for lab in self.session.labels()] or [shown_name("claim")]
        swatch = view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize)
        widest = max(metrics.horizontalAdvance(name) for name in names) + swatch + 3 * 8
        header = view.horizontalHeader()
        header.resizeSection(LABEL, max(widest, header_width(header, LABEL)))

    def _size_docks(self) -> None:
        """The default layout: the text gets about half the width or more, the side columns
        share the rest (a saved layout replaces it in `restore_layout`)."""
        width, height = self.width(), self.height()
        side = [round(width * LEFT_SHARE), round(width * RIGHT_SHARE)]
        docks = self.docks
        self.resizeDocks(
            [docks["documents"], docks["annotations"]], side, Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [docks["documents"], docks["speakers"]],
            [round(height * 0.22), round(height * 0.78)],
            Qt.Orientation.Vertical,
        )
        self.resizeDocks(
            [docks["annotations"], docks["attributes"]],
            [round(height * 0.5), round(height * 0.5)],
            Qt.Orientation.Vertical,
        )

    def _auto_direction(self, view: QTableView, *columns: int) -> None:
        """Lay these columns' cells out in their own text's direction (Arabic right to left,
        elided on the left). Only text columns: the delegate runs Python for every cell."""
        delegate = AutoDirectionDelegate(view)
        for column in columns:
            view.setItemDelegateForColumn(column, delegate)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self.tr(title), self)  # title: the English source, named once
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(_visual_area(area, self.isRightToLeft()), dock)
        return dock

    def _layout_version(self) -> int:
        """The saved-layout version for this direction: a layout saved in English (documents
        on the left) is not restored into the mirrored Arabic window, nor the reverse."""
        return LAYOUT_VERSION * 2 + (1 if self.isRightToLeft() else 0)

    def _connect(self) -> None:
        s = self.session
        s.projectChanged.connect(self._on_project)
        s.documentChanged.connect(self._on_document)
        s.currentAnnotationChanged.connect(self._on_current)
        s.changed.connect(self._on_changes)
        s.analystChanged.connect(self._on_analyst)
        self.annotating.message.connect(self.show_message)
        self.attributing.message.connect(self.show_message)
        self.unattributed_box.toggled.connect(self._filter_unattributed)
        self.annotation_model.modelReset.connect(self._count_unattributed)
        self.annotation_model.rowsInserted.connect(self._count_unattributed)
        self.annotation_model.rowsRemoved.connect(self._count_unattributed)
        self.annotation_model.attributionsChanged.connect(self._count_unattributed)
        self.files.message.connect(self.show_message)
        self.annotations_view.selectionModel().currentRowChanged.connect(self._on_row)
        self.documents_view.selectionModel().currentRowChanged.connect(self._on_document_row)
        self.documents_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.documents_view.customContextMenuRequested.connect(self._document_menu)
        self.viewer.customContextMenuRequested.connect(self._viewer_menu)

    # -- messages -------------------------------------------------------------------------

    def _refused(self, message: str) -> None:
        self.show_error(message)  # looked up at each call: tests replace `show_error`

    def show_error(self, message: str) -> None:
        if self.collected_errors is not None:
            self.collected_errors.append(message)
            return
        dialogs.show_error(self, message)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- following the session ----------------------------------------------------------

    def _on_project(self) -> None:
        project = self.session.project
        name = Path(project.path).name if project is not None and project.path else None
        self.setWindowTitle(f"{name or self.tr('no project')} — Annotator")
        self.rebuild_label_actions()

    def rebuild_label_actions(self) -> None:
        """One action per label of the schema (its key, its colour), in the Annotate menu,
        the labels toolbar and the Change Label menu; then the attribution actions."""
        for act in self.label_actions:
            self.removeAction(act)
        self.label_actions = []
        self.relabel_menu.clear()
        menu, toolbar = self.actions_by_name["annotate-menu"], self.actions_by_name["label-toolbar"]
        menu.clear()  # type: ignore[attr-defined]
        toolbar.clear()  # type: ignore[attr-defined]
        taken = self.attributing.reserved_keys()
        keys = {lab.shortcut.upper() for lab in self.session.labels() if lab.shortcut}
        for label in self.session.labels():
            key = label.shortcut if label.shortcut.upper() not in taken else ""
            shown = shown_name(label.name)
            act = keymap.mark_label_action(
                QAction(
                    label_icon(label.color, key), self.tr("Mark as %1").replace("%1", shown), self
                )
            )
            if key:
                act.setShortcuts(keyboard_twins(key, taken | keys - {key.upper()}))
                tip = self.tr("Mark the selection as %1 (%2)").replace("%2", key)
                act.setToolTip(tip.replace("%1", shown))
            else:
                act.setToolTip(self.tr("Mark the selection as %1").replace("%1", shown))
            if label.shortcut and not key:
                self.show_message(
                    self.tr("Key %1 of label %2 is the window's own.")
                    .replace("%1", label.shortcut)
                    .replace("%2", shown)
                )
            act.triggered.connect(lambda _c=False, n=label.name: self.annotating.label_selection(n))
            self.addAction(act)
            menu.addAction(act)  # type: ignore[attr-defined]
            toolbar.addAction(act)  # type: ignore[attr-defined]
            self.label_actions.append(act)
            re = self.relabel_menu.addAction(label_icon(label.color, ""), shown)
            re.triggered.connect(lambda _c=False, n=label.name: self.annotating.relabel_current(n))
        self._size_label_column()
        menu.addSeparator()  # type: ignore[attr-defined]
        menu.addActions(self.attributing.menu_actions)  # type: ignore[attr-defined]
        toolbar.addSeparator()  # type: ignore[attr-defined]
        toolbar.addAction(self.attributing.actions["link-mode"])  # type: ignore[attr-defined]

    def _leave_link_mode_to_review(self, reviewing: bool) -> None:
        """A click in the text decides or links, not both."""
        if reviewing:
            self.attributing.actions["link-mode"].setChecked(False)

    def _on_document(self, doc_id: int) -> None:
        row = self.document_model.row_of(doc_id) if doc_id != NO_DOCUMENT else None
        with self._sync():
            if row is None:
                self.documents_view.clearSelection()
            else:
                self.documents_view.selectRow(row)

    def _on_current(self, ann_id: int | None) -> None:
        view = self.annotations_view
        with self._sync():
            row = self.annotation_model.row_of(ann_id) if ann_id is not None else None
            if row is None:
                view.selectionModel().clearSelection()
            else:
                index = self.annotation_model.index(row, TEXT)
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(index)
        if ann_id is not None:
            self.viewer.reveal(ann_id)

    def _on_changes(self, changes: list) -> None:
        clock = QLocale().toString(QTime.currentTime(), "HH:mm:ss")
        self.saved_label.setText(self.tr("✓ saved %1").replace("%1", clock))
        if any(c.table == "labels" for c in changes):
            self.rebuild_label_actions()
            self._count_unattributed()

    def _count_unattributed(self) -> None:
        count = self.annotation_model.unattributed_count()
        shown = "" if count is None else f" ({number(count)})"  # None: not read yet, in a moment
        self.unattributed_box.setText(self.tr("Only claims without a speaker") + shown)

    def _filter_unattributed(self, on: bool) -> None:
        self.annotation_filter.set_on(on)
        self._on_current(self.session.annotation_id)

    def _on_analyst(self, name: str) -> None:
        self.analyst_label.setText(
            self.tr("Analyst: %1").replace("%1", name or self.tr("(not set)"))
        )

    # -- following the views ------------------------------------------------------------

    @contextmanager
    def _sync(self) -> Iterator[None]:
        """Mark the window as syncing views, so selection slots do not echo back."""
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        ann = self.annotation_model.annotation_at(current.row())
        self.session.set_current(ann.id if ann else None)

    def _on_document_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        doc = self.document_model.document_at(current.row())
        if doc is not None:
            self.session.set_document(doc.id)

    def _viewer_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for act in self.label_actions:
            menu.addAction(act)
        menu.addSeparator()
        self.relabel_menu.setEnabled(self.session.current() is not None)
        menu.addMenu(self.relabel_menu)
        menu.addSeparator()
        menu.addActions(self.attributing.menu_actions[:3])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["delete"])  # type: ignore[call-overload]
        menu.popup(self.viewer.viewport().mapToGlobal(pos))

    def _document_menu(self, pos: QPoint) -> None:
        doc = self.document_model.document_at(self.documents_view.indexAt(pos).row())
        if doc is None:
            return
        menu = QMenu(self)
        for status in DOCUMENT_STATUSES:
            act = menu.addAction(self.tr("Mark %1").replace("%1", shown_name(status)))
            act.setEnabled(status != doc.status)
            act.triggered.connect(
                lambda _c=False, st=status: self.session.run(
                    SetDocumentStatus(doc.id, doc.status, st)
                )
            )
        menu.popup(self.documents_view.viewport().mapToGlobal(pos))

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.import_paths(paths)

    # -- layout that persists -----------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = settings.GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self._layout_restored = self.restoreState(state, self._layout_version())
        header = settings.TABLE_HEADER.get()
        if not header.isEmpty():
            self.annotations_view.horizontalHeader().restoreState(header)
        self.viewer.set_zoom(settings.ZOOM.get())
        self.annotating.snap_words = settings.SNAP_TO_WORDS.get()
        snap = self.actions_by_name["snap"]
        snap.setChecked(self.annotating.snap_words)  # type: ignore[attr-defined]

    def save_layout(self) -> None:
        settings.GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState(self._layout_version()))
        settings.TABLE_HEADER.set(self.annotations_view.horizontalHeader().saveState())
        settings.ZOOM.set(self.viewer.zoom)
        settings.SNAP_TO_WORDS.set(self.annotating.snap_words)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._layout_restored:  # first show without a saved layout: the default
            self._layout_restored = True
            self._size_docks()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.session.set_project(None)
        event.accept()


def _visual_area(area: Qt.DockWidgetArea, right_to_left: bool) -> Qt.DockWidgetArea:
    """Qt keeps dock areas where they are named whatever the layout direction; a mirrored
    window puts the "left" column (documents, speakers) on the right, where reading starts."""
    if not right_to_left:
        return area
    swap = {
        Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
    }
    return swap.get(area, area)


def _stacked(top: QWidget, main: QWidget) -> QWidget:
    """A small control above a view, as one dock's contents."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 2, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(top)
    layout.addWidget(main)
    return box
