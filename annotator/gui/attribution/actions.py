"""User actions of attribution, each one undo step: ask what is needed, then `Session.run`.

These are what the window's keys and menus call (`A` -> `attribute_claim`, a click in link
mode -> `toggle_link`, Delete -> `delete_annotation`, which asks first for a speaker mention
that has claims). Each builds a command and hands it to `Session.run`; a refusal reaches
the analyst through `Session.refused`. Dialogs are module functions so tests can replace
them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.attribution import speaker_picker
from annotator.gui.commands.annotation_commands import DeleteAnnotation
from annotator.gui.commands.attribution_commands import (
    AddLink,
    DeleteMention,
    RemoveLink,
    assign_command,
    new_entity_command,
)
from annotator.gui.session import Session
from annotator.gui.tables.item_text import SECONDARY_ROLE, TwoLineDelegate
from annotator.speakers.attribution import (
    attributed_claims,
    context_of,
    link_type_for,
    same_speaker_mentions,
)
from annotator.store.project import Project
from annotator.store.records import Annotation

# -- linking ------------------------------------------------------------------------------


def link_claim(session: Session, claim_id: int, target_id: int) -> bool:
    """Attribute a claim to a speaker mention, or link it to a cue (by the target's kind)."""
    return session.run(AddLink(claim_id, target_id))


def toggle_link(session: Session, claim_id: int, target_id: int) -> bool:
    """For link mode: clicking a linked mention unlinks it, an unlinked one links it."""
    project = session.require_project()
    link = project.links.find(claim_id, target_id, link_type_for(project, target_id))
    if link is not None:
        return session.run(RemoveLink(link.id))
    return link_claim(session, claim_id, target_id)


def attribute_claim(
    parent: QWidget | None,
    session: Session,
    claim_id: int,
    *,
    kinds: tuple[str, ...] = ("speaker",),
    at: QPoint | None = None,
) -> bool:
    """The `A` key: pick a mention of the claim's document, then link the claim to it."""
    project = session.require_project()
    target = speaker_picker.pick_speaker(parent, project, claim_id, kinds=kinds, at=at)
    if target is None:
        return False
    return link_claim(session, claim_id, target)


# -- grouping a new mention ----------------------------------------------------------------


def group_new_mention(parent: QWidget | None, session: Session, mention_id: int) -> bool:
    """Group an ungrouped speaker mention: propose an entity, and group as the analyst says,
    as its own undo step. (A mention being marked is grouped in the same step as it is
    marked: `viewer.annotating.grouped` runs both as one `Sequence`.)"""
    project = session.require_project()
    mention = project.annotations.get(mention_id)
    if mention.entity_id is not None:
        return False
    choice = speaker_picker.confirm_entity(parent, project, mention.text)
    if choice is None:
        return False
    if choice == "new":
        return session.run(new_entity_command([mention_id], mention.text))
    return session.run(assign_command([mention_id], choice))


# -- deleting a speaker mention that has claims --------------------------------------------


@dataclass(frozen=True)
class DeleteChoice:
    action: Literal["unlink", "reattribute", "cancel"]
    target_id: int | None = None  # the mention that takes over the claims (reattribute)


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
            context = context_of(doc_text, ann.start, ann.end)
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


def delete_annotation(parent: QWidget | None, session: Session, ann: Annotation) -> bool:
    """Delete an annotation as one undo step; for a speaker mention with attributed claims,
    ask first (unlink them, re-attribute them to another mention of the speaker, or cancel)."""
    project = session.require_project()
    if not attributed_claims(project, ann.id):
        return session.run(DeleteAnnotation(ann))
    choice = ask_delete_speaker(parent, project, ann.id)
    if choice.action == "cancel":
        return False
    target = choice.target_id if choice.action == "reattribute" else None
    return session.run(DeleteMention(ann.id, ann.document_id, target))
