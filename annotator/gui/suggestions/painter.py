"""Suggestions drawn on the text apart from annotations: a dashed outline in the colour of
their label and no fill, so they never read as work done; the current suggestion (with
the spans it would link) gets a faint fill and a firmer outline.

They use the annotation geometry (`SpanPainter`: the same index of spans on screen and the
same glyph runs), so a suggestion in mixed Arabic and Latin text or over two lines is drawn
on exactly its glyphs.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from annotator.gui.viewer.offsets import OffsetMap
from annotator.gui.viewer.span_geometry import run_rects
from annotator.gui.viewer.span_index import Span
from annotator.gui.viewer.span_painter import Geometry, SpanPainter, joined
from annotator.suggestions.records import Suggested

CURRENT_ALPHA = 45


class SuggestionPainter(SpanPainter):
    """Suggested spans of one viewer, by the ids the controller gives them."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.highlighted: set[int] = set()
        self._shown: set[int] = set()

    def set_spans(self, offsets: OffsetMap | None, spans: dict[int, Suggested]) -> None:
        """Show exactly `spans` (by id). Ids are stable while a document's suggestions are
        refitted, so only the spans that came or went are measured and repainted."""
        if offsets is not self.offsets:
            self.index.clear()
            self.invalidate()
            self.offsets = offsets
            self.editor.viewport().update()
        gone = [i for i in list(self._shown) if i not in spans]
        for span_id in gone:
            old = self.remove(span_id)
            self._shown.discard(span_id)
            if old is not None:
                self.repaint_range(old.start, old.end)
        for span_id, span in spans.items():
            if span_id not in self._shown:
                self.put(Span(span_id, span.kind, span.start, span.end))
                self._shown.add(span_id)
                self.repaint_range(span.start, span.end)

    def _measure(self, block: QTextBlock, span: Span) -> Geometry:
        """Glyph runs only: an outline needs no start and end bars."""
        assert self.offsets is not None
        qt_start = block.position()
        a = self.offsets.to_qt(span.start) - qt_start
        b = self.offsets.to_qt(span.end) - qt_start
        return Geometry(run_rects(block, a, b), [])

    def set_highlighted(self, ids: set[int]) -> None:
        changed = self.highlighted ^ ids
        self.highlighted = ids
        for span_id in changed:
            span = self.index.get(span_id)
            if span is not None:
                self.repaint_range(span.start, span.end)

    def paint(self, painter: QPainter, clip: QRectF) -> None:
        if not len(self.index):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # dashes: cheap
        for block, origin in self.visible_blocks():
            if origin.y() > clip.bottom():
                break
            if origin.y() + self.editor.blockBoundingRect(block).height() < clip.top():
                continue  # an edit repaints only the blocks it touched
            for span in self.block_spans(block):
                color = self.color_of(span)
                current = span.id in self.highlighted
                pen = QPen(color.darker(150 if current else 110), 2.0 if current else 1.2)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                if current:
                    fill = QColor(color)
                    fill.setAlpha(CURRENT_ALPHA)
                    painter.setBrush(fill)
                else:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                for rect in joined(self.span_rects(block, origin, span)):
                    painter.drawRoundedRect(rect.adjusted(1, 2, -1, -2), 3, 3)
