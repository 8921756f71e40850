"""What review mode draws in the viewer, over the normal highlights.

The normal highlights stay as they are (label colours, nesting insets), so a label
disagreement is still seen as two colours. On top of them, for each shown annotation:

* a bar under it in its analyst's colour and line pattern, each analyst in a lane of their
  own (corrections in green, above), so two analysts' marks on the same words both show;
* accepted: a solid green frame; rejected: a faded fill and a line through the words;
* each disagreement: a red wavy line along the top of its whole range (the current one
  framed in red too); resolved disagreements keep a thin grey dotted line.

Hidden analysts' annotations are left out of the highlights altogether: `SpanPainter` asks
`shows` for every span while the overlay is installed. Like the highlighter, everything is
measured from Qt's own glyph runs, so it follows the bidi order of mixed Arabic/Latin lines.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTextBlock

from annotator.gui.review.state import ReviewState
from annotator.gui.session import Session
from annotator.gui.viewer.span_geometry import run_rects
from annotator.gui.viewer.span_index import Span, depths
from annotator.gui.viewer.span_painter import INSET, SpanPainter

DISAGREEMENT_COLOR = QColor("#d11f1f")
RESOLVED_COLOR = QColor("#8a8a8a")
ACCEPTED_COLOR = QColor("#1b7f3b")
STRIKE_COLOR = QColor(60, 60, 60, 200)
BAR_WIDTH = 3.0
BAR_GAP = 1.0  # between the lanes of two analysts' bars
WAVE_AMPLITUDE = 1.6
WAVE_PERIOD = 6.0
FADE = 0.7  # share of white mixed into a rejected annotation's colour


def faded(color: QColor, amount: float = FADE) -> QColor:
    return QColor.fromRgbF(
        color.redF() + (1 - color.redF()) * amount,
        color.greenF() + (1 - color.greenF()) * amount,
        color.blueF() + (1 - color.blueF()) * amount,
    )


def wave(x0: float, x1: float, y: float) -> QPainterPath:
    """A wavy line from x0 to x1 around height y, like a spelling-checker underline."""
    path = QPainterPath(QPointF(x0, y))
    half = WAVE_PERIOD / 2
    x, up = x0, True
    while x < x1:
        nxt = min(x + half, x1)
        path.quadTo(
            QPointF((x + nxt) / 2, y + (-WAVE_AMPLITUDE if up else WAVE_AMPLITUDE) * 2),
            QPointF(nxt, y),
        )
        x, up = nxt, not up
    return path


def range_rects(painter: SpanPainter, block: QTextBlock, start: int, end: int) -> list[QRectF]:
    """Rectangles (relative to the block) of the glyph runs showing core range [start, end)
    inside `block`; a range need not be an annotation, so nothing is cached."""
    offsets = painter.offsets
    assert offsets is not None
    first = block.position()
    return run_rects(block, offsets.to_qt(start) - first, offsets.to_qt(end) - first)


class ReviewOverlay:
    """Installed on a viewer's `SpanPainter` while review mode is on."""

    def __init__(self, session: Session, state: ReviewState) -> None:
        self.session = session
        self.state = state
        self._base_color: Callable[[Span], QColor] | None = None

    def install(self, spans: SpanPainter) -> None:
        if spans.overlay is self:
            return
        self._base_color = spans.color_of
        spans.color_of = self.color_of
        spans.overlay = self
        spans.editor.viewport().update()

    def uninstall(self, spans: SpanPainter) -> None:
        if spans.overlay is not self:
            return
        spans.overlay = None
        if self._base_color is not None:
            spans.color_of = self._base_color
        spans.editor.viewport().update()

    # -- what SpanPainter asks ----------------------------------------------------------

    def shows(self, span: Span) -> bool:
        ann = self.session.annotations.get(span.id)
        return ann is None or self.state.shows(ann)

    def color_of(self, span: Span) -> QColor:
        assert self._base_color is not None
        color = self._base_color(span)
        ann = self.session.annotations.get(span.id)
        return faded(color) if ann is not None and ann.review_status == "rejected" else color

    def paint(self, painter: QPainter, spans: SpanPainter) -> None:
        """Analyst bars, decisions and disagreement marks over the visible blocks."""
        if spans.offsets is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for block, origin in spans.visible_blocks():
            shown = spans.block_spans(block)
            level = depths(shown)
            for span in shown:
                self._paint_span(painter, spans, block, origin, span, INSET * level[span.id])
            self._paint_disagreements(painter, spans, block, origin)
        painter.restore()

    def _paint_span(
        self,
        painter: QPainter,
        spans: SpanPainter,
        block: QTextBlock,
        origin: QPointF,
        span: Span,
        inset: float,
    ) -> None:
        ann = self.session.annotations.get(span.id)
        if ann is None:
            return
        style = self.state.style_of(ann)
        bar = QPen(style.color, BAR_WIDTH, style.pattern, Qt.PenCapStyle.FlatCap)
        lane = self.state.lane_of(ann)
        for rect in spans.span_rects(block, origin, span):
            box = rect.adjusted(0, inset, 0, -inset)
            y = rect.bottom() - BAR_WIDTH / 2 - lane * (BAR_WIDTH + BAR_GAP)
            painter.setPen(bar)
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            if ann.review_status == "accepted":
                painter.setPen(QPen(ACCEPTED_COLOR, 1.6))
                painter.drawRect(box.adjusted(0.8, 0.8, -0.8, -0.8))
            elif ann.review_status == "rejected":
                painter.setPen(QPen(STRIKE_COLOR, 1.2))
                mid = box.center().y()
                painter.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))

    def _paint_disagreements(
        self, painter: QPainter, spans: SpanPainter, block: QTextBlock, origin: QPointF
    ) -> None:
        assert spans.offsets is not None
        first = spans.offsets.to_core(block.position())
        last = spans.offsets.to_core(block.position() + block.length() - 1)
        for i, item in enumerate(self.state.items):
            if item.start >= last or item.end <= first:
                continue
            rects = [r.translated(origin) for r in range_rects(spans, block, item.start, item.end)]
            if item.resolved:
                pen = QPen(RESOLVED_COLOR, 1.2, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                for r in rects:
                    painter.drawLine(
                        QPointF(r.left(), r.top() + 1), QPointF(r.right(), r.top() + 1)
                    )
            else:
                painter.setPen(QPen(DISAGREEMENT_COLOR, 1.4))
                for r in rects:
                    painter.drawPath(wave(r.left(), r.right(), r.top() + WAVE_AMPLITUDE * 2 + 0.5))
            if i == self.state.current:
                painter.setPen(QPen(DISAGREEMENT_COLOR, 1.3, Qt.PenStyle.DashLine))
                for r in rects:
                    painter.drawRoundedRect(r.adjusted(-2, -1, 2, 1), 4, 4)
