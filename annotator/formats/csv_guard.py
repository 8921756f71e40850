"""Cells a spreadsheet would run as formulas, made inert: every CSV the app writes uses this.

Kept apart from the exporters so that agreement tables (and anything else that writes CSV)
share the one rule without importing an exporter.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(value: Any) -> Any:
    """Neutralise a cell a spreadsheet would evaluate: `=1+1` becomes `'=1+1`."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
