"""Undoable changes of documents: status, document-level answers and their definitions."""

from __future__ import annotations

from annotator.gui.commands.command import Command, Context, Current
from annotator.gui.commands.wording import named, translate
from annotator.store.records import AttributeField


class SetDocumentStatus(Command):
    """Mark a document new, in progress or done. Undo stays where the analyst is: a status
    is visible in the documents list (so no `document_id` to bring on screen)."""

    def __init__(self, document_id: int, old: str, new: str) -> None:
        super().__init__(named(translate("UndoCommands", "Mark document %1"), new))
        self.doc_id, self.old, self.new = document_id, old, new

    def apply(self, ctx: Context) -> Current:
        ctx.project.documents.set_status(self.doc_id, self.new)
        return None

    def revert(self, ctx: Context) -> Current:
        ctx.project.documents.set_status(self.doc_id, self.old)
        return None


class SetDocumentField(Command):
    """One analyst's answer to a document-level field; redo writes it for the same analyst."""

    def __init__(self, document_id: int, field: str, old: str, new: str) -> None:
        verb = translate("UndoCommands", "Set %1") if new else translate("UndoCommands", "Clear %1")
        super().__init__(named(verb, field))
        self.document_id = document_id
        self.analyst: str | None = None
        self.field, self.old, self.new = field, old, new

    def _set(self, ctx: Context, value: str) -> None:
        self.analyst = self.analyst or ctx.analyst
        assert self.document_id is not None
        ctx.project.document_fields.set(self.document_id, self.analyst, self.field, value)

    def apply(self, ctx: Context) -> Current:
        self._set(ctx, self.new)
        return None

    def revert(self, ctx: Context) -> Current:
        self._set(ctx, self.old)
        return None


class ChangeDocumentFields(Command):
    """Replace the document-level fields of the label schema (answers are kept)."""

    def __init__(self, fields: list[AttributeField]) -> None:
        super().__init__(translate("UndoCommands", "Change document fields"))
        self.fields = list(fields)
        self.old: list[AttributeField] | None = None

    def apply(self, ctx: Context) -> Current:
        if self.old is None:
            self.old = ctx.project.document_fields.definitions()
        ctx.project.document_fields.set_definitions(self.fields)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.old is not None
        ctx.project.document_fields.set_definitions(self.old)
        return None
