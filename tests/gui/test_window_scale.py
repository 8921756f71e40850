"""What keeps the window fast at scale stays correct: rows and counts that come in after the
first paint, a document shown with all its annotations however long it is (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.gui.files import project_actions
from annotator.gui.session import FIRST_SCREEN_CHARS, Session
from annotator.gui.tables.document_model import COUNTS, REVIEWED, UNATTRIBUTED
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

WORD = "كلمة "


def turn() -> None:
    """One turn of the event loop: what comes after the first paint."""
    for _ in range(3):
        QApplication.processEvents()


def long_project(path: Path) -> tuple[int, int, int]:
    """Two documents; the second is long, with annotations far past the first screenful.
    Returns (first id, long id, annotations in the long one)."""
    text = WORD * (3 * FIRST_SCREEN_CHARS // len(WORD))
    with Project.create(path) as project:
        first = project.documents.add("نص قصير", "short").id
        doc = project.documents.add(text, "long").id
        with project.atomic():
            for start in range(0, len(text) - len(WORD), 10 * len(WORD)):
                project.annotations.add(doc, "claim", start, start + 4, "tester")
        return first, doc, len(project.annotations.for_document(doc))


def test_a_long_document_shown_from_a_side_panel_has_every_annotation_in_table_and_viewer(
    qtbot, family: str, tmp_path: Path
) -> None:
    first, doc, count = long_project(tmp_path / "p.annotator")
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    assert window.files.open_project(tmp_path / "p.annotator")
    assert window.session.document_id == first
    window.session.show_document(doc)  # undo in another document, a claim chosen elsewhere
    assert len(window.session.annotations) == count
    assert window.annotation_model.rowCount() == count
    assert len(window.viewer.highlights.index) == count
    last = max(window.session.annotations.values(), key=lambda a: a.start)
    assert window.annotation_model.row_of(last.id) == count - 1


def test_the_table_fills_after_the_first_paint_and_at_once_when_a_row_is_needed(
    qtbot, family: str, tmp_path: Path
) -> None:
    _first, doc, count = long_project(tmp_path / "p.annotator")
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    assert window.files.open_project(tmp_path / "p.annotator")
    window.session.set_document(doc)
    model = window.annotation_model
    assert model.rowCount() == 0  # the text is painted first
    some = next(iter(window.session.annotations))
    assert model.row_of(some) is not None  # asked for: taken in now
    assert model.rowCount() == len(window.session.annotations)
    qtbot.waitUntil(lambda: not window.session.loading)
    turn()
    assert model.rowCount() == count
    keys = [(a.start, a.end, a.id) for a in map(model.annotation_at, range(count)) if a]
    assert keys == sorted(keys) and len(keys) == count


def test_documents_list_counts_come_in_after_the_first_paint_and_match_the_project(
    qtbot, family: str, tmp_path: Path
) -> None:
    path = tmp_path / "many.annotator"
    with Project.create(path) as project, project.atomic():
        for i in range(450):  # more than two pages of rows
            doc = project.documents.add(f"منشور رقم {i} عن الاقتصاد", f"post {i}").id
            for k in range(i % 4):
                project.annotations.add(doc, "claim" if k % 2 else "speaker", 0, 5, "tester")
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_project(path)
    model, view = window.document_model, window.documents_view
    assert model.rowCount() == 450
    assert model.data(model.index(0, COUNTS)) == ""  # not counted before the first paint
    turn()
    with Project.open(path, read_only=True) as project:
        counts = project.documents.counts()
        ids = project.documents.ids()

    def expected(row: int) -> str:
        return ", ".join(f"{n} {lab}" for lab, n in sorted(counts[ids[row]].items())) or "—"

    for row in (0, 1, 3):
        assert model.data(model.index(row, COUNTS)) == expected(row)
        assert model.data(model.index(row, REVIEWED)) in ("—", f"0/{row % 4}")
    assert model.data(model.index(3, UNATTRIBUTED)) == "1"
    view.scrollToBottom()
    turn()
    last = model.rowCount() - 1
    model.data(model.index(last, COUNTS))
    turn()
    assert model.data(model.index(last, COUNTS)) == expected(last) == "1 speaker"


def test_the_speakers_panel_lists_the_speakers_after_the_first_paint(
    qtbot, family: str, tmp_path: Path
) -> None:
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        doc = project.documents.add("قال محمد المصري إن الخبز متوفر", "t").id
        entity = project.entities.add("محمد المصري").id
        project.annotations.add(doc, "speaker", 4, 15, "tester", entity_id=entity)
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    assert window.files.open_project(path)
    panel = window.attributing.panel
    turn()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "محمد المصري"


def test_in_a_shown_window_the_rest_waits_for_the_text_to_be_painted(
    qtbot, family: str, tmp_path: Path
) -> None:
    _first, doc, count = long_project(tmp_path / "p.annotator")
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_project(tmp_path / "p.annotator")
    session = window.session
    session.set_document(doc)
    done: list[str] = []
    session.after_paint(lambda: done.append("after"))
    assert done == [] and window.annotation_model.rowCount() == 0
    window.viewer.viewport().repaint()  # the text's first paint
    assert done == []  # not inside the paint: on the turn after it
    turn()
    assert done == ["after"]
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == count)


def test_without_a_viewer_on_screen_nothing_waits_for_a_paint(qtbot) -> None:
    session = Session("tester")
    done: list[int] = []
    session.after_paint(lambda: done.append(1))
    turn()
    assert done == [1]


def test_a_project_reopened_unchanged_skips_the_page_check_and_a_changed_one_gets_it(
    qtbot, family: str, tmp_path: Path, errors: list[str], monkeypatch
) -> None:
    path = tmp_path / "p.annotator"
    with Project.create(path) as project, project.atomic():
        for i in range(300):
            project.documents.add(f"نص رقم {i} " * 40, f"doc {i}")
    checks: list[bool] = []
    real_open = Project.open

    def watched(*args, **kwargs):
        checks.append(kwargs.get("check_pages", True))
        return real_open(*args, **kwargs)

    monkeypatch.setattr(project_actions.Project, "open", watched)
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    assert window.files.open_project(path)  # never closed by this program: checked
    window.session.set_project(None)
    assert window.files.open_project(path)  # as this program closed it: not checked
    window.session.set_project(None)
    assert checks == [True, False]
    # Damaged by something else meanwhile: its size and times change, so it is checked.
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    offset = (len(data) // page_size // 2) * page_size
    data[offset : offset + 16] = b"\xa5" * 16
    path.write_bytes(bytes(data))
    assert not window.files.open_project(path)
    assert checks == [True, False, True]
    assert len(errors) == 1 and "is damaged" in errors[0], errors
    assert window.session.project is None


def test_a_project_not_closed_cleanly_is_checked(qtbot, family: str, tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    project_actions.remember_closed(str(path))
    assert project_actions.closed_unchanged(path)
    Path(f"{path}-wal").write_bytes(b"")  # left by a program that did not close it
    assert not project_actions.closed_unchanged(path)
