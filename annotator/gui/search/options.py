"""The three switches every search control shows: exact, whole word, regular expression."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from annotator.search.query import SearchOptions


class OptionButtons(QWidget):
    """Three small toggle buttons; `changed` fires when one is switched."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.exact = self._button(
            self.tr("Exact"),
            self.tr("Match the characters exactly as stored: diacritics, letter forms, case"),
        )
        self.word = self._button(self.tr("Whole word"), self.tr("Match whole words only"))
        self.regex = self._button(
            self.tr("Regex"), self.tr("Read the query as a regular expression")
        )
        for button in (self.exact, self.word, self.regex):
            layout.addWidget(button)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.toggled.connect(lambda _on: self.changed.emit())
        return button

    def options(self) -> SearchOptions:
        return SearchOptions(
            exact=self.exact.isChecked(), word=self.word.isChecked(), regex=self.regex.isChecked()
        )
