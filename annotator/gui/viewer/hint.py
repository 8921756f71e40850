"""The one line above the text that says what to do next, while there is nothing to see.

No project open (a first start whose project was refused, an open that failed): how to open
or make one. A project without documents: how to import. A document nobody has annotated
yet: select text and press a label's key, F1 for every key. Once there is an annotation the
line goes away and the text has the whole viewer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from annotator.gui.session import NO_DOCUMENT, Session


class HintBar(QLabel):
    """Shown in the top margin of the viewer's text area; `relayout` asks the viewer to make
    room for it (or take the room back)."""

    def __init__(
        self, session: Session, viewer: QPlainTextEdit, relayout: Callable[[], None]
    ) -> None:
        super().__init__(viewer)
        self.session = session
        self.relayout = relayout
        self.setObjectName("viewer-hint")
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(12, 6, 12, 6)
        self.setAutoFillBackground(True)
        self.setFont(QApplication.font())  # the window's size, not the text's
        self._text = "?"  # not yet decided: the first refresh always places the bar
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.color(palette.ColorRole.AlternateBase))
        self.setPalette(palette)
        for signal in (
            session.projectChanged,
            session.documentChanged,
            session.changed,
            session.annotationsLoaded,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def hint(self) -> str:
        """What the analyst can do next, or "" when the text speaks for itself."""
        session = self.session
        if session.project is None:
            return self.tr(
                "No project is open: File → Open Project… opens one, File → New Project…"
                " makes one, then File → Import Documents… (Ctrl+I) brings in a text."
            )
        if session.document_id in (None, NO_DOCUMENT):
            return self.tr(
                "This project has no documents yet: File → Import Documents… (Ctrl+I), or"
                " drop text files on the window."
            )
        if session.annotations or session.loading:
            return ""
        keys = [f"{lab.shortcut} ({lab.name})" for lab in session.labels() if lab.shortcut]
        if not keys:
            return self.tr("Select text and mark it from the Annotate menu; F1 lists every key.")
        listed = (
            ", ".join(keys[:-1]) + " " + self.tr("or") + " " + keys[-1]
            if len(keys) > 1
            else keys[0]
        )
        return self.tr("Select text, then press %1 to mark it; F1 lists every key.").replace(
            "%1", listed
        )

    def full_text(self) -> str:
        return self._text

    def refresh(self, *_args: object) -> None:
        text = self.hint()
        if text == self._text:
            return  # most edits change nothing here: no relayout of the viewer
        self._text = text
        self.setToolTip(text)
        self.setVisible(bool(text))
        self.relayout()

    def wanted_height(self) -> int:
        return self.sizeHint().height() if self._text else 0

    def place(self, x: int, y: int, width: int) -> None:
        """Sit at (x, y) across `width`, the hint shortened to one line (whole in the
        tooltip)."""
        room = width - self.contentsMargins().left() - self.contentsMargins().right()
        self.setText(
            self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, max(room, 0))
        )
        self.setGeometry(x, y, width, self.wanted_height())
