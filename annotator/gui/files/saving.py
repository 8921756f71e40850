"""The window's side of "the project is one file": a complete main file, copies, read-only.

Every edit commits at once into SQLite's `-wal` file beside the project. `Checkpointer`
copies that work into the main file a second after the last edit, when another document is
shown, when the application loses focus and when the project closes, so the `.annotator`
file alone (what analysts copy and mail) holds everything whenever nothing is being written.
A checkpoint never waits: if another program's reader is in the way it tries again later.

Writes from the window wait only `WINDOW_WAIT` for another program's write lock, on the GUI
thread: long enough to ride out another program's single commit, short enough that the
window never freezes. Past it the edit is refused with "another program is writing it; try
again", nothing is half-done and the undo history stays true; a background writer thread
would instead report edits as saved before they are.

`ReadOnlyBar` says why a project opened view-only cannot be changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from annotator.gui.session import Session
from annotator.store.file.storage import LockWait

IDLE_MS = 1000  # checkpoint this long after the last edit
WINDOW_WAIT = LockWait(0.3)


class Checkpointer(QObject):
    """Checkpoints the session's project when the window is idle or moves on."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.checkpoint)
        # Methods, not lambdas: Qt drops their connections when this object is deleted.
        session.changed.connect(self._on_changes)
        session.documentChanged.connect(self._on_document)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)

    def _on_changes(self, _changes: list[object]) -> None:
        self.timer.start()

    def _on_document(self, _doc_id: int) -> None:
        self.checkpoint()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.checkpoint()

    def checkpoint(self) -> None:
        project = self.session.project
        # Also when this window wrote nothing: another program's last checkpoint may have
        # been held up by a reader. With nothing to copy this costs next to nothing.
        if project is not None and not project.checkpoint() and project.unsaved_in_wal:
            self.timer.start()  # a reader or an open transaction was in the way


class ReadOnlyBar(QToolBar):
    """A full-width bar under the toolbar, shown while the open project cannot be changed:
    opened read-only, or moved or deleted while open (looked at when the window regains
    focus, as the user may have done it in a file manager meanwhile)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("read-only-bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not something to hide from View
        self.label = QLabel()
        self.label.setContentsMargins(8, 3, 8, 3)
        self.addWidget(self.label)
        self.setStyleSheet("#read-only-bar { background: #fff3cd; } QLabel { color: #664d03; }")
        session.projectChanged.connect(self.follow)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)  # a method: gone with us
        self.follow()

    def _on_state(self, _state: Qt.ApplicationState) -> None:
        self.follow()

    def text(self) -> str:
        return self.label.text()

    def follow(self) -> None:
        project = self.session.project
        text = ""
        if project is not None and project.path is not None:
            name = Path(project.path).name
            if project.read_only:
                text = self.tr(
                    "Read-only: {name} cannot be changed here ({reason}). You can read and "
                    "export it; File → Save a Copy… makes a copy you can work on."
                ).format(name=name, reason=project.read_only)
            elif project.moved():
                text = self.tr(
                    "{name} was moved, renamed or deleted while it was open: nothing more can "
                    "be saved to it here. Open it again where it is now, or save a copy."
                ).format(name=name)
        self.label.setText(text)
        self.setVisible(bool(text))
