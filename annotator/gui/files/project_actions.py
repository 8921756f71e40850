"""File menu work: new, open and recent projects, importing documents, exporting.

Every failure is one sentence in a dialog (an AnnotatorError names the file); the project
that was open stays open when another cannot be opened. A text file opened as if it were a
project (`annotator open notes.txt`) is offered a project of its own instead of a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from annotator.errors import AnnotatorError
from annotator.formats.importing.tables import TableOptions
from annotator.gui import settings
from annotator.gui.files import transfers
from annotator.gui.files.saving import WINDOW_WAIT
from annotator.gui.files.table_dialog import ask_table_options
from annotator.gui.session import Session
from annotator.gui.window import keymap
from annotator.gui.window import messages as dialogs
from annotator.store.project import SQLITE_HEADER, Project

if TYPE_CHECKING:  # the importers are imported when something is imported, not at start-up
    from annotator.formats.importing.files import FileReport

PROJECT_SUFFIX = ".annotator"
PROJECT_FILTER = f"Annotator projects (*{PROJECT_SUFFIX});;All files (*)"
IMPORT_FILTER = (
    "Documents (*.txt *.md *.jsonl *.csv *.tsv *.tab *.xlsx *.json *.docx *.html *.htm);;"
    "Texts (*.txt *.md);;Tables of posts (*.csv *.tsv *.tab *.xlsx *.json *.jsonl);;"
    "Word files (*.docx);;Web pages (*.html *.htm);;All files (*)"
)


class ProjectActions(QObject):
    message = Signal(str)

    def __init__(
        self, session: Session, window: QWidget, show_error: Callable[[str], object]
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.show_error = show_error
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        session.projectClosed.connect(remember_closed)

        def action(text: str, slot: Callable[[], object], key: str = "") -> QAction:
            """`key` names the action's binding in the keymap."""
            act = QAction(text, window)
            if key:
                keymap.bind(act, key)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.new = action("&New Project…", self.ask_new, "new-project")
        self.open = action("&Open Project…", self.ask_open, "open-project")
        self.import_docs = action("&Import Documents…", self.ask_import, "import-documents")
        self.save_copy = action(self.tr("Save a &Copy…"), self.ask_save_copy)
        self.save_copy.setToolTip(
            self.tr("Write the whole project to one file you can copy or mail, even now")
        )
        self.show_folder = action(self.tr("Show Project &Folder"), self.show_project_folder)
        self.show_folder.setToolTip(self.tr("Open the folder that holds this project's file"))
        self.exports = {
            fmt: action(f"Export {title}…", partial(self.ask_export, fmt))
            for fmt, (title, _f, _s) in transfers.EXPORT_FORMATS.items()
        }

    # -- projects -----------------------------------------------------------------------

    def open_project(self, path: str | Path, *, create: bool = False) -> bool:
        if not create and is_document_file(Path(path)):
            return self.project_from_document(Path(path))
        try:
            if create:
                project = Project.create(path, wait=WINDOW_WAIT)
            else:  # read-only (view-only, with a bar saying why) when it cannot be written
                project = Project.open(
                    path, read_only=None, wait=WINDOW_WAIT, check_pages=not closed_unchanged(path)
                )
        except AnnotatorError as exc:
            self.show_error(str(exc))
            return False
        self.session.set_project(project)
        first = project.documents.first_id()
        if first is not None:
            self.session.set_document(first)
        # Remembered after the first paint: writing the settings file is not what it needs.
        remembered = str(Path(path).resolve())
        self.session.after_paint(lambda: settings.remember_project(remembered))
        self.message.emit(f"Opened {Path(path).name}")
        return True

    def project_from_document(self, source: Path) -> bool:
        """Offer to make a project from a text (or JSONL) file opened as a project: create
        `notes.annotator` beside `notes.txt` (or add to it when it exists), or elsewhere.
        The text file is only read; a new project appears only once the import succeeded
        (it is built under a temporary name, so a failed one leaves nothing behind)."""
        target = dialogs.ask_project_for(self.window, source, source.with_suffix(PROJECT_SUFFIX))
        if target is None:
            self.message.emit(
                self.tr("%1 is not a project and was not opened.").replace("%1", source.name)
            )
            return False
        try:
            report = Project.update_or_create(
                target,
                lambda project: _import_file(project, source, self.session.analyst),
                wait=WINDOW_WAIT,
            )
        except AnnotatorError as exc:
            self.show_error(str(exc))
            return False
        if not self.open_project(target):
            return False
        self.message.emit(report.summary())
        return True

    def show_project_folder(self) -> None:
        """Open the project's folder in the desktop's file manager (the demo project lives
        in a hidden data folder a new user would not find)."""
        project = self.session.project
        if project is None or not project.path:
            self.show_error(self.tr("Open a project first."))
            return
        folder = Path(project.path).resolve().parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.show_error(
                self.tr("%1: cannot be shown (no file manager answered)").replace("%1", str(folder))
            )

    def ask_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "New project", "", PROJECT_FILTER)
        if not path:
            return
        if not Path(path).suffix:
            path += PROJECT_SUFFIX
        if Path(path).exists():
            self.show_error(f"{path}: already exists; open it or choose another name")
            return
        self.open_project(path, create=True)

    def ask_save_copy(self) -> None:
        project = self.session.project
        if project is None or project.path is None:
            self.show_error(self.tr("Open a project before saving a copy of it."))
            return
        base = Path(project.path)
        suggested = base.with_name(f"{base.stem} copy{base.suffix or PROJECT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy of the project"), str(suggested), PROJECT_FILTER
        )
        if path:
            self.save_copy_to(path)

    def save_copy_to(self, path: str | Path) -> bool:
        """A consistent single-file copy of the open project, whatever is being written."""
        project = self.session.project
        if project is None:
            return False
        try:
            project.copy_to(path)
        except AnnotatorError as exc:
            self.show_error(str(exc))
            return False
        self.message.emit(self.tr("Saved a copy to {path}").format(path=path))
        return True

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open project", "", PROJECT_FILTER)
        if path:
            self.open_project(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_PROJECTS.get()
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)

    # -- documents in and out -----------------------------------------------------------

    def ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, "Import documents", "", IMPORT_FILTER)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | Path]) -> None:
        """Import files (also what dropping files on the window does)."""
        project = self.session.project
        if project is None:
            self.show_error("Open or create a project before importing documents.")
            return
        tables, paths = self.ask_tables([Path(p) for p in paths])
        if not paths:
            return
        first_new = max((d.id for d in project.documents.all()), default=0)
        report = transfers.import_files(self.window, project, paths, self.session.analyst, tables)
        lines = [r.summary() for r in report.files]
        if report.failed:
            self.show_error("\n".join(lines))
        elif tables:  # what went in, what was left out and why
            dialogs.show_info(self.window, self.tr("Import finished"), "\n".join(lines))
        self.message.emit("; ".join(lines) if lines else "Nothing imported.")
        added = [d.id for d in project.documents.all() if d.id > first_new]
        if added:
            self.session.set_document(added[0])

    def ask_tables(self, paths: list[Path]) -> tuple[dict[Path, TableOptions], list[Path]]:
        """Ask for each table's columns (preview dialog); the choices, and the files still
        to import (a table whose dialog was cancelled is left out)."""
        tables: dict[Path, TableOptions] = {}
        keep: list[Path] = []
        for path in paths:
            if path.is_file() and _is_table(path):
                try:
                    options = ask_table_options(self.window, path)
                except AnnotatorError as exc:
                    self.show_error(str(exc))
                    continue
                if options is None:
                    continue
                tables[path] = options
            keep.append(path)
        return tables, keep

    def ask_export(self, fmt: str) -> None:
        project = self.session.project
        if project is None:
            self.show_error("Open a project before exporting.")
            return
        title, filter_, suffix = transfers.EXPORT_FORMATS[fmt]
        name = (Path(project.path).stem if project.path else "export") + suffix
        base = export_folder() / name
        path, _ = QFileDialog.getSaveFileName(self.window, f"Export {title}", str(base), filter_)
        if not path:
            return
        settings.EXPORT_FOLDER.set(str(Path(path).parent))
        try:
            rows = transfers.export(self.window, project, fmt, path)
        except AnnotatorError as exc:
            self.show_error(str(exc))
            return
        if rows is None:
            self.message.emit("Export cancelled; no file was written.")
        else:
            self.message.emit(f"Exported {rows:,} rows to {path}")


