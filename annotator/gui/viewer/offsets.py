"""The one mapping between core offsets and Qt document positions (DESIGN.md, invariant 2).

Core offsets count code points of the stored text. Qt positions count UTF-16 units of a
QTextDocument in which each paragraph break is one position. The two differ in exactly two
ways, and nothing else in the GUI may convert between them:

* a character outside the BMP (emoji, regional indicator) is one offset but two positions;
* a CRLF is two offsets but one paragraph break.

`OffsetMap` records where those happen once per document and answers each conversion with
two binary searches, so highlighting a thousand annotations on a 550,000-character text
stays instant.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from PySide6.QtGui import QTextCursor, QTextDocument

__all__ = ["OffsetMap"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
BOM, WORD_JOINER = "\ufeff", "\u2060"


class OffsetMap:
    """Converts between offsets into one stored text and positions in its QTextDocument.

    `display_text` is what to give Qt (`setPlainText`), never the stored text itself:

    * ``\\r\\n`` becomes ``\\n``: one paragraph break, one Qt position for two code points;
    * a lone ``\\r`` becomes ``\\n``: one paragraph break (Qt would break there too; writing
      it out makes `display_text` exactly what the document holds);
    * ``\\n`` and U+2029 stay: paragraph breaks;
    * U+2028 stays: Qt's line separator, a new line inside the paragraph, one position;
    * a U+FEFF at the very start becomes U+2060 (WORD JOINER, its modern, equally invisible
      twin): `setPlainText` drops a leading U+FEFF as a byte-order mark, which would shift
      every position after it by one;
    * everything else, NBSP, ZWNJ, bidi marks and harakat included, stays as it is.

    So the user sees the same lines as in the file, and the stored text is never altered.
    Don't map through `QTextDocument.toPlainText()` (it turns NBSP into a space and breaks
    into ``\\n``); `QTextCursor.selectedText()` shows breaks as U+2029, one unit each.
    """

    __slots__ = (
        "_astral_display",
        "_astral_qt",
        "_crlf_display",
        "_lf_core",
        "display_text",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        # Most texts have no CR and no astral character: two quick checks skip scanning a
        # long text for them (the map is built on every document open, before its paint).
        has_cr = "\r" in text
        display = text.replace("\r\n", "\n").replace("\r", "\n") if has_cr else text
        if display.startswith(BOM):
            display = WORD_JOINER + display[1:]
        self.display_text = display
        # Core index of the LF of each CRLF: that LF has no position of its own in Qt.
        self._lf_core = [m.start() + 1 for m in re.finditer("\r\n", text)] if has_cr else []
        # Index in display_text of the break each CRLF became.
        self._crlf_display = [lf - 1 - k for k, lf in enumerate(self._lf_core)]
        # Display index and Qt position of each astral character (two UTF-16 units).
        astral = _ASTRAL.search(display) is not None
        self._astral_display = [m.start() for m in _ASTRAL.finditer(display)] if astral else []
        self._astral_qt = [d + k for k, d in enumerate(self._astral_display)]

    @property
    def qt_length(self) -> int:
        """Qt position of the end of the text: `QTextDocument.characterCount() - 1`."""
        return len(self.display_text) + len(self._astral_display)

    def to_qt(self, offset: int) -> int:
        """Qt position of a core offset; an offset between CR and LF maps to the break."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} is outside a text of length {len(self.text)}")
        d = offset - bisect_right(self._lf_core, offset)
        return d + bisect_left(self._astral_display, d)

    def to_core(self, qt_pos: int) -> int:
        """Core offset of a Qt position; the middle of a surrogate pair maps to its character."""
        if not 0 <= qt_pos <= self.qt_length:
            raise ValueError(f"Qt position {qt_pos} is outside a document of {self.qt_length}")
        i = bisect_left(self._astral_qt, qt_pos - 1)
        inside_pair = i < len(self._astral_qt) and self._astral_qt[i] == qt_pos - 1
        d = qt_pos - i - inside_pair
        return d + bisect_left(self._crlf_display, d)

    def selected_core_range(self, cursor: QTextCursor) -> tuple[int, int]:
        """The cursor's selection as (start, end) core offsets, start <= end."""
        return self.to_core(cursor.selectionStart()), self.to_core(cursor.selectionEnd())

    def cursor(self, document: QTextDocument, start: int, end: int) -> QTextCursor:
        """A cursor on `document` selecting the core span [start, end), e.g. to highlight it."""
        cursor = QTextCursor(document)
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor
