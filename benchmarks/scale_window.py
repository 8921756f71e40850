"""The window at a team's scale (issue 12): start-up, a 10,000-document project, memory.

    python benchmarks/scale_window.py [--rounds 5]

Each figure is a ratio against a baseline measured in the same run:

* `startup_ratio`: `annotator open PROJECT` (the real command, in a new process) until the
  window's first paint, over a bare PySide6 script in a new process that reads the same
  text from a file and shows it in a `QPlainTextEdit` in the same font, its viewport the
  size of our viewer's, until its first paint. The project is `bench_window.py`'s: one
  550,000-character Arabic document with 10,000 annotations. Target <= 1.5.
* `open_many_ratio`: the window (in this process) opening a project of 10,000 posts until
  the first paint of the document and the documents list, over opening a project of one
  post. Target <= 1.3.
* `rss_ratio`: peak resident memory of the `annotator open` process with that document
  after every annotation is loaded and painted, over the bare script's peak with the same
  text. Target <= 1.3.

The last line printed is one JSON object; `bench_scale.py` may import `measure()`.
Everything is built in a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import post
from bench_window import build_project

from annotator.gui.viewer.text_viewer import BASE_POINT_SIZE
from annotator.gui.window.shipped_files import arabic_font_path
from annotator.store.project import Project

MANY = 10_000
SETTLE_MS = 500  # after everything is loaded, what the event loop still does, then memory

# Reports "painted" once the first paint of a text view is done, then, after the work
# that follows (all annotations loaded), its peak memory: shared by both sides, so each
# pays the same for watching its events.
WATCH = r"""
import os, resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def _say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()

class Watch(QObject):
    def __init__(self, busy):
        super().__init__()
        self.busy, self.painted = busy, False

    def eventFilter(self, obj, event):
        if not self.painted and event.type() == QEvent.Type.Paint:
            parent = obj.parent()
            if parent is not None and type(parent).__name__ in ("Viewer", "QPlainTextEdit"):
                self.painted = True
                size = obj.size()
                QTimer.singleShot(0, lambda: self.first(size))
        return False

    def first(self, size):
        _say(f"painted {size.width()} {size.height()}")
        self.poll()

    def poll(self):
        if self.busy():
            QTimer.singleShot(20, self.poll)
            return
        QTimer.singleShot(SETTLE_MS, self.done)

    def done(self):
        for widget in QApplication.topLevelWidgets():
            widget.repaint()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        _say(f"peak {peak}")
        os._exit(0)
"""

BARE = (
    WATCH
    + r"""
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit

text_path, font_path, width, height, point_size = sys.argv[1:6]
app = QApplication(sys.argv[:1])
watch = Watch(lambda: False)
app.installEventFilter(watch)
family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(font_path))[0]
with open(text_path, encoding="utf-8", newline="") as f:
    text = f.read()
edit = QPlainTextEdit()
font = QFont(family)
font.setPointSize(int(point_size))
font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
edit.setFont(font)
edit.document().setDocumentMargin(12)  # the viewer's, so the lines wrap alike
edit.setPlainText(text)
frame = 2 * edit.frameWidth()
edit.resize(int(width) + frame, int(height) + frame)
edit.show()
for _ in range(3):  # less the scroll bar: widen by what it took (its layout settles)
    app.sendPostedEvents()
    shown = edit.viewport().size()
    edit.resize(
        edit.width() + int(width) - shown.width(), edit.height() + int(height) - shown.height()
    )
app.exec()
"""
)

APP = (
    WATCH
    + r"""
def loading():
    for widget in QApplication.topLevelWidgets():
        session = getattr(widget, "session", None)
        if session is not None and session.loading:
            return True
    return False

# `run` makes the application when there is none; made here first to watch its events.
app = QApplication(sys.argv[:1])
watch = Watch(loading)
app.installEventFilter(watch)
from annotator.cli.commands import main

main(["open", sys.argv[1]])
"""
)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    # As an installed program runs: its modules' bytecode cached (here in the temporary
    # folder), not compiled from source at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp / "config"),  # the window's settings: none saved
        ANNOTATOR_DATA_DIR=str(tmp / "data"),
        ANNOTATOR_ANALYST="bench",
    )
    return env


def run_child(
    code: str, args: list[str], env: dict[str, str]
) -> tuple[float, tuple[int, int], int]:
    """Seconds from starting the process to its first paint, the painted viewport's size,
    and the process's peak resident memory in KiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code.replace("SETTLE_MS", str(SETTLE_MS)), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().split()
    painted = time.perf_counter() - start
    peak = proc.stdout.readline().split()
    proc.wait(timeout=120)
    if len(first) != 3 or len(peak) != 2:
        raise RuntimeError(f"the child process did not report its paint: {first} {peak}")
    return painted, (int(first[1]), int(first[2])), int(peak[1])


