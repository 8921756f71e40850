"""The annotations table of the current document: label, text, speaker, analyst.

Rows are kept in document order as sorted keys (start, end, id); each change report moves
only the rows it names (one begin/end call each), and a newly loaded page is appended in
one call, so the table stays cheap with 10,000 rows.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, insort
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..project import Change
from ..records import Annotation
from .session import Session

COLUMNS = ("Label", "Text", "Speaker", "Analyst")
LABEL, TEXT, SPEAKER, ANALYST = range(4)
MAX_SHOWN = 160

Index = QModelIndex | QPersistentModelIndex
HANDLED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    }
)
Key = tuple[int, int, int]


def key_of(ann: Annotation) -> Key:
    return (ann.start, ann.end, ann.id)


def is_rtl(text: str) -> bool:
    """Direction of the first strong character (the Unicode paragraph rule)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_SHOWN else flat[: MAX_SHOWN - 1] + "…"


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._keys: list[Key] = []
        self._key_of: dict[int, Key] = {}
        self._speakers: dict[int, list[int]] = {}  # claim id -> speaker mention ids
        session.documentChanged.connect(self._reset)
        session.annotationsLoaded.connect(self._append)
        session.changed.connect(self._on_changes)

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in HANDLED_ROLES:  # views ask for many roles per cell; answer fast
            return None
        ann = self.annotation_at(index.row())
        if ann is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == LABEL:
                return ann.label
            if col == TEXT:
                return one_line(ann.text)
            if col == SPEAKER:
                return self.speaker_text(ann)
            if col == ANALYST:
                return ann.analyst
        elif role == Qt.ItemDataRole.DecorationRole and col == LABEL:
            label = self.session.label(ann.label)
            return QColor(label.color) if label else None
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (TEXT, SPEAKER):
            shown = ann.text if col == TEXT else self.speaker_text(ann)
            side = Qt.AlignmentFlag.AlignRight if is_rtl(shown) else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        elif role == Qt.ItemDataRole.ToolTipRole and col == TEXT:
            return ann.text
        elif role == Qt.ItemDataRole.UserRole:
            return ann.id
        return None

    # -- lookups --------------------------------------------------------------------------

    def annotation_at(self, row: int) -> Annotation | None:
        if not 0 <= row < len(self._keys):
            return None
        return self.session.annotations.get(self._keys[row][2])

    def row_of(self, ann_id: int) -> int | None:
        key = self._key_of.get(ann_id)
        if key is None:
            return None
        return bisect_left(self._keys, key)

    def speaker_text(self, ann: Annotation) -> str:
        names = []
        project = self.session.project
        for sid in self._speakers.get(ann.id, ()):
            mention = self.session.annotations.get(sid)
            if mention is None:
                continue
            if mention.entity_id is not None and project is not None:
                names.append(project.entities.get(mention.entity_id).name)
            else:
                names.append(one_line(mention.text))
        return "، ".join(dict.fromkeys(names))

    # -- following the session ------------------------------------------------------------

    def _reset(self, _doc_id: int) -> None:
        self.beginResetModel()
        self._keys = sorted(key_of(a) for a in self.session.annotations.values())
        self._key_of = {k[2]: k for k in self._keys}
        self._read_links()
        self.endResetModel()

    def _read_links(self) -> None:
        self._speakers = {}
        project, doc_id = self.session.project, self.session.document_id
        if project is None or doc_id is None:
            return
        for link in project.links.for_document(doc_id):
            if link.type == "attributed_to":
                self._speakers.setdefault(link.source_id, []).append(link.target_id)

    def _append(self, annotations: list[Annotation]) -> None:
        keys = sorted(key_of(a) for a in annotations if a.id not in self._key_of)
        if not keys:
            return
        if self._keys and keys[0] < self._keys[-1]:  # not after what we have: place each one
            for key in keys:
                self._insert(key)
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(keys) - 1)
        self._keys.extend(keys)
        self._key_of.update((k[2], k) for k in keys)
        self.endInsertRows()

    def _insert(self, key: Key) -> None:
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        insort(self._keys, key)
        self._key_of[key[2]] = key
        self.endInsertRows()

    def _remove(self, ann_id: int) -> None:
        row = self.row_of(ann_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._keys[row]
        del self._key_of[ann_id]
        self.endRemoveRows()

    def _on_changes(self, changes: list[Change]) -> None:
        annotations = self.session.annotations
        for change in changes:
            if change.table == "links" and change.document_id == self.session.document_id:
                self._read_links()
                self._refresh_column(SPEAKER)
            elif change.table == "entities":
                self._refresh_column(SPEAKER)
            elif change.table == "labels":
                self._refresh_column(LABEL)
            if change.table != "annotations":
                continue
            for ann_id in change.ids:
                ann = annotations.get(ann_id)
                old_key = self._key_of.get(ann_id)
                if ann is None:
                    self._remove(ann_id)
                elif old_key is None:
                    self._insert(key_of(ann))
                elif old_key != key_of(ann):
                    self._remove(ann_id)
                    self._insert(key_of(ann))
                else:
                    row = self.row_of(ann_id)
                    assert row is not None
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _refresh_column(self, column: int) -> None:
        if self._keys:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._keys) - 1, column))
