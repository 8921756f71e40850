"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
returns nothing; after a few thousand repaints the interpreter aborts ("none_dealloc"). The
pin in pyproject.toml keeps it out; this test fails if a broken binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor


def test_void_qt_calls_keep_none_alive() -> None:
    color = QColor(1, 2, 3)
    before = sys.getrefcount(None)
    for _ in range(200):
        color.setAlpha(10)
    assert sys.getrefcount(None) - before > -50
