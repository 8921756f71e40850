"""The read-only text viewer: the whole document, shaped and ordered by Qt, with highlights.

QPlainTextEdit lays out only the blocks it shows, so a 550,000-character document opens as
fast as Qt can store it. The direction of each paragraph is detected from its first strong
character (Arabic paragraphs RTL, an English paragraph LTR), and its lines are set ragged
from that start, never justified: Qt's justification spreads space inside Arabic words at
the letters that do not join (`span_geometry.align_to_start`, applied as blocks come on
screen). The text given to Qt is `OffsetMap.display_text`, never reshaped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QMargins, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.gui.session import NO_DOCUMENT, Session
from annotator.gui.viewer.hint import HintBar
from annotator.gui.viewer.hit_painter import HitPainter
from annotator.gui.viewer.span_index import Span
from annotator.gui.viewer.span_painter import SpanPainter
from annotator.store.project import Change
from annotator.store.records import Annotation

BASE_POINT_SIZE = 15
MAX_LINE_CHARS = 95  # longer lines are hard to follow; typesetters keep to 45-90
MEASURE_SAMPLE = "أعلن وزير الاقتصاد سامي الحداد يوم الأحد أن الحكومة ستخفض سعر الخبز المدعوم"
MIN_ZOOM, MAX_ZOOM = -8, 24


class ExtraPainter(Protocol):
    def paint(self, painter: QPainter, clip: QRectF) -> None: ...

    def invalidate(self) -> None: ...


def to_span(ann: Annotation) -> Span:
    return Span(ann.id, ann.label, ann.start, ann.end)


class Viewer(QPlainTextEdit):
    annotationClicked = Signal(int)
    linkClicked = Signal(list)  # link mode: ids of the spans clicked, innermost first
    stepRequested = Signal(int)  # Tab: +1, Shift+Tab: -1
    zoomChanged = Signal(int)

    def __init__(self, session: Session, family: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.highlights = SpanPainter(self)
        self.find_hits = HitPainter(self)  # the find bar's hits
        # Span painters drawn over the text before the outlines (suggestions); they lose
        # their cached geometry with the highlights' when the layout changes.
        self.extra_painters: list[ExtraPainter] = []
        # A search hit selected as found: a label key marks exactly it, not whole words
        # (a hit may be a name after an attached prefix: "بوبوفا" in "وبوبوفا").
        self.exact_range: tuple[int, int] | None = None
        self.zoom = 0
        self._family = family
        self._press: QPoint | None = None
        self.link_mode = False
        # Text of the tooltip over these span ids (innermost first); set by the window.
        self.tooltip_for: Callable[[list[int]], str] | None = None
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        option = self.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(12)
        self.set_zoom(0)
        self.hint = HintBar(session, self, self.fit_margins)
        self.setAutoFillBackground(True)  # the margins beside a capped line look like page
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.fit_margins()
        session.paint_expected = self.isVisible
        session.documentChanged.connect(self._on_document)
        session.annotationsLoaded.connect(self._on_loaded)
        session.changed.connect(self._on_changes)
        session.currentAnnotationChanged.connect(self._on_current)
        session.projectChanged.connect(self._on_labels)
        self._on_labels()

    # -- zoom ----------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        font = QFont(self._family)
        font.setPointSize(BASE_POINT_SIZE + self.zoom)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.setFont(font)
        self.highlights.invalidate()
        for extra in getattr(self, "extra_painters", ()):
            extra.invalidate()
        self.fit_margins()
        self.zoomChanged.emit(self.zoom)

    def fit_margins(self) -> None:
        """Room above the text for the hint line, and lines no longer than MAX_LINE_CHARS
        on a wide screen (the text column centred, the sides blank): a reader's eye loses
        its place in very long lines."""
        if not hasattr(self, "hint"):
            return  # still being built
        current = self.viewportMargins()
        inner = self.viewport().width() + current.left() + current.right()
        measure = self._per_char * MAX_LINE_CHARS + 2 * self.document().documentMargin()
        side = max(0, int(inner - measure) // 2)
        top = self.hint.wanted_height()
        wanted = QMargins(side, top, side, 0)
        if wanted != current:
            self.setViewportMargins(wanted)
        frame = self.frameWidth()
        self.hint.place(frame, frame, inner)

    @property
    def _per_char(self) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance(MEASURE_SAMPLE) / len(MEASURE_SAMPLE)

    def zoom_by(self, step: int) -> None:
        self.set_zoom(self.zoom + step)

    # -- following the session ---------------------------------------------------------

    def _on_labels(self) -> None:
        self.highlights.set_colors({lab.name: lab.color for lab in self.session.labels()})

    def _on_document(self, doc_id: int) -> None:
        session = self.session
        self.highlights.index.clear()
        self.highlights.invalidate()
        self.highlights.current = None
        self.highlights.offsets = session.offsets
        for ann in session.annotations.values():
            self.highlights.put(to_span(ann))
        self.setPlainText(
            session.offsets.display_text if doc_id != NO_DOCUMENT and session.offsets else ""
        )

    def _on_loaded(self, annotations: list[Annotation]) -> None:
        lo, hi = len(self.session.text), 0
        for ann in annotations:
            self.highlights.put(to_span(ann))
            lo, hi = min(lo, ann.start), max(hi, ann.end)
        if hi > lo:
            self.highlights.repaint_range(lo, hi)

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == "labels" for c in changes):
            self._on_labels()
            self.viewport().update()
        annotations = self.session.annotations
        for change in changes:
            if change.table != "annotations":
                continue
            for ann_id in change.ids:
                old = self.highlights.remove(ann_id)
                ann = annotations.get(ann_id)
                if ann is not None:
                    self.highlights.put(to_span(ann))
                    self.highlights.repaint_range(ann.start, ann.end)
                if old is not None:
                    self.highlights.repaint_range(old.start, old.end)

    def _on_current(self, ann_id: int | None) -> None:
        before = (
            self.highlights.index.get(self.highlights.current) if self.highlights.current else None
        )
        self.highlights.current = ann_id
        for span in (before, self.highlights.index.get(ann_id) if ann_id else None):
            if span is not None:
                self.highlights.repaint_range(span.start, span.end)

    # -- link mode and related outlines --------------------------------------------------

    def set_link_mode(self, on: bool) -> None:
        """While on, a click on a highlight reports `linkClicked` instead of selecting it."""
        self.link_mode = on
        shape = Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def set_outlined(self, ids: set[int]) -> None:
        """Outline these spans (dashed): e.g. the current claim's speakers and cue."""
        old, self.highlights.outlined = self.highlights.outlined, set(ids)
        for span_id in old ^ self.highlights.outlined:
            span = self.highlights.index.get(span_id)
            if span is not None:
                self.highlights.repaint_range(span.start, span.end)

    def annotation_rects(self, ann_id: int) -> list[QRect]:
        """The on-screen pieces of an annotation in viewport coordinates, in text order."""
        span = self.highlights.index.get(ann_id)
        if span is None:
            return []
        screen = self.viewport().rect()
        rects = []
        for block, origin in self.highlights.visible_blocks():
            for rect in self.highlights.span_rects(block, origin, span):
                visible = rect.toAlignedRect().intersected(screen)
                if not visible.isEmpty():
                    rects.append(visible)
        return rects

    def annotation_rect(self, ann_id: int) -> QRect | None:
        """The on-screen part of an annotation in viewport coordinates (None if off screen)."""
        area = QRect()
        for rect in self.annotation_rects(ann_id):
            area = area.united(rect)
        return None if area.isEmpty() else area

    # -- selection in core offsets ------------------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as core code-point offsets (start, end), or None."""
        if self.session.offsets is None or not self.textCursor().hasSelection():
            return None
        return self.session.offsets.selected_core_range(self.textCursor())

    def select_range(self, start: int, end: int) -> None:
        """Select core offsets [start, end) (keyboard users and tests)."""
        assert self.session.offsets is not None
        self.setTextCursor(self.session.offsets.cursor(self.document(), start, end))

    def reveal(self, ann_id: int) -> None:
        """Scroll so the annotation is on screen, leaving a selection alone."""
        span = self.highlights.index.get(ann_id)
        if span is None or self.session.offsets is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.session.offsets.to_qt(span.start))
        if self.textCursor().hasSelection():
            return
        self.setTextCursor(cursor)
        if not self.viewport().rect().contains(self.cursorRect()):
            self.centerCursor()

    def reveal_range(self, start: int, end: int) -> None:
        """Scroll so core offsets [start, end) are on screen, the cursor at their start
        (a selection is dropped: the analyst moved on)."""
        if self.session.offsets is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.session.offsets.to_qt(start))
        self.setTextCursor(cursor)
        if not self.viewport().rect().contains(self.cursorRect()):
            self.centerCursor()

    # -- events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        self.highlights.paint_under(painter, QRectF(event.rect()))
        self.find_hits.paint(painter, QRectF(event.rect()))
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        for extra in self.extra_painters:
            extra.paint(painter, QRectF(event.rect()))
        self.highlights.paint_over(painter)
        painter.end()
        self.session.painted()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
                self.stepRequested.emit(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.stepRequested.emit(-1)
                return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        if event.button() == Qt.MouseButton.RightButton and not self.link_mode:
            self._pick_for_menu(event.position())
        super().mousePressEvent(event)

    def _pick_for_menu(self, point: QPointF) -> None:
        """A right click on a highlight makes it current before its menu opens, so the menu
        (Change Label To, Delete) acts on what was clicked; the current one stays current
        when it is among the spans under the pointer."""
        hits = [s.id for s in self.highlights.spans_at(point)]
        if hits and self.session.annotation_id not in hits:
            self.annotationClicked.emit(hits[0])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            event.button() != Qt.MouseButton.LeftButton
            or self._press is None
            or (point - self._press).manhattanLength() > 4
            or self.textCursor().hasSelection()
        ):
            return
        hits = [s.id for s in self.highlights.spans_at(event.position())]
        if self.link_mode:
            if hits:
                self.linkClicked.emit(hits)
            return
        if not hits:
            self.session.set_current(None)
            return
        current = self.session.annotation_id
        # A second click on the same place steps outwards through stacked spans.
        pick = hits[(hits.index(current) + 1) % len(hits)] if current in hits else hits[0]
        self.annotationClicked.emit(pick)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hits = [s.id for s in self.highlights.spans_at(QPointF(event.pos()))]
            text = self.tooltip_for(hits) if hits and self.tooltip_for else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self.highlights.invalidate()  # lines wrap elsewhere now
            for extra in self.extra_painters:
                extra.invalidate()
        super().resizeEvent(event)
        self.fit_margins()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)
