"""Importing a corpus: tables of posts (one document per row), Word files and web pages.

Like every import, a file goes in whole or not at all: it is read and checked completely
first (any bad row stops it with a sentence naming the file and the row), then written in
one transaction. A row whose text cell is empty is skipped and counted; a text already in
the project, or met earlier in the same file, is not stored again, so importing a table
twice adds nothing. Every column but the text is kept as the document's metadata, and
each document remembers its file and row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.formats.importing.files import FileReport
from annotator.formats.importing.tables import (
    JSON_SUFFIXES,
    TABLE_SUFFIXES,
    WORKBOOK_SUFFIXES,
    Columns,
    Table,
    TableOptions,
    choose_columns,
    read_delimited,
)
from annotator.store.documents import text_hash
from annotator.store.metadata import NewDocument
from annotator.text.decoding import as_text, pretty_encoding, text_problem

if TYPE_CHECKING:
    from annotator.store.project import Project

WORD_SUFFIXES = (".docx",)
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_LISTED = 5  # row numbers named in a summary line before "and N more"

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class ImportCancelled(InputError):
    """The user stopped a table import; nothing from the file was kept."""


@dataclass(frozen=True)
class Preview:
    """What the window shows before a table import: the first rows and the choices."""

    table: Table
    columns: Columns | None  # None: no text column could be detected
    sheets: tuple[str, ...] = ()


PREVIEW_ROWS = 20


def is_table(path: Path, options: TableOptions | None = None) -> bool:
    """A file imported row by row (so the window previews it and asks for its columns)."""
    suffix = path.suffix.lower()
    return suffix not in WORD_SUFFIXES + PAGE_SUFFIXES and handles(path, options)


def preview(path: Path, options: TableOptions, encoding: str | None = None) -> Preview:
    """The table's columns, its first rows and the detected (or named) columns."""
    table = read_table(path, options, encoding)
    sheets: tuple[str, ...] = ()
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        from annotator.formats.importing.workbooks import sheet_names

        sheets = tuple(sheet_names(path))
    try:
        columns: Columns | None = choose_columns(table, options, path)
    except InputError:
        columns = None
    shown = Table(table.columns, table.rows[:PREVIEW_ROWS], table.encoding, table.sheet)
    return Preview(shown, columns, sheets)


@dataclass
class TableReport(FileReport):
    """A FileReport that also counts the rows a table import left out, and why."""

    rows: int = 0
    empty_rows: list[int] = field(default_factory=list)
    repeated_rows: list[str] = field(default_factory=list)  # "row 9 (as row 3)"
    known_rows: list[str] = field(default_factory=list)  # rows whose text the project has

    def summary(self) -> str:
        if self.status == "failed":
            return self.error
        rows = _plural(self.rows, "row")
        if self.documents:
            text = f"{self.path}: imported {_plural(self.documents, 'document')} from {rows}"
        else:
            text = f"{self.path}: skipped, no new document in {rows}"
        left = self.left_out()
        if left:
            text += f" ({'; '.join(left)})"
        if self.encoding and self.encoding not in ("UTF-8", ""):
            text += f", read as {self.encoding}"
        return text

    def left_out(self) -> list[str]:
        """Why rows were not stored, one phrase per reason (for the CLI and the window)."""
        out = []
        if self.empty_rows:
            out.append(
                f"{_plural(len(self.empty_rows), 'row')} without text skipped: "
                + _listed(self.empty_rows)
            )
        if self.repeated_rows:
            out.append(
                f"{_plural(len(self.repeated_rows), 'row')} repeating an earlier "
                "row: " + _listed(self.repeated_rows)
            )
        if self.known_rows:
            out.append(
                f"{_plural(len(self.known_rows), 'row')} already in the project: "
                + _listed(self.known_rows)
            )
        return out


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _listed(items: list[int] | list[str]) -> str:
    shown = ", ".join(str(i) for i in items[:_LISTED])
    return shown + (f" and {len(items) - _LISTED:,} more" if len(items) > _LISTED else "")


def handles(path: Path, options: TableOptions | None) -> bool:
    """True for the files this module imports (the others are text or doccano JSONL)."""
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES + WORD_SUFFIXES + PAGE_SUFFIXES:
        return True
    if options is not None and options.given:
        return True  # a .txt or .jsonl read as a table because its columns were named
    if suffix in (".jsonl", ".ndjson", ".jsonlines"):
        return _posts_lines(path)
    if suffix == ".txt":
        return _unicode_text_table(path)
    return False


_UTF16_LE_BOM = b"\xff\xfe"
_HEADER_CELL_LIMIT = 64  # characters: a column name, not a sentence that contains a tab


