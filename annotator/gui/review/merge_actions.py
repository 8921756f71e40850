"""File → Import Analysts' Work…: merge analysts' project files into the open project.

Each source is one core merge (`merge.merge_into`): one transaction, read-only on the
source, all or nothing. A bad source is refused whole and named in one error dialog with
its first problem, while the other files go on and are reported in the summary. The
window refreshes from core's change reports like after any edit; nothing here re-reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotator.gui.files import transfers
from annotator.gui.files.project_actions import PROJECT_FILTER
from annotator.gui.session import Session

if TYPE_CHECKING:  # the merge is imported when one is asked for, not at start-up
    from annotator.store.project import Project
    from annotator.team.merge import MergeReport

KINDS = (
    ("documents", "Documents"),
    ("entities", "Speakers"),
    ("annotations", "Annotations"),
    ("links", "Links"),
)


@dataclass
class MergeBatch:
    """What merging several files did: a report per merged file, an error per refused one."""

    reports: list[MergeReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary_html(self) -> str:
        """A table of added/already-there counts per file and kind, for the summary box."""
        head = "".join(f"<th>{title}</th>" for _k, title in KINDS)
        rows = []
        for r in self.reports:
            cells = "".join(
                f"<td align='right' style='white-space:nowrap'>{getattr(r, k + '_added')} new"
                f" · {getattr(r, k + '_skipped')} known</td>"
                for k, _title in KINDS
            )
            rows.append(f"<tr><td>{escape(r.source.name, quote=False)}</td>{cells}</tr>")
        table = (
            "<p>New rows were added; known ones (already in the project) were left as they"
            f" are.</p><table cellspacing='8'><tr><th align='left'>File</th>{head}</tr>"
            f"{''.join(rows)}</table>"
        )
        parts = [table] if self.reports else []
        if self.errors:
            refused = "".join(f"<li>{escape(e, quote=False)}</li>" for e in self.errors)
            parts.append(f"<p><b>Refused (nothing taken from them):</b></p><ul>{refused}</ul>")
        if self.cancelled:
            parts.append("<p>Cancelled: the remaining files were not merged.</p>")
        return "".join(parts)


class MergeActions(QObject):
    message = Signal(str)

    def __init__(
        self, session: Session, window: QWidget, show_error: Callable[[str], object]
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.show_error = show_error
        self.action = QAction("Import &Analysts' Work…", window)
        self.action.setToolTip(
            "Merge analysts' project files into this project: same documents are matched by"
            " their text, everyone's annotations are kept under their own names"
        )
        self.action.triggered.connect(lambda _checked=False: self.ask())
        self.summary_box: QMessageBox | None = None

    def ask(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Import analysts' work", "", PROJECT_FILTER
        )
        if paths:
            self.merge_paths(paths)

    def merge_paths(self, paths: Sequence[str | Path]) -> MergeBatch:
        """Merge each file in turn (one transaction each); report what happened."""
        project = self.session.project
        batch = MergeBatch()
        if project is None:
            self.show_error("Open or create a project before importing analysts' work.")
            return batch
        first_new = max((d.id for d in project.documents.all()), default=0)
        batch.cancelled = transfers.each_file(
            self.window,
            "Merging",
            paths,
            lambda path: batch.reports.append(_merge_into(project, path)),
            lambda _path, exc: batch.errors.append(str(exc)),
            # one file: nothing to cancel between files, so no dialog flashing up at the end
            min_duration=400 if len(paths) > 1 else 1_000_000,
        )
        self._report(batch)
        if self.session.document_id is None:
            added = [d.id for d in project.documents.all() if d.id > first_new]
            if added:
                self.session.set_document(added[0])
        return batch

    def _report(self, batch: MergeBatch) -> None:
        """One dialog: the error alone when nothing merged, else the summary (which lists
        refused files too, under a warning icon)."""
        added = sum(r.added for r in batch.reports)
        merged = len(batch.reports)
        self.message.emit(
            f"Merged {merged} file{'s' if merged != 1 else ''}: {added} new rows"
            + (f"; {len(batch.errors)} refused" if batch.errors else "")
        )
        if not batch.reports:
            if batch.errors:
                self.show_error("\n".join(batch.errors))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning if batch.errors else QMessageBox.Icon.Information,
            "Analysts' work imported",
            batch.summary_html(),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        self.summary_box = box
        box.open()


def _merge_into(project: Project, path: Path) -> MergeReport:
    from annotator.team.merge import merge_into  # only when merging: not at start-up

    return merge_into(project, path)
