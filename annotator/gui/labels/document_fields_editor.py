"""The label schema dialog's table of document-level fields: name, type, choices.

The same three columns as a label's attribute fields, so a team learns one way to define
a question whether it is asked of a span or of a whole post.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import fill_names
from annotator.gui.tables.item_text import AutoDirectionDelegate
from annotator.store.records import AttributeField

_CHOICE_SPLIT = re.compile(r"[,،]")


class DocumentFieldsEditor(QGroupBox):
    def __init__(self, fields: list[AttributeField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Document fields (asked once per document)"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Type"), self.tr("Choices")]
        )
        self.table.setItemDelegate(AutoDirectionDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add, remove = QPushButton(self.tr("Add document field")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add_field)
        remove.clicked.connect(self.remove_field)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.set_fields(fields)

    def set_fields(self, fields: list[AttributeField]) -> None:
        self.table.setRowCount(0)
        for f in fields:
            self._append(f)

    def _append(self, f: AttributeField) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(f.name))
        kind = QComboBox(self.table)
        fill_names(kind, ["choice", "text"], f.type)
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, QTableWidgetItem(", ".join(f.choices)))

    def fields(self) -> list[AttributeField]:
        """The fields as the table shows them (rows without a name are left out)."""
        return fields_in_table(self.table)

    def add_field(self) -> None:
        self._append(
            AttributeField(f"question{self.table.rowCount() + 1}", "choice", ("yes", "no"))
        )
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def remove_field(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)


def fields_in_table(table: QTableWidget) -> list[AttributeField]:
    """Read a name | type | choices table (document fields and a label's attribute fields
    are edited in the same shape); rows without a name are left out."""
    out = []
    for row in range(table.rowCount()):
        name_item, choices_item = table.item(row, 0), table.item(row, 2)
        kind = table.cellWidget(row, 1)
        assert isinstance(kind, QComboBox)
        name = name_item.text().strip() if name_item else ""
        choices = _CHOICE_SPLIT.split(choices_item.text() if choices_item else "")
        kept = tuple(c.strip() for c in choices if c.strip())
        if name:
            typ = kind.currentData() or kind.currentText()
            out.append(AttributeField(name, typ, kept if typ == "choice" else ()))
    return out
