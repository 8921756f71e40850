"""User actions of attribution, each one undo step: ask what is needed, then perform.

These are what the window's keys and menus call (`A` -> `attribute_claim`, a new speaker
mention -> `group_new_mention`, Delete on a speaker mention -> `delete_annotation`). Dialogs
are module functions so tests can replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.gui.attribution import speaker_picker
from annotator.gui.commands.attribution_commands import (
    AddLink,
    DeleteAnnotation,
    RemoveLink,
    assign_command,
    link_type_for,
    macro,
    new_entity_command,
)
from annotator.gui.commands.undo import CoreCommand, perform
from annotator.gui.tables.item_text import SECONDARY_ROLE, TwoLineDelegate
from annotator.gui.window import messages as dialogs
from annotator.store.records import ATTRIBUTION

if TYPE_CHECKING:
    from annotator.store.project import Project


def show_error(parent: QWidget | None, message: str) -> None:
    """One sentence in the window's non-blocking error box (tests replace this)."""
    dialogs.show_error(parent, message)


def try_perform(
    parent: QWidget | None, stack: QUndoStack, command: CoreCommand | Callable[[], CoreCommand]
) -> bool:
    """Perform a command (or build it, when building reads the project and may fail);
    a refusal from core is shown, not raised."""
    try:
        perform(stack, command if isinstance(command, CoreCommand) else command())
    except AnnotatorError as exc:
        show_error(parent, str(exc))
        return False
    return True


# -- linking ------------------------------------------------------------------------------


def link_claim(
    parent: QWidget | None,
    stack: QUndoStack,
    project: Project,
    claim_id: int,
    target_id: int,
    analyst: str,
) -> bool:
    """Attribute a claim to a speaker mention, or link it to a cue (by the target's kind)."""
    return try_perform(parent, stack, lambda: AddLink(project, claim_id, target_id, analyst))


def toggle_link(
    parent: QWidget | None,
    stack: QUndoStack,
    project: Project,
    claim_id: int,
    target_id: int,
    analyst: str,
) -> bool:
    """For link mode: clicking a linked mention unlinks it, an unlinked one links it."""
    link = project.links.find(claim_id, target_id, link_type_for(project, target_id))
    if link is not None:
        return try_perform(parent, stack, RemoveLink(project, link.id))
    return link_claim(parent, stack, project, claim_id, target_id, analyst)


def attribute_claim(
    parent: QWidget | None,
    stack: QUndoStack,
    project: Project,
    claim_id: int,
    analyst: str,
    *,
    kinds: tuple[str, ...] = ("speaker",),
    at: QPoint | None = None,
) -> bool:
    """The `A` key: pick a mention of the claim's document, then link the claim to it."""
    target = speaker_picker.pick_speaker(parent, project, claim_id, kinds=kinds, at=at)
    if target is None:
        return False
    return link_claim(parent, stack, project, claim_id, target, analyst)


# -- grouping a new mention ----------------------------------------------------------------


def group_new_mention(
    parent: QWidget | None, stack: QUndoStack, project: Project, mention_id: int
) -> bool:
    """After a speaker mention is made: propose an entity, and group as the analyst says.

    The window may call this inside its own macro so that marking the mention and grouping
    it are one undo step.
    """
    mention = project.annotations.get(mention_id)
    if mention.entity_id is not None:
        return False
    choice = speaker_picker.confirm_entity(parent, project, mention.text)
    if choice is None:
        return False
    if choice == "new":
        return try_perform(parent, stack, new_entity_command(project, [mention_id], mention.text))
    return try_perform(parent, stack, assign_command(project, [mention_id], choice))


# -- deleting a speaker mention that has claims --------------------------------------------


@dataclass(frozen=True)
class DeleteChoice:
    action: Literal["unlink", "reattribute", "cancel"]
    target_id: int | None = None  # the mention that takes over the claims (reattribute)


def attributed_claims(project: Project, mention_id: int) -> list[int]:
    return [
        k.source_id
        for k in project.links.touching(mention_id)
        if k.target_id == mention_id and k.type == ATTRIBUTION
    ]


