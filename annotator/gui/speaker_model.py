"""The speakers list of the current document: speaker mentions grouped by entity or text.

A first, simple view (attribution work replaces it with project-wide entities). Grouping
scans the current document's speaker mentions, so it runs after a burst of edits (a short
timer), never inside one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from ..project import Change
from .annotation_model import one_line
from .session import Session

DELAY_MS = 150

Index = QModelIndex | QPersistentModelIndex
ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.TextAlignmentRole}
)


class SpeakerListModel(QAbstractListModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple[str, list[int]]] = []  # (name, mention ids in document order)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        session.documentChanged.connect(self._on_document)
        session.annotationsLoaded.connect(lambda _anns: self._timer.start())
        session.changed.connect(self._on_changes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not 0 <= index.row() < len(self._rows):
            return None
        name, mentions = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}  ({len(mentions)})"
        if role == Qt.ItemDataRole.UserRole:
            return mentions
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _on_document(self, _doc_id: int) -> None:
        """Empty the list at once; fill it after the text is on screen."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()
        self._timer.start()

    def mentions_at(self, row: int) -> list[int]:
        return self._rows[row][1] if 0 <= row < len(self._rows) else []

    def rebuild(self) -> None:
        session = self.session
        project = session.project
        kinds = project.labels.names_of_kind("speaker") if project is not None else set()
        groups: dict[str, list[int]] = {}
        names: dict[int, str] = {}
        for ann in session.sorted_annotations():
            if ann.label not in kinds:
                continue
            if ann.entity_id is not None and project is not None:
                if ann.entity_id not in names:
                    names[ann.entity_id] = project.entities.get(ann.entity_id).name
                name = names[ann.entity_id]
            else:
                name = one_line(ann.text)
            groups.setdefault(name, []).append(ann.id)
        self.beginResetModel()
        self._rows = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
        self.endResetModel()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in ("annotations", "entities", "labels") for c in changes):
            self._timer.start()
