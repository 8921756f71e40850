"""Driving the annotating window from Python, as `napari.Viewer` drives napari's.

A script, a notebook or a test opens a project in the real window and works it as an
analyst would, through a small surface that stays stable while the window's insides change:

    from annotator.gui.driving import open_window

    with open_window("study.annotator", analyst="layla") as window:
        window.select(0, 12)      # code-point offsets into the document, as the mouse selects
        window.press("C")         # the claim key: the selection becomes a claim
        print(window.annotations())

Nothing waits on a dialog. The analyst is given, so the "your name?" box never opens; error
messages are collected in `errors` instead of shown; a new speaker mention whose name
resembles a known speaker is grouped by `speakers` ("join" the closest known speaker, make a
"new" one, or leave it "ungrouped") instead of asking. The window is real: keys go through
Qt's shortcut machinery, the offset map and the undo stack as a user's would.

`Driver(window)` drives a window made otherwise (the project's own tests do) and leaves its
dialogs alone unless asked (`speakers=`, `collect_errors=True`).
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Literal

from PySide6.QtCore import QKeyCombination
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.errors import InputError
from annotator.gui.attribution.speaker_picker import EntityChoice
from annotator.gui.session import Session
from annotator.gui.viewer.text_viewer import Viewer
from annotator.gui.window.main_window import MainWindow
from annotator.speakers.grouping import propose_entities
from annotator.store.project import Project
from annotator.store.records import Annotation

SpeakerPolicy = Literal["join", "new", "ungrouped"]
_family: list[str] = []  # the application's font family, configured once per process


class Driver:
    """One annotating window on one project, driven from Python."""

    def __init__(
        self,
        window: MainWindow,
        *,
        speakers: SpeakerPolicy | None = None,
        collect_errors: bool = False,
    ) -> None:
        self.window = window
        self.errors: list[str] = []
        if collect_errors:
            window.collected_errors = self.errors  # shown nowhere, kept here
        self.speakers = speakers
        if speakers is not None:
            # Who a new speaker mention is: answered here instead of by the proposal dialog
            # (marking a selection and Mark all in the Search panel both ask `attributing`).
            window.attributing.entity_for = self._entity_for  # type: ignore[method-assign]
            window.annotating.entity_for = self._entity_for

    # -- what there is ------------------------------------------------------------------

    @property
    def viewer(self) -> Viewer:
        """The text view (a QTextEdit): its document, its selection, its highlights."""
        return self.window.viewer

    @property
    def session(self) -> Session:
        return self.window.session

    @property
    def project(self) -> Project:
        project = self.window.session.project
        if project is None:
            raise InputError("no project is open in the window")
        return project

    def annotations(self, document_id: int | None = None) -> list[Annotation]:
        """What is stored for a document (the open one by default), by every analyst, in
        text order: read from the project file, not from the window's caches."""
        doc_id = self.session.document_id if document_id is None else document_id
        if doc_id is None:
            return []
        return sorted(
            self.project.annotations.for_document(doc_id), key=lambda a: (a.start, a.end, a.id)
        )

    # -- what an analyst does ----------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        self.session.set_document(document_id)
        self.session.finish_loading()

    def select(self, start: int, end: int) -> None:
        """Select [start, end) in code points of the open document, as a mouse drag leaves
        it (a label key then snaps it to whole words when snapping is on)."""
        self.viewer.select_range(start, end)

    def press(self, key: str | QKeySequence | QKeyCombination) -> None:
        """Press a key or a combination ("C", "A", "Delete", "Ctrl+Z") in the text, with
        the window active: a key sent to an inactive window is silently dropped (after a
        dialog closes, offscreen, no window is active), so this activates it first and
        raises RuntimeError if it cannot."""
        win = self.window
        if win.isVisible() and QApplication.activeWindow() is not win:
            win.activateWindow()
            QApplication.processEvents()
            if QApplication.activeWindow() is not win:
                QTest.qWaitForWindowActive(win, 1000)
            if QApplication.activeWindow() is not win:
                raise RuntimeError("the window cannot be made active; the key would be lost")
        self.viewer.setFocus()
        QTest.keySequence(self.viewer, QKeySequence(key))
        QApplication.processEvents()

    def set_snapping(self, on: bool) -> None:
        """Word snapping on or off, through Edit → Snap to Whole Words (the menu's check
        mark and the saved setting follow)."""
        snap = self.window.actions_by_name["snap"]
        assert isinstance(snap, QAction)
        if snap.isChecked() != on:
            snap.trigger()

    @property
    def snapping(self) -> bool:
        return self.window.annotating.snap_words

    def undo(self) -> None:
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()

    def show(self) -> None:
        """Show the window and make it the active one (keys go to the active window)."""
        win = self.window
        win.show()
        QTest.qWaitForWindowExposed(win, 5000)
        win.activateWindow()
        QTest.qWaitForWindowActive(win, 1000)

    def close(self) -> None:
        """Close the window as a user would: layout saved, project checkpointed and closed."""
        self.window.close()

    def __enter__(self) -> Driver:
        return self

    def __exit__(
        self,
        _kind: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- answers instead of dialogs -------------------------------------------------------

    def _entity_for(self, label: str, text: str) -> EntityChoice:
        found = self.session.label(label)
        if self.session.project is None or found is None or found.kind != "speaker":
            return None
        if self.speakers in ("ungrouped", None):
            return None
        proposals = propose_entities(self.session.project, text) if self.speakers == "join" else []
        return proposals[0].id if proposals else "new"


def open_window(
    project_path: str | Path,
    *,
    analyst: str,
    show: bool = True,
    create: bool = False,
    speakers: SpeakerPolicy | None = "join",
    collect_errors: bool = True,
    family: str | None = None,
) -> Driver:
    """Open `project_path` in an annotating window working as `analyst`, its first document
    on screen and fully loaded; `create` makes a new, empty project there. Makes the
    QApplication (fonts included) when there is none yet. Raises InputError when the project
    cannot be opened (the reason is also in `errors`). `speakers=None` and
    `collect_errors=False` keep the window's own dialogs (for testing those dialogs)."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    if family is None:
        if not _family:
            from annotator.gui.app import configure_application

            _family.append(configure_application(app))
        family = _family[0]
    window = MainWindow(Session(analyst), family)
    driver = Driver(window, speakers=speakers, collect_errors=collect_errors)
    if not window.files.open_project(Path(project_path), create=create):
        window.deleteLater()
        raise InputError(driver.errors[-1] if driver.errors else f"cannot open {project_path}")
    if show:
        driver.show()
    window.session.finish_loading()
    QApplication.processEvents()
    return driver
