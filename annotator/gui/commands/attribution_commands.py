"""Undo commands for attribution: links, speaker grouping, speaker edits, attributes, schema.

Each class wraps one core call (see `undo.CoreCommand`); redo puts back exactly what the
first run made (same ids and UUIDs), so later commands on the stack that name those ids
still find them. `macro` groups several commands into one undo step that is also one
transaction when first performed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.gui.commands.undo import CoreCommand
from annotator.gui.commands.wording import translate
from annotator.speakers.grouping import (
    Regrouping,
    assign,
    assign_new,
    delete_entity,
    merge,
    redo_regrouping,
    split,
    undo_regrouping,
)
from annotator.store.records import ATTRIBUTION, CUE_LINK, Label, Link

if TYPE_CHECKING:
    from annotator.store.annotations import Removed
    from annotator.store.project import Project


def link_type_for(project: Project, target_id: int) -> str:
    """The link a claim makes to `target_id`: a cue link for a cue-kind label, else speaker."""
    label = project.labels.get(project.annotations.get(target_id).label)
    return CUE_LINK if label is not None and label.kind == "cue" else ATTRIBUTION


class AddLink(CoreCommand):
    """Attribute a claim to a speaker mention (or link it to a cue)."""

    def __init__(
        self,
        project: Project,
        source_id: int,
        target_id: int,
        analyst: str,
        type: str | None = None,
    ) -> None:
        self.type = type or link_type_for(project, target_id)
        attribute = translate("UndoCommands", "Attribute claim")
        super().__init__(
            attribute
            if self.type == ATTRIBUTION
            else translate("UndoCommands", "Link claim to cue")
        )
        self.project = project
        self.source_id, self.target_id, self.analyst = source_id, target_id, analyst
        self.document_id = project.annotations.get(source_id).document_id
        self.link: Link | None = None

    def apply(self) -> None:
        if self.link is None:
            self.link = self.project.links.add(
                self.source_id, self.target_id, self.analyst, self.type
            )
        else:
            self.project.links.restore(self.link)

    def revert(self) -> None:
        assert self.link is not None
        self.project.links.delete(self.link.id)


class RemoveLink(CoreCommand):
    def __init__(self, project: Project, link_id: int) -> None:
        super().__init__(translate("UndoCommands", "Remove attribution"))
        self.project, self.link_id = project, link_id
        self.document_id = project.annotations.get(project.links.get(link_id).source_id).document_id
        self.link: Link | None = None

    def apply(self) -> None:
        self.link = self.project.links.delete(self.link_id)

    def revert(self) -> None:
        assert self.link is not None
        self.project.links.restore(self.link)


class DeleteAnnotation(CoreCommand):
    """Delete one annotation; undo restores it with its id, UUID and links."""

    def __init__(self, project: Project, ann_id: int, text: str = "") -> None:
        text = text or translate("UndoCommands", "Delete annotation")
        super().__init__(text)
        self.project, self.ann_id = project, ann_id
        self.document_id = project.annotations.get(ann_id).document_id
        self.removed: Removed | None = None

    def apply(self) -> None:
        self.removed = self.project.annotations.delete(self.ann_id)

    def revert(self) -> None:
        assert self.removed is not None
        self.project.annotations.restore(self.removed)


# -- grouping speaker mentions ------------------------------------------------------------


class Regroup(CoreCommand):
    """Any change of which entity mentions belong to, given as a core action returning a
    `Regrouping`; undo and redo replay its record (core `undo_regrouping`/`redo_regrouping`)."""

    def __init__(self, project: Project, text: str, action: Callable[[], Regrouping]) -> None:
        super().__init__(text)
        self.project, self._action = project, action
        self.regrouping: Regrouping | None = None

    def apply(self) -> None:
        if self.regrouping is None:
            self.regrouping = self._action()
        else:
            redo_regrouping(self.project, self.regrouping)

    def revert(self) -> None:
        assert self.regrouping is not None
        undo_regrouping(self.project, self.regrouping)


def assign_command(project: Project, mention_ids: list[int], entity_id: int | None) -> Regroup:
    group = translate("UndoCommands", "Group speaker mention")
    text = group if entity_id is not None else translate("UndoCommands", "Ungroup speaker mention")
    return Regroup(project, text, lambda: assign(project, mention_ids, entity_id))


def new_entity_command(
    project: Project, mention_ids: list[int], name: str, type: str = "person", role: str = ""
) -> Regroup:
    return Regroup(
        project,
        translate("UndoCommands", "New speaker"),
        lambda: assign_new(project, mention_ids, name, type, role),
    )


def merge_command(project: Project, keep_id: int, other_ids: list[int]) -> Regroup:
    return Regroup(
        project,
        translate("UndoCommands", "Merge speakers"),
        lambda: merge(project, keep_id, other_ids),
    )


def split_command(project: Project, entity_id: int, mention_ids: list[int], name: str) -> Regroup:
    return Regroup(
        project,
        translate("UndoCommands", "Split speaker"),
        lambda: split(project, entity_id, mention_ids, name),
    )


def delete_entity_command(project: Project, entity_id: int) -> Regroup:
    return Regroup(
        project,
        translate("UndoCommands", "Delete speaker"),
        lambda: delete_entity(project, entity_id),
    )


class EditEntity(CoreCommand):
    """Rename a speaker or change its type or role."""

    def __init__(self, project: Project, entity_id: int, **fields: str) -> None:
        rename = translate("UndoCommands", "Rename speaker")
        super().__init__(rename if "name" in fields else translate("UndoCommands", "Edit speaker"))
        self.project, self.entity_id, self.fields = project, entity_id, fields
        self.old = project.entities.get(entity_id)

    def apply(self) -> None:
        self.project.entities.update(self.entity_id, **self.fields)

    def revert(self) -> None:
        o = self.old
        self.project.entities.update(self.entity_id, name=o.name, type=o.type, role=o.role)


# -- attributes, note and schema -----------------------------------------------------------


class EditAnnotationFields(CoreCommand):
    """Set an annotation's note and/or attributes.

    Commands with the same `merge_key` on the same annotation merge, so typing a note
    letter by letter is one undo step; a choice change (no key) is always its own step.
    """

    MERGE_ID = 0x41545452  # "ATTR"

    def __init__(
        self,
        project: Project,
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
        old = project.annotations.get(ann_id)
        self.project, self.ann_id, self.merge_key = project, ann_id, merge_key
        self.document_id = old.document_id
        self.old: tuple[str, dict[str, str]] = (old.note, dict(old.attributes))
        self.new: tuple[str, dict[str, str]] = (
            old.note if note is None else note,
            dict(old.attributes) if attributes is None else dict(attributes),
        )

    def apply(self) -> None:
        note, attributes = self.new
        self.project.annotations.update(self.ann_id, note=note, attributes=attributes)

    def revert(self) -> None:
        note, attributes = self.old
        self.project.annotations.update(self.ann_id, note=note, attributes=attributes)

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


class ChangeSchema(CoreCommand):
    """Replace the label schema; `renames` (old -> new name) carry annotations along."""

    def __init__(
        self, project: Project, labels: list[Label], renames: dict[str, str] | None = None
    ) -> None:
        super().__init__(translate("UndoCommands", "Change label schema"))
        self.project, self.labels = project, list(labels)
        self.renames = {old: new for old, new in (renames or {}).items() if old != new}
        self.old = project.labels.all()

    def apply(self) -> None:
        self.project.labels.set_schema(self.labels, self.renames)

    def revert(self) -> None:
        back = {new: old for old, new in self.renames.items()}
        self.project.labels.set_schema(self.old, back)


# -- several commands as one undo step ----------------------------------------------------


@contextmanager
def macro(stack: QUndoStack, project: Project, text: str) -> Iterator[None]:
    """Perform the commands pushed inside as one undo step and one transaction.

    If one of them fails, the transaction rolls back and the half-built macro is dropped
    from the stack without being undone (it was never committed).
    """
    index = stack.index()
    stack.beginMacro(text)
    try:
        with project.atomic():
            yield
    except BaseException:
        stack.endMacro()
        if stack.index() > index:
            top: Any = stack.command(stack.index() - 1)
            top.setObsolete(True)  # QUndoStack drops an obsolete command without undoing it
            stack.undo()
        raise
    stack.endMacro()
