"""The window and the project file: the main file alone is complete once the window is idle,
copies are consistent, and a read-only, locked, full, moved or deleted project gets one
sentence (never a traceback or a frozen window)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from annotator.gui import app
from annotator.gui.commands.annotation_commands import AddAnnotation
from annotator.gui.files.saving import WINDOW_WAIT
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

TEXT = "قال المتحدث إن الاتفاق قريب جداً."
OTHER = "وأضاف أن الوضع مستقر."

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from annotator.gui import app
from annotator.gui.commands.annotation_commands import AddAnnotation
qapp = QApplication([])
window = app.create_window(sys.argv[1], app.configure_application(qapp))
session = window.session
session.run(AddAnnotation(session.document_id, "claim", 0, 3))
print("added", flush=True)
qapp.exec()
"""


# The app as `annotator open` runs it; adds a claim once the window is up, then says so.
RUN = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from annotator.gui import app
from annotator.gui.commands.annotation_commands import AddAnnotation
from annotator.gui.window.main_window import MainWindow
qapp = QApplication([])
def add():
    window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
    session = window.session
    session.run(AddAnnotation(session.document_id, "claim", 0, 3))
    print("added", flush=True)
QTimer.singleShot(0, add)
sys.exit(app.run(sys.argv[1]))
"""


def main_file(path: Path, table: str = "annotations") -> int:
    """Rows in a copy of the main file alone (no -wal), as a mailed copy would have."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.annotator"
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(copy)
        try:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            conn.close()


def make_project(path: Path) -> Path:
    with Project.create(path) as p:
        p.documents.add(TEXT, "one")
        p.documents.add(OTHER, "two")
    return path


def open_window(qtbot, family: str, path: Path) -> MainWindow:
    window = app.create_window(str(path), family)
    qtbot.addWidget(window)
    return window


def add_claim(window: MainWindow) -> bool:
    return window.session.run(AddAnnotation(window.session.document_id or 1, "claim", 0, 3))


def test_the_main_file_holds_a_claim_once_the_window_is_idle(
    qtbot, family: str, tmp_path: Path
) -> None:
    path = make_project(tmp_path / "p.annotator")
    window = open_window(qtbot, family, path)
    assert add_claim(window)
    assert main_file(path) == 0  # still only in the -wal, a moment after the edit
    qtbot.waitUntil(lambda: main_file(path) == 1, timeout=5000)


def test_switching_documents_losing_focus_and_closing_checkpoint_at_once(
    qtbot, family: str, tmp_path: Path
) -> None:
    path = make_project(tmp_path / "p.annotator")
    window = open_window(qtbot, family, path)
    session = window.session
    first = session.document_id
    assert add_claim(window)
    session.set_document(2)
    assert main_file(path) == 1
    session.set_document(first)
    assert add_claim(window) and main_file(path) == 1
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert main_file(path) == 2
    other = sqlite3.connect(path)  # another program has it open: closing alone would not do
    other.execute("SELECT count(*) FROM documents").fetchone()
    try:
        assert add_claim(window) and main_file(path) == 2
        window.close()
        assert main_file(path) == 3
    finally:
        other.close()


def test_a_killed_window_leaves_a_complete_main_file(tmp_path: Path) -> None:
    """kill -9 after the window was idle: the main file alone holds the claim."""
    path = make_project(tmp_path / "p.annotator")
    env = {**os.environ, "ANNOTATOR_DATA_DIR": str(tmp_path / "data")}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "added"
        for _ in range(100):  # up to 10 s for the idle checkpoint
            if main_file(path) == 1:
                break
            subprocess.run(["sleep", "0.1"], check=True)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert main_file(path) == 1


def test_save_a_copy_writes_one_consistent_file(
    qtbot, family: str, tmp_path: Path, errors: list[str]
) -> None:
    path = make_project(tmp_path / "p.annotator")
    window = open_window(qtbot, family, path)
    assert add_claim(window)
    dest = tmp_path / "copy.annotator"
    assert window.files.save_copy_to(dest)
    assert not Path(f"{dest}-wal").exists() and main_file(dest) == 1
    assert not window.files.save_copy_to(path)
    assert errors == [f"{path}: is the project itself; choose another file for the copy"]
    assert "&Copy" in window.files.save_copy.text()


