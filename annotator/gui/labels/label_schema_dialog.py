"""Edit the project's label schema: labels (name, colour, shortcut, kind) and their
attribute fields, the document-level fields (questions about a whole post, the same field
types), with JSON import/export so a team shares one schema.

The dialog edits a working copy; OK applies it as one undoable `ChangeSchema`. A label keeps
the name it had when the dialog opened as its origin, so renaming it carries its
annotations along instead of orphaning them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError, InputError
from annotator.formats.export.exporting import open_output
from annotator.gui.commands.attribution_commands import ChangeSchema
from annotator.gui.commands.command import Command, Sequence
from annotator.gui.commands.document_commands import ChangeDocumentFields
from annotator.gui.i18n import QT_TRANSLATE_NOOP, fill_names, shown_name
from annotator.gui.labels.document_fields_editor import DocumentFieldsEditor, fields_in_table
from annotator.gui.session import Session
from annotator.gui.tables.item_text import AutoDirectionDelegate
from annotator.gui.window import messages
from annotator.label_schema import (
    document_fields_from_json,
    schema_from_json,
    schema_to_json,
    validate_document_fields,
    validate_schema,
)
from annotator.store.records import LABEL_KINDS, AttributeField, Label
from annotator.text.decoding import read_bytes

if TYPE_CHECKING:
    from annotator.store.project import Project

JSON_FILTER = QT_TRANSLATE_NOOP("SchemaDialog", "Label schema (*.json);;All files (*)")


@dataclass
class _Entry:
    """One label being edited; `origin` is its name in the project, None if new."""

    origin: str | None
    name: str
    kind: str
    color: str
    shortcut: str = ""
    fields: list[AttributeField] = field(default_factory=list)

    @classmethod
    def of(cls, label: Label, origin: str | None) -> _Entry:
        return cls(origin, label.name, label.kind, label.color, label.shortcut, [*label.fields])

    def title(self) -> str:
        """How the label reads in the dialog's list: name, key, kind."""
        key = f"  [{self.shortcut}]" if self.shortcut else ""
        return f"{self.name}{key}  ·  {shown_name(self.kind)}"

    def label(self, position: int) -> Label:
        return Label(
            self.name.strip(),
            self.kind,
            self.color,
            self.shortcut.strip(),
            (*self.fields,),
            position,
        )


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class SchemaDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.project: Project = session.require_project()
        project = self.project
        self.setWindowTitle(self.tr("Label schema"))
        self.entries = [_Entry.of(lab, lab.name) for lab in project.labels.all()]
        self._loading = False

        self.list = QListWidget(self)
        self.list.setItemDelegate(AutoDirectionDelegate(self.list))
        add, remove = (
            QPushButton(self.tr("&Add label"), self),
            QPushButton(self.tr("Remove label"), self),
        )
        up, down = QPushButton(self.tr("Up"), self), QPushButton(self.tr("Down"), self)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        for b in (add, remove, up, down):
            row.addWidget(b)
        left.addLayout(row)

        self.name = QLineEdit(self)
        self.name.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.kind = QComboBox(self)
        fill_names(self.kind, LABEL_KINDS)
        self.color = QPushButton(self)
        self.shortcut = QLineEdit(self)
        self.shortcut.setMaxLength(1)
        self.shortcut.setMaximumWidth(48)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Colour:"), self.color)
        form.addRow(self.tr("S&hortcut:"), self.shortcut)
        self.shortcut.setToolTip(self.tr("One letter or digit, Latin or Arabic (ا for ادعاء)"))

        self.fields = QTableWidget(0, 3, self)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Type"), self.tr("Choices")]
        )
        choices = self.fields.horizontalHeaderItem(2)
        assert choices is not None  # set by the line above
        choices.setToolTip(self.tr("separated by commas: yes, no, unsure"))
        self.fields.setItemDelegate(AutoDirectionDelegate(self.fields))
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_field = QPushButton(self.tr("Add &field"), self)
        remove_field = QPushButton(self.tr("Remove field"), self)
        fields_box = QGroupBox(self.tr("Attribute fields"), self)
        box = QVBoxLayout(fields_box)
        box.addWidget(self.fields)
        row = QHBoxLayout()
        row.addWidget(add_field)
        row.addWidget(remove_field)
        row.addStretch(1)
        box.addLayout(row)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(fields_box)
        self.document_fields = DocumentFieldsEditor(project.document_fields.definitions(), self)
        right.addWidget(self.document_fields)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        import_button = buttons.addButton(
            self.tr("&Import JSON…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        export_button = buttons.addButton(
            self.tr("&Export JSON…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(760, 420)

        self.list.currentRowChanged.connect(self._show_entry)
        add.clicked.connect(self.add_label)
        remove.clicked.connect(self.remove_label)
        up.clicked.connect(lambda: self.move_label(-1))
        down.clicked.connect(lambda: self.move_label(1))
        self.name.textEdited.connect(lambda t: self._set("name", t))
        self.kind.currentIndexChanged.connect(lambda _i: self._set("kind", self.kind.currentData()))
        self.shortcut.textEdited.connect(lambda t: self._set("shortcut", t.upper()))
        self.color.clicked.connect(self.choose_color)
        self.fields.itemChanged.connect(lambda _item: self._read_fields())
        add_field.clicked.connect(self.add_field)
        remove_field.clicked.connect(self.remove_field)
        import_button.clicked.connect(self._import_clicked)
        export_button.clicked.connect(self._export_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._fill_list(0)

    # -- the working copy -------------------------------------------------------------

    def labels(self) -> list[Label]:
        return [e.label(i) for i, e in enumerate(self.entries)]

    def renames(self) -> dict[str, str]:
        return {e.origin: e.name.strip() for e in self.entries if e.origin and e.origin != e.name}

    def current(self) -> _Entry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.entries:
            self.list.addItem(QListWidgetItem(_swatch(e.color), e.title()))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.entries) - 1))
        self._show_entry(self.list.currentRow())

    def _show_entry(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self._loading = True
        try:
            self.name.setText(entry.name if entry else "")
            self.kind.setCurrentIndex(max(self.kind.findData(entry.kind if entry else "other"), 0))
            self.shortcut.setText(entry.shortcut if entry else "")
            self.color.setIcon(_swatch(entry.color if entry else "#ffffff"))
            self.color.setText(entry.color if entry else "")
            self.fields.setRowCount(0)
            for f in entry.fields if entry else []:
                self._append_field_row(f)
        finally:
            self._loading = False

    def _set(self, attribute: str, value: str) -> None:
        entry = self.current()
        if entry is None or self._loading:
            return
        setattr(entry, attribute, value)
        item = self.list.currentItem()
        item.setText(entry.title())
        item.setIcon(_swatch(entry.color))

    def choose_color(self) -> None:
        entry = self.current()
        if entry is None:
            return
        color = QColorDialog.getColor(QColor(entry.color), self, self.tr("Label colour"))
        if color.isValid():
            self._set("color", color.name())
            self._show_entry(self.list.currentRow())

    def add_label(self) -> None:
        taken = {e.name for e in self.entries}
        name = next(f"label{n}" for n in range(1, 1000) if f"label{n}" not in taken)
        self.entries.append(_Entry(None, name, "other", "#cccccc"))
        self._fill_list(len(self.entries) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def remove_label(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries) and len(self.entries) > 1:
            del self.entries[row]
            self._fill_list(row)

    def move_label(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < len(self.entries) and 0 <= other < len(self.entries):
            self.entries[row], self.entries[other] = self.entries[other], self.entries[row]
            self._fill_list(other)

    # -- attribute fields -------------------------------------------------------------

    def _append_field_row(self, f: AttributeField) -> None:
        row = self.fields.rowCount()
        was_loading, self._loading = self._loading, True
        self.fields.insertRow(row)
        self.fields.setItem(row, 0, QTableWidgetItem(f.name))
        kind = QComboBox(self.fields)
        fill_names(kind, ["choice", "text"], f.type)
        kind.currentIndexChanged.connect(lambda _t: self._read_fields())
        self.fields.setCellWidget(row, 1, kind)
        self.fields.setItem(row, 2, QTableWidgetItem(", ".join(f.choices)))
        self._loading = was_loading

    def _read_fields(self) -> None:
        entry = self.current()
        if entry is None or self._loading:
            return
        entry.fields = fields_in_table(self.fields)

    def add_field(self) -> None:
        if self.current() is None:
            return
        self._append_field_row(AttributeField(f"field{self.fields.rowCount() + 1}", "text"))
        self._read_fields()
        self.fields.setCurrentCell(self.fields.rowCount() - 1, 0)
        added = self.fields.item(self.fields.rowCount() - 1, 0)
        if added is not None:
            self.fields.editItem(added)

    def remove_field(self) -> None:
        row = self.fields.currentRow()
        if row >= 0:
            self.fields.removeRow(row)
            self._read_fields()

    # -- JSON and applying ------------------------------------------------------------

    def import_from(self, path: str | Path) -> bool:
        """Replace the working copy with a schema file; labels whose names the project
        already has stay those labels."""
        try:
            data = read_bytes(path).decode("utf-8-sig")
            labels = schema_from_json(data, path)
            if '"document_fields"' in data:
                self.document_fields.set_fields(document_fields_from_json(data, path))
        except UnicodeDecodeError:
            messages.show_error(self, str(InputError(self.tr("is not UTF-8 text"), path)))
            return False
        except AnnotatorError as exc:
            messages.show_error(self, str(exc))
            return False
        existing = {lab.name for lab in self.project.labels.all()}
        self.entries = [
            _Entry.of(lab, lab.name if lab.name in existing else None) for lab in labels
        ]
        self._fill_list(0)
        return True

    def export_to(self, path: str | Path) -> bool:
        """Write the working copy as JSON; the file appears whole or not at all."""
        try:
            fields = validate_document_fields(self.document_fields.fields())
            text = schema_to_json(validate_schema(self.labels()), fields)
            with open_output(path) as out:
                out.write(text + "\n")
        except AnnotatorError as exc:
            messages.show_error(self, str(exc))
            return False
        return True

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import label schema"), "", self.tr(JSON_FILTER)
        )
        if path:
            self.import_from(path)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export label schema"), "schema.json", self.tr(JSON_FILTER)
        )
        if path:
            self.export_to(path)

    def apply(self) -> bool:
        """Apply the working copy as one undoable step; a refusal is shown and nothing changes."""
        labels_changed = self.labels() != self.project.labels.all() or bool(self.renames())
        fields = self.document_fields.fields()
        fields_changed = fields != self.project.document_fields.definitions()
        if not labels_changed and not fields_changed:
            return True
        labels, renames = self.labels(), self.renames()
        try:  # refused before anything is done: no half-applied schema
            checked = validate_schema(labels) if labels_changed else []
            validate_document_fields(fields)
        except AnnotatorError as exc:
            messages.show_error(self, str(exc))
            return False
        steps: list[Command] = []
        if labels_changed:
            steps.append(ChangeSchema(checked, renames))
        if fields_changed:
            steps.append(ChangeDocumentFields(fields))
        if len(steps) == 1:
            return self.session.run(steps[0])
        return self.session.run(Sequence(self.tr("Change label schema"), steps))  # one step

    def accept(self) -> None:
        if self.apply():
            super().accept()


def edit_schema(parent: QWidget | None, session: Session) -> bool:
    """Open the schema dialog; True when a changed schema was applied."""
    return SchemaDialog(session, parent).exec() == QDialog.DialogCode.Accepted
