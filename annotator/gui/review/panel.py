"""The Review dock: analysts (filter and legend), disagreements, progress, decision buttons.

It shows `ReviewState` and calls the `Reviewing` actions; it decides nothing itself. The
disagreement list follows the state's current item and selecting a row makes it current;
the analysts list hides or shows an analyst's annotations in the viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.review.overlay import ACCEPTED_COLOR, DISAGREEMENT_COLOR, STRIKE_COLOR, wave
from annotator.gui.review.state import CORRECTION_COLOR, AnalystStyle, ReviewState
from annotator.gui.session import Session
from annotator.gui.tables.annotation_model import one_line
from annotator.gui.tables.item_text import AutoDirectionDelegate, is_rtl

KIND_TEXT = {
    "missing": "missing",
    "label": "label",
    "boundary": "boundary",
    "attribution": "attribution",
}
KIND_HELP = {
    "missing": "marked by some analysts and not by others",
    "label": "the same words with different labels",
    "boundary": "the same label over different stretches of text",
    "attribution": "the same claim attributed to different speakers",
}
KIND, TEXT, WHO = range(3)
FIELD_DOC, FIELD_NAME, FIELD_ANSWERS = range(3)
FIELD_ROLE = Qt.ItemDataRole.UserRole + 70  # a field row's (document id, field name)
SWATCH = QSize(34, 14)
RESOLVED = QColor("#9a9a9a")
MAX_ANALYST_ROWS = 5
MAX_FIELD_ROWS = 6


def swatch(style: AnalystStyle) -> QIcon:
    """The analyst's bar as the viewer draws it: colour and line pattern."""
    pix = QPixmap(SWATCH)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(QPen(style.color, 3, style.pattern, Qt.PenCapStyle.FlatCap))
    p.drawLine(QPointF(1, SWATCH.height() / 2), QPointF(SWATCH.width() - 1, SWATCH.height() / 2))
    p.end()
    return QIcon(pix)


def mark_icon(kind: str) -> QIcon:
    """Legend pictures for the marks review mode draws."""
    pix = QPixmap(SWATCH)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    w, h = SWATCH.width(), SWATCH.height()
    fill = QColor("#9ec5fe")
    if kind == "disagreement":
        p.setPen(QPen(DISAGREEMENT_COLOR, 1.4))
        p.drawPath(wave(1, w - 1, h / 2))
    elif kind == "accepted":
        p.fillRect(1, 1, w - 2, h - 2, fill)
        p.setPen(QPen(ACCEPTED_COLOR, 1.6))
        p.drawRect(1, 1, w - 2, h - 2)
    elif kind == "rejected":
        p.fillRect(1, 1, w - 2, h - 2, QColor("#e1ecfe"))
        p.setPen(QPen(STRIKE_COLOR, 1.6))
        p.drawLine(QPointF(1, h / 2), QPointF(w - 1, h / 2))
    elif kind == "correction":
        p.setPen(QPen(QColor(CORRECTION_COLOR), 3))
        p.drawLine(QPointF(1, h / 2), QPointF(w - 1, h / 2))
    p.end()
    return QIcon(pix)


