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

from annotator.gui.tables.item_text import readable_font
from annotator.search.project_search import ProjectHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 60  # a hit row's ProjectHit
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
    """Paints hit rows as keyword in context; other rows (documents) as usual."""

    def _font(self, option: QStyleOptionViewItem, hit: ProjectHit) -> QFont:
        return readable_font(option.font, hit.left + hit.text + hit.right)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        hit = index.data(HIT_ROLE)
        if isinstance(hit, ProjectHit):
            height = QFontMetricsF(self._font(option, hit)).lineSpacing() + 6
            size.setHeight(max(size.height(), int(height)))
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
                painter.fillRect(box.adjusted(-1, 3, 1, -3), HIT_BACKGROUND)
            painter.setFont(bold if number == 1 else font)
            text_option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(direction)
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(box, text, text_option)
        painter.restore()
