"""Side form for the current annotation: its attribute fields, a note, and its links.

Fields come from the label schema (a combo box with an empty "—" choice per choice field,
a line edit per text field). Each change is saved at once through an undoable command;
typing in the note or a text field merges into one undo step per field. Alt+1..9 jump to
the fields, Alt+0 to the note. Ctrl+Z in the form goes to the window's undo, not to a
field's own undo, so there is one history.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import NotFoundError
from annotator.gui.commands.annotation_commands import EditAnnotationFields
from annotator.gui.commands.attribution_commands import RemoveLink
from annotator.gui.i18n import QT_TRANSLATE_NOOP, shown_name
from annotator.gui.session import Session
from annotator.gui.tables.item_text import SECONDARY_ROLE, TwoLineDelegate, is_rtl
from annotator.store.records import ATTRIBUTION, CUE_LINK, Annotation, Label

if TYPE_CHECKING:
    from annotator.store.project import Change, Project

EMPTY = "—"
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# The links list's heading names what it holds: (link type, shown annotation is its source).
LINK_HEADINGS = {
    (ATTRIBUTION, True): QT_TRANSLATE_NOOP("AttributeForm", "Speakers"),
    (CUE_LINK, True): QT_TRANSLATE_NOOP("AttributeForm", "Cues"),
    (ATTRIBUTION, False): QT_TRANSLATE_NOOP("AttributeForm", "Claims attributed"),
    (CUE_LINK, False): QT_TRANSLATE_NOOP("AttributeForm", "Claims with this cue"),
}
EMPTY_HEADINGS = {
    "claim": QT_TRANSLATE_NOOP("AttributeForm", "Speakers"),
    "speaker": QT_TRANSLATE_NOOP("AttributeForm", "Claims attributed"),
    "cue": QT_TRANSLATE_NOOP("AttributeForm", "Claims with this cue"),
}
LINKS = QT_TRANSLATE_NOOP("AttributeForm", "Links")
translate = QCoreApplication.translate


def links_heading(kind: str | None, ends: list[tuple[str, bool]]) -> str:
    """Names each kind of link listed (a claim's cue is not one of its speakers), in a fixed
    order; with no link, what an annotation of this label kind would list."""
    order = [*LINK_HEADINGS.values(), LINKS]
    names = sorted({LINK_HEADINGS.get(end, LINKS) for end in ends}, key=order.index)
    if not names:
        return translate("AttributeForm", EMPTY_HEADINGS.get(kind or "", LINKS))
    names = [translate("AttributeForm", n) for n in names]
    words = [names[0], *(n.lower() for n in names[1:])]
    if len(words) == 1:
        return words[0]
    last = translate("AttributeForm", "%1 and %2").replace("%2", words[-1])
    return last.replace("%1", translate("AttributeForm", ", ").join(words[:-1]))


class AttributeForm(QWidget):
    attributeRequested = Signal(int)  # claim id: the window runs its `A` action for it
    annotationActivated = Signal(int)  # a linked annotation chosen in the form: show it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.annotation: Annotation | None = None
        self._shown_id: int | None = None
        self._label: Label | None = None
        self._loading = False
        self.editors: dict[str, QComboBox | QLineEdit] = {}

        self.header = QLabel(self)
        self.excerpt = QLabel(self)
        self.excerpt.setWordWrap(True)
        self.excerpt.setTextFormat(Qt.TextFormat.PlainText)
        self.excerpt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = QFormLayout()
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # QTextEdit, not QPlainTextEdit: it aligns each paragraph by its own direction.
        self.note = QTextEdit(self)
        self.note.setAcceptRichText(False)
        self.note.setUndoRedoEnabled(False)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("note"))
        self.note.setMaximumHeight(110)
        self.note_label = QLabel(self.tr("Note (&0)"), self)
        self.note_label.setBuddy(self.note)
        self.entity_caption = QLabel(self)
        self.entity_label = QLabel(self)
        self.entity_label.setWordWrap(True)
        self.entity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.links_label = QLabel(self.tr("Speakers"), self)
        self.links = QListWidget(self)
        self.links.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.links.setMaximumHeight(120)
        self.links.setItemDelegate(TwoLineDelegate(self.links))
        self.attribute_button = QPushButton(self.tr("Attribute… (A)"), self)
        self.unlink_button = QPushButton(self.tr("&Unlink"), self)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.attribute_button)
        link_buttons.addWidget(self.unlink_button)
        link_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.excerpt)
        layout.addLayout(self.fields)
        layout.addWidget(self.entity_caption)
        layout.addWidget(self.entity_label)
        layout.addWidget(self.links_label)
        layout.addWidget(self.links)
        layout.addLayout(link_buttons)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.note.textChanged.connect(self._note_changed)
        self.note.installEventFilter(self)
        self.links.installEventFilter(self)
        self.links.itemActivated.connect(
            lambda item: self.annotationActivated.emit(int(item.data(TARGET_ROLE)))
        )
        self.attribute_button.clicked.connect(self._request_attribution)
        self.unlink_button.clicked.connect(self.unlink_current)
        session.projectChanged.connect(self._on_project)  # bound methods: dropped with the form
        session.changed.connect(self._on_changes)
        self.set_annotation(None)

    # -- what is shown ----------------------------------------------------------------

    def _on_project(self) -> None:
        self.set_annotation(None)

    @property
    def project(self) -> Project | None:
        return self.session.project

    def set_annotation(self, ann_id: int | None) -> None:
        """Show the annotation with this id (None empties and disables the form)."""
        self._shown_id = ann_id
        self.refresh()

    def _read(self, ann_id: int) -> Annotation | None:
        """The annotation as stored: the session's copy when it holds it (brought up to date
        before any view hears of a change), else read from the project; None when gone."""
        cached = self.session.annotations.get(ann_id)
        if cached is not None or self.project is None:
            return cached
        try:
            return self.project.annotations.get(ann_id)
        except NotFoundError:
            return None

    def refresh(self) -> None:
        """Re-read the annotation; values already shown are left alone (caret stays)."""
        project = self.project
        ann_id = self._shown_id
        ann = self.annotation = self._read(ann_id) if ann_id is not None else None
        if ann is None:
            self._shown_id = None
        self._loading = True
        try:
            label = project.labels.get(ann.label) if project and ann else None
            if label != self._label:
                self._build_fields(label)
            self._label = label
            self._show_values(ann)
            self._show_links(ann, label)
        finally:
            self._loading = False
        self.setEnabled(ann is not None)

    def _build_fields(self, label: Label | None) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.editors = {}
        for n, field in enumerate(label.fields if label else ()):
            shown = shown_name(field.name)
            caption = QLabel(f"&{n + 1} {shown}" if n < 9 else shown, self)
            editor: QComboBox | QLineEdit
            if field.type == "choice":
                editor = QComboBox(self)
                editor.addItem(EMPTY, "")
                for choice in field.choices:
                    editor.addItem(shown_name(choice), choice)
                editor.currentIndexChanged.connect(
                    lambda _i, name=field.name: self._attribute_changed(name)
                )
                editor.installEventFilter(self)
            else:
                editor = QLineEdit(self)
                editor.textEdited.connect(lambda _t, name=field.name: self._attribute_changed(name))
                editor.installEventFilter(self)
            caption.setBuddy(editor)
            self.fields.addRow(caption, editor)
            self.editors[field.name] = editor
        chain: list[QWidget] = [*self.editors.values(), self.links, self.attribute_button]
        chain += [self.unlink_button, self.note]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_values(self, ann: Annotation | None) -> None:
        attributes = ann.attributes if ann else {}
        for name, editor in self.editors.items():
            value = attributes.get(name, "")
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0:  # a value the schema no longer offers: show it, keep it
                    editor.addItem(value, value)
                    index = editor.count() - 1
                editor.setCurrentIndex(index)
            elif editor.text() != value:
                editor.setText(value)
        note = ann.note if ann else ""
        if self.note.toPlainText() != note:
            position = self.note.textCursor().position()
            self.note.setPlainText(note)
            cursor = self.note.textCursor()
            cursor.setPosition(min(position, len(note)), QTextCursor.MoveMode.MoveAnchor)
            self.note.setTextCursor(cursor)
        if ann is None:
            self.header.setText(self.tr("No annotation selected"))
            self.excerpt.clear()
            return
        color = self._label.color if self._label else "#cccccc"
        name = escape(shown_name(ann.label))
        self.header.setText(f'<span style="background:{color}">&nbsp;&nbsp;&nbsp;</span> {name}')
        excerpt = " ".join(ann.text.split())
        self.excerpt.setText(excerpt if len(excerpt) <= 160 else excerpt[:160] + "…")
        self.excerpt.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if is_rtl(excerpt) else Qt.AlignmentFlag.AlignLeft)
        )

    def _show_links(self, ann: Annotation | None, label: Label | None) -> None:
        self.links.clear()
        project = self.project
        kind = project.labels.kind_of(ann.label) if project and ann else ""
        is_claim, is_speaker = kind == "claim", kind == "speaker"
        self.links_label.setText(links_heading(kind or None, []))
        for widget, shown in (
            (self.attribute_button, is_claim),
            (self.entity_caption, is_speaker),
            (self.entity_label, is_speaker),
        ):
            if widget.isHidden() == shown:  # setVisible re-lays the form out even unchanged
                widget.setVisible(shown)
        if project is None or ann is None:
            return
        if is_speaker:
            if ann.entity_id is None:
                self.entity_caption.setText(self.tr("Speaker: not grouped"))
                self.entity_label.clear()
            else:
                e = project.entities.get(ann.entity_id)
                caption = self.tr("Speaker (%1):").replace("%1", shown_name(e.type))
                self.entity_caption.setText(caption)
                text = f"{e.name}\n{e.role}" if e.role else e.name
                self.entity_label.setText(text)
                self.entity_label.setAlignment(
                    Qt.AlignmentFlag.AlignAbsolute
                    | (
                        Qt.AlignmentFlag.AlignRight
                        if is_rtl(e.name)
                        else Qt.AlignmentFlag.AlignLeft
                    )
                )
        links = project.links.touching(ann.id)
        self.links_label.setText(
            links_heading(kind or None, [(k.type, k.source_id == ann.id) for k in links])
        )
        for link in links:
            other_id = link.target_id if link.source_id == ann.id else link.source_id
            other = project.annotations.get(other_id)
            known = link.type in (ATTRIBUTION, CUE_LINK)  # the heading says what these are
            detail = (
                shown_name(other.label) if known else f"{shown_name(other.label)} ({link.type})"
            )
            if other.entity_id is not None:
                entity = project.entities.get(other.entity_id)
                detail = f"{entity.name} — {entity.role}" if entity.role else entity.name
            item = QListWidgetItem(other.text)
            item.setData(SECONDARY_ROLE, detail)
            item.setToolTip(other.text)
            item.setData(LINK_ROLE, link.id)
            item.setData(TARGET_ROLE, other_id)
            self.links.addItem(item)
        if is_claim and not self.links.count():
            self.links.addItem(QListWidgetItem(self.tr("No speaker yet: press A")))
        self.unlink_button.setEnabled(any(self._link_ids()))

    def _linked_ids(self) -> list[int]:
        items = (self.links.item(i) for i in range(self.links.count()))
        return [int(i.data(TARGET_ROLE)) for i in items if i.data(TARGET_ROLE) is not None]

    def _link_ids(self) -> list[int]:
        items = (self.links.item(i) for i in range(self.links.count()))
        return [int(i.data(LINK_ROLE)) for i in items if i.data(LINK_ROLE) is not None]

    # -- edits ------------------------------------------------------------------------

    def _attribute_changed(self, name: str) -> None:
        if self._loading or self.project is None or self.annotation is None:
            return
        editor = self.editors[name]
        text = isinstance(editor, QLineEdit)
        value = editor.text() if isinstance(editor, QLineEdit) else editor.currentData() or ""
        attributes = dict(self.annotation.attributes)
        if value:
            attributes[name] = value
        else:
            attributes.pop(name, None)
        if attributes == self.annotation.attributes:
            return
        key = f"attr:{name}" if text else None
        command = EditAnnotationFields(self.annotation.id, attributes=attributes, merge_key=key)
        self.session.run(command)  # the change report refreshes the form

    def _note_changed(self) -> None:
        if self._loading or self.project is None or self.annotation is None:
            return
        note = self.note.toPlainText()
        if note == self.annotation.note:
            return
        command = EditAnnotationFields(self.annotation.id, note=note, merge_key="note")
        self.session.run(command)

    def unlink_current(self) -> None:
        item = self.links.currentItem()
        if item is None or item.data(LINK_ROLE) is None or self.project is None:
            return
        self.session.run(RemoveLink(int(item.data(LINK_ROLE))))

    def _request_attribution(self) -> None:
        if self.annotation is not None:
            self.attributeRequested.emit(self.annotation.id)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.annotation is None or self._loading:
            return
        if any(self._shows_change(c) for c in changes):
            self.refresh()

    def _shows_change(self, change: Change) -> bool:
        """Whether the form shows something `change` touched: the annotation, its links,
        the annotations it links to, a speaker's name, the label schema."""
        assert self.annotation is not None
        if change.table == "labels" or not change.ids:
            return True
        if change.table == "entities":
            return change.op != "add"  # a new speaker is named nowhere here yet
        if change.table == "links":
            return change.document_id in (self.annotation.document_id, None)
        if change.table == "annotations":
            shown = {self.annotation.id, *self._linked_ids()}
            return not shown.isdisjoint(change.ids)
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(k) for k in _UNDO_KEYS)
        ):
            return True  # not accepted: the window's Undo/Redo action gets the key
        if (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(watched, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            event.accept()  # "y" picks "yes" here instead of firing a window's letter key
            return True
        if watched is self.links and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self.unlink_current()
                return True
        return super().eventFilter(watched, event)

    def field_editor(self, name: str) -> Any:
        """The widget editing attribute `name` (for tests and the window's shortcuts)."""
        return self.editors[name]
