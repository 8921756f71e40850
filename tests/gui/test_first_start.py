"""What a new user meets: a hint line that says what to do next, the project folder in the
File menu, exports that start in Documents, a text file opened as a project offered a
project of its own, a right click that acts on the highlight clicked, the Speakers panel's
claims box with a heading, and an Agreement window that explains a one-analyst project."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import one_document_project, point_of
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMenu

from annotator.gui import app
from annotator.gui.files import project_actions
from annotator.gui.review.agreement_dialog import AgreementDialog
from annotator.gui.window import messages as dialogs
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

TEXT = "قال الحداد إن الخطة جاهزة.\nوأكد منصور أن الدعم سيصل إلى الأسر."


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return one_document_project(tmp_path / "first.annotator", TEXT)


def open_window(qtbot, family: str, path: Path | None) -> MainWindow:
    window = app.create_window(str(path) if path else None, family)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.session.finish_loading()
    return window


# -- the hint line ------------------------------------------------------------------------


def test_a_new_document_says_how_to_annotate_until_something_is_marked(
    qtbot, family: str, project_path: Path
) -> None:
    window = open_window(qtbot, family, project_path)
    hint = window.viewer.hint
    assert hint.isVisible()
    assert "C (claim)" in hint.full_text() and "F1" in hint.full_text()
    assert hint.geometry().bottom() < window.viewer.viewport().geometry().top() + 2
    project = window.session.project
    assert project is not None
    window.viewer.select_range(0, 3)
    window.annotating.label_selection("cue")
    assert not hint.isVisible()
    window.session.undo_stack.undo()
    assert hint.isVisible()


def test_after_a_refused_open_the_window_says_what_to_do(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "show_error", lambda *_a: None)
    broken = tmp_path / "broken.annotator"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window = open_window(qtbot, family, broken)
    assert window.session.project is None
    hint = window.viewer.hint.full_text()
    assert "Open Project" in hint and "New Project" in hint


# -- File menu ------------------------------------------------------------------------------


def test_show_project_folder_opens_the_folder(
    qtbot, family: str, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        project_actions.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    window = open_window(qtbot, family, project_path)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    item = next(a for a in file_menu.actions() if "Project Folder" in a.text().replace("&", ""))
    item.trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [project_path.parent.resolve()]


def test_export_starts_in_documents_not_the_data_folder(
    qtbot, family: str, isolated_user: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, family, None)  # the demo, in the hidden data folder
    asked: list[str] = []

    def save_name(_parent, _title, start, _filter):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(project_actions.QFileDialog, "getSaveFileName", save_name)
    window.files.ask_export("csv")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents)
    assert Path(asked[0]).name == "demo.csv"
    assert not str(asked[0]).startswith(str(isolated_user / "data"))


# -- a text file opened as a project --------------------------------------------------------


def test_opening_a_text_file_offers_a_project_beside_it(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(TEXT, encoding="utf-8")
    offered: list[tuple[Path, Path]] = []

    def accept(_parent, source: Path, beside: Path) -> Path:
        offered.append((source, beside))
        return beside

    monkeypatch.setattr(dialogs, "ask_project_for", accept)
    window = open_window(qtbot, family, notes)
    assert offered == [(notes, tmp_path / "notes.annotator")]
    project = window.session.project
    assert project is not None and Path(project.path) == tmp_path / "notes.annotator"
    assert window.session.text == TEXT
    assert notes.read_text(encoding="utf-8") == TEXT
    window.close()
    # Opening it again adds nothing new: the text is already in that project.
    again = open_window(qtbot, family, notes)
    assert again.session.project is not None
    assert len(again.session.project.documents.all()) == 1


def test_declining_leaves_no_project_and_a_hint(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_project_for", lambda *_a: None)
    window = open_window(qtbot, family, notes)
    assert window.session.project is None
    assert not (tmp_path / "notes.annotator").exists()
    assert "notes.txt" in window.statusBar().currentMessage()
    assert "Open Project" in window.viewer.hint.full_text()


def test_a_text_that_cannot_be_imported_leaves_no_project_behind(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n  ", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_project_for", lambda _p, _s, beside: beside)
    window = open_window(qtbot, family, None)
    monkeypatch.setattr(window, "show_error", errors.append)
    window.files.show_error = errors.append
    assert not window.files.open_project(blank)
    assert not (tmp_path / "blank.annotator").exists()
    assert len(errors) == 1 and "blank.txt" in errors[0]


# -- right click ----------------------------------------------------------------------------


def test_right_click_makes_the_highlight_current_before_the_menu(
    qtbot, family: str, project_path: Path
) -> None:
    with Project.open(project_path) as project:
        doc = project.documents.all()[0]
        claim = project.annotations.add(doc.id, "claim", 11, 25, "tester")
    window = open_window(qtbot, family, project_path)
    window.session.set_current(None)
    window.viewer.viewport().repaint()
    QApplication.processEvents()
    point = point_of(window, claim.id)
    qtbot.mousePress(window.viewer.viewport(), Qt.MouseButton.RightButton, pos=point)
    assert window.session.annotation_id == claim.id
    window._viewer_menu(point)
    assert window.relabel_menu.isEnabled()
    for menu in window.findChildren(QMenu):
        menu.close()
    qtbot.mouseRelease(window.viewer.viewport(), Qt.MouseButton.RightButton, pos=point)


# -- speakers box and agreement -------------------------------------------------------------


def test_the_speakers_claims_box_has_a_heading(qtbot, family: str, project_path: Path) -> None:
    with Project.open(project_path) as project:
        doc = project.documents.all()[0]
        mention = project.annotations.add(doc.id, "speaker", 4, 10, "tester")
        entity = project.entities.add("سامي الحداد", "person", "")
        from annotator.speakers.grouping import assign

        assign(project, [mention.id], entity.id)
    window = open_window(qtbot, family, project_path)
    panel = window.attributing.panel
    panel.refresh()
    assert panel.claims_heading.text() == "Claims of the selected speaker"
    assert panel.claims_heading.isVisibleTo(panel)
    panel.select_entities([entity.id])
    assert panel.claims_heading.text() == "Claims of سامي الحداد"


def test_agreement_on_one_analyst_says_to_merge_first(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        doc = project.documents.all()[0]
        project.annotations.add(doc.id, "claim", 11, 25, "huda")
        dialog = AgreementDialog(project)
        qtbot.addWidget(dialog)
        text = dialog.status.text()
        assert "huda" in text
        assert "Import Analysts' Work" in text and "merge" in text
