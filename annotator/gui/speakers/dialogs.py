"""Small questions the speakers panel asks: which name survives a merge, which mentions
split off into a new speaker. Module functions, so tests can answer them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import number
from annotator.gui.tables.item_text import SECONDARY_ROLE, TwoLineDelegate
from annotator.speakers.attribution import context_of

if TYPE_CHECKING:
    from annotator.gui.speakers.speaker_table import EntityRow
    from annotator.store.project import Project

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
translate = QCoreApplication.translate


def choose_merge_keep(parent: QWidget | None, rows: list[EntityRow]) -> int | None:
    """Ask which speaker the others fold into; the one with most mentions is offered first."""
    rows = sorted(rows, key=lambda r: (-r.mentions, r.entity.name))
    labels = [f"{r.entity.name}  ({number(r.mentions)})" for r in rows]
    label, ok = QInputDialog.getItem(
        parent,
        translate("SpeakerDialogs", "Merge speakers"),
        translate("SpeakerDialogs", "Keep this speaker; the others become its mentions:"),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return rows[labels.index(label)].entity.id


class SplitDialog(QDialog):
    """Tick the mentions that are someone else, and name that someone."""

    def __init__(self, project: Project, entity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entity = project.entities.get(entity_id)
        self.setWindowTitle(self.tr("Split speaker"))
        self.list = QListWidget(self)
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        titles: dict[int, str] = {}
        for mention_id in project.entities.mentions(entity_id):
            ann = project.annotations.get(mention_id)
            if ann.document_id not in titles:
                titles[ann.document_id] = project.documents.get(ann.document_id).title
            text = project.documents.text(ann.document_id)
            item = QListWidgetItem(f"{ann.text}  ·  {titles[ann.document_id]}")
            item.setData(SECONDARY_ROLE, context_of(text, ann.start, ann.end))
            item.setData(ID_ROLE, mention_id)
            item.setData(TEXT_ROLE, ann.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.name = QLineEdit(self)
        self.name.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name.setPlaceholderText(self.tr("name of the new speaker"))
        self._named_by_hand = False
        self.name.textEdited.connect(self._on_name_edited)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        tick = self.tr("Tick the mentions of «%1» that are someone else:")
        layout.addWidget(QLabel(tick.replace("%1", entity.name)))
        layout.addWidget(self.list)
        form = QFormLayout()
        form.addRow(self.tr("New &speaker:"), self.name)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 340)
        self._update()

    def checked_ids(self) -> list[int]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [int(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, mention_ids: list[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = int(item.data(ID_ROLE)) in mention_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_name_edited(self, _text: str) -> None:
        self._named_by_hand = True
        self._update()

    def _update(self) -> None:
        items = [self.list.item(i) for i in range(self.list.count())]
        ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        if ticked and not self._named_by_hand:
            self.name.setText(ticked[0].data(TEXT_ROLE))
        checked = self.checked_ids()
        ok = 0 < len(checked) < self.list.count() and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def ask_split(
    parent: QWidget | None, project: Project, entity_id: int
) -> tuple[list[int], str] | None:
    """The mentions to split off and the new speaker's name, or None if cancelled."""
    dialog = SplitDialog(project, entity_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.checked_ids(), dialog.name.text().strip()
