"""Highlights painted under the text of the blocks on screen, never stored in the document.

Why not QSyntaxHighlighter: it highlights every block of a new document at once (work in
proportion to the whole text on open) and each format change makes Qt lay the block out
again. Here the document never changes after `setPlainText`; each paint asks the span index
for the few spans on screen and draws them from the line layout's glyph runs, which follow
Qt's own bidi ordering, so a span in mixed Arabic/Latin text is drawn on the right glyphs
even when it is split into several visual pieces. An edit repaints only the blocks it
touches.

Nesting and overlap stay visible: fills are translucent, so overlaps blend darker; a span
inside another is inset and underlined in its colour; the current annotation is outlined
above the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from annotator.gui.viewer.offsets import OffsetMap
from annotator.gui.viewer.span_geometry import align_to_start, edge_marks, run_rects
from annotator.gui.viewer.span_index import Span, SpanIndex, depths

FILL_ALPHA = 105
INSET = 3  # pixels per nesting level
FALLBACK_COLOR = "#b0b0b0"
JOIN_GAP = 1.5  # pixels between glyph runs drawn as one outline


@dataclass
class Geometry:
    rects: list[QRectF]  # one per glyph run, relative to the block
    marks: list[tuple[float, float, float]]  # (x, top, bottom) of the logical start/end


class Overlay(Protocol):
    """Extra drawing over the highlights (review mode: `review_paint.ReviewOverlay`)."""

    def shows(self, span: Span) -> bool: ...

    def paint(self, painter: QPainter, spans: SpanPainter) -> None: ...


def joined(rects: list[QRectF], gap: float = JOIN_GAP) -> list[QRectF]:
    """Glyph runs of one line that touch, as one rectangle: a number or a Latin word inside
    an Arabic span is a run of its own, and one outline reads better than three."""
    out: list[QRectF] = []
    for rect in sorted(rects, key=lambda r: (r.top(), r.left())):
        last = out[-1] if out else None
        if (
            last is not None
            and last.top() == rect.top()
            and last.height() == rect.height()
            and rect.left() - last.right() <= gap
        ):
            out[-1] = last.united(rect)
        else:
            out.append(QRectF(rect))
    return out


class SpanPainter:
    def __init__(self, editor: QPlainTextEdit) -> None:
        self.editor = editor
        self.index = SpanIndex()
        self.offsets: OffsetMap | None = None
        self.colors: dict[str, QColor] = {}
        self.current: int | None = None
        self.outlined: set[int] = set()  # extra spans to outline (e.g. a claim's speakers)
        self.color_of: Callable[[Span], QColor] = self._label_color
        self.overlay: Overlay | None = None  # review mode: hides some spans, draws over them
        self._visible = (0, 0)  # Qt positions covered by the last full paint
        self._cache: dict[int, dict[int, Geometry]] = {}

    def set_colors(self, colors: dict[str, str]) -> None:
        self.colors = {name: QColor(value) for name, value in colors.items()}

    def _label_color(self, span: Span) -> QColor:
        return self.colors.get(span.label) or QColor(FALLBACK_COLOR)

    # -- geometry ---------------------------------------------------------------------

    def visible_blocks(self) -> Iterator[tuple[QTextBlock, QPointF]]:
        """Blocks on screen with their top-left corner in viewport coordinates, each aligned
        to its paragraph's start before anyone measures or draws it."""
        editor = self.editor
        offset = editor.contentOffset()
        bottom = editor.viewport().height()
        block = editor.firstVisibleBlock()
        while block.isValid():
            geometry = editor.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            if block.isVisible():
                align_to_start(block)
                yield block, geometry.topLeft()
            block = block.next()

    def block_spans(self, block: QTextBlock) -> list[Span]:
        if self.offsets is None or block.length() <= 1:
            return []
        qt_start = block.position()
        start = self.offsets.to_core(qt_start)
        end = self.offsets.to_core(qt_start + block.length() - 1)
        spans = self.index.overlapping(start, end)
        return spans if self.overlay is None else [s for s in spans if self.overlay.shows(s)]

    def geometry(self, block: QTextBlock, span: Span) -> Geometry:
        """Where `span` is drawn inside `block`, relative to the block's top-left corner.

        Cached per (span, block) until the span changes or the layout does (width, zoom,
        new text): repaints then cost no layout queries at all.
        """
        per_span = self._cache.setdefault(span.id, {})
        found = per_span.get(block.blockNumber())
        if found is None:
            found = per_span[block.blockNumber()] = self._measure(block, span)
        return found

    def _measure(self, block: QTextBlock, span: Span) -> Geometry:
        assert self.offsets is not None
        qt_start = block.position()
        a = self.offsets.to_qt(span.start) - qt_start
        b = self.offsets.to_qt(span.end) - qt_start
        return Geometry(run_rects(block, a, b), edge_marks(block, a, b))

    def span_rects(self, block: QTextBlock, origin: QPointF, span: Span) -> list[QRectF]:
        """Viewport rectangles of the part of `span` inside `block`, one per glyph run."""
        return [r.translated(origin) for r in self.geometry(block, span).rects]

    def forget(self, span_id: int) -> None:
        """Drop the cached geometry of one span (it moved or went)."""
        self._cache.pop(span_id, None)

    def invalidate(self) -> None:
        """Drop all cached geometry: the layout changed (width, font, text)."""
        self._cache.clear()

    def put(self, span: Span) -> Span | None:
        self.forget(span.id)
        return self.index.put(span)

    def remove(self, span_id: int) -> Span | None:
        self.forget(span_id)
        return self.index.remove(span_id)

    # -- painting -----------------------------------------------------------------------

    def paint_under(self, painter: QPainter, clip: QRectF) -> None:
        """Fills and nesting marks, drawn before Qt draws the text."""
        first = last = None
        for block, origin in self.visible_blocks():
            if first is None:
                first = block.position()
            last = block.position() + block.length()
            if (
                origin.y() > clip.bottom()
                or origin.y() + self.editor.blockBoundingRect(block).height() < clip.top()
            ):
                continue
            spans = self.block_spans(block)
            if not spans:
                continue
            depth = depths(spans)
            for span in spans:
                level = depth[span.id]
                color = self.color_of(span)
                fill = QColor(color)
                fill.setAlpha(FILL_ALPHA)
                edge = QColor(color.darker(135))
                inset = INSET * level
                geometry = self.geometry(block, span)
                for rect in geometry.rects:
                    box = rect.translated(origin).adjusted(0, inset, 0, -inset)
                    painter.fillRect(box, fill)
                    if level:
                        painter.fillRect(QRectF(box.left(), box.bottom() - 2, box.width(), 2), edge)
                painter.setPen(QPen(edge, 1.5))
                x0, y0 = origin.x(), origin.y()
                for x, top, bottom in geometry.marks:
                    painter.drawLine(
                        QPointF(x0 + x, y0 + top + inset), QPointF(x0 + x, y0 + bottom - inset)
                    )
        self._visible = (first or 0, last or 0)

    def paint_over(self, painter: QPainter) -> None:
        """Outlines of the current annotation (solid) and of related ones (dashed)."""
        if self.overlay is not None:
            self.overlay.paint(painter, self)
        wanted = set(self.outlined)
        if self.current is not None:
            wanted.add(self.current)
        if not wanted:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for block, origin in self.visible_blocks():
            for span in self.block_spans(block):
                if span.id not in wanted:
                    continue
                pen = QPen(self.color_of(span).darker(230), 2)
                if span.id != self.current:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for rect in joined(self.span_rects(block, origin, span)):
                    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)

    # -- hit testing and partial repaints -----------------------------------------------

    def spans_at(self, point: QPointF) -> list[Span]:
        """Spans drawn under a viewport point, innermost (shortest) first."""
        hits: dict[int, Span] = {}
        for block, origin in self.visible_blocks():
            for span in self.block_spans(block):
                if any(r.contains(point) for r in self.span_rects(block, origin, span)):
                    hits[span.id] = span
        return sorted(hits.values(), key=lambda s: (s.length, s.id))

    def repaint_range(self, start: int, end: int) -> None:
        """Schedule a repaint of the visible blocks that show [start, end) (core offsets)."""
        if self.offsets is None:
            return
        qa, qb = self.offsets.to_qt(start), self.offsets.to_qt(end)
        lo, hi = self._visible
        if qb < lo or qa > hi:
            return  # off screen: the next paint that shows it reads the index anyway
        area = QRectF()
        editor = self.editor
        for block, origin in self.visible_blocks():
            b_start = block.position()
            if b_start + block.length() <= qa:
                continue
            if b_start > qb:
                break
            area = area.united(
                QRectF(origin, editor.blockBoundingRect(block).size()).adjusted(0, -2, 0, 2)
            )
        if not area.isEmpty():
            area.setLeft(0)
            area.setRight(editor.viewport().width())
            editor.viewport().update(area.toAlignedRect())
