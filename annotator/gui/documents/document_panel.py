"""The Document panel: where the current document came from, its metadata, and the
document-level fields (the label schema's questions about a whole post) answered by the
current analyst.

Each answer is one undoable command (`SetDocumentField`), saved at once. After a merge, each
field also shows the other analysts' answers, so a reviewer sees where they differ. The
panel follows the session's change reports: an undo, a schema edit or another analyst
name refreshes it.
Keys: Ctrl+Alt+1…9 go to a field; in a choice list a letter picks the choice ("y" for yes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.commands.document_commands import SetDocumentField
from annotator.gui.i18n import number, shown_name
from annotator.gui.session import NO_DOCUMENT, Session
from annotator.gui.tables.item_text import is_rtl
from annotator.gui.window import keymap
from annotator.store.project import Change
from annotator.store.records import AttributeField


class DocumentPanel(QScrollArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_box = QGroupBox(self.tr("Document fields"))
        self.fields_form = QFormLayout(self.fields_box)
        self.meta_box = QGroupBox(self.tr("Metadata"))
        self.meta_form = QFormLayout(self.meta_box)
        layout.addWidget(self.source)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.meta_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.editors: dict[str, QComboBox | QLineEdit] = {}
        self.others: dict[str, QLabel] = {}  # other analysts' answers, per field
        self.meta_labels: dict[str, QLabel] = {}
        self._filling = False
        # Actions for the window to hold (`addActions`): a panel tabbed behind another one is
        # hidden, and a hidden widget's own shortcuts do not fire.
        self.key_actions: list[QAction] = []
        for n in range(1, 10):
            act = QAction(self.tr("Document field %1").replace("%1", number(n)), self)
            keymap.bind(act, "document-field", n - 1)
            act.triggered.connect(lambda _c=False, n=n: self.focus_field(n - 1))
            self.key_actions.append(act)
        session.projectChanged.connect(self.rebuild)
        session.documentChanged.connect(lambda _doc: self.refresh())
        session.analystChanged.connect(lambda _name: self.refresh())
        session.changed.connect(self._on_changes)
        self.rebuild()

    # -- building -------------------------------------------------------------------------

    def rebuild(self) -> None:
        """The fields form for the schema's document fields, then the current values."""
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.editors, self.others = {}, {}
        project = self.session.project
        fields = project.document_fields.definitions() if project is not None else []
        for i, definition in enumerate(fields):
            editor = self._editor(definition)
            label = shown_name(definition.name)
            keys = keymap.keys("document-field")
            label = label if i >= len(keys) else f"{label} ({keys[i].toString()})"
            others = QLabel()
            others.setEnabled(False)  # greyed: what the others said, not editable here
            others.setVisible(False)
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            box.addWidget(editor)
            box.addWidget(others)
            self.fields_form.addRow(label, row)
            self.editors[definition.name] = editor
            self.others[definition.name] = others
        self.fields_box.setVisible(bool(fields))
        self.refresh()

    def _editor(self, definition: AttributeField) -> QComboBox | QLineEdit:
        name = definition.name
        if definition.type == "choice":
            combo = QComboBox()
            combo.addItem("—", "")
            for choice in definition.choices:
                combo.addItem(shown_name(choice), choice)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=name: self._answer(n, str(c.currentData() or ""))
            )
            return combo
        line = QLineEdit()
        line.editingFinished.connect(lambda e=line, n=name: self._answer(n, e.text()))
        return line

    # -- showing the current document -------------------------------------------------------

    def refresh(self) -> None:
        project, doc_id = self.session.project, self.session.document_id
        has_doc = project is not None and doc_id not in (None, NO_DOCUMENT)
        self.setEnabled(has_doc)
        answers = (
            project.document_fields.get(doc_id, self.session.analyst)
            if has_doc and project is not None and doc_id is not None
            else {}
        )
        self._filling = True
        try:
            for name, editor in self.editors.items():
                value = answers.get(name, "")
                if isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(0, editor.findData(value)))
                else:
                    editor.setText(value)
        finally:
            self._filling = False
        self._show_others(doc_id)
        self._show_metadata()

    def _show_metadata(self) -> None:
        project, doc_id = self.session.project, self.session.document_id
        if project is None or doc_id in (None, NO_DOCUMENT):
            self.source.setText("")
            self.meta_box.setVisible(False)
            return
        assert doc_id is not None
        doc = project.documents.get(doc_id)
        row = project.metadata.source_row(doc_id)
        where = doc.source or self.tr("(no file)")
        self.source.setText(
            self.tr("From %1, row %2").replace("%1", where).replace("%2", number(row))
            if row is not None
            else self.tr("From %1").replace("%1", where)
        )
        meta = project.metadata.get(doc_id)
        if list(meta) != list(self.meta_labels):  # the rows of a table share their names
            while self.meta_form.rowCount():
                self.meta_form.removeRow(0)
            self.meta_labels = {}
            for name in meta:
                shown = QLabel()
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.meta_form.addRow(name, shown)
                self.meta_labels[name] = shown
        for name, value in meta.items():
            shown = self.meta_labels[name]
            shown.setText(value)
            rtl = is_rtl(value)
            shown.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            shown.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self.meta_box.setVisible(bool(meta))

    def _show_others(self, doc_id: int | None) -> None:
        """Beside each field, the other analysts' answers (after a merge, for review)."""
        project = self.session.project
        others: dict[str, list[str]] = {}
        if project is not None and doc_id not in (None, NO_DOCUMENT):
            assert doc_id is not None
            for v in project.document_fields.for_document(doc_id):
                if v.analyst != self.session.analyst:
                    others.setdefault(v.field, []).append(f"{v.analyst}: {shown_name(v.value)}")
        for name, editor in self.editors.items():
            text = " · ".join(others.get(name, []))
            editor.setToolTip(text)
            label = self.others.get(name)
            if label is not None:
                label.setText(text)
                label.setVisible(bool(text))

    # -- editing ----------------------------------------------------------------------------

    def _answer(self, name: str, value: str) -> None:
        project, doc_id = self.session.project, self.session.document_id
        if self._filling or project is None or doc_id in (None, NO_DOCUMENT):
            return
        assert doc_id is not None
        old = project.document_fields.get(doc_id, self.session.analyst).get(name, "")
        if old == value:
            return
        if not self.session.run(SetDocumentField(doc_id, name, old, value)):
            self.refresh()  # refused: show the stored answer again

    def set_answer(self, name: str, value: str) -> None:
        """Answer a field as the analyst would with the form (tests and keys)."""
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value)
            editor.editingFinished.emit()

    def open_field(self, doc_id: int, name: str) -> None:
        """Open a document with one of its fields in front and the keyboard in it (a
        reviewer comes here from the fields the analysts answered differently)."""
        self.session.show_document(doc_id)
        if self.session.document_id == doc_id and name in self.editors:
            self.focus_field(list(self.editors).index(name))

    def focus_field(self, index: int) -> None:
        editors = list(self.editors.values())
        if 0 <= index < len(editors):
            dock = self.parentWidget()  # the Document dock: to the front of its tabs
            if dock is not None:
                dock.raise_()
            editor = editors[index]
            # Focus once the raised tab is shown: a hidden widget does not take it.
            QTimer.singleShot(0, lambda: editor.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == "labels" for c in changes):
            self.rebuild()
            return
        doc_id = self.session.document_id
        if any(c.table in ("document_fields", "documents") and doc_id in c.ids for c in changes):
            self.refresh()
