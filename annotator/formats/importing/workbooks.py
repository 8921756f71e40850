"""Excel workbooks (.xlsx) as tables, read with openpyxl.

The first worksheet unless a sheet is named. Cells become text as a reader sees them in
Excel: whole numbers without ".0", dates as ISO dates, empty cells as "". Formulas give the
value Excel last saved (`data_only`).
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.formats.importing.packages import open_package
from annotator.formats.importing.tables import Table, fit_row, header_names
from annotator.text.decoding import read_bytes

_KIND = "an Excel workbook"


def read_workbook(path: Path, sheet: str | None = None) -> Table:
    import openpyxl  # imported when needed: most imports never read a workbook

    data = read_bytes(path)
    open_package(data, path, _KIND, "xlsx").close()  # refuses what openpyxl should not open
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        raise InputError(f"is not {_KIND} ({type(exc).__name__}: {exc})", path) from None
    try:
        names = book.sheetnames
        sheets = {ws.title: ws for ws in book.worksheets}
        if not sheets:
            raise InputError("has no worksheet", path)
        if sheet is None:
            title = book.worksheets[0].title
        elif sheet in sheets:
            title = sheet
        else:
            raise InputError(f"has no sheet {sheet!r} (its sheets: {', '.join(names)})", path)
        try:
            rows = [list(r) for r in sheets[title].iter_rows(values_only=True)]
        except Exception as exc:
            raise InputError(
                f"sheet {title!r} cannot be read ({type(exc).__name__}: {exc})", path
            ) from None
    finally:
        book.close()
    return _table(rows, title, path)


def _table(rows: list[list[Any]], title: str, path: Path) -> Table:
    cells = [[cell_text(v) for v in row] for row in rows]
    while cells and not any(c.strip() for c in cells[-1]):
        cells.pop()
    if not cells:
        raise InputError(f"sheet {title!r} is empty", path)
    header = cells[0]
    while header and not header[-1].strip():
        header.pop()
    columns = header_names(header)
    body = [
        (number, fit_row(row, len(columns), number, path, f"sheet {title!r} row"))
        for number, row in enumerate(cells[1:], start=2)
        if any(c.strip() for c in row)
    ]
    return Table(columns, body, sheet=title)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def sheet_names(path: Path) -> list[str]:
    """The workbook's worksheets, in order (for the window's sheet choice)."""
    import openpyxl

    data = read_bytes(path)
    open_package(data, path, _KIND, "xlsx").close()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise InputError(f"is not {_KIND} ({type(exc).__name__}: {exc})", path) from None
    try:
        return [ws.title for ws in book.worksheets]
    finally:
        book.close()
