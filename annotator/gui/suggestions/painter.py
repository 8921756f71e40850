"""Suggestions drawn on the text apart from annotations: a dashed outline in the colour of
their label and no fill, so they never read as work done; the current suggestion (with
the spans it would link) gets a faint fill and a firmer outline.

They use the annotation geometry (`SpanPainter`: the same index of spans on screen and the
same glyph runs), so a suggestion in mixed Arabic and Latin text or over two lines is drawn
on exactly its glyphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QPlainTextEdit

from annotator.gui.viewer.offsets import OffsetMap
from annotator.gui.viewer.span_index import Span
from annotator.gui.viewer.span_painter import SpanPainter, joined
from annotator.suggestions.records import Suggested

CURRENT_ALPHA = 45


class SuggestionPainter(SpanPainter):
    """Suggested spans of one viewer; span ids are positions in the list given."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.highlighted: set[int] = set()

    def set_spans(self, offsets: OffsetMap | None, spans: Sequence[Suggested]) -> None:
        self.index.clear()
        self.invalidate()
        self.offsets = offsets
        for i, span in enumerate(spans):
            self.index.put(Span(i, span.kind, span.start, span.end))
        self.editor.viewport().update()

    def set_highlighted(self, ids: set[int]) -> None:
        self.highlighted = ids
        self.editor.viewport().update()

    def paint(self, painter: QPainter, clip: QRectF) -> None:
        if not len(self.index):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for block, origin in self.visible_blocks():
            if origin.y() > clip.bottom():
                break
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
