"""Shortcuts that work with an Arabic keyboard layout active as well as a Latin one.

Each one-letter key of the window is given its twin on the same physical key (C and ؤ), see
`annotator.text.keyboard`. Keys with modifiers (Ctrl+Z) need nothing: Qt matches those on
the Latin key whatever the layout.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence

from annotator.text.keyboard import twin


def keyboard_twins(key: str, taken: Iterable[str] = ()) -> list[QKeySequence]:
    """`key` and its twin letter, unless the twin is some other action's own key."""
    sequences = [QKeySequence(key)]
    other = twin(key)
    if other is not None and other.upper() not in {k.upper() for k in taken}:
        sequences.append(QKeySequence(other))
    return sequences
