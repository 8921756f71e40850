"""The speakers dock: every speaker entity of the project with its mention and claim counts.

Rename (F2 or double-click), change type and role in place, merge several, split mentions
off, delete; every change is one undo step. Selecting one speaker lists its claims;
activating a claim emits `claimActivated` so the window can show it.

The panel follows the session's change reports shortly after an edit (CATCH_UP_MS) and only
while visible, and it updates only the speakers an edit touched: it remembers which speaker each
grouped mention belongs to and which mention each attribution link points to, so even a
deleted mention or link names the speaker whose counts changed. With thousands of speakers
an edit costs a few rows, not a re-read of the table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.commands.attribution_commands import (
    EditEntity,
    delete_entity_command,
    merge_command,
    split_command,
)
from annotator.gui.commands.command import Sequence
from annotator.gui.i18n import fill_names, shown_name
from annotator.gui.session import Session
from annotator.gui.speakers import dialogs as entity_dialogs
from annotator.gui.speakers.speaker_table import ID_ROLE, EntityRow, EntityTableModel
from annotator.gui.tables.item_text import SECONDARY_ROLE, AutoDirectionDelegate, TwoLineDelegate
from annotator.store.records import ENTITY_TYPES
from annotator.text.arabic import fold

if TYPE_CHECKING:
    from annotator.store.project import Change, Project

Index = QModelIndex | QPersistentModelIndex
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
_WATCHED = {"entities", "annotations", "links", "documents"}
# Catch up this long after the first of a run of edits, not in the same event-loop turn:
# the row an analyst just marked shows at once, the side panel a moment later, and a
# quick run of edits costs one table repaint instead of one each.
CATCH_UP_MS = 120
_MAX_PENDING = 2_000  # more ids than this waiting: one full re-read is cheaper


class _TypeDelegate(QStyledItemDelegate):
    """A combo box of entity types for the Type column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        fill_names(combo, ENTITY_TYPES)  # shown translated, stored as written
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        stored = str(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(editor.findData(stored), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _NameFilter(QSortFilterProxyModel):
    """Filters on folded name and role, so a search needs no diacritics."""

    words: tuple[str, ...] = ()  # the folded filter, folded once per change, not per row

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.words = tuple(fold(query).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, EntityTableModel)
        entity = model.entity_at(row)
        key = fold(f"{entity.name} {entity.role}")
        return all(word in key for word in self.words)


class SpeakersPanel(QWidget):
    claimActivated = Signal(int)  # annotation id of a claim to show

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._opened: Project | None = None  # the project whose speakers wait for a paint
        self._full = True  # re-read everything at the next catch-up
        self._dirty = self._relist = False
        self._pending: dict[str, set[int]] = {"annotations": set(), "links": set()}
        self._pending_entities: set[int] = set()
        self._owner: dict[int, int] = {}  # grouped mention -> its entity
        self._link_target: dict[int, int] = {}  # attribution link -> its mention
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CATCH_UP_MS)
        self._timer.timeout.connect(self.catch_up)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter speakers"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = EntityTableModel(self)
        self.proxy = _NameFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EntityTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(EntityTableModel.TYPE, _TypeDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed starting widths, not ResizeToContents: that re-measures up to 1,000 rows
        # whenever a row changes, which is most of an edit's cost with many speakers.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EntityTableModel.ROLE, QHeaderView.ResizeMode.Stretch)
        em = self.table.fontMetrics().horizontalAdvance("M")
        header.resizeSection(EntityTableModel.NAME, 9 * em)
        header.resizeSection(
            EntityTableModel.TYPE,
            max(self.table.fontMetrics().horizontalAdvance(shown_name(t)) for t in ENTITY_TYPES)
            + 2 * em,
        )
        for column in (EntityTableModel.MENTIONS, EntityTableModel.CLAIMS):
            title = EntityTableModel.HEADERS[column]
            header.resizeSection(column, header.fontMetrics().horizontalAdvance(title) + 2 * em)
        direction = AutoDirectionDelegate(self.table)  # Python per cell: text columns only
        for column in (EntityTableModel.NAME, EntityTableModel.ROLE):
            self.table.setItemDelegateForColumn(column, direction)
        self.table.installEventFilter(self)

        # Tool buttons, not push buttons: four of them fit a narrow side column.
        self.rename_button = QToolButton(self)
        self.merge_button = QToolButton(self)
        self.split_button = QToolButton(self)
        self.delete_button = QToolButton(self)
        for button, text in (
            (self.rename_button, self.tr("&Rename")),
            (self.merge_button, self.tr("&Merge")),
            (self.split_button, self.tr("S&plit…")),
            (self.delete_button, self.tr("&Delete")),
        ):
            button.setText(text)
        buttons = QHBoxLayout()
        for b in (self.rename_button, self.merge_button, self.split_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.claims_heading = QLabel(self)  # names the box, and whose claims it lists
        self.claims_heading.setWordWrap(True)
        heading_font = self.claims_heading.font()
        heading_font.setBold(True)
        self.claims_heading.setFont(heading_font)
        self.mentions_label = QLabel(self)
        self.mentions_label.setWordWrap(True)
        self.claims = QListWidget(self)
        self.claims.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.claims.setItemDelegate(TwoLineDelegate(self.claims))
        self.claims.setAlternatingRowColors(True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.claims_heading)
        lower_layout.addWidget(self.mentions_label)
        lower_layout.addWidget(self.claims)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.filter_edit)
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)

        self.filter_edit.textChanged.connect(self.proxy.set_query)
        self.model.editRequested.connect(self._edit_entity)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.rename_button.clicked.connect(self.rename_current)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.claims.itemActivated.connect(
            lambda item: self.claimActivated.emit(int(item.data(CLAIM_ROLE)))
        )
        session.projectChanged.connect(self._on_project)
        session.changed.connect(self._on_changes)
        self.refresh()
        self._list_claims(None)

    # -- project and refresh ----------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self.session.project

    def _on_project(self) -> None:
        """Another project (or none): read its speakers once the window has painted its text
        (`Session.after_paint`); sorting 1,000 speakers by name is not what that paint
        needs. A change report meanwhile makes the catch-up read everything."""
        project = self.project
        if project is None:
            self.refresh()
            return
        self._full = True
        self._opened = project
        self.session.after_paint(self._read_opened)  # a bound method: no cycle if never run

    def _read_opened(self) -> None:
        opened, self._opened = self._opened, None
        if opened is not None and self.project is opened and self._full:
            self.refresh()

    def _on_changes(self, changes: list[Change]) -> None:
        for change in changes:
            if change.table not in _WATCHED:
                continue
            self._dirty = True
            if change.table == "documents":
                # A title shows in the claims list; adding or deleting a document can bring
                # or take any number of mentions without naming them.
                self._full = self._full or change.op != "update"
                self._relist = True
            elif not change.ids:
                self._full = True
            elif change.table == "entities":
                self._pending_entities.update(change.ids)
            else:
                self._pending[change.table].update(change.ids)
        pending = sum(map(len, self._pending.values())) + len(self._pending_entities)
        self._full = self._full or pending > _MAX_PENDING
        if self._dirty and self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.catch_up()

    def catch_up(self) -> None:
        """Apply the changes reported since the last call (now, not at the next turn)."""
        if not self._dirty:
            return
        if self._full or self.project is None:
            self.refresh()
            return
        self._dirty = False
        annotations, links = self._pending["annotations"], self._pending["links"]
        touched = self._touched_entities(annotations, links) | self._pending_entities
        relist = self._relist or bool(set(self.claim_ids()) & annotations)
        self._relist = False
        self._clear_pending()
        if touched:
            self._update_entities(touched)
        selected = self.selected_entity_ids()
        if relist or (len(selected) == 1 and selected[0] in touched):
            self._selection_changed()

    def _touched_entities(self, annotations: set[int], links: set[int]) -> set[int]:
        """Speakers whose rows these annotation and link edits changed: the ones their
        mentions belonged to before (from memory) and belong to now (from the project)."""
        assert self.project is not None
        touched = {self._owner[a] for a in annotations if a in self._owner}
        touched |= {
            self._owner[m]
            for k in links
            if (m := self._link_target.get(k)) is not None and m in self._owner
        }
        owners = self.project.entities.owners(annotations) if annotations else {}
        for a in annotations:
            self._owner.pop(a, None)
        self._owner.update(owners)
        targets = self.project.links.attribution_targets(links) if links else {}
        for k in links:
            self._link_target.pop(k, None)
        self._link_target.update(targets)
        touched |= set(owners.values())  # a moved mention: its old and new speaker
        touched |= {self._owner[m] for m in targets.values() if m in self._owner}
        return touched

    def _update_entities(self, entity_ids: set[int]) -> None:
        assert self.project is not None
        entities = self.project.entities.get_many(entity_ids)
        counts = self.project.entities.counts(entities)
        rows = [EntityRow(e, *counts.get(e.id, (0, 0))) for e in entities.values()]
        self.model.update_rows(rows, entity_ids - set(entities))

    def _clear_pending(self) -> None:
        for ids in self._pending.values():
            ids.clear()
        self._pending_entities.clear()

    def refresh(self) -> None:
        """Re-read every speaker, count and mention owner; keep the selection by entity id."""
        self._dirty = self._full = self._relist = False
        self._clear_pending()
        selected = self.selected_entity_ids()
        if self.project is None:
            self.model.set_rows([])
            self._owner, self._link_target = {}, {}
        else:
            entities = self.project.entities
            counts = entities.counts()
            self._owner = entities.owners()
            self._link_target = self.project.links.attribution_targets()
            self.model.set_rows([EntityRow(e, *counts.get(e.id, (0, 0))) for e in entities.all()])
        self.select_entities(selected)
        self._selection_changed()

    # -- selection --------------------------------------------------------------------

    def selected_entity_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(EntityTableModel.NAME)
        return [int(i.data(ID_ROLE)) for i in sorted(rows, key=lambda i: i.row())]

    def select_entities(self, entity_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for n, entity_id in enumerate(entity_ids):
            row = self.model.row_of(entity_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, EntityTableModel.NAME))
            if n == 0:
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            selection.select(index, flags)

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_entity_ids()
        self.rename_button.setEnabled(len(ids) == 1)
        self.merge_button.setEnabled(len(ids) >= 2)
        self.split_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        self._list_claims(ids[0] if len(ids) == 1 else None)

    def _list_claims(self, entity_id: int | None) -> None:
        self.claims.clear()
        self.mentions_label.clear()
        if entity_id is None or self.project is None:
            self.claims_heading.setText(self.tr("Claims of the selected speaker"))
            self.mentions_label.setText(self.tr("Select one speaker to list their claims."))
            return
        project = self.project
        row = self.model.row_of(entity_id)
        name = self.model.entity_at(row).name if row >= 0 else ""
        self.claims_heading.setText(self.tr("Claims of %1").replace("%1", name))
        texts = project.entities.mention_texts(entity_id)
        mentions = self.tr("Mentions: %1").replace("%1", "، ".join(texts))
        self.mentions_label.setText(mentions if texts else self.tr("No mentions"))
        titles: dict[int, str] = {}
        for claim in project.entities.claims(entity_id):
            if claim.document_id not in titles:
                titles[claim.document_id] = project.documents.get(claim.document_id).title
            item = QListWidgetItem(claim.text)
            item.setData(SECONDARY_ROLE, titles[claim.document_id])
            item.setData(CLAIM_ROLE, claim.id)
            item.setToolTip(claim.text)
            self.claims.addItem(item)

    def claim_ids(self) -> list[int]:
        return [int(self.claims.item(i).data(CLAIM_ROLE)) for i in range(self.claims.count())]

    # -- actions ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F2 and Delete act on the panel while it has focus, whatever the window binds."""
        if watched is self.table and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete) and self.table.state() != (
                QAbstractItemView.State.EditingState
            ):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                elif event.key() == Qt.Key.Key_F2:
                    self.rename_current()
                else:
                    self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def rename_current(self) -> None:
        ids = self.selected_entity_ids()
        if len(ids) != 1:
            return
        index = self.proxy.mapFromSource(
            self.model.index(self.model.row_of(ids[0]), EntityTableModel.NAME)
        )
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _edit_entity(self, entity_id: int, field: str, value: str) -> None:
        if self.project is None:
            return
        self.session.run(EditEntity(entity_id, **{field: value}))
        self.catch_up()

    def merge_selected(self) -> None:
        ids = self.selected_entity_ids()
        if self.project is None or len(ids) < 2:
            return
        rows = [self.model.row_data(self.model.row_of(i)) for i in ids]
        keep = entity_dialogs.choose_merge_keep(self, rows)
        if keep is None:
            return
        others = [i for i in ids if i != keep]
        if self.session.run(merge_command(keep, others)):
            self.catch_up()
            self.select_entities([keep])

    def split_current(self) -> None:
        ids = self.selected_entity_ids()
        if self.project is None or len(ids) != 1:
            return
        answer = entity_dialogs.ask_split(self, self.project, ids[0])
        if answer is None:
            return
        mention_ids, name = answer
        command = split_command(ids[0], mention_ids, name)
        if self.session.run(command):
            self.catch_up()
            created = command.regrouping.created if command.regrouping else None
            self.select_entities([created.id] if created else ids)

    def delete_selected(self) -> None:
        """Delete the selected speakers; their mentions stay, ungrouped. One undo step."""
        ids = self.selected_entity_ids()
        if self.project is None or not ids:
            return
        if len(ids) == 1:
            self.session.run(delete_entity_command(ids[0]))
        else:
            steps = [delete_entity_command(entity_id) for entity_id in ids]
            self.session.run(Sequence(self.tr("Delete %Ln speakers", "", len(ids)), steps))
        self.catch_up()
