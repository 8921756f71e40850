"""Item delegates that lay out Arabic and Latin cells each in their own direction.

Qt draws an item's text in the view's layout direction, so an Arabic name in an
English-language table comes out left-aligned and its neutral characters (brackets,
guillemets, a trailing full stop) settle on the wrong side. These delegates give each cell
the direction of its first strong character, as the Unicode bidi algorithm would for a
paragraph. Qt still shapes and orders the text (DESIGN invariant 3).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 40  # the grey second line of a two-line item


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew...)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def direction_of(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight


class AutoDirectionDelegate(QStyledItemDelegate):
    """One-line cells, each right-to-left or left-to-right by its own text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        text = option.text  # a number's text has no strong character: left to right
        if text:
            option.direction = direction_of(text)


class TwoLineDelegate(QStyledItemDelegate):
    """The display text on the first line, `SECONDARY_ROLE` smaller and grey beneath it;
    both elided to one line each and aligned by the first line's direction."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.88))
        return option.font, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        big, small = self._fonts(opt)
        height = QFontMetrics(big).lineSpacing() + 6
        if index.data(SECONDARY_ROLE):
            height += QFontMetrics(small).lineSpacing()
        return QSize(super().sizeHint(option, index).width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        primary, secondary = opt.text, str(index.data(SECONDARY_ROLE) or "")
        opt.text = ""
        if primary:
            opt.direction = direction_of(primary)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 2, -3, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        align = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight
            if opt.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        big, small = self._fonts(opt)
        painter.save()
        top = rect.top()
        for text, font, faded in ((primary, big, False), (secondary, small, True)):
            if not text:
                continue
            metrics = QFontMetrics(font)
            color = opt.palette.color(group, text_role)
            if faded and not selected:
                color = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
            painter.setFont(font)
            painter.setPen(color)
            line = QRect(rect.left(), top, rect.width(), metrics.lineSpacing())
            shown = metrics.elidedText(
                " ".join(text.split()), Qt.TextElideMode.ElideRight, line.width()
            )
            text_option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(direction_of(text))
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(line.toRectF(), shown, text_option)
            top += metrics.lineSpacing()
        painter.restore()