def _unicode_text_table(path: Path) -> bool:
    """Excel's "Unicode Text (*.txt)": UTF-16 with its mark, the cells separated by tabs,
    a header row first, then rows. A plain text file is hardly all of these at once: its
    first line would need tabs between short, distinct, non-empty names, and its second
    line a tab too."""
    if not path.is_file():
        return False  # a pipe would block the read; the text reader gives the sentence
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return False
    if not head.startswith(_UTF16_LE_BOM):
        return False
    text = head[2 : len(head) - len(head) % 2].decode("utf-16-le", errors="replace")
    first, _newline, rest = text.partition("\n")
    cells = [c.strip().strip('"') for c in first.rstrip("\r").split("\t")]
    return (
        len(cells) >= 2
        and all(0 < len(c) <= _HEADER_CELL_LIMIT for c in cells)
        and len(set(cells)) == len(cells)
        and "\t" in rest.partition("\n")[0]  # and a row of cells under it
    )


def _posts_lines(path: Path) -> bool:
    """A JSON Lines file whose first object has no "text" is a table of posts, not doccano."""
    from annotator.formats.importing.json_records import first_object

    try:
        first = first_object(path)
    except InputError:
        return False  # the doccano reader gives the sentence
    return first is not None and "text" not in first


def read_table(path: Path, options: TableOptions, encoding: str | None = None) -> Table:
    """Any table file as a `Table` (by its suffix; other names are delimited text)."""
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        from annotator.formats.importing.workbooks import read_workbook

        return read_workbook(path, options.sheet)
    if options.sheet is not None:
        raise InputError("is not an Excel workbook, so --sheet does not apply to it", path)
    if suffix in JSON_SUFFIXES:
        from annotator.formats.importing.json_records import read_json_array

        return read_json_array(path, encoding)
    if suffix in (".jsonl", ".ndjson", ".jsonlines"):
        from annotator.formats.importing.json_records import read_json_lines

        return read_json_lines(path, encoding)
    return read_delimited(path, encoding)  # .csv, .tsv and any other name


def import_corpus_file(
    project: Project,
    path: Path,
    encoding: str | None = None,
    options: TableOptions | None = None,
    progress: Progress | None = None,
) -> FileReport:
    """Import a table, a Word file or a web page, all or nothing."""
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES:
        from annotator.formats.importing.articles import read_docx

        return import_article(project, path, read_docx(path))
    if suffix in PAGE_SUFFIXES:
        from annotator.formats.importing.articles import read_html

        return import_article(project, path, read_html(path, encoding))
    return import_table(project, path, options or TableOptions(), encoding, progress)


def table_documents(
    table: Table, columns: Columns, path: Path, report: TableReport
) -> list[NewDocument]:
    """The documents a table gives, checked row by row; rows left out are counted."""
    stem, name = as_text(path.stem), as_text(path.name)
    word = f"sheet {table.sheet!r} row" if table.sheet else table.row_word
    seen: dict[str, int] = {}
    out: list[NewDocument] = []
    for number, cells in table.rows:
        report.rows += 1
        text = cells[columns.text]
        if not text.strip():
            report.empty_rows.append(number)
            continue
        problem = None if table.checked else text_problem(text)
        if problem:
            raise InputError(f"{word} {number}: the text {problem}", path)
        digest = text_hash(text)
        if digest in seen:
            report.repeated_rows.append(f"{number} (as {seen[digest]})")
            continue
        seen[digest] = number
        title = cells[columns.title].strip() if columns.title is not None else ""
        if not title:
            ident = cells[columns.id].strip() if columns.id is not None else ""
            title = f"{stem} #{ident or number}"
        metadata = tuple(
            (column, cells[i]) for i, column in enumerate(table.columns) if i != columns.text
        )
        out.append(
            NewDocument(text, " ".join(title.split()), name, number, metadata, sha256=digest)
        )
    return out


def import_table(
    project: Project,
    path: Path,
    options: TableOptions,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> TableReport:
    """One document per row of a table (see the module docstring)."""
    table = read_table(path, options, encoding)
    columns = choose_columns(table, options, path)
    report = TableReport(path, "imported", encoding=pretty_encoding(table.encoding or "utf-8"))
    report.notes.append(describe_columns(table, columns))
    items = table_documents(table, columns, path, report)
    stored = 0
    with project.atomic():
        for start in range(0, len(items), 500):
            chunk = items[start : start + 500]
            for item, added in zip(chunk, project.metadata.add_documents(chunk), strict=True):
                if added.id is None:
                    report.known_rows.append(f"{item.source_row} (as {added.existing_title!r})")
                else:
                    stored += 1
            if progress is not None and not progress(start + len(chunk), len(items)):
                raise ImportCancelled("import cancelled; nothing from it was imported", path)
    report.documents = stored
    if not stored:
        report.status = "skipped"
    return report


def describe_columns(table: Table, columns: Columns) -> str:
    parts = [f"text from column {table.columns[columns.text]!r}"]
    if columns.id is not None:
        parts.append(f"id {table.columns[columns.id]!r}")
    if columns.title is not None:
        parts.append(f"title {table.columns[columns.title]!r}")
    return ", ".join(parts)


def import_article(project: Project, path: Path, article: NewDocument) -> FileReport:
    """One Word file or web page becomes one document with its metadata."""
    report = FileReport(path, "imported")
    with project.atomic():
        (added,) = project.metadata.add_documents([article])
    if added.id is None:
        report.status = "skipped"
        report.notes.append(f"its text is already in the project as {added.existing_title!r}")
    else:
        report.documents = 1
    return report
