"""Before a table is imported: its first rows, and which columns hold the text, id and title.

The preview comes from core (`corpus.preview`), so it shows exactly what the import will
read; each cell is laid out in its own direction (Arabic right to left) by the shared
delegate. Changing the sheet of a workbook reads the preview again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.formats.importing.tables import TableOptions
from annotator.gui.tables.item_text import AutoDirectionDelegate

if TYPE_CHECKING:  # the importers are imported when a table is, not at start-up
    from annotator.formats.importing.corpus import Preview

NONE = -1  # the "(none)" entry of the id and title choices


class TableImportDialog(QDialog):
    def __init__(self, path: Path, first: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Import table %1").replace("%1", path.name))
        self.resize(900, 560)
        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AutoDirectionDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.sheet = QComboBox()
        self.text = QComboBox()
        self.id = QComboBox()
        self.title = QComboBox()
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Text column:"), self.text)
        form.addRow(self.tr("&Id column:"), self.id)
        form.addRow(self.tr("T&itle column:"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sheet.addItems(list(first.sheets))
        self.sheet.setVisible(bool(first.sheets))
        form.labelForField(self.sheet).setVisible(bool(first.sheets))
        self.sheet.currentTextChanged.connect(self._reload)
        self.text.currentIndexChanged.connect(self._check)
        self.show_preview(first)

    def show_preview(self, found: Preview) -> None:
        table = found.table
        self.model.clear()
        self.model.setHorizontalHeaderLabels(table.columns)
        for _number, cells in table.rows:
            self.model.appendRow([QStandardItem(" ".join(c.split())) for c in cells])
        self.model.setVerticalHeaderLabels([str(n) for n, _c in table.rows])
        if table.sheet and self.sheet.currentText() != table.sheet:
            self.sheet.setCurrentText(table.sheet)
        for combo, chosen, optional in (
            (self.text, found.columns.text if found.columns else NONE, False),
            (self.id, found.columns.id if found.columns else NONE, True),
            (self.title, found.columns.title if found.columns else NONE, True),
        ):
            combo.blockSignals(True)
            combo.clear()
            if optional:
                combo.addItem(self.tr("(none)"), NONE)
            for i, name in enumerate(table.columns):
                combo.addItem(name, i)
            combo.setCurrentIndex(max(0, combo.findData(chosen if chosen is not None else NONE)))
            combo.blockSignals(False)
        self._check()

    def _reload(self, sheet: str) -> None:
        try:
            from annotator.formats.importing.corpus import preview

            found = preview(self.path, TableOptions(sheet=sheet or None))
        except AnnotatorError as exc:
            self.note.setText(str(exc))
            self.ok.setEnabled(False)
            return
        self.show_preview(found)

    def _check(self) -> None:
        has_text = self.text.count() > 0 and self.text.currentData() is not None
        self.ok.setEnabled(has_text)
        shown = self.model.rowCount()
        self.note.setText(
            self.tr("The first %1 rows. Every other column is kept with each document.").replace(
                "%1", str(shown)
            )
            if has_text
            else self.tr("This table has no column to take the text from.")
        )

    def options(self) -> TableOptions:
        def name(combo: QComboBox) -> str | None:
            return combo.currentText() if combo.currentData() not in (None, NONE) else None

        return TableOptions(
            text_column=name(self.text),
            id_column=name(self.id) if self.id.currentData() != NONE else None,
            title_column=name(self.title) if self.title.currentData() != NONE else None,
            sheet=self.sheet.currentText() or None,
        )


def ask_table_options(parent: QWidget | None, path: Path) -> TableOptions | None:
    """Show the preview; the column choices, or None when cancelled. Raises AnnotatorError
    for a table that cannot be read at all."""
    from annotator.formats.importing.corpus import preview

    dialog = TableImportDialog(path, preview(path, TableOptions()), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()