def same_speaker_mentions(project: Project, mention_id: int) -> list[int]:
    """Other mentions of the mention's entity in its document, nearest first (a link stays
    inside one document)."""
    mention = project.annotations.get(mention_id)
    if mention.entity_id is None:
        return []
    others = [
        a
        for a in project.annotations.for_document(mention.document_id)
        if a.entity_id == mention.entity_id and a.id != mention_id
    ]
    others.sort(key=lambda a: (abs(a.start - mention.start), a.id))
    return [a.id for a in others]


translate = QCoreApplication.translate


class _DeleteSpeakerDialog(QDialog):
    def __init__(self, parent: QWidget | None, project: Project, mention_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete speaker mention"))
        self.choice = DeleteChoice("cancel")
        mention = project.annotations.get(mention_id)
        count = len(attributed_claims(project, mention_id))
        question = self.tr(
            "%Ln claims are attributed to «%1». What should happen to them?", "", count
        )
        text = QLabel(question.replace("%1", mention.text))
        text.setWordWrap(True)
        self.targets = QComboBox(self)
        self.targets.setItemDelegate(TwoLineDelegate(self.targets))
        doc_text = project.documents.text(mention.document_id)
        for other in same_speaker_mentions(project, mention_id):
            ann = project.annotations.get(other)
            self.targets.addItem(ann.text, other)
            context = speaker_picker.context_of(doc_text, ann.start, ann.end)
            self.targets.setItemData(self.targets.count() - 1, context, SECONDARY_ROLE)
            self.targets.setItemData(self.targets.count() - 1, context, Qt.ItemDataRole.ToolTipRole)
        move = QPushButton(self.tr("&Re-attribute them to", "", count), self)
        unlink = QPushButton(self.tr("&Delete and leave them without a speaker", "", count), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        can_move = self.targets.count() > 0
        move.setEnabled(can_move)
        self.targets.setEnabled(can_move)
        if not can_move:
            self.targets.addItem(self.tr("no other mention of this speaker in the document"))
        (move if can_move else unlink).setDefault(True)
        move.clicked.connect(lambda: self._done("reattribute", self.targets.currentData()))
        unlink.clicked.connect(lambda: self._done("unlink", None))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(move)
        row.addWidget(self.targets, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(unlink)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(460, self.sizeHint().height())

    def _done(self, action: Literal["unlink", "reattribute"], target: int | None) -> None:
        self.choice = DeleteChoice(action, target)
        self.accept()


def ask_delete_speaker(parent: QWidget | None, project: Project, ann_id: int) -> DeleteChoice:
    """Ask what deleting a speaker mention does to the claims attributed to it."""
    dialog = _DeleteSpeakerDialog(parent, project, ann_id)
    dialog.exec()
    return dialog.choice


def delete_annotation(
    parent: QWidget | None, stack: QUndoStack, project: Project, ann_id: int, analyst: str
) -> bool:
    """Delete an annotation as one undo step; for a speaker mention with attributed claims,
    ask first (unlink them, re-attribute them to another mention of the speaker, or cancel)."""
    claims = attributed_claims(project, ann_id)
    if not claims:
        return try_perform(parent, stack, DeleteAnnotation(project, ann_id))
    choice = ask_delete_speaker(parent, project, ann_id)
    if choice.action == "cancel":
        return False
    try:
        with macro(stack, project, translate("DeleteSpeaker", "Delete speaker mention")):
            if choice.action == "reattribute":
                assert choice.target_id is not None
                for claim_id in claims:
                    if project.links.find(claim_id, choice.target_id) is None:
                        perform(stack, AddLink(project, claim_id, choice.target_id, analyst))
            for claim_id in claims:
                link = project.links.find(claim_id, ann_id)
                if link is not None:
                    perform(stack, RemoveLink(project, link.id))
            undo_text = translate("DeleteSpeaker", "Delete speaker mention")
            perform(stack, DeleteAnnotation(project, ann_id, undo_text))
    except AnnotatorError as exc:
        show_error(parent, str(exc))
        return False
    return True
