"""Ctrl+F: a find bar over the viewer that finds Arabic as it is written.

Every hit of the current document is highlighted (`HitPainter`), the count says "3 of 17",
Enter and Shift+Enter (and F3, Shift+F3) step through the hits, Esc closes. The current hit
is the viewer's selection, kept in view, so the label keys mark it as they mark any
selection. The query stays when another document is opened, and is searched there at once.
The folded text of the document (`fold_with_offsets`) is computed once per document, so
each keystroke costs one pass of the pattern. Bad input is said in the bar, in red, and
why in the status bar.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
)

from annotator.gui.search.options import OptionButtons
from annotator.gui.session import NO_DOCUMENT, Session
from annotator.gui.viewer.text_viewer import Viewer
from annotator.search.matching import Hit, find_all
from annotator.search.query import QueryError, compile_query
from annotator.text.arabic import FoldedText, fold_with_offsets

TYPING_PAUSE_MS = 150  # search once typing pauses, not at every key of a long word
MARGIN = 8


class FindBar(QFrame):
    """A child of the viewer, placed along its bottom edge while open."""

    message = Signal(str)  # why the query cannot be searched, for the status bar

    def __init__(self, session: Session, viewer: Viewer) -> None:
        super().__init__(viewer)
        self.session = session
        self.viewer = viewer
        self.hits: list[Hit] = []
        self.current = -1
        self.error = ""
        self._folded: tuple[int, FoldedText] | None = None
        self.setObjectName("find-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFont(QApplication.font())  # the window's size, not the text's
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find in document"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.options = OptionButtons(self)
        self.count = QLabel(self)
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000") + 8)
        previous = self._button("▲", self.tr("Previous hit (Shift+Enter, Shift+F3)"), self.previous)
        following = self._button("▼", self.tr("Next hit (Enter, F3)"), self.next)
        close = self._button("✕", self.tr("Close the find bar (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        for widget in (previous, following, self.options, close):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.options.changed.connect(self.search)
        session.documentChanged.connect(self._on_document)
        session.projectChanged.connect(self._forget)
        viewer.installEventFilter(self)
        self.hide()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- opening and closing ------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with the query selected; a short selection in the text becomes the
        query (as in every editor)."""
        selected = self.viewer.selected_range()
        if selected is not None and 0 < selected[1] - selected[0] <= 100:
            piece = self.session.text[selected[0] : selected[1]]
            if "\n" not in piece and "\r" not in piece:
                self.query.setText(piece)
        self.show()
        self.raise_()
        self.place()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self.viewer.find_hits.set_hits(None, [])
        self.viewer.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self) -> None:
        area = self.viewer.rect()
        height = self.sizeHint().height()
        width = min(area.width() - 2 * MARGIN, max(self.sizeHint().width(), area.width() // 2))
        self.setGeometry(QRect(MARGIN, area.height() - height - MARGIN, width, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewer and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
            QTimer.singleShot(0, self._keep_in_view)  # once the text is laid out anew
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._flush()
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    # -- searching ----------------------------------------------------------------------

    def _flush(self) -> None:
        """Search now if typing is still pending (Enter right after typing)."""
        if self._timer.isActive():
            self._timer.stop()
            self.search()

    def _forget(self) -> None:
        self._folded = None

    def _on_document(self, doc_id: int) -> None:
        self._folded = None
        self.hits, self.current = [], -1  # a new text: start from its beginning
        if self.isVisible() and doc_id != NO_DOCUMENT:
            self.search()
        else:
            self._show_hits([])

    def folded(self) -> FoldedText | None:
        doc_id = self.session.document_id
        if doc_id is None:
            return None
        if self._folded is None or self._folded[0] != doc_id:
            self._folded = (doc_id, fold_with_offsets(self.session.text))
        return self._folded[1]

    def search(self) -> None:
        """Find every hit of the query in the current document and go to the first one at
        or after the current hit (or the start of the text)."""
        self._timer.stop()
        text = self.query.text()
        folded = self.folded()
        if not text or folded is None:
            self.error = ""
            self._show_hits([])
            return
        try:
            query = compile_query(text, self.options.options())
            hits = find_all(query, folded)
        except QueryError as exc:
            self.error = str(exc)
            self._show_hits([])
            self.message.emit(self.error)  # the bar itself has room for "Cannot search"
            return
        self.error = ""
        anchor = self.hits[self.current][0] if 0 <= self.current < len(self.hits) else 0
        self._show_hits(hits)
        if hits:
            self.go_to(bisect_left(hits, (anchor, 0)) % len(hits))

    def _show_hits(self, hits: list[Hit]) -> None:
        self.hits, self.current = hits, -1
        self.viewer.find_hits.set_hits(self.session.offsets, hits)
        self._update_count()

    def _update_count(self) -> None:
        palette = self.count.palette()
        role = QPalette.ColorRole.WindowText
        if self.error:
            self.count.setText(self.tr("Cannot search"))
            self.count.setToolTip(self.error)
            palette.setColor(role, Qt.GlobalColor.red)
        elif not self.query.text():
            self.count.setText("")
            self.count.setToolTip("")
        elif not self.hits:
            self.count.setText(self.tr("No results"))
            self.count.setToolTip("")
            palette.setColor(role, Qt.GlobalColor.red)
        else:
            number = self.current + 1 if self.current >= 0 else 0
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(number)).replace("%2", str(len(self.hits)))
            )
            self.count.setToolTip("")
        if not (self.error or (self.query.text() and not self.hits)):
            palette = self.palette()
        self.count.setPalette(palette)
        self.query.setToolTip(self.error)

    # -- moving between hits ------------------------------------------------------------

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """F3 and Enter: the next (or previous) hit, opening the bar if it was closed."""
        if not self.isVisible():
            had_hit = 0 <= self.current < len(self.hits)
            self.open()  # searches again and goes back to the hit it was on, if any
            if not had_hit:
                return
        self._flush()
        if self.hits:
            start = self.current if self.current >= 0 else (-1 if step > 0 else 0)
            self.go_to((start + step) % len(self.hits))

    def go_to(self, number: int) -> None:
        """Make hit `number` current: selected in the viewer and kept in view."""
        self.current = number
        hit = self.hits[number]
        self.viewer.select_range(*hit)
        self.viewer.exact_range = hit
        self.viewer.find_hits.set_current(number)
        self._keep_in_view()
        self._update_count()

    def _keep_in_view(self) -> None:
        """Scroll the current hit into the part of the text the bar does not cover."""
        if not (self.isVisible() and 0 <= self.current < len(self.hits)):
            return
        visible = self.viewer.viewport().rect().adjusted(0, 0, 0, -self.height() - MARGIN)
        if not visible.contains(self.viewer.cursorRect()):
            self.viewer.centerCursor()
