"""The one kind of undoable action: a `Command` doing and undoing one core change.

A command is given everything it needs in one `Context` (the project and the analyst) and
returns the id of the annotation that should become current (None: leave it). It never
reaches into the window. `Session.run(command)` runs it once: a refusal from core raises
`AnnotatorError`, nothing was written and nothing is pushed; otherwise it goes on the undo
stack, whose first `redo()` is skipped because the work is already done. Later undo and
redo are replayed by the same runner (`Runner.replay`), which brings the command's
`document_id` on screen first and reports a refusal through the session's one `refused`
signal.

`Sequence` makes several commands one undo step and one transaction; a step may be given
as a function building its command from what earlier steps made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from annotator.store.project import Project

Current = int | None  # the annotation to make current after a command; None leaves it


@dataclass(frozen=True)
class Context:
    """What every command works with: the open project and who is working."""

    project: Project
    analyst: str


class Runner(Protocol):
    def replay(self, command: Command, forward: bool) -> None:
        """Redo (`forward`) or undo `command` later, reporting a refusal, not raising."""


class Command(QUndoCommand):
    """Subclass and implement `apply` (do, or redo exactly, the change) and `revert` (undo
    it); set `document_id` when the change belongs to a document to show on undo/redo."""

    document_id: int | None = None

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done_once = False  # push() calls redo(); the first run already did the work
        self._runner: Runner | None = None

    def apply(self, ctx: Context) -> Current:
        raise NotImplementedError

    def revert(self, ctx: Context) -> Current:
        raise NotImplementedError

    def run_first(self, ctx: Context, runner: Runner) -> Current:
        """Do the change for the first time (raises AnnotatorError when core refuses)."""
        current = self.apply(ctx)
        self._runner = runner
        return current

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        if self._runner is not None:
            self._runner.replay(self, True)

    def undo(self) -> None:
        if self._runner is not None:
            self._runner.replay(self, False)


Step = Command | Callable[[], "Command | None"]


class Sequence(Command):
    """Several commands as one undo step and one transaction: if a step is refused the
    first time, the transaction rolls back and the whole sequence is refused."""

    def __init__(self, text: str, steps: Iterable[Step], document_id: int | None = None) -> None:
        super().__init__(text)
        self.document_id = document_id
        self._steps: list[Step] | None = list(steps)
        self.done: list[Command] = []

    def apply(self, ctx: Context) -> Current:
        current: Current = None
        with ctx.project.atomic():
            if self._steps is not None:  # first run: build each step as it comes
                steps, self._steps = self._steps, None
                for step in steps:
                    command = step if isinstance(step, Command) else step()
                    if command is None:
                        continue
                    current = command.apply(ctx) or current
                    self.done.append(command)
                    if self.document_id is None:
                        self.document_id = command.document_id
            else:
                for command in self.done:
                    current = command.apply(ctx) or current
        return current

    def revert(self, ctx: Context) -> Current:
        current: Current = None
        with ctx.project.atomic():
            for command in reversed(self.done):
                current = command.revert(ctx) or current
        return current
