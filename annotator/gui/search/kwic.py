"""Keyword in context, drawn: the words before, the hit, the words after, aligned on the hit.

Every hit row of the Search panel puts its hit at the same place (the middle of the row),
so the eye runs down one column of hits. A row is laid out in its own direction (the first
strong character of its line, as the bidi algorithm would): in an Arabic row the words
before the hit stand to its right and the words after to its left; in a Latin row the other
way round; so a panel of mixed documents reads correctly row by row. The direction is
that of the hit's paragraph (`ProjectHit.rtl`), not of the shortened context. Each piece is shaped
by Qt (invariant 3) and shortened at its far end: the words before lose their beginning,
the words after their end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from annotator.gui.tables.item_text import direction_of, readable_font
from annotator.search.project_search import ProjectHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 60  # a hit row's ProjectHit
TITLE_ROLE = Qt.ItemDataRole.UserRole + 62  # a document row's title (its text adds the count)
FSI, PDI = "\u2068", "\u2069"  # a bidi isolate: the title's direction does not reorder the count
HIT_BACKGROUND = QColor(255, 214, 0, 110)  # as the find bar's hits in the viewer
GAP = 4.0


def pieces(
    row: QRectF, hit: ProjectHit, metrics: QFontMetricsF
) -> list[tuple[QRectF, str, Qt.AlignmentFlag]]:
    """Where the words before, the hit and the words after go in `row`, each with its text
    (shortened to fit) and its alignment (screen sides, not logical ones)."""
    rtl = hit.rtl
    axis = row.left() + row.width() / 2
    width = min(metrics.horizontalAdvance(hit.text), row.width() / 2 - GAP)
    text = metrics.elidedText(hit.text, Qt.TextElideMode.ElideRight, width)
    left_side = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    right_side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    if rtl:  # the hit ends at the axis; before it (logically) is on its right
        hit_box = QRectF(axis - width, row.top(), width, row.height())
        before_box = QRectF(axis + GAP, row.top(), row.right() - axis - GAP, row.height())
        after_box = QRectF(row.left(), row.top(), hit_box.left() - GAP - row.left(), row.height())
        before_align, after_align = left_side, right_side
    else:  # the hit starts at the axis; before it is on its left
        hit_box = QRectF(axis, row.top(), width, row.height())
        before_box = QRectF(row.left(), row.top(), axis - GAP - row.left(), row.height())
        after_box = QRectF(hit_box.right() + GAP, row.top(), 0, row.height())
        after_box.setRight(row.right())
        before_align, after_align = right_side, left_side
    before = metrics.elidedText(
        hit.left.strip(), Qt.TextElideMode.ElideLeft, max(0.0, before_box.width())
    )
    after = metrics.elidedText(
        hit.right.strip(), Qt.TextElideMode.ElideRight, max(0.0, after_box.width())
    )
    return [
        (before_box, before, before_align),
        (hit_box, text, right_side),
        (after_box, after, after_align),
    ]


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
        rtl = hit.rtl
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        painter.save()
        painter.setPen(opt.palette.color(role))
        boxes = pieces(QRectF(rect).adjusted(4, 0, -4, 0), hit, QFontMetricsF(bold))
        for number, (box, text, align) in enumerate(boxes):
            if number == 1:
                inset = box.height() * 0.15  # a band behind the letters, not the row's height
                painter.fillRect(box.adjusted(-1, inset, 1, -inset), HIT_BACKGROUND)
            painter.setFont(bold if number == 1 else font)
            text_option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(direction)
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(box, text, text_option)
        painter.restore()
