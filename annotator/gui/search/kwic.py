"""Keyword in context, drawn: the words before, the hit, the words after, aligned on the hit.

Every hit row of the Search panel puts its hit at the same place (the middle of the row),
so the eye runs down one column of hits. A row is one line of text laid out by Qt as the
document lays it out (invariant 3): in the direction of the hit's paragraph
(`ProjectHit.rtl`), with the bidi algorithm ordering its runs, so an Arabic row has the
words before the hit on its right, a Latin row on its left, and in a mixed line each word
stands where the document shows it (in "BBC: بوبوفا تتحدث" the word after the Arabic hit is
on its left, as in the text). The line is placed so that the hit's first letter (its right
edge in Arabic, its left edge in Latin) is on the row's middle, and shortened by whole
words at whichever end would run out of the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from annotator.gui.tables.item_text import direction_of, is_rtl, readable_font
from annotator.search.project_search import ProjectHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 60  # a hit row's ProjectHit
TITLE_ROLE = Qt.ItemDataRole.UserRole + 62  # a document row's title (its text adds the count)
FSI, PDI = "\u2068", "\u2069"  # a bidi isolate: the title's direction does not reorder the count
HIT_BACKGROUND = QColor(255, 214, 0, 110)  # as the find bar's hits in the viewer


@dataclass
class KwicLine:
    """A hit row laid out: draw `layout` at x = `origin` (from the row's left edge)."""

    layout: QTextLayout
    origin: float
    hit_box: tuple[float, float]  # the hit's left and right edge, from the row's left edge


def _units(text: str) -> int:
    """Length in UTF-16 code units, as Qt counts positions (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def _flat(text: str) -> str:
    """One line: each line break or other space shown as a space."""
    return "".join(" " if ch.isspace() else ch for ch in text)


def _layout(left: str, hit: str, right: str, font: QFont, bold: QFont, rtl: bool) -> QTextLayout:
    layout = QTextLayout(left + hit + right, font)
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    strong = QTextLayout.FormatRange()
    strong.start, strong.length = _units(left), _units(hit)
    char = QTextCharFormat()
    char.setFont(bold)
    strong.format = char
    layout.setFormats([strong])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return layout


def kwic_line(hit: ProjectHit, font: QFont, bold: QFont, width: float) -> KwicLine:
    """The row for `hit` in a row `width` wide: its first letter on the middle, and as
    many whole words of context as fit on each side."""
    left, text, right = hit.left.lstrip(), _flat(hit.text), hit.right.rstrip()
    axis = width / 2
    reads_rtl = is_rtl(text) or (hit.rtl and not any(c.isalpha() for c in text))
    while True:
        layout = _layout(left, text, right, font, bold, hit.rtl)
        line = layout.lineAt(0)
        first, last = _units(left), _units(left) + _units(text)
        low, high = _extent(line, first, last - first)
        origin = axis - (high if reads_rtl else low)  # the hit's first letter on the middle
        drawn = line.naturalTextWidth()
        spill_left = origin < 0
        spill_right = origin + drawn > width
        if not (spill_left or spill_right) or not (left or right):
            break
        trimmed = False
        for spill, x in ((spill_left, -origin), (spill_right, width - origin)):
            if not spill:
                continue
            at = line.xToCursor(x)  # the character at the row's edge: which side is it from?
            if at < first and left:
                left = _drop_first_word(left)
                trimmed = True
            elif at >= last and right:
                right = _drop_last_word(right)
                trimmed = True
        if not trimmed:  # the edge is in the hit itself: keep the hit, drop the longer side
            if len(left) >= len(right) and left:
                left = _drop_first_word(left)
            elif right:
                right = _drop_last_word(right)
    return KwicLine(layout, origin, (origin + low, origin + high))


def _extent(line: QTextLine, start: int, length: int) -> tuple[float, float]:
    """The left and right edge of characters [start, start + length) as laid out (the
    union of their glyph runs: a hit of two directions may be in pieces)."""
    boxes = [run.boundingRect() for run in line.glyphRuns(start, length)]
    boxes = [b for b in boxes if b.width() > 0]
    if not boxes:
        found: Any = line.cursorToX(start)  # PySide: (x, the position asked), typed object
        x = float(found[0])
        return x, x
    return min(b.left() for b in boxes), max(b.right() for b in boxes)


def _drop_first_word(text: str) -> str:
    cut = text.find(" ", 1)
    return "" if cut < 0 else text[cut:].lstrip() if cut + 1 < len(text) else ""


def _drop_last_word(text: str) -> str:
    cut = text.rstrip().rfind(" ")
    return "" if cut <= 0 else text[:cut].rstrip()


class KwicDelegate(QStyledItemDelegate):
    """Paints hit rows as keyword in context; document rows as a heading laid out in its
    title's direction (an Arabic title right to left, its count after it, on its left)."""

    def _font(self, option: QStyleOptionViewItem, hit: ProjectHit) -> QFont:
        return readable_font(option.font, hit.left + hit.text + hit.right)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        title = index.data(TITLE_ROLE)
        if isinstance(title, str) and title and option.text:
            option.direction = direction_of(title)
            option.font = readable_font(option.font, title)
            option.text = option.text.replace(title, FSI + title + PDI, 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """One height for every row, tall enough for Arabic: the view lays rows out at
        the first row's height (uniform rows keep thousands of hits quick), and that row is
        a heading, so a hit row's own height would be ignored and its marks cut off."""
        size = super().sizeHint(option, index)
        tallest = QFontMetricsF(readable_font(option.font, "\u0627")).lineSpacing()
        size.setHeight(max(size.height(), int(tallest) + 6))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, ProjectHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = self._font(opt, hit)
        bold = QFont(font)
        bold.setBold(True)
        box = QRectF(rect).adjusted(4, 0, -4, 0)
        row = kwic_line(hit, font, bold, box.width())
        height = row.layout.lineAt(0).height()
        top = box.top() + (box.height() - height) / 2
        painter.save()
        painter.setClipRect(box)
        painter.setPen(opt.palette.color(role))
        low, high = row.hit_box
        inset = height * 0.12  # a band behind the letters, not the row's height
        band = QRectF(box.left() + low - 1, top + inset, high - low + 2, height - 2 * inset)
        painter.fillRect(band, HIT_BACKGROUND)
        row.layout.draw(painter, QPointF(box.left() + row.origin, top))
        painter.restore()
