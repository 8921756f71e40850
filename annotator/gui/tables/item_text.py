"""Item delegates that lay out Arabic and Latin cells each in their own direction.

Qt draws an item's text in the view's layout direction, so an Arabic name in an
English-language table comes out left-aligned and its neutral characters (brackets,
guillemets, a trailing full stop) settle on the wrong side. These delegates give each cell
the direction of its first strong character, as the Unicode bidi algorithm would for a
paragraph. Qt still shapes and orders the text (DESIGN invariant 3).

Text too long for its cell is shortened here, not by the style: at its logical end (the
left of an Arabic cell) and at a word boundary, so "غير كافية" becomes "غير…", never
"غير ك"; and Arabic cells use the app's Arabic font a size up, since Arabic letters at a
Latin point size are too small to read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 40  # the grey second line of a two-line item
ARABIC_FAMILY = "Noto Sans Arabic"  # the family `app.load_arabic_font` registers
ARABIC_SCALE = 1.2  # Arabic beside Latin at the same point size reads a size smaller
ELLIPSIS = "…"


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


def elide_words(text: str, width: float, advance: Callable[[str], float]) -> str:
    """`text` on one line, shortened at its logical end to whole words and an ellipsis so
    that `advance` of it is at most `width`; cut inside the first word only when that word
    alone is too wide. The ellipsis follows the text logically, so in a right-to-left cell
    it shows on the left."""
    flat = " ".join(text.split())
    if advance(flat) <= width:
        return flat
    words = flat.split(" ")
    lo, hi = 0, len(words) - 1  # the longest fitting prefix has lo..hi words
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if advance(" ".join(words[:mid]) + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    if lo:
        return " ".join(words[:lo]) + ELLIPSIS
    cut = flat
    while cut and advance(cut + ELLIPSIS) > width:
        cut = cut[:-1]
    return cut + ELLIPSIS if cut else ""


_ARABIC_FONTS: dict[str, QFont] = {}  # a view's font -> its Arabic cell font
_METRICS: dict[str, QFontMetrics] = {}


def readable_font(font: QFont, text: str) -> QFont:
    """The font for a cell: the Arabic font a size up for right-to-left text."""
    if not is_rtl(text):
        return font
    key = font.key()
    bigger = _ARABIC_FONTS.get(key)
    if bigger is None:
        bigger = QFont(font)
        bigger.setFamilies([ARABIC_FAMILY, *font.families()])
        bigger.setPointSizeF(font.pointSizeF() * ARABIC_SCALE)
        _ARABIC_FONTS[key] = bigger
    return bigger


def elided_cell(text: str, width: int, font: QFont) -> str:
    """`elide_words` for a cell, remembered: a table repaints the same cells over and over
    (every edit shifts the rows below it), and shaping text to measure it is the cost."""
    key = font.key()
    if key not in _METRICS:
        _METRICS[key] = QFontMetrics(font)
    return _elided(text, width, key)


@lru_cache(maxsize=4096)
def _elided(text: str, width: int, font_key: str) -> str:
    return elide_words(text, width, _METRICS[font_key].horizontalAdvance)


HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
STYLED_CACHE = 4096  # cells remembered per delegate: a few screenfuls of a table
Styled = tuple[Qt.LayoutDirection, QFont, str]  # a cell's direction, font, shortened text


class AutoDirectionDelegate(QStyledItemDelegate):
    """One-line cells, each right-to-left or left-to-right by its own text, elided at its
    logical end on a word boundary."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # What `styled` worked out per (text, width, font, style): a table repaints every
        # visible cell when a row is added above them or it scrolls, and working out a
        # cell's direction, font and shortened text again is most of a cell's paint.
        self._styled: dict[tuple[str, int, int, bool, str, int], Styled] = {}
        self._font: QFont | None = None  # the last view font seen, and its key
        self._font_key = ""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        text = option.text  # a number's text has no strong character: left to right
        if text:
            option.direction = direction_of(text)
            option.font = readable_font(option.font, text)

    def styled(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        """The option as `paint` draws it: direction, font, and the text already shortened
        to the cell (the style's own eliding cuts the wrong end of Arabic, mid-word)."""
        opt = QStyleOptionViewItem(option)
        QStyledItemDelegate.initStyleOption(self, opt, index)  # ours is applied below
        text = opt.text
        if not text:
            return opt
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        font = opt.font
        if self._font is None or font != self._font:  # (the view's font, rarely changed)
            self._font, self._font_key = QFont(font), font.key()
        features = opt.features
        decoration = opt.decorationSize.width() if features & HAS_DECORATION else -1
        check = bool(features & HAS_CHECK)
        key = (text, opt.rect.width(), decoration, check, self._font_key, id(style))
        done = self._styled.get(key)
        if done is None:
            if len(self._styled) >= STYLED_CACHE:
                self._styled.clear()
            done = self._styled[key] = self._work_out(opt, style)
        opt.direction, opt.font, opt.text = done
        opt.textElideMode = Qt.TextElideMode.ElideNone
        return opt

    def _work_out(self, opt: QStyleOptionViewItem, style: QStyle) -> Styled:
        """A cell's direction, font and text shortened to fit, for `styled` to remember."""
        text = opt.text
        font = QFont(readable_font(opt.font, text))  # a copy: opt.font lives in opt
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        # The cell less the style's text margins and any icon: the style's own
        # SE_ItemViewItemText would lay the whole text out to say the same.
        width = opt.rect.width() - 2 * margin
        if opt.features & HAS_DECORATION:
            width -= opt.decorationSize.width() + 2 * margin
        if opt.features & HAS_CHECK:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2 * margin
        return direction_of(text), font, elided_cell(text, width - 2 * margin, font)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = self.styled(option, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class TwoLineDelegate(QStyledItemDelegate):
    """The display text on the first line, `SECONDARY_ROLE` smaller and grey beneath it;
    both elided to one line each and aligned by the first line's direction."""

    def _fonts(self, option: QStyleOptionViewItem, primary: str) -> tuple[QFont, QFont]:
        big = readable_font(option.font, primary)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.88))
        return big, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        big, small = self._fonts(opt, opt.text)
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
        big, small = self._fonts(opt, primary)
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
            shown = elided_cell(text, line.width(), font)
            text_option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(direction_of(text))
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            painter.drawText(line.toRectF(), shown, text_option)
            top += metrics.lineSpacing()
        painter.restore()
