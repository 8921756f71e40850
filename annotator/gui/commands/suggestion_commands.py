"""Undoable accept and reject of suggestions, one core call each (see `command.py`).

Accepting stores a group's spans and links as the analyst's annotations in one transaction
(`suggestions.accepting.accept`); undo deletes them, redo puts them back with the same ids
and UUIDs. Rejecting remembers the group's spans for this document; undo forgets them.
Core reports both as changes, which the suggestions view follows like any other.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotator.gui.commands.command import Command, Context, Current
from annotator.store import suggestion_rejections
from annotator.suggestions.accepting import (
    Accepted,
    Bounds,
    Undone,
    accept,
    redo_accept,
    reject,
    undo_accept,
)
from annotator.suggestions.records import Group


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionCommands", text)


class AcceptSuggestions(Command):
    def __init__(
        self, document_id: int, groups: Sequence[Group], bounds: Bounds | None = None
    ) -> None:
        one = len(groups) == 1
        super().__init__(_tr("Accept suggestion") if one else _tr("Accept suggestions"))
        self.document_id = self.doc = document_id
        self.groups, self.bounds = list(groups), dict(bounds or {})
        self.accepted: Accepted | None = None
        self.removed: Undone | None = None

    def apply(self, ctx: Context) -> Current:
        if self.accepted is None:
            self.accepted = accept(ctx.project, self.doc, self.groups, ctx.analyst, self.bounds)
        else:
            assert self.removed is not None
            redo_accept(ctx.project, self.removed)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.accepted is not None
        self.removed = undo_accept(ctx.project, self.accepted)
        return None


class RejectSuggestions(Command):
    def __init__(self, document_id: int, groups: Sequence[Group]) -> None:
        super().__init__(_tr("Reject suggestion"))
        self.document_id = self.doc = document_id
        self.groups = list(groups)
        self.keys: list[tuple[str, int, int]] = []

    def apply(self, ctx: Context) -> Current:
        self.keys = reject(ctx.project, self.doc, self.groups, ctx.analyst)
        return None

    def revert(self, ctx: Context) -> Current:
        suggestion_rejections.forget(ctx.project, self.doc, self.keys)
        return None
