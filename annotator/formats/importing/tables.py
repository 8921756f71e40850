"""Tables of posts (CSV, TSV, Excel, JSON): their rows, and which column holds the text.

Every reader gives a `Table`: column names from the header and rows of text cells, each with
the number a user would look for (the spreadsheet row, header = row 1; the JSON item or
line). `choose_columns` picks the text, id and title columns, named or detected: the text
column is the one with the longest texts, leaving out numbers and bare links.

Delimited files are decoded exactly as text files are (`text.decoding`: UTF-8 with or
without BOM, UTF-16 with BOM as Excel's "Unicode text", Windows-1256 as Excel on Arabic
Windows writes CSV), and cells are kept verbatim: line breaks inside quoted cells stay
as they were written. A tab-separated file whose quotes do not follow the CSV rules is
read again without quoting, as many tools write TSV with quotes left bare.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from annotator.errors import InputError
from annotator.text.decoding import decode, read_bytes

DELIMITED_SUFFIXES = (".csv", ".tsv", ".tab")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
JSON_SUFFIXES = (".json",)
TABLE_SUFFIXES = DELIMITED_SUFFIXES + WORKBOOK_SUFFIXES + JSON_SUFFIXES
_DELIMITERS = (",", "\t", ";", "|")
_CELL_LIMIT = 2**31 - 1  # a cell may hold a whole article; csv's default stops at 128 KiB

_LETTER = re.compile(r"[^\W\d_]")
_LINK = re.compile(r"\s*(?:https?://|www\.)\S*\s*", re.IGNORECASE)
_ID_NAMES = re.compile(r"(?:^|[\s_\-.])(?:id|uuid)$|^المعرف$|^رقم$", re.IGNORECASE)
_TITLE_NAMES = {"title", "headline", "subject", "العنوان", "عنوان"}
_TEXT_HINTS = ("text", "content", "body", "tweet", "post", "نص", "محتوى")


@dataclass(frozen=True)
class TableOptions:
    """Column choices from the user; None means detect."""

    text_column: str | None = None
    id_column: str | None = None
    title_column: str | None = None
    sheet: str | None = None

    @property
    def given(self) -> bool:
        return any(v is not None for v in (self.text_column, self.id_column, self.title_column))


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the user sees it, one cell per column)
    encoding: str = ""
    sheet: str = ""
    row_word: str = "row"  # "row", "item" (JSON) or "line" (JSONL)
    notes: list[str] = field(default_factory=list)
    # True when every cell is a piece of a text already checked whole (`decode` refuses NUL
    # characters and unpaired surrogates), so the cells need no second check.
    checked: bool = False


@dataclass(frozen=True)
class Columns:
    text: int
    id: int | None = None
    title: int | None = None


def header_names(raw: list[str]) -> list[str]:
    """Column names from a header row: trimmed, blanks named by position, repeats numbered."""
    names: list[str] = []
    for i, cell in enumerate(raw, start=1):
        name = " ".join(cell.split()) or f"column {i}"
        base, n = name, 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        names.append(name)
    return names


def fit_row(cells: list[str], width: int, number: int, path: Path, row_word: str) -> list[str]:
    """A row padded to the header's width; extra cells are refused unless empty (a trailing
    delimiter), since they would shift every value into the wrong column."""
    if len(cells) > width:
        if any(c.strip() for c in cells[width:]):
            raise InputError(
                f"{row_word} {number} has {len(cells)} cells but the header names {width} "
                "columns (a cell holding the delimiter must be quoted)",
                path,
            )
        cells = cells[:width]
    return cells + [""] * (width - len(cells))


# -- delimited text ---------------------------------------------------------------------------


def read_delimited(path: Path, encoding: str | None = None) -> Table:
    decoded = decode(read_bytes(path), path, encoding)
    text = decoded.text
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else sniff_delimiter(text)
    try:
        records = _records(text, delimiter, csv.QUOTE_MINIMAL)
    except _QuoteError as exc:
        if delimiter != "\t":
            raise InputError(str(exc), path) from None
        try:  # TSV is often written with quotes left bare: read every quote as text
            records = _records(text, delimiter, csv.QUOTE_NONE)
        except _QuoteError:
            raise InputError(str(exc), path) from None
    if not records:
        raise InputError("holds no rows", path)
    (_, header), body = records[0], records[1:]
    columns = header_names(header)
    rows = [
        (number, fit_row(cells, len(columns), number, path, "row"))
        for number, cells in body
        if any(c.strip() for c in cells)
    ]
    return Table(columns, rows, encoding=decoded.encoding, checked=True)


class _QuoteError(Exception):
    pass


def _records(
    text: str, delimiter: str, quoting: Literal[0, 1, 2, 3]
) -> list[tuple[int, list[str]]]:
    """Rows with their numbers (header = 1), cells verbatim; a misplaced quote is one
    sentence naming the row."""
    if csv.field_size_limit() < _CELL_LIMIT:
        csv.field_size_limit(_CELL_LIMIT)
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting, strict=True
    )
    out: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for cells in reader:
            number += 1
            out.append((number, cells))
    except csv.Error as exc:
        where = number + 1
        if "unexpected end of data" in str(exc) or "EOF" in str(exc):
            raise _QuoteError(
                f"ends inside a quoted cell that starts in row {where}: a closing quote is missing"
            ) from None
        raise _QuoteError(
            f"row {where} has a quote in the wrong place ({exc}); a cell holding quotes must "
            "be quoted whole, with its quotes doubled"
        ) from None
    return out


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV: the one the header line uses most (comma when none)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


# -- choosing the columns ---------------------------------------------------------------------


def _find(table: Table, name: str, what: str, path: Path) -> int:
    for wanted in (name, name.strip().casefold()):
        for i, column in enumerate(table.columns):
            if column == wanted or column.strip().casefold() == wanted:
                return i
    where = f" in sheet {table.sheet!r}" if table.sheet else ""
    raise InputError(
        f"has no column {name!r} for {what}{where} (its columns: {', '.join(table.columns)})",
        path,
    )


def _text_score(table: Table, i: int) -> float:
    """Mean length of the column's cells that hold words (not numbers, not bare links)."""
    total = 0
    for _number, cells in table.rows:
        cell = cells[i]
        if _LETTER.search(cell) and not _LINK.fullmatch(cell):
            total += len(cell)
    return total / max(1, len(table.rows))


