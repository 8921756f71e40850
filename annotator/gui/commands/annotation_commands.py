"""Undoable changes of annotations: add, delete, relabel or resize, note and attributes.

A deleted annotation comes back with its id, UUID and links (`Annotations.restore`), and
an added one is put back the same way on redo, so a later command that names it by id
still finds it.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from annotator.gui.commands.command import Command, Context, Current
from annotator.gui.commands.wording import named, translate
from annotator.store.annotations import Removed
from annotator.store.records import Annotation

RESIZE_ID = 1001  # QUndoCommand.id(): consecutive resizes of one annotation merge


class AddAnnotation(Command):
    def __init__(self, document_id: int, label: str, start: int, end: int) -> None:
        super().__init__(named(translate("UndoCommands", "Add %1"), label))
        self.document_id = document_id
        self.label, self.start, self.end = label, start, end
        self.added: Annotation | None = None

    def apply(self, ctx: Context) -> Current:
        if self.added is None:
            assert self.document_id is not None
            self.added = ctx.project.annotations.add(
                self.document_id, self.label, self.start, self.end, ctx.analyst
            )
        else:
            ctx.project.annotations.restore(Removed(self.added, ()))
        return self.added.id

    def revert(self, ctx: Context) -> Current:
        assert self.added is not None
        ctx.project.annotations.delete(self.added.id)
        return None


class DeleteAnnotation(Command):
    """Delete one annotation; undo restores it with its id, UUID and links."""

    def __init__(self, annotation: Annotation, text: str | None = None) -> None:
        super().__init__(text or named(translate("UndoCommands", "Delete %1"), annotation.label))
        self.document_id = annotation.document_id
        self.annotation_id = annotation.id
        self.removed: Removed | None = None

    def apply(self, ctx: Context) -> Current:
        self.removed = ctx.project.annotations.delete(self.annotation_id)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.removed is not None
        ctx.project.annotations.restore(self.removed)
        return self.annotation_id


class UpdateAnnotation(Command):
    """Change label and/or boundaries; successive resizes of one annotation merge into one
    undo step, so growing a span word by word is undone in one go."""

    def __init__(self, old: Annotation, text: str, **new: object) -> None:
        super().__init__(text)
        self.document_id = old.document_id
        self.annotation_id = old.id
        self.old = {key: getattr(old, key) for key in new}
        self.new = dict(new)
        self.resize_only = set(new) <= {"start", "end"}

    def apply(self, ctx: Context) -> Current:
        ctx.project.annotations.update(self.annotation_id, **self.new)
        return self.annotation_id

    def revert(self, ctx: Context) -> Current:
        ctx.project.annotations.update(self.annotation_id, **self.old)
        return self.annotation_id

    def id(self) -> int:
        return RESIZE_ID if self.resize_only else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, UpdateAnnotation)
            and other.resize_only
            and other.annotation_id == self.annotation_id
        ):
            return False
        self.new = {**self.new, **other.new}
        return True


class EditAnnotationFields(Command):
    """Set an annotation's note and/or attributes.

    Commands with the same `merge_key` on the same annotation merge, so typing a note
    letter by letter is one undo step; a choice change (no key) is always its own step.
    """

    MERGE_ID = 0x41545452  # "ATTR"

    def __init__(
        self,
        ann_id: int,
        *,
        note: str | None = None,
        attributes: dict[str, str] | None = None,
        merge_key: str | None = None,
    ) -> None:
        edit_note = translate("UndoCommands", "Edit note")
        super().__init__(
            edit_note if attributes is None else translate("UndoCommands", "Edit attributes")
        )
        self.ann_id, self.merge_key = ann_id, merge_key
        self._note, self._attributes = note, attributes
        self.old: tuple[str, dict[str, str]] | None = None
        self.new: tuple[str, dict[str, str]] | None = None

    def apply(self, ctx: Context) -> Current:
        if self.old is None:  # first run: what is there now is what undo puts back
            old = ctx.project.annotations.get(self.ann_id)
            self.document_id = old.document_id
            self.old = (old.note, dict(old.attributes))
            self.new = (
                old.note if self._note is None else self._note,
                dict(old.attributes) if self._attributes is None else dict(self._attributes),
            )
        assert self.new is not None
        note, attributes = self.new
        ctx.project.annotations.update(self.ann_id, note=note, attributes=attributes)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.old is not None
        note, attributes = self.old
        ctx.project.annotations.update(self.ann_id, note=note, attributes=attributes)
        return None

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditAnnotationFields)
            and self.merge_key
            and other.merge_key == self.merge_key
            and other.ann_id == self.ann_id
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and erased: nothing left to undo
        return True
