"""What every part of the window shares to speak the interface language, at the bottom of
the GUI's layers (it imports nothing of the GUI): stored names as they read, and numbers.

Stored names never change with the language: exports, shared schema files and other analysts'
projects keep `claim`, `check_worthy`, `yes`; `shown_name` gives the default schema's words in
the interface language (claim → ادعاء), a name a team chose itself as written. `number` writes
a count in the digits of the language setting (the default QLocale that
`annotator.gui.window.language` installs).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

CONTEXT = "SchemaNames"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation in `context`; it is translated where it is shown.
    (Qt's own is typed as returning `object`.)"""
    return text


translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

# Every name the default schema, the document fields and speaker types store, for lupdate.
KNOWN = (
    QT_TRANSLATE_NOOP("SchemaNames", "claim"),
    QT_TRANSLATE_NOOP("SchemaNames", "speaker"),
    QT_TRANSLATE_NOOP("SchemaNames", "cue"),
    QT_TRANSLATE_NOOP("SchemaNames", "verifiable"),
    QT_TRANSLATE_NOOP("SchemaNames", "likely false"),
    QT_TRANSLATE_NOOP("SchemaNames", "harmful"),
    QT_TRANSLATE_NOOP("SchemaNames", "check worthy"),
    QT_TRANSLATE_NOOP("SchemaNames", "quote form"),
    QT_TRANSLATE_NOOP("SchemaNames", "contains claim"),
    QT_TRANSLATE_NOOP("SchemaNames", "yes"),
    QT_TRANSLATE_NOOP("SchemaNames", "no"),
    QT_TRANSLATE_NOOP("SchemaNames", "unsure"),
    QT_TRANSLATE_NOOP("SchemaNames", "direct"),
    QT_TRANSLATE_NOOP("SchemaNames", "indirect"),
    QT_TRANSLATE_NOOP("SchemaNames", "person"),
    QT_TRANSLATE_NOOP("SchemaNames", "organisation"),
    QT_TRANSLATE_NOOP("SchemaNames", "media"),
    QT_TRANSLATE_NOOP("SchemaNames", "document"),
    QT_TRANSLATE_NOOP("SchemaNames", "unknown"),
    QT_TRANSLATE_NOOP("SchemaNames", "new"),
    QT_TRANSLATE_NOOP("SchemaNames", "in progress"),
    QT_TRANSLATE_NOOP("SchemaNames", "done"),
    QT_TRANSLATE_NOOP("SchemaNames", "other"),
    QT_TRANSLATE_NOOP("SchemaNames", "choice"),
    QT_TRANSLATE_NOOP("SchemaNames", "text"),
)


@lru_cache(maxsize=4096)  # tables ask for every cell at every paint; cleared per language
def shown_name(name: str) -> str:
    """A stored label, field, choice, speaker type or status name as the interface shows it:
    underscores read as spaces, the default schema's words in the interface language."""
    spaced = name.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, spaced) if spaced in KNOWN else spaced


def fill_names(combo: QComboBox, names: Iterable[str], current: str | None = None) -> None:
    """Offer stored names in a combo box as the interface shows them; the stored name is
    each item's data (read it with `currentData()`)."""
    for name in names:
        combo.addItem(shown_name(name), name)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))


def number(value: int | float) -> str:
    """A count or figure for the interface, in the digits of the language setting."""
    return QLocale().toString(value)
