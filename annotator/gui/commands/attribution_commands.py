"""Undoable attribution: links, deleting a speaker mention, speaker grouping and edits, schema.

Each class wraps one core call; redo puts back exactly what the first run made (same ids
and UUIDs), so later commands on the stack that name those ids still find them. The rules
(which link a pair of labels gets, what becomes of a deleted mention's claims) are core's
(`annotator.speakers.attribution`); these classes only remember what core did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.gui.commands.command import Command, Context, Current
from annotator.gui.commands.wording import translate
from annotator.speakers.attribution import (
    MentionDeletion,
    delete_mention,
    link_type_for,
    redo_mention_deletion,
    undo_mention_deletion,
)
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
    from annotator.store.project import Project

__all__ = ["ATTRIBUTION", "CUE_LINK", "AddLink", "DeleteMention", "Regroup", "RemoveLink"]


class AddLink(Command):
    """Attribute a claim to a speaker mention, or link it to a cue (core decides which by
    the target's label kind unless `type` is given)."""

    def __init__(self, source_id: int, target_id: int, type: str | None = None) -> None:
        attribute = translate("UndoCommands", "Attribute claim")
        super().__init__(
            attribute
            if type in (None, ATTRIBUTION)
            else translate("UndoCommands", "Link claim to cue")
        )
        self.source_id, self.target_id, self.type = source_id, target_id, type
        self.link: Link | None = None

    def apply(self, ctx: Context) -> Current:
        project = ctx.project
        if self.link is None:
            self.type = self.type or link_type_for(project, self.target_id)
            if self.type != ATTRIBUTION:
                self.setText(translate("UndoCommands", "Link claim to cue"))
            self.document_id = project.annotations.get(self.source_id).document_id
            self.link = project.links.add(self.source_id, self.target_id, ctx.analyst, self.type)
        else:
            project.links.restore(self.link)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.link is not None
        ctx.project.links.delete(self.link.id)
        return None


class RemoveLink(Command):
    def __init__(self, link_id: int) -> None:
        super().__init__(translate("UndoCommands", "Remove attribution"))
        self.link_id = link_id
        self.link: Link | None = None

    def apply(self, ctx: Context) -> Current:
        project = ctx.project
        if self.document_id is None:
            source = project.links.get(self.link_id).source_id
            self.document_id = project.annotations.get(source).document_id
        self.link = project.links.delete(self.link_id)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.link is not None
        ctx.project.links.restore(self.link)
        return None


class DeleteMention(Command):
    """Delete a speaker mention that has claims: they are handed to `reattribute_to` (another
    mention of the same speaker) or left without this speaker (core `delete_mention`)."""

    def __init__(self, mention_id: int, document_id: int, reattribute_to: int | None) -> None:
        super().__init__(translate("DeleteSpeaker", "Delete speaker mention"))
        self.mention_id, self.document_id, self.target = mention_id, document_id, reattribute_to
        self.deletion: MentionDeletion | None = None

    def apply(self, ctx: Context) -> Current:
        if self.deletion is None:
            self.deletion = delete_mention(ctx.project, self.mention_id, ctx.analyst, self.target)
        else:
            redo_mention_deletion(ctx.project, self.deletion)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.deletion is not None
        undo_mention_deletion(ctx.project, self.deletion)
        return self.mention_id


# -- grouping speaker mentions ------------------------------------------------------------


class Regroup(Command):
    """Any change of which entity mentions belong to, given as a core action returning a
    `Regrouping`; undo and redo replay its record (core `undo_regrouping`/`redo_regrouping`)."""

    def __init__(self, text: str, action: Callable[[Project], Regrouping]) -> None:
        super().__init__(text)
        self._action = action
        self.regrouping: Regrouping | None = None

    def apply(self, ctx: Context) -> Current:
        if self.regrouping is None:
            self.regrouping = self._action(ctx.project)
        else:
            redo_regrouping(ctx.project, self.regrouping)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.regrouping is not None
        undo_regrouping(ctx.project, self.regrouping)
        return None


def assign_command(mention_ids: list[int], entity_id: int | None) -> Regroup:
    group = translate("UndoCommands", "Group speaker mention")
    text = group if entity_id is not None else translate("UndoCommands", "Ungroup speaker mention")
    return Regroup(text, lambda project: assign(project, mention_ids, entity_id))


def new_entity_command(
    mention_ids: list[int], name: str, type: str = "person", role: str = ""
) -> Regroup:
    return Regroup(
        translate("UndoCommands", "New speaker"),
        lambda project: assign_new(project, mention_ids, name, type, role),
    )


def merge_command(keep_id: int, other_ids: list[int]) -> Regroup:
    return Regroup(
        translate("UndoCommands", "Merge speakers"),
        lambda project: merge(project, keep_id, other_ids),
    )


def split_command(entity_id: int, mention_ids: list[int], name: str) -> Regroup:
    return Regroup(
        translate("UndoCommands", "Split speaker"),
        lambda project: split(project, entity_id, mention_ids, name),
    )


def delete_entity_command(entity_id: int) -> Regroup:
    return Regroup(
        translate("UndoCommands", "Delete speaker"),
        lambda project: delete_entity(project, entity_id),
    )


class EditEntity(Command):
    """Rename a speaker or change its type or role."""

    def __init__(self, entity_id: int, **fields: str) -> None:
        rename = translate("UndoCommands", "Rename speaker")
        super().__init__(rename if "name" in fields else translate("UndoCommands", "Edit speaker"))
        self.entity_id, self.fields = entity_id, fields
        self.old: tuple[str, str, str] | None = None

    def apply(self, ctx: Context) -> Current:
        if self.old is None:
            o = ctx.project.entities.get(self.entity_id)
            self.old = (o.name, o.type, o.role)
        ctx.project.entities.update(self.entity_id, **self.fields)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.old is not None
        name, type, role = self.old
        ctx.project.entities.update(self.entity_id, name=name, type=type, role=role)
        return None


# -- the label schema ----------------------------------------------------------------------


class ChangeSchema(Command):
    """Replace the label schema; `renames` (old -> new name) carry annotations along."""

    def __init__(self, labels: list[Label], renames: dict[str, str] | None = None) -> None:
        super().__init__(translate("UndoCommands", "Change label schema"))
        self.labels = list(labels)
        self.renames = {old: new for old, new in (renames or {}).items() if old != new}
        self.old: list[Label] | None = None

    def apply(self, ctx: Context) -> Current:
        if self.old is None:
            self.old = ctx.project.labels.all()
        ctx.project.labels.set_schema(self.labels, self.renames)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.old is not None
        back = {new: old for old, new in self.renames.items()}
        ctx.project.labels.set_schema(self.old, back)
        return None
