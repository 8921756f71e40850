"""Undoable answers to document-level fields, one core call each (see `undo.py`).

A plain `CoreCommand` subclass holding the document, the analyst, the field and both
values, so it carries over to any command model that keeps `apply`/`revert`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui.commands.undo import CoreCommand
from annotator.gui.commands.wording import named, translate
from annotator.gui.session import Session
from annotator.store.records import AttributeField

if TYPE_CHECKING:
    from annotator.store.project import Project


class SetDocumentField(CoreCommand):
    def __init__(self, session: Session, document_id: int, field: str, old: str, new: str) -> None:
        verb = translate("UndoCommands", "Set %1") if new else translate("UndoCommands", "Clear %1")
        super().__init__(named(verb, field))
        self.session = session
        self.document_id = document_id
        self.analyst = session.analyst
        self.field, self.old, self.new = field, old, new

    def _set(self, value: str) -> None:
        fields = self.session.require_project().document_fields
        assert self.document_id is not None
        fields.set(self.document_id, self.analyst, self.field, value)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class ChangeDocumentFields(CoreCommand):
    """Replace the document-level fields of the label schema (answers are kept)."""

    def __init__(self, project: Project, fields: list[AttributeField]) -> None:
        super().__init__(translate("UndoCommands", "Change document fields"))
        self.project, self.fields = project, list(fields)
        self.old = project.document_fields.definitions()

    def apply(self) -> None:
        self.project.document_fields.set_definitions(self.fields)

    def revert(self) -> None:
        self.project.document_fields.set_definitions(self.old)
