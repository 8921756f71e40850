"""Help → Keyboard Shortcuts: the keys in a window that fits a laptop screen and scrolls.

The text is written from the keymap table (`shortcuts_html`), so it lists exactly the keys
the window binds. A QMessageBox grows to its text (over 1,000 pixels for the keys), taller
than a 768-pixel screen, with its OK button out of reach; a text browser in a dialog sized
to the screen scrolls instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from annotator.gui.window import keymap

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyboardHelp", text)


def _row(keys: str, what: str) -> str:
    keys, what = escape(keys, quote=False), escape(what, quote=False)
    return f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>\n"


def shortcuts_html(labels: Iterable[tuple[str, str]] = ()) -> str:
    """The Keyboard Shortcuts text: one table per section of the keymap, a row per binding
    (the label keys of the open project's schema, `(key, label name)`, first)."""
    parts = [
        "<p>"
        + _tr(
            "Select text with the mouse or with Shift+arrow keys, then press a label key."
            " Selections snap to whole words unless Edit → Snap to Whole Words is off; they"
            " never split a letter from its marks, an emoji or a flag."
        )
        + "</p>\n"
    ]
    for section in keymap.SECTIONS:
        rows = []
        if section == keymap.ANNOTATING:
            mark = keymap.binding("label").description()
            rows += [_row(key, f"{mark}: {name}") for key, name in labels if key]
        for binding in keymap.BINDINGS:
            if binding.section == section and binding.shown():
                rows.append(_row(binding.shown(), binding.description()))
        heading = QCoreApplication.translate(keymap.CONTEXT, section)
        parts.append(f'<h3>{escape(heading)}</h3>\n<table cellspacing="6">\n')
        parts += rows
        parts.append("</table>\n")
        if section == keymap.ANNOTATING:
            parts.append(_annotating_notes())
        elif section == keymap.REVIEWING:
            parts.append(
                "<p>"
                + _tr(
                    "The letter keys work only in review mode, where they win over A"
                    " (attribute) and a label key on the same letter; in a text field (a note,"
                    " a filter) letters are typed as usual."
                )
                + "</p>\n"
            )
    return "".join(parts)


def _annotating_notes() -> str:
    return (
        "<p>"
        + _tr(
            "Left and right are the sides of the screen. In an Arabic (right-to-left) paragraph"
            " the left side of a span is its <i>end</i> (the words that follow it) and the"
            " right side its <i>start</i>; in an English paragraph it is the other way round."
            " So Alt+Shift+Left in Arabic takes in the next word, as the eye reads on."
        )
        + "</p>\n<p>"
        + _tr(
            "Click a highlight to select it; click again on the same place to step out to a"
            " span that encloses it. The current claim's speakers and cue are outlined with"
            " dashes (a speaker's claims, when a speaker is current). Every change is saved at"
            " once: there is no Save button."
        )
        + "</p>\n"
    )
