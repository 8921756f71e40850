"""The one way the window changes a project: a core call wrapped in a QUndoCommand.

`perform(stack, command)` runs the command's `apply()` first, outside the stack, so a bad
action raises `AnnotatorError` to the caller (who shows a dialog) and nothing is pushed.
Only a command that succeeded goes on the stack; its first `redo()` (called by `push`) is
skipped because the work is already done. Later redo/undo failures (the file was changed
underneath us, say) are reported through `error_hook` and the command is made obsolete
instead of raising inside Qt.

A command that names its `document_id` has that document brought on screen before it is
undone or redone, so the analyst sees what changed: `perform` hands it the stack's
`show_document` (the session's `UndoStack` has one; a bare QUndoStack, in tests, does not).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.errors import AnnotatorError

error_hook: Callable[[str], None] = lambda message: None  # noqa: E731 - replaced by the window


class UndoStack(QUndoStack):
    """The session's undo stack, which can bring a document on screen."""

    def __init__(self, show_document: Callable[[int], None], parent: QObject | None = None):
        super().__init__(parent)
        self.show_document = show_document


class CoreCommand(QUndoCommand):
    """Subclass and implement `apply` (do or redo the change) and `revert` (undo it); set
    `document_id` when the change belongs to one document."""

    document_id: int | None = None

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_next_redo = True
        self._show_document: Callable[[int], None] | None = None

    def _show(self) -> None:
        if self._show_document is not None and self.document_id is not None:
            self._show_document(self.document_id)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._show()
        self._guard(self.apply)

    def undo(self) -> None:
        self._show()
        self._guard(self.revert)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except AnnotatorError as exc:
            self.setObsolete(True)
            error_hook(str(exc))


def perform(stack: QUndoStack, command: CoreCommand) -> CoreCommand:
    """Do `command` now and make it undoable; raises AnnotatorError and pushes nothing if
    the core refuses it."""
    command.apply()
    command._show_document = getattr(stack, "show_document", None)
    stack.push(command)
    return command
