"""Choosing who said a claim: a keyboard-first popup of the document's speaker mentions,
and the confirmation of a proposed speaker entity for a new mention.

Mentions are listed nearest to the claim first (the speaker is usually within a sentence of
the quote); typing filters them on folded names (`arabic.fold`), so "بوبوفا" typed without
diacritics finds "بُوبُوفَا" and "ة"/"ه" spellings find each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import shown_name
from annotator.gui.tables.item_text import SECONDARY_ROLE, TwoLineDelegate
from annotator.speakers.attribution import Candidate, linked_texts, speaker_candidates
from annotator.speakers.grouping import propose_entities
from annotator.text.arabic import fold
from annotator.text.keyboard import latin_key

if TYPE_CHECKING:
    from annotator.store.project import Project
    from annotator.store.records import Entity

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def candidate_title(c: Candidate) -> str:
    """The mention, and its speaker's canonical name when that reads differently."""
    if not c.entity or fold(c.entity) == fold(c.text):
        return c.text
    return f"{c.text}  ←  {c.entity}"


def matches(query: str, key: str) -> bool:
    """Every folded word of `query` occurs in the folded `key`."""
    return all(word in key for word in fold(query).split())


class _FoldFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return matches(self.query, key)


class SpeakerPicker(QDialog):
    """Pick a mention for a claim. `chosen_id` holds the choice after `accept()`."""

    def __init__(
        self,
        project: Project,
        claim_id: int,
        parent: QWidget | None = None,
        *,
        kinds: tuple[str, ...] = ("speaker",),
        popup: bool = True,
    ) -> None:
        super().__init__(parent)
        if popup:
            self.setWindowFlags(Qt.WindowType.Popup)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setWindowTitle(
            self.tr("Choose the speaker") if "speaker" in kinds else self.tr("Choose the cue")
        )
        self.chosen_id: int | None = None
        self.candidates = speaker_candidates(project, claim_id, kinds)
        claim = project.annotations.get(claim_id)

        excerpt = " ".join(claim.text.split())
        excerpt = excerpt if len(excerpt) <= 90 else excerpt[:90] + "…"
        self.title = QLabel(f"«{excerpt}»", self)
        self.title.setWordWrap(True)
        linked = linked_texts(project, claim_id, kinds)
        self.linked = QLabel("✓ " + "، ".join(linked), self)
        self.linked.setVisible(bool(linked))
        self.linked.setToolTip(self.tr("already linked to this claim"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("type to filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        for c in self.candidates:
            item = QStandardItem(candidate_title(c))
            item.setData(c.context, SECONDARY_ROLE)
            item.setData(c.ann_id, ID_ROLE)
            item.setData(c.key, KEY_ROLE)
            item.setToolTip(c.context)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = _FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setFocusProxy(self.filter_edit)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for w in (self.title, self.linked, self.filter_edit, self.view, self.empty):
            layout.addWidget(w)
        self.resize(460, 320)

        self.filter_edit.textChanged.connect(self.set_filter)
        self.filter_edit.installEventFilter(self)
        self.view.activated.connect(self._choose)
        self.view.doubleClicked.connect(self._choose)
        self.set_filter("")
        self.filter_edit.setFocus()

    def set_filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        if not self.candidates:
            self.empty.setText(
                self.tr("No mention to choose in this document: mark one first (S).")
            )
        elif not self.proxy.rowCount():
            self.empty.setText(self.tr("No mention matches."))
        self.empty.setVisible(not self.proxy.rowCount())

    def visible_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.view.keyPressEvent(event)  # arrows move the list, the caret stays
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            if not self.proxy.rowCount():
                return
            index = self.proxy.index(0, 0)
        self.chosen_id = int(index.data(ID_ROLE))
        self.accept()


def pick_speaker(
    parent: QWidget | None,
    project: Project,
    claim_id: int,
    *,
    kinds: tuple[str, ...] = ("speaker",),
    at: QPoint | None = None,
) -> int | None:
    """Show the picker (at a global position, e.g. under the claim) and return the chosen
    annotation id, or None when the analyst pressed Esc or clicked elsewhere."""
    picker = SpeakerPicker(project, claim_id, parent, kinds=kinds)
    if at is not None:
        picker.move(at)
    if picker.exec() == QDialog.DialogCode.Accepted:
        return picker.chosen_id
    return None


# -- entity proposal ---------------------------------------------------------------------

EntityChoice = int | Literal["new"] | None


def is_n(event: QKeyEvent) -> bool:
    """The N key, on a Latin layout or an Arabic one (where it types ى)."""
    return event.key() == Qt.Key.Key_N or latin_key(event.text()) == "N"


class EntityProposalDialog(QDialog):
    """ "Is this the same speaker as…?" Enter groups the mention with the selected entity,
    N makes a new entity named after the mention, Esc leaves it ungrouped."""

    def __init__(
        self,
        project: Project,
        mention_text: str,
        proposals: list[Entity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Same speaker?"))
        self.choice: EntityChoice = None
        question = QLabel(
            self.tr("Is «%1» one of these speakers?").replace("%1", mention_text), self
        )
        question.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        for entity in proposals:
            mentions = "، ".join(project.entities.mention_texts(entity.id)[:5])
            item = QListWidgetItem(entity.name + (f" — {entity.role}" if entity.role else ""))
            item.setData(SECONDARY_ROLE, f"{mentions}  ({shown_name(entity.type)})")
            item.setData(ID_ROLE, entity.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        same = buttons.addButton(
            self.tr("Same speaker (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        new = QPushButton(self.tr("New speaker (N)"), self)
        buttons.addButton(new, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Leave ungrouped (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        same.setDefault(True)
        same.clicked.connect(self.choose_selected)
        new.clicked.connect(self.choose_new)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.choose_selected())
        self.list.installEventFilter(self)  # N, even while the list has the focus
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(440, 260)
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_n(event)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            self.choose_new()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_n(event) and not event.modifiers():
            self.choose_new()
            return
        super().keyPressEvent(event)

    def choose_selected(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.choice = int(item.data(ID_ROLE))
            self.accept()

    def choose_new(self) -> None:
        self.choice = "new"
        self.accept()


def confirm_entity(
    parent: QWidget | None,
    project: Project,
    mention_text: str,
    proposals: list[Entity] | None = None,
) -> EntityChoice:
    """Which speaker a new mention belongs to: an entity id, "new" or None (ungrouped).

    With no proposal the answer is "new" without asking: every speaker mention then belongs
    to an entity the speakers panel can show, and the analyst is interrupted only when the
    name resembles a speaker already known.
    """
    if proposals is None:
        proposals = propose_entities(project, mention_text)
    if not proposals:
        return "new"
    dialog = EntityProposalDialog(project, mention_text, proposals, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.choice
    return None