def choose_columns(table: Table, options: TableOptions, path: Path) -> Columns:
    """The text, id and title columns: as named in `options`, else detected."""
    if options.text_column is not None:
        text = _find(table, options.text_column, "the text (--text-column)", path)
    else:
        scores = [_text_score(table, i) for i in range(len(table.columns))]
        best = max(scores, default=0.0)
        if best <= 0:
            raise InputError(
                "has no usable text column (no column holds words; name one with --text-column)",
                path,
            )
        tied = [i for i, s in enumerate(scores) if s >= best * 0.999]
        hinted = [i for i in tied if any(h in table.columns[i].casefold() for h in _TEXT_HINTS)]
        text = (hinted or tied)[0]
    id_: int | None
    title: int | None
    if options.id_column is not None:
        id_ = _find(table, options.id_column, "the id (--id-column)", path)
    else:
        id_ = next(
            (
                i
                for i, name in enumerate(table.columns)
                if i != text and _ID_NAMES.search(name.strip()) and _unique(table, i)
            ),
            None,
        )
    if options.title_column is not None:
        title = _find(table, options.title_column, "the title (--title-column)", path)
    else:
        title = next(
            (
                i
                for i, name in enumerate(table.columns)
                if i != text and name.strip().casefold() in _TITLE_NAMES
            ),
            None,
        )
    return Columns(text, id_, title)


def _unique(table: Table, i: int) -> bool:
    values = [cells[i] for _n, cells in table.rows if cells[i].strip()]
    return bool(values) and len(set(values)) == len(values)
