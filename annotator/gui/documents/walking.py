"""Walking through a corpus: the next and previous document in the list's order (the
filtered list when a filter is on), and one key that marks the current document done and opens the
next one, so an analyst goes through thousands of posts from the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from annotator.gui.commands.document_commands import SetDocumentStatus
from annotator.gui.session import Session
from annotator.gui.tables.document_model import DocumentListModel
from annotator.gui.window import keymap

translate = QCoreApplication.translate


class DocumentWalker:
    def __init__(
        self,
        session: Session,
        view: QTableView,
        model: DocumentListModel,
        parent: QWidget,
    ) -> None:
        self.session, self.view, self.model = session, view, model
        # Not a QObject: its strings are translated in their own context, not the window's.
        self.menu = QMenu(QCoreApplication.translate("DocumentWalker", "&Go"), parent)

        def action(text: str, key: str, slot: Callable[[], object]) -> QAction:
            """`key` names the action's binding in the keymap."""
            act = keymap.bind(QAction(text, parent), key)
            act.triggered.connect(lambda _c=False: slot())
            parent.addAction(act)
            self.menu.addAction(act)
            return act

        self.next = action(
            QCoreApplication.translate("DocumentWalker", "&Next Document"),
            "next-document",
            lambda: self.step(1),
        )
        self.previous = action(
            QCoreApplication.translate("DocumentWalker", "&Previous Document"),
            "previous-document",
            lambda: self.step(-1),
        )
        self.done_next = action(
            QCoreApplication.translate("DocumentWalker", "Mark &Done and Open Next"),
            "done-and-next",
            self.mark_done_and_next,
        )

    def step(self, delta: int) -> bool:
        """Open the next (1) or previous (-1) listed document; False at either end."""
        doc_id = self.session.document_id
        row = self.model.row_of(doc_id) if doc_id is not None else None
        rows = self.model.rowCount()
        row = (-1 if delta > 0 else rows) if row is None else row
        row += delta
        doc = self.model.document_at(row) if 0 <= row < rows else None
        if doc is None:
            return False
        self.session.set_document(doc.id)
        return True

    def mark_done_and_next(self) -> None:
        doc_id = self.session.document_id
        project = self.session.project
        if doc_id is None or project is None:
            return
        status = project.documents.get(doc_id).status
        if status != "done":
            self.session.run(SetDocumentStatus(doc_id, status, "done"))
        self.step(1)