def test_a_locked_project_refuses_an_edit_quickly(
    qtbot, family: str, tmp_path: Path, errors: list[str]
) -> None:
    """Another program holds the write lock: the edit is refused with a sentence after a
    short wait (the window never blocks for seconds), and can be made once it is free."""
    path = make_project(tmp_path / "p.annotator")
    window = open_window(qtbot, family, path)
    assert window.session.project is not None
    assert window.session.project.wait.seconds <= WINDOW_WAIT.seconds < 1
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert not add_claim(window)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert errors == [f"{path}: another program is writing it; try again when it has finished"]
    assert window.session.undo_stack.count() == 0
    assert add_claim(window)


@pytest.mark.parametrize("how", ["moved", "deleted"])
def test_a_project_moved_or_deleted_while_open(
    qtbot, family: str, tmp_path: Path, errors: list[str], how: str
) -> None:
    path = make_project(tmp_path / "p.annotator")
    window = open_window(qtbot, family, path)
    if how == "moved":
        path.rename(tmp_path / "elsewhere.annotator")
    else:
        path.unlink()
    assert not add_claim(window)
    assert errors == [
        f"{path}: was moved, renamed or deleted while it was open; nothing more can be saved "
        "to it here (open it again where it is now)"
    ]
    assert not window.read_only_bar.isVisibleTo(window)  # until the window looks again
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.read_only_bar.isVisibleTo(window)
    assert "p.annotator was moved, renamed or deleted" in window.read_only_bar.text()


@pytest.fixture
def mount() -> Iterator[list[str]]:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount")
    targets: list[str] = []
    yield targets
    for target in reversed(targets):
        subprocess.run(["umount", target], capture_output=True, timeout=30)


def do_mount(mount: list[str], *args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, timeout=30)
    if done.returncode != 0:
        pytest.skip("cannot mount here")
    mount.append(args[-1])


def test_a_read_only_project_opens_view_only(
    qtbot, family: str, tmp_path: Path, errors: list[str], mount: list[str]
) -> None:
    source = tmp_path / "src"
    source.mkdir()
    make_project(source / "p.annotator")
    view = tmp_path / "ro"
    view.mkdir()
    do_mount(mount, "--bind", "-o", "ro", str(source), str(view))
    path = view / "p.annotator"
    window = open_window(qtbot, family, path)
    assert errors == [] and window.session.text == TEXT
    assert window.read_only_bar.isVisibleTo(window)
    assert "p.annotator cannot be changed here (the disk holding it is read-only)" in (
        window.read_only_bar.text()
    )
    assert not add_claim(window)
    assert errors == [f"{path}: cannot be changed: the disk holding it is read-only"]
    window.session.set_project(None)
    assert sorted(p.name for p in view.iterdir()) == ["p.annotator"]


def test_a_full_disk_in_the_window(
    qtbot, family: str, tmp_path: Path, errors: list[str], mount: list[str]
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    do_mount(mount, "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk))
    path = make_project(disk / "p.annotator")
    window = open_window(qtbot, family, path)
    filler = disk / "filler"
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * shutil.disk_usage(disk).free)
    failed = 0
    for _ in range(50):  # until the WAL has no room left
        if not add_claim(window):
            failed += 1
            break
    assert failed and errors
    assert errors[-1] == f"{path}: cannot be saved: no space left on the disk holding it"
    filler.unlink()
    assert add_claim(window)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="needs SIGTERM")
def test_sigterm_closes_the_window_with_a_complete_main_file(tmp_path: Path) -> None:
    """SIGTERM (logout, shutdown, `kill`) at once after an edit, before the idle
    checkpoint: the window closes as if the user closed it, and the main file is complete."""
    path = make_project(tmp_path / "p.annotator")
    env = {**os.environ, "ANNOTATOR_DATA_DIR": str(tmp_path / "data"), "ANNOTATOR_ANALYST": "t"}
    child = subprocess.Popen(
        [sys.executable, "-c", RUN, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "added"
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == 0
    finally:
        child.kill()
        child.wait()
    assert main_file(path) == 1
