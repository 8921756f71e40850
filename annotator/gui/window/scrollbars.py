"""Flat scroll bars for the window's text and tables.

Fusion, the style Qt uses where no desktop style is set (and offscreen), paints a scroll
bar's gradients anew on every repaint: about 1 ms per 400 pixels of height in software
rendering, and an edit repaints two of them (the table's range grows, the text's layout
learns a new length). A flat handle on the window colour is drawn by the style-sheet engine
in a few microseconds and reads as a modern, quiet scroll bar. The colours come from the
palette, so light and dark themes both keep a visible handle.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

FLAT = """
QScrollBar:vertical { background: palette(window); width: 12px; margin: 0; }
QScrollBar:horizontal { background: palette(window); height: 12px; margin: 0; }
QScrollBar::handle { background: palette(mid); border-radius: 4px; margin: 2px; }
QScrollBar::handle:vertical { min-height: 28px; }
QScrollBar::handle:horizontal { min-width: 28px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def flatten_scroll_bars(root: QWidget) -> None:
    """Give the scroll areas under `root` flat scroll bars (dialogs keep the style's)."""
    for area in root.findChildren(QAbstractScrollArea):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setStyleSheet(FLAT)