def measure_startup(tmp: Path, rounds: int) -> dict[str, float]:
    project = tmp / "window.annotator"
    _doc_id, text = build_project(project)
    text_file = tmp / "window.txt"
    text_file.write_text(text, encoding="utf-8", newline="")
    env = child_env(tmp)
    font = str(arabic_font_path())
    # Once each, so both start with their bytecode cached and the files in the disk cache.
    run_child(APP, [str(project)], env)
    run_child(BARE, [str(text_file), font, "400", "400", str(BASE_POINT_SIZE)], env)
    ours, bare, ours_rss, bare_rss = [], [], [], []
    for _ in range(rounds):
        seconds, viewport, peak = run_child(APP, [str(project)], env)
        ours.append(seconds)
        ours_rss.append(peak)
        args = [str(text_file), font, str(viewport[0]), str(viewport[1]), str(BASE_POINT_SIZE)]
        seconds, bare_viewport, peak = run_child(BARE, args, env)
        assert bare_viewport == viewport, (bare_viewport, viewport)
        bare.append(seconds)
        bare_rss.append(peak)
    startup, bare_startup = statistics.median(ours), statistics.median(bare)
    rss, bare_peak = statistics.median(ours_rss), statistics.median(bare_rss)
    return {
        "viewport": list(viewport),
        "startup_ms": ms(startup),
        "bare_startup_ms": ms(bare_startup),
        "startup_ratio": round(startup / bare_startup, 2),
        "rss_mb": round(rss / 1024, 1),
        "bare_rss_mb": round(bare_peak / 1024, 1),
        "rss_ratio": round(rss / bare_peak, 2),
    }


def build_many(path: Path, count: int) -> None:
    rng = random.Random(13)
    with Project.create(path) as project, project.atomic():
        for i in range(count):
            project.documents.add(post(rng, i), f"post {i}", f"posts.tsv:{i + 2}")


def measure_open_many(tmp: Path, rounds: int, count: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import configure_application
    from annotator.gui.session import Session
    from annotator.gui.window.main_window import MainWindow

    many, one = tmp / "many.annotator", tmp / "one.annotator"
    build_many(many, count)
    build_many(one, 1)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    family = configure_application(app)
    window = MainWindow(Session("bench"), family)
    window.resize(1280, 860)
    window.show()
    app.processEvents()

    def open_once(path: Path) -> float:
        window.session.set_project(None)
        app.processEvents()
        start = time.perf_counter()
        assert window.files.open_project(path)
        window.viewer.viewport().repaint()  # paints every widget the open made dirty
        window.documents_view.viewport().repaint()
        elapsed = time.perf_counter() - start
        app.processEvents()
        return elapsed

    open_once(many)  # warm: the first open of a file reads it from disk
    many_times, one_times = [], []
    for _ in range(rounds):
        one_times.append(open_once(one))
        many_times.append(open_once(many))
    assert window.document_model.rowCount() == count
    window.session.set_project(None)
    window.close()
    many_s, one_s = statistics.median(many_times), statistics.median(one_times)
    return {
        "documents": count,
        "open_many_ms": ms(many_s),
        "open_one_ms": ms(one_s),
        "open_many_ratio": round(many_s / one_s, 2),
    }


def measure(rounds: int = 5, documents: int = MANY) -> dict[str, float]:
    """Every figure of this benchmark (a temporary folder, removed afterwards)."""
    tmp = Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    try:
        result: dict[str, float] = {}
        result.update(measure_startup(tmp, rounds))
        result.update(measure_open_many(tmp, rounds, documents))
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--documents", type=int, default=MANY)
    args = parser.parse_args()
    result = measure(args.rounds, args.documents)
    print(
        f"start-up: {result['startup_ms']} ms to the first paint, bare PySide6 "
        f"{result['bare_startup_ms']} ms; peak memory {result['rss_mb']} MB, bare "
        f"{result['bare_rss_mb']} MB"
    )
    print(
        f"open: {result['open_many_ms']} ms with {result['documents']:,} documents, "
        f"{result['open_one_ms']} ms with one"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
