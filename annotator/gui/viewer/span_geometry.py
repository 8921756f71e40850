"""Where a range of text is drawn inside one block: the one geometry the highlights, the
review overlay and hit testing share.

Everything is read from Qt's own line layout, after Qt has shaped and ordered the text, so a
range in a mixed Arabic/Latin line comes out as the visual pieces Qt drew. The two edges of a
range are the edges of its own first and last characters: the leading edge of the first, the
trailing edge of the last. (The trailing edge of the position *after* the range is the far
side of the next character, one character too far, and in a mixed line it may be a run
away.) Ranges are in Qt positions relative to the block, end exclusive.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextLayout, QTextLine


def run_rects(block: QTextBlock, a: int, b: int) -> list[QRectF]:
    """One rectangle per glyph run showing [a, b) of `block`, relative to the block, each as
    tall as its line (each font reports its own ascent: an emoji's is short)."""
    layout = block.layout()
    a, b = max(a, 0), min(b, block.length() - 1)
    rects: list[QRectF] = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        lo = max(a, line.textStart())
        hi = min(b, line.textStart() + line.textLength())
        if lo >= hi:
            continue
        top, height = line.y(), line.height()
        for run in line.glyphRuns(lo, hi - lo):
            rect = run.boundingRect()
            if rect.width() > 0:
                rects.append(QRectF(rect.x(), top, rect.width(), height))
    return rects


def edge_marks(block: QTextBlock, a: int, b: int) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of the logical start and end of [a, b) where they fall in `block`:
    the leading edge of character `a` and the trailing edge of the last character, each on
    its own line (a range that ends where a wrapped line ends has its end bar there, not at
    the start of the next line)."""
    text_len = block.length() - 1
    layout = block.layout()
    marks: list[tuple[float, float, float] | None] = []
    if 0 <= a < text_len and a < b:
        marks.append(_edge(layout, a, QTextLine.Edge.Leading))
    if 0 < b <= text_len and a < b:
        # The last character starts one cursor position back (an emoji is two UTF-16
        # units, a letter with its marks one cluster).
        last = max(a, layout.previousCursorPosition(b, QTextLayout.CursorMode.SkipCharacters))
        marks.append(_edge(layout, last, QTextLine.Edge.Trailing))
    return [m for m in marks if m is not None]


def _edge(layout: QTextLayout, pos: int, edge: QTextLine.Edge) -> tuple[float, float, float] | None:
    line = layout.lineForTextPosition(pos)
    if not line.isValid():
        return None
    found = line.cursorToX(pos, edge)  # typed `object`: a float, or (x, pos) in some bindings
    x = float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
    return (x, line.y(), line.y() + line.height())


def align_to_start(block: QTextBlock) -> None:
    """Ragged lines from the start of the paragraph: right for a right-to-left one, left for
    a left-to-right one. QPlainTextEdit lays every block out with the document's one default
    option (its layout ignores block formats), and Qt aligns plain AlignLeft to the left
    whatever the direction, while AlignJustify spreads space inside Arabic words. So the
    alignment is set on each laid-out block: Qt reads it when it draws and hit-tests, and a
    relayout (new width, zoom) puts the default back until the next paint sets it again."""
    layout = block.layout()
    option = layout.textOption()
    side = (
        Qt.AlignmentFlag.AlignRight
        if block.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    wanted = side | Qt.AlignmentFlag.AlignAbsolute
    if option.alignment() != wanted:
        option.setAlignment(wanted)
        layout.setTextOption(option)