class ReviewPanel(QWidget):
    picked = Signal(int)  # the reviewer chose a disagreement in the list (its index)
    fieldPicked = Signal(int, str)  # ... or a document field analysts answered differently

    def __init__(
        self,
        session: Session,
        state: ReviewState,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.state = state
        self._syncing = False

        self.hint = QLabel(
            "Review mode shows every analyst's annotations of the document and marks where"
            " they disagree. Switch it on to adjudicate."
        )
        self.hint.setWordWrap(True)
        self.doc_progress = QProgressBar()
        self.project_progress = QProgressBar()
        for bar in (self.doc_progress, self.project_progress):
            bar.setTextVisible(True)
            bar.setMaximumHeight(18)

        self.analysts = QListWidget()
        self.analysts.setIconSize(SWATCH)
        self.analysts.setToolTip("Untick an analyst to hide their annotations")
        legend = QGridLayout()  # two by two, so the dock fits a narrow side column
        for i, (kind, text) in enumerate(
            (
                ("disagreement", "disagreement"),
                ("accepted", "accepted"),
                ("rejected", "rejected"),
                ("correction", "correction"),
            )
        ):
            icon = QLabel()
            icon.setPixmap(mark_icon(kind).pixmap(SWATCH))
            legend.addWidget(icon, i // 2, 2 * (i % 2))
            legend.addWidget(QLabel(text), i // 2, 2 * (i % 2) + 1)
        legend.setColumnStretch(1, 1)
        legend.setColumnStretch(3, 1)

        self.items = QTreeWidget()
        self.items.setColumnCount(3)
        self.items.setHeaderLabels(["Kind", "Text", "Analysts"])
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setAlternatingRowColors(True)
        self.items.setItemDelegateForColumn(TEXT, AutoDirectionDelegate(self.items))
        header = self.items.header()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.count = QLabel()

        # Document fields ("check-worthy?") the analysts answered differently, project-wide:
        # a row opens its document with the field in the Document panel.
        self.field_count = QLabel()
        self.fields = QTreeWidget()
        self.fields.setColumnCount(3)
        self.fields.setHeaderLabels([self.tr("Document"), self.tr("Field"), self.tr("Answers")])
        self.fields.setRootIsDecorated(False)
        self.fields.setUniformRowHeights(True)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setAlternatingRowColors(True)
        self.fields.setItemDelegateForColumn(FIELD_DOC, AutoDirectionDelegate(self.fields))
        field_header = self.fields.header()
        field_header.setSectionResizeMode(FIELD_DOC, QHeaderView.ResizeMode.Stretch)
        field_header.setSectionResizeMode(FIELD_NAME, QHeaderView.ResizeMode.ResizeToContents)
        field_header.setSectionResizeMode(FIELD_ANSWERS, QHeaderView.ResizeMode.ResizeToContents)
        field_header.setStretchLastSection(False)

        self.label_box = QComboBox()
        self.label_box.setToolTip("Label the correction (E) gets")

        buttons = QGridLayout()
        for i, name in enumerate(("previous", "next", "accept", "reject", "correct")):
            button = QToolButton()
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button, 0 if i < 2 else 1, i if i < 2 else i - 2)
        agreed = QToolButton()
        agreed.setDefaultAction(actions["accept-agreed"])
        mode = QToolButton()
        mode.setDefaultAction(actions["mode"])
        mode.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        mode.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        correct_row = QHBoxLayout()
        correct_row.addWidget(QLabel("Correct as:"))
        correct_row.addWidget(self.label_box, 1)
        correct_row.addWidget(agreed)

        progress = QGridLayout()
        progress.addWidget(QLabel("Document:"), 0, 0)
        progress.addWidget(self.doc_progress, 0, 1)
        progress.addWidget(QLabel("Project:"), 1, 0)
        progress.addWidget(self.project_progress, 1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(mode)
        layout.addWidget(self.hint)
        layout.addLayout(progress)
        layout.addWidget(QLabel("Analysts (untick to hide):"))
        layout.addWidget(self.analysts)
        layout.addLayout(legend)
        layout.addWidget(self.count)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        layout.addLayout(correct_row)
        layout.addWidget(self.field_count)
        layout.addWidget(self.fields)
        self.body = [self.analysts, self.items, self.label_box, self.fields]

        state.toggled.connect(self._on_toggled)
        state.updated.connect(self._rebuild)
        state.currentChanged.connect(self._select)
        session.projectChanged.connect(self._fill_labels)
        session.changed.connect(self._on_changes)
        session.currentAnnotationChanged.connect(self._follow_label)
        self.analysts.itemChanged.connect(self._on_analyst_item)
        self.items.currentItemChanged.connect(self._on_item)
        self.fields.itemActivated.connect(self._on_field)
        self.fields.itemClicked.connect(self._on_field)
        self._fill_labels()
        self._on_toggled(state.enabled)

    # -- what the reviewer picks ------------------------------------------------------------

    def correction_label(self) -> str | None:
        return self.label_box.currentData()

    def _fill_labels(self) -> None:
        self.label_box.clear()
        for label in self.session.labels():
            self.label_box.addItem(label.name, label.name)

    def _on_changes(self, changes: list) -> None:
        if any(c.table == "labels" for c in changes):
            self._fill_labels()

    def _follow_label(self, _ann_id: int | None) -> None:
        ann = self.session.current()
        if ann is not None:
            i = self.label_box.findData(ann.label)
            if i >= 0:
                self.label_box.setCurrentIndex(i)

    # -- following the state -----------------------------------------------------------------

    def _on_toggled(self, on: bool) -> None:
        self.hint.setVisible(not on)
        for widget in self.body:
            widget.setEnabled(on)
        self._rebuild()

    def _rebuild(self) -> None:
        state = self.state
        on = state.enabled
        self._syncing = True
        try:
            self.analysts.clear()
            for name in state.analysts if on else []:
                item = QListWidgetItem(
                    swatch(state.styles[name]) if name in state.styles else QIcon(), name
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Unchecked if name in state.hidden else Qt.CheckState.Checked
                )
                self.analysts.addItem(item)
            rows = min(max(self.analysts.count(), 1), MAX_ANALYST_ROWS)
            self.analysts.setFixedHeight(
                rows * max(self.analysts.sizeHintForRow(0), 18) + 2 * self.analysts.frameWidth()
            )
            self.items.clear()
            text = self.session.text
            for d in state.items if on else []:
                who = sorted(
                    {a.analyst for i in d.annotation_ids if (a := self.session.annotations.get(i))}
                )
                words = one_line(text[d.start : d.end])
                row = QTreeWidgetItem([KIND_TEXT.get(d.kind, d.kind), words, ", ".join(who)])
                row.setToolTip(KIND, KIND_HELP.get(d.kind, d.kind))
                row.setToolTip(TEXT, d.description)
                row.setToolTip(WHO, d.description)
                if is_rtl(words):
                    row.setTextAlignment(
                        TEXT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if d.resolved:
                    for col in range(3):
                        row.setForeground(col, QBrush(RESOLVED))
                    row.setText(KIND, "✓ " + row.text(KIND))
                else:
                    row.setForeground(KIND, QBrush(DISAGREEMENT_COLOR))
                self.items.addTopLevelItem(row)
        finally:
            self._syncing = False
        self._show_fields()
        self._show_progress()
        self._select(state.current)

    def _show_fields(self) -> None:
        state = self.state
        items = state.field_items if state.enabled else []
        self.fields.clear()
        for d in items:
            answers = " · ".join(f"{who}: {value}" for who, value in d.answers)
            row = QTreeWidgetItem([d.title, d.field.replace("_", " "), answers])
            row.setData(FIELD_DOC, FIELD_ROLE, (d.document_id, d.field))
            row.setToolTip(FIELD_DOC, d.title)
            row.setToolTip(FIELD_ANSWERS, answers)
            if d.document_id == self.session.document_id:
                font = row.font(FIELD_DOC)
                font.setBold(True)  # the document on screen
                for col in range(3):
                    row.setFont(col, font)
            self.fields.addTopLevelItem(row)
        if not state.enabled:
            self.field_count.setText("")
        else:
            documents = len({d.document_id for d in items})
            where = self.tr("1 document") if documents == 1 else self.tr("%1 documents")
            self.field_count.setText(
                self.tr("Document fields answered differently: %1 in %2")
                .replace("%1", str(len(items)))
                .replace("%2", where.replace("%1", str(documents)))
            )
        self.fields.setVisible(bool(items))
        rows = min(max(len(items), 1), MAX_FIELD_ROWS)  # the span disagreements keep the room
        row_height = max(self.fields.sizeHintForRow(0), 18)
        self.fields.setMaximumHeight(
            self.fields.header().sizeHint().height()
            + rows * row_height
            + 2 * self.fields.frameWidth()
        )

    def _show_progress(self) -> None:
        on = self.state.enabled
        unresolved = sum(not d.resolved for d in self.state.items)
        if not on:
            self.count.setText("")
        elif len(self.state.analysts) < 2:
            self.count.setText(
                "Fewer than two analysts annotated this document: nothing to compare."
            )
        else:
            self.count.setText(
                f"Disagreements: {unresolved} open, {len(self.state.items) - unresolved} resolved"
            )
        for bar, (done, total) in (
            (self.doc_progress, self.state.document_progress()),
            (self.project_progress, self.state.project_progress()),
        ):
            bar.setRange(0, max(total, 1))
            bar.setValue(done if on else 0)
            bar.setFormat(f"{done} of {total} reviewed" if on else "")

    def _select(self, index: int) -> None:
        self._syncing = True
        try:
            if 0 <= index < self.items.topLevelItemCount():
                item = self.items.topLevelItem(index)
                assert item is not None  # index is in range
                self.items.setCurrentItem(item)
                self.items.scrollToItem(item)
            else:
                self.items.setCurrentIndex(QModelIndex())
                self.items.clearSelection()
        finally:
            self._syncing = False

    # -- following the reviewer ---------------------------------------------------------------

    def _on_analyst_item(self, item: QListWidgetItem) -> None:
        if not self._syncing:
            self.state.set_hidden(item.text(), item.checkState() != Qt.CheckState.Checked)

    def _on_field(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        found = item.data(FIELD_DOC, FIELD_ROLE)
        if found is not None:
            doc_id, name = found
            self.fieldPicked.emit(int(doc_id), str(name))

    def _on_item(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._syncing or current is None:
            return
        self.picked.emit(self.items.indexOfTopLevelItem(current))
