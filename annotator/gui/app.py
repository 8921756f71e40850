"""Starting the window: app identity, the Arabic and emoji fonts, the analyst, which project.

`run(path)` is what `annotator`, `annotator open PROJECT` and `python main.py [PROJECT]`
call. With no path it opens the last project; on a first start it creates a demo project
holding the sample article in the user's data folder, so a new analyst can annotate at once.
"""

from __future__ import annotations

import getpass
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from annotator.errors import AnnotatorError
from annotator.gui import collector, settings
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.session import Session
from annotator.gui.window import language, system_libraries
from annotator.gui.window import messages as dialogs
from annotator.gui.window.main_window import MainWindow
from annotator.gui.window.shipped_files import (
    MissingResourceError,
    arabic_font_path,
    emoji_font_path,
    resource_text,
)
from annotator.store.project import Project

APP_NAME = "Annotator"
ORGANIZATION = "Annotator"
ENV_ANALYST = "ANNOTATOR_ANALYST"
ENV_DATA_DIR = "ANNOTATOR_DATA_DIR"  # overrides the data folder (tests, portable installs)
DEMO_FILE = "demo.annotator"
SAMPLE = "sample-article.ar.txt"
SAMPLE_TITLE = QT_TRANSLATE_NOOP("FirstStart", "Sample: bread subsidy plan (news article)")
FALLBACK_FAMILY = "Noto Sans Arabic"


def configure_application(app: QApplication) -> str:
    """Name the app (QSettings and QStandardPaths use it) and load the Arabic and emoji
    fonts; returns the font family to use for text."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    language.install(app)
    collector.install(app)
    family = load_arabic_font()
    load_emoji_font(family)
    return family


def load_font(path: Path) -> str:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise MissingResourceError("cannot be loaded as a font", path)
    return families[0]


def load_arabic_font() -> str:
    return load_font(arabic_font_path())


def load_emoji_font(text_family: str) -> str:
    """Put Noto Emoji in the fallback chain, so emoji are drawn, not boxes, in the viewer and
    in every list. Qt 6.9+ takes it as the emoji font for all text (emoji sequences only:
    digits and # stay in the text's font); older Qt gets it as a substitute of the text font."""
    emoji = load_font(emoji_font_path())
    if hasattr(QFontDatabase, "addApplicationEmojiFontFamily"):
        QFontDatabase.addApplicationEmojiFontFamily(emoji)
    else:  # pragma: no cover - Qt < 6.9
        QFont.insertSubstitution(text_family, emoji)
    return emoji


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def ensure_demo_project() -> Path:
    """The demo project, created with the sample article the first time it is needed."""
    path = data_dir() / DEMO_FILE
    if path.exists():
        return path
    text = resource_text(SAMPLE)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Project.create(path) as project:
        title = QCoreApplication.translate("FirstStart", SAMPLE_TITLE)  # in the analyst's language
        project.documents.add(text, title, SAMPLE)
    return path


def resolve_analyst(parent: QWidget | None) -> str:
    """ANNOTATOR_ANALYST, else the stored name, else ask once (and store the answer)."""
    name = os.environ.get(ENV_ANALYST, "").strip()
    if name:
        return name
    name = settings.ANALYST.get().strip()
    if name:
        return name
    name = dialogs.ask_analyst(parent) or getpass.getuser() or "analyst"
    settings.ANALYST.set(name)
    return name


def choose_project(project_path: str | None) -> Path:
    if project_path:
        return Path(project_path)
    last = settings.LAST_PROJECT.get()
    if last and Path(last).is_file():
        return Path(last)
    return ensure_demo_project()


def create_window(project_path: str | None, family: str = FALLBACK_FAMILY) -> MainWindow:
    """Build the window on the chosen project (errors shown in a dialog, never raised)."""
    session = Session()
    window = MainWindow(session, family)
    session.set_analyst(resolve_analyst(window))
    try:
        path = choose_project(project_path)
    except AnnotatorError as exc:
        window.show_error(str(exc))
        return window
    if window.files.open_project(path) or project_path is not None:
        return window
    try:  # the last project is gone or damaged: fall back on the demo
        demo = ensure_demo_project()
    except AnnotatorError as exc:
        window.show_error(str(exc))
        return window
    if demo != path:
        window.files.open_project(demo)
    return window


def run(project_path: str | None) -> int:
    """Open the annotating window; returns the process exit code."""
    problem = None if QApplication.instance() else system_libraries.window_problem()
    if problem is not None:  # Qt would abort, naming one library of several
        print(f"annotator: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    try:
        family = configure_application(app)
    except AnnotatorError as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return exc.exit_code
    holder: list[QWidget] = []
    dialogs.install_excepthook(lambda: holder[0] if holder else None)
    window = create_window(project_path, family)
    holder.append(window)
    window.show()
    close_on_terminate(app)
    return app.exec()


def close_on_terminate(app: QApplication) -> None:
    """On SIGTERM (a logout, `kill`, a system shutdown) close the windows as the user would,
    so the project is checkpointed and closed and its main file alone is complete.

    Python runs a signal handler only when it next gets control, so a timer hands it
    control a few times a second while Qt waits for events."""
    if not hasattr(signal, "SIGTERM"):
        return
    signal.signal(signal.SIGTERM, lambda _sig, _frame: (app.closeAllWindows(), app.quit()))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)
