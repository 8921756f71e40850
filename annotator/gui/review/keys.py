"""The review keys (N, P, A, R, E) win over every other use of those letters in review mode.

Outside review mode `A` attributes a claim and label keys may be any letter; a second
QAction with the same shortcut would make both ambiguous and neither would fire. So review
keys are not QAction shortcuts: while review mode is on, this filter (installed on the
application) claims the letters' ShortcutOverride for the window's widgets, and handles the
key press that Qt then delivers. Text fields keep their letters: nobody reviews while
typing a note.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from annotator.text.keyboard import latin_key, twin

_ALLOWED = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


def is_text_entry(widget: QObject) -> bool:
    """A widget where a letter is typed rather than used as a command."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


class ReviewKeys(QObject):
    """Maps plain letter keys to callbacks for the widgets inside `window`."""

    def __init__(self, window: QWidget, keys: dict[Qt.Key, Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        self.keys = dict(keys)
        for key, action in keys.items():  # N and ى: the same physical key, Arabic layout
            other = twin(chr(key.value)) if 0 < key.value < 0x110000 else None
            if other is not None:
                self.keys.setdefault(Qt.Key(ord(other)), action)
        self.active = False

    def set_active(self, on: bool) -> None:
        app = QApplication.instance()
        if on == self.active or app is None:
            return
        self.active = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def _mine(self, watched: QObject, event: QEvent) -> Callable[[], object] | None:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return None
        if event.modifiers() & ~_ALLOWED:
            return None
        action = self.keys.get(Qt.Key(event.key())) or self._by_text(event.text())
        if action is None or is_text_entry(watched):
            return None
        if watched is not self.window and not self.window.isAncestorOf(watched):
            return None  # a dialog or another window
        return action

    def _by_text(self, text: str) -> Callable[[], object] | None:
        """The key's letter on a Latin layout when an Arabic one typed it (ى -> N)."""
        latin = latin_key(text) if text else None
        return self.keys.get(Qt.Key(ord(latin))) if latin is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self._mine(watched, event)
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True
