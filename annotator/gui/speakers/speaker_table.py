"""Table model of speaker entities: it adapts rows handed to it and asks for edits.

The model holds no project: the speakers panel reads entities and counts from core and
passes them in with `set_rows`. An edit in a cell is not written here; the model emits
`editRequested` and the panel turns it into an undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP, shown_name
from annotator.store.records import Entity

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EntityRow:
    entity: Entity
    mentions: int
    claims: int


class EntityTableModel(QAbstractTableModel):
    NAME, TYPE, ROLE, MENTIONS, CLAIMS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EntityTableModel", "Speaker"),
        QT_TRANSLATE_NOOP("EntityTableModel", "Type"),
        QT_TRANSLATE_NOOP("EntityTableModel", "Role"),
        QT_TRANSLATE_NOOP("EntityTableModel", "Mentions"),
        QT_TRANSLATE_NOOP("EntityTableModel", "Claims"),
    )
    FIELDS: ClassVar[dict[int, str]] = {NAME: "name", TYPE: "type", ROLE: "role"}

    editRequested = Signal(int, str, str)  # entity id, field (name/type/role), new value

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntityRow] = []
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: list[EntityRow]) -> None:
        """Show `rows`; when the same entities come back in the same order only the
        changed cells are repainted, so selection and scroll position stay."""
        if [r.entity.id for r in rows] == [r.entity.id for r in self._rows]:
            changed = [i for i, (a, b) in enumerate(zip(rows, self._rows, strict=True)) if a != b]
            self._rows = list(rows)
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def update_rows(self, rows: list[EntityRow], removed: set[int]) -> None:
        """Change, add and remove only the rows named: the cost of an edit is the rows it
        touched, not the number of speakers (no reset, so no view re-reads every row)."""
        added = []
        for row in rows:
            at = self._row_of.get(row.entity.id)
            if at is None:
                added.append(row)
            elif self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self._row_of.update((r.entity.id, first + n) for n, r in enumerate(added))
            self.endInsertRows()
        gone = sorted((self._row_of[i] for i in removed if i in self._row_of), reverse=True)
        for at in gone:  # one by one from the end; removals are rare (delete, merge)
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
        if gone:
            self._reindex()

    def _reindex(self) -> None:
        self._row_of = {r.entity.id: n for n, r in enumerate(self._rows)}

    def entity_ids(self) -> list[int]:
        return [r.entity.id for r in self._rows]

    def entity_at(self, row: int) -> Entity:
        return self._rows[row].entity

    def row_data(self, row: int) -> EntityRow:
        return self._rows[row]

    def row_of(self, entity_id: int) -> int:
        return self._row_of.get(entity_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (row.entity.name, row.entity.type, row.entity.role, row.mentions, row.claims)
            if col == self.TYPE and role == Qt.ItemDataRole.DisplayRole:
                return shown_name(row.entity.type)
            return values[col]
        if role == ID_ROLE:
            return row.entity.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MENTIONS, self.CLAIMS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col in (self.NAME, self.ROLE)
            and row.entity.role
        ):
            return f"{row.entity.name} — {row.entity.role}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.FIELDS:
            return False
        entity = self._rows[index.row()].entity
        field = self.FIELDS[index.column()]
        if str(value) == getattr(entity, field):
            return False
        self.editRequested.emit(entity.id, field, str(value))
        return True
