"""The suggestion keys in the text viewer, while a suggestion is current: Enter accepts
it, Shift+Enter accepts its sentence, Backspace rejects it, Esc leaves it (declared in
`window.keymap` as widget keys).

They are read by an event filter rather than menu shortcuts: Enter and Backspace mean
other things elsewhere (Backspace deletes the current annotation), so they are taken only
while a suggestion is current. Accepting the ShortcutOverride keeps a window shortcut on
the same key from firing; the key press then comes here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from annotator.gui.suggestions.controller import Suggesting

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KINDS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


class SuggestionKeys(QObject):
    def __init__(self, suggesting: Suggesting) -> None:
        super().__init__(suggesting)
        self.suggesting = suggesting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _KINDS or self.suggesting.current is None:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        ours = (key in _ENTER and (plain or shift)) or (
            key in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape) and plain
        )
        if not ours:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the viewer, not to a menu shortcut
            return True
        if key in _ENTER:
            if shift:
                self.suggesting.accept_sentence()
            else:
                self.suggesting.accept_current()
        elif key == Qt.Key.Key_Backspace:
            self.suggesting.reject_current()
        else:
            self.suggesting.set_current(None)
        return True
