"""How the window talks to the analyst when something goes wrong, and the one question it asks.

Errors are shown with `open()` (window-modal, not a nested event loop), so an error raised
deep inside a slot never blocks the code that raised it, and tests are never stuck on one.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from annotator.errors import AnnotatorError

TITLE = "Annotator"  # the program's name, the same in every language
translate = QCoreApplication.translate
_open_boxes: list[QMessageBox] = []  # keep non-blocking boxes alive until closed


def show_error(parent: QWidget | None, message: str) -> QMessageBox:
    """One clear sentence in a warning box that does not block the caller."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, TITLE, message, QMessageBox.StandardButton.Ok, parent
    )
    _show(box)
    return box


def show_info(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A report the analyst reads (what an import added and left out), not blocking."""
    box = QMessageBox(
        QMessageBox.Icon.Information, TITLE, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setText(title)
    box.setInformativeText(message)
    _show(box)
    return box


def show_bug(parent: QWidget | None, exc: BaseException, details: str) -> QMessageBox:
    """An unexpected error: say so plainly, keep the traceback behind "Show Details"."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        TITLE,
        translate(
            "dialogs",
            "Something went wrong inside Annotator (%1). Your saved work is safe; the last action"
            " may not have completed.",
        ).replace("%1", f"{type(exc).__name__}: {exc}"),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(details)
    _show(box)
    return box


def _show(box: QMessageBox) -> None:
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()


def ask_analyst(parent: QWidget | None, current: str = "") -> str | None:
    """Ask for the analyst's name once; None when the dialog is cancelled."""
    name, ok = QInputDialog.getText(
        parent,
        TITLE,
        translate("dialogs", "Your name as an analyst (recorded on every annotation you make):"),
        text=current,
    )
    name = name.strip()
    return name if ok and name else None


def ask_project_for(parent: QWidget | None, source: Path, beside: Path) -> Path | None:
    """`source` is a text file, not a project: ask where to make a project from it. Returns
    the project to create (or add to, when `beside` exists), None when the user declines."""
    box = QMessageBox(
        QMessageBox.Icon.Question, TITLE, "", QMessageBox.StandardButton.NoButton, parent
    )
    box.setText(
        translate(
            "dialogs", "%1 is a text file, not an annotator project. Make a project from it?"
        ).replace("%1", source.name)
    )
    box.setInformativeText(
        translate(
            "dialogs", "The project keeps its own copy of the text; %1 is never changed."
        ).replace("%1", source.name)
    )
    label = (
        translate("dialogs", "Add to %1") if beside.exists() else translate("dialogs", "Create %1")
    )
    here = box.addButton(label.replace("%1", beside.name), QMessageBox.ButtonRole.AcceptRole)
    elsewhere = box.addButton(
        translate("dialogs", "Choose Location…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(here)
    box.exec()
    if box.clickedButton() is here:
        return beside
    if box.clickedButton() is elsewhere:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("dialogs", "New project"),
            str(beside),
            translate("dialogs", "Annotator projects (*.annotator)"),
        )
        if path:
            return Path(path) if Path(path).suffix else Path(path + ".annotator")
    return None


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Show uncaught errors in a dialog instead of dying (PySide routes slot errors here).

    An AnnotatorError is the user's one sentence; anything else is a bug, printed to stderr
    with its traceback and summarised in a dialog.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, AnnotatorError):
            show_error(parent(), str(exc))
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        show_bug(parent(), exc, details)

    sys.excepthook = hook
