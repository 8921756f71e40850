"""Imports, merges and exports with a progress dialog that can be cancelled without harm.

All run in the GUI thread in small steps while a window-modal QProgressDialog keeps the
analyst from editing meanwhile. Imports and merges go file by file (`each_file`), each file
all-or-nothing in core, so Cancel stops before the next file and keeps the files already in.
Exports write through core's temporary file (`open_output`); Cancel raises inside the writer,
the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotator.errors import AnnotatorError
from annotator.formats.export.exporting import open_output, write_format
from annotator.formats.importing.tables import TableOptions
from annotator.store.project import Project

if TYPE_CHECKING:  # the importers are imported when something is imported, not at start-up
    from annotator.formats.importing.files import BatchReport, FileReport

EXPORT_FORMATS = {
    "csv": ("Annotations CSV", "CSV files (*.csv)", ".csv"),
    "claims-csv": ("Claims CSV (one row per claim)", "CSV files (*.csv)", ".csv"),
    "documents-csv": ("Documents CSV (one row per document)", "CSV files (*.csv)", ".csv"),
    "jsonl": ("doccano JSONL", "JSON Lines (*.jsonl)", ".jsonl"),
}
TICK_LINES = 200
TICK_CHARS = 256 * 1024  # JSONL writes one (long) line per document


class Cancelled(Exception):
    """The analyst pressed Cancel."""


def _progress(parent: QWidget | None, title: str, maximum: int) -> QProgressDialog:
    dialog = QProgressDialog(title, "Cancel", 0, maximum, parent)
    dialog.setWindowTitle("Annotator")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(True)
    return dialog


def each_file(
    parent: QWidget | None,
    verb: str,
    paths: Sequence[str | Path],
    step: Callable[[Path], object],
    failed: Callable[[Path, AnnotatorError], object],
    *,
    min_duration: int = 400,
) -> bool:
    """Run `step` on each file in turn under one progress dialog; returns True if cancelled.

    Imports and merges are each all-or-nothing per file in core, so Cancel is only looked at
    between files, and a file whose step raises AnnotatorError goes to `failed` while the
    rest go on.
    """
    dialog = _progress(parent, f"{verb}…", len(paths))
    dialog.setMinimumDuration(min_duration)
    cancelled = False
    for i, raw in enumerate(paths):
        path = Path(raw)
        dialog.setLabelText(f"{verb} {path.name} ({i + 1} of {len(paths)})…")
        dialog.setValue(i)
        if dialog.wasCanceled():
            cancelled = True
            break
        try:
            step(path)
        except AnnotatorError as exc:
            failed(path, exc)
    dialog.setValue(len(paths))
    dialog.reset()
    return cancelled


def import_files(
    parent: QWidget | None,
    project: Project,
    paths: Sequence[str | Path],
    analyst: str,
    tables: dict[Path, TableOptions] | None = None,
) -> BatchReport:
    """Import each file in turn; a bad file is reported and the rest go on. A table named
    in `tables` is imported with those column choices, under a progress dialog of its rows
    whose Cancel leaves nothing of it behind."""
    from annotator.formats.importing.files import BatchReport, FileReport, import_file

    reports: list[FileReport] = []
    tables = tables or {}

    def step(path: Path) -> None:
        if path in tables:
            reports.append(import_rows(parent, project, path, tables[path]))
        else:
            reports.append(import_file(project, path, analyst))

    each_file(
        parent,
        "Importing",
        paths,
        step,
        lambda path, exc: reports.append(FileReport(path, "failed", error=str(exc))),
    )
    return BatchReport(reports)


def import_rows(
    parent: QWidget | None, project: Project, path: Path, options: TableOptions
) -> FileReport:
    """One table, row by row under its own progress dialog (one transaction: a Cancel
    rolls the whole file back)."""
    from annotator.formats.importing.corpus import ImportCancelled, import_table
    from annotator.formats.importing.files import FileReport

    dialog = _progress(parent, f"Importing the rows of {path.name}…", 100)

    def tick(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return import_table(project, path, options, progress=tick)
    except ImportCancelled as exc:
        return FileReport(path, "failed", error=str(exc))
    finally:
        dialog.reset()


class _TickingStream:
    """Passes writes through and every few lines (or long stretch of text) lets the dialog
    repaint and cancel."""

    def __init__(self, out: TextIO, tick: Callable[[int], None]) -> None:
        self.out = out
        self.tick = tick
        self.lines = 0
        self.chars = 0
        self._next_line = TICK_LINES
        self._next_chars = TICK_CHARS

    def write(self, text: str) -> int:
        written = self.out.write(text)
        self.lines += text.count("\n")
        self.chars += len(text)
        if self.lines >= self._next_line or self.chars >= self._next_chars:
            self._next_line = self.lines + TICK_LINES
            self._next_chars = self.chars + TICK_CHARS
            self.tick(self.lines)
        return written


def export(parent: QWidget | None, project: Project, fmt: str, target: str | Path) -> int | None:
    """Write `fmt` to `target`; returns the rows written, None when cancelled."""
    dialog = _progress(parent, f"Exporting to {Path(target).name}…", 0)

    def tick(lines: int) -> None:
        dialog.setLabelText(f"Exporting to {Path(target).name}… {lines:,} lines written")
        dialog.setValue(0)
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise Cancelled

    try:
        with open_output(target, bom=fmt != "jsonl", project_path=project.path) as out:
            rows = write_format(project, fmt, _TickingStream(out, tick))  # type: ignore[arg-type]
    except Cancelled:
        return None
    finally:
        dialog.reset()
    return rows
