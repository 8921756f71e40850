"""Helpers several GUI tests use to drive the real window, on top of the public driving
surface (`annotator.gui.driving`), so the tests keep working while the window's insides
change. Unlike a script, the tests keep the window's own dialogs and answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator.gui.driving import Driver, open_window
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

ANALYST = "tester"  # as conftest.py sets it

# The real article beside the checkout (../shared/corpus); tests using it skip without it.
ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "summit-article.ar.txt"


def point_of(win: MainWindow, ann_id: int) -> QPoint:
    """The middle of the annotation's first piece on screen."""
    rects = win.viewer.annotation_rects(ann_id)
    assert rects, "span not on screen"
    return rects[0].center()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def one_document_project(path: Path, text: str) -> Path:
    """A new project at `path` holding `text` as its one document, titled after the file."""
    with Project.create(path) as project:
        project.documents.add(text, path.stem, f"{path.stem}.txt")
    return path


def project_of(win: MainWindow) -> Project:
    return Driver(win).project


def show_project(
    qtbot: QtBot, family: str, path: Path, size: tuple[int, int] = (1200, 800)
) -> MainWindow:
    """The window on the project at `path`, at `size`, shown, active and fully loaded; its
    dialogs are its own (the `errors` fixture and the tests answer them)."""
    driver = open_window(
        path, analyst=ANALYST, family=family, show=False, speakers=None, collect_errors=False
    )
    qtbot.addWidget(driver.window)
    driver.window.resize(*size)
    driver.show()
    return driver.window


def press(
    win: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press `key` in the text with the window active (see `Driver.press`)."""
    Driver(win).press(QKeyCombination(modifiers, key))
