"""Find hits drawn on the text with the annotation geometry, in a style of their own.

The hits of the find bar are spans like annotations: the same index finds those on screen
and the same glyph-run geometry (`span_geometry.run_rects`) places them, so a hit in mixed
Arabic and Latin text, or split over two lines, is drawn on exactly its glyphs. They are
drawn apart from annotations: an amber box with a border, under the text and over the label
fills, and the current hit a deeper orange, so a hit inside a claim shows both.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from annotator.gui.viewer.offsets import OffsetMap
from annotator.gui.viewer.span_index import Span
from annotator.gui.viewer.span_painter import Geometry, SpanPainter

HIT_FILL = QColor(255, 214, 0, 110)
HIT_EDGE = QColor(214, 150, 0)
CURRENT_FILL = QColor(255, 140, 0, 150)
CURRENT_EDGE = QColor(190, 80, 0)


class HitPainter(SpanPainter):
    """The find bar's hits on one viewer; span ids are the hits' positions in the list."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)

    def set_hits(self, offsets: OffsetMap | None, hits: Sequence[tuple[int, int]]) -> None:
        self.index.clear()
        self.invalidate()
        self.offsets = offsets
        self.current = None
        for i, (start, end) in enumerate(hits):
            self.index.put(Span(i, "", start, end))
        self.editor.viewport().update()

    def set_current(self, number: int | None) -> None:
        self.current = number
        self.editor.viewport().update()

    def geometry(self, block: QTextBlock, span: Span) -> Geometry:
        # Not cached: hits change with every keystroke in the find bar, and few are on screen.
        return self._measure(block, span)

    def paint(self, painter: QPainter, clip: QRectF) -> None:
        if not len(self.index):
            return
        for block, origin in self.visible_blocks():
            if origin.y() > clip.bottom():
                break
            for span in self.block_spans(block):
                current = span.id == self.current
                painter.setPen(QPen(CURRENT_EDGE if current else HIT_EDGE, 2 if current else 1))
                painter.setBrush(CURRENT_FILL if current else HIT_FILL)
                for rect in self.span_rects(block, origin, span):
                    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
