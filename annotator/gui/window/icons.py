"""Toolbar and menu icons: shipped SVGs for commands, label icons drawn from the schema.

Label icons are painted at run time because their colour and letter come from the project's
label schema, which the analyst may edit.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from annotator.gui.window.shipped_files import MissingResourceError, resource_path

SIZE = 32
POINTING = frozenset({"undo", "redo", "next", "previous", "grow", "shrink"})


def label_icon(color: str, letter: str) -> QIcon:
    """A rounded square in the label's colour with its shortcut letter."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setBrush(fill)
    painter.setPen(fill.darker(150))
    painter.drawRoundedRect(QRectF(2, 2, SIZE - 4, SIZE - 4), 6, 6)
    if letter:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(SIZE // 2)
        painter.setFont(font)
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def icon(name: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon:
    """A shipped `icon-<name>.svg`, else the style's standard icon, else no icon. Icons that
    point (undo, redo, next, previous, grow, shrink) point the other way right to left."""
    try:
        found = QIcon(str(resource_path(f"icon-{name}.svg")))
    except MissingResourceError:  # the style's own arrows follow the direction already
        return standard_icon(fallback) if fallback is not None else QIcon()
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return mirrored(found) if rtl and name in POINTING else found


def mirrored(source: QIcon) -> QIcon:
    """The icon flipped left to right, at the sizes menus and toolbars draw."""
    out = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        image = source.pixmap(size, size).toImage()
        flip = (
            image.flipped(Qt.Orientation.Horizontal)
            if hasattr(image, "flipped")
            else (image.mirrored(True, False))
        )
        out.addPixmap(QPixmap.fromImage(flip))
    return out


def standard_icon(which: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(which)