def is_document_file(path: Path) -> bool:
    """A file that exists and is not a SQLite database nor named as a project: a text or
    JSONL file someone meant to annotate."""
    if path.suffix == PROJECT_SUFFIX or not path.is_file():
        return False
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return header != SQLITE_HEADER and path.stat().st_size > 0


def export_folder() -> Path:
    """Where the export dialog starts: the folder of the last export, else the user's
    Documents folder (never the hidden data folder the demo project lives in)."""
    last = settings.EXPORT_FOLDER.get()
    if last and Path(last).is_dir():
        return Path(last)
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())


def _is_table(path: Path) -> bool:
    from annotator.formats.importing import corpus  # when importing, not at start-up

    return corpus.is_table(path)


def _import_file(project: Project, source: Path, analyst: str) -> FileReport:
    from annotator.formats.importing.files import import_file  # when importing

    return import_file(project, source, analyst)


def file_mark(path: str | Path) -> str | None:
    """A project file as it is now (path, size, change times, inode), or None when it is
    gone or was not closed cleanly (a `-wal` file beside it)."""
    file = Path(path)
    try:
        st = file.stat()
    except OSError:
        return None
    if Path(f"{file}-wal").exists():
        return None
    fields = (file.resolve(), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    return "\t".join(map(str, fields))


def remember_closed(path: str) -> None:
    """Note a project file this program checked when it opened it and has just closed: opened
    again unchanged, it needs no check of every page (its time grows with the file)."""
    mark = file_mark(path)
    if mark is None:
        return
    name = mark.split("\t", 1)[0]
    kept = [m for m in settings.CLOSED_FILES.get() if m.split("\t", 1)[0] != name]
    settings.CLOSED_FILES.set([mark, *kept][: settings.MAX_RECENT])


def closed_unchanged(path: str | Path) -> bool:
    """True when the file is exactly as this program last closed it."""
    mark = file_mark(path)
    return mark is not None and mark in settings.CLOSED_FILES.get()
