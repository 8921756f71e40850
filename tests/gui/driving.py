"""Helpers several GUI tests use to drive the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

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
    assert win.session.project is not None
    return win.session.project
