"""The one way the window changes a project: a core call wrapped in a QUndoCommand.

`perform(stack, command)` runs the command's `apply()` first, outside the stack, so a bad
action raises `AnnotatorError` to the caller (who shows a dialog) and nothing is pushed.
Only a command that succeeded goes on the stack; its first `redo()` (called by `push`) is
skipped because the work is already done. Later redo/undo failures (the file was changed
underneath us, say) are reported through `error_hook` and the command is made obsolete
instead of raising inside Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import AnnotatorError

error_hook: Callable[[str], None] = lambda message: None  # noqa: E731 - replaced by the window


class CoreCommand(QUndoCommand):
    """Subclass and implement `apply` (do or redo the change) and `revert` (undo it)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_next_redo = True

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
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
    stack.push(command)
    return command
