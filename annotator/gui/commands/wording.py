"""What the Edit menu's Undo and Redo say about a command, in the interface language.

Undo commands are not QObjects (no `self.tr`), so they translate in the "UndoCommands"
context through `translate`; label and field names read as the interface shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.i18n import shown_name

CONTEXT = "UndoCommands"
translate = QCoreApplication.translate


def named(text: str, name: str) -> str:
    """A translated "Add %1" with a stored name shown as the interface shows it."""
    return text.replace("%1", shown_name(name))


__all__ = ["CONTEXT", "named", "shown_name", "translate"]
