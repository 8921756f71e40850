"""Help → Keyboard Shortcuts: the keys in a window that fits a laptop screen and scrolls.

A QMessageBox grows to its text (over 1,000 pixels for the keys), taller than a 768-pixel
screen, with its OK button out of reach; a text browser in a dialog sized to the screen
scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

WIDTH = 640
SCREEN_SHARE = 0.8  # of the screen's free height, leaving room for the title bar


class HelpDialog(QDialog):
    def __init__(
        self, title: str, html: str, parent: QWidget | None = None, available: QRect | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._html = html
        self.browser = QTextBrowser(self)
        self.browser.setHtml(html)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        if available is None:
            available = self.screen().availableGeometry()
        self.resize(fitted_size(available, self.browser))

    def text(self) -> str:
        """The help as HTML, as it was given."""
        return self._html


def fitted_size(available: QRect, browser: QTextBrowser) -> QSize:
    """As tall as the text needs, but never taller than most of the screen."""
    document = browser.document().clone()
    document.setTextWidth(WIDTH - 40)
    wanted = int(document.size().height()) + 90  # the button row and margins
    return QSize(min(WIDTH, available.width()), min(wanted, int(available.height() * SCREEN_SHARE)))
