"""The "only claims without a speaker" filter: the annotations table narrowed to the work left.

Rows are hidden in the view rather than filtered through a proxy model: a proxy sits
between the table and every edit (a few milliseconds per added annotation with 10,000
rows), while hidden rows cost nothing while the filter is off, which is most of the time.
When it is on, new rows are checked as they come, and a change of links re-checks the rows
(only those whose state differs are touched).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QTableView

from annotator.gui.tables.annotation_model import AnnotationTableModel
from annotator.store.project import Change


class UnattributedFilter(QObject):
    def __init__(self, view: QTableView, model: AnnotationTableModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self.on = False
        self._hidden = False  # some row may be hidden
        model.modelReset.connect(self.apply)
        model.rowsInserted.connect(self._on_inserted)
        model.session.changed.connect(self._on_changes)  # after the model has followed them
        model.attributionsChanged.connect(self._on_attributions)

    def set_on(self, on: bool) -> None:
        self.on = on
        self.apply()

    def shown(self, row: int) -> bool:
        return not self.on or self.model.is_unattributed_claim(row)

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.view.isRowHidden(r)]

    def apply(self) -> None:
        """Hide or show each row as the filter says (touching only those that change)."""
        if not self.on and not self._hidden:
            return
        view = self.view
        for row in range(self.model.rowCount()):
            hide = not self.shown(row)
            if view.isRowHidden(row) != hide:
                view.setRowHidden(row, hide)
        self._hidden = self.on

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self.on:
            for row in range(first, last + 1):
                self.view.setRowHidden(row, not self.shown(row))

    def _on_attributions(self) -> None:
        if self.on:
            self.apply()

    def _on_changes(self, changes: list[Change]) -> None:
        if not self.on:
            return
        if any(c.table == "labels" for c in changes):
            self.apply()
            return
        for change in changes:  # a relabelled row (new rows were checked on insertion)
            if change.table == "annotations":
                for ann_id in change.ids:
                    row = self.model.row_of(ann_id)
                    if row is not None:
                        self.view.setRowHidden(row, not self.shown(row))
