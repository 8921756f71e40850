"""The corpus in the window: a table previewed and imported, the Document panel (metadata,
source and undoable document fields), the documents filter and walking through documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.formats.importing.corpus import preview
from annotator.formats.importing.tables import TableOptions
from annotator.gui import app
from annotator.gui.files import project_actions
from annotator.gui.files.table_dialog import TableImportDialog
from annotator.gui.window import messages as dialogs
from annotator.store.project import Project

POSTS = [
    ("101", "صحة", "قال الوزير إنّ الاقتصاد ينمو بسرعة 📈"),
    ("102", "رياضة", "فاز الفريق بالمباراة أمس"),
    ("103", "صحة", "أعلنت الوزارة عن حملة تطعيم جديدة"),
]


def write_tsv(path: Path) -> Path:
    lines = ["tweet_id\ttopic\ttweet_text", *("\t".join(p) for p in POSTS)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "corpus.annotator"
    Project.create(path).close()  # else the window opens on a "does not exist" dialog
    win = app.create_window(str(path), family)
    qtbot.addWidget(win)
    assert win.session.project is not None and not QApplication.activeModalWidget()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr(project_actions, "ask_table_options", lambda _parent, path: TableOptions())
    win.files.import_paths([write_tsv(tmp_path / "posts.tsv")])
    win.info_shown = shown
    return win


def test_a_table_imports_one_document_per_row_with_a_summary(window):
    assert window.document_model.rowCount() == 3
    assert "imported 3 documents from 3 rows" in window.info_shown[0]
    assert window.session.text == POSTS[0][2]


def test_the_preview_dialog_offers_the_detected_columns(qtbot, tmp_path):
    path = write_tsv(tmp_path / "p.tsv")
    dialog = TableImportDialog(path, preview(path, TableOptions()))
    qtbot.addWidget(dialog)
    assert (dialog.text.currentText(), dialog.id.currentText()) == ("tweet_text", "tweet_id")
    assert dialog.model.rowCount() == 3
    assert dialog.model.item(0, 2).text() == POSTS[0][2]
    dialog.text.setCurrentIndex(dialog.text.findText("topic"))
    assert dialog.options() == TableOptions("topic", "tweet_id", None, None)
    assert not dialog.sheet.isVisible()


def test_the_document_panel_shows_metadata_and_answers_undoably(window):
    panel = window.document_panel
    assert "posts.tsv, row 2" in panel.source.text()
    assert panel.meta_form.rowCount() == 2  # tweet_id, topic
    panel.set_answer("check_worthy", "yes")
    project, doc_id = window.session.project, window.session.document_id
    analyst = window.session.analyst
    assert project.document_fields.get(doc_id, analyst) == {"check_worthy": "yes"}
    window.session.undo_stack.undo()
    assert project.document_fields.get(doc_id, analyst) == {}
    assert panel.editors["check_worthy"].currentData() == ""
    window.session.undo_stack.redo()
    assert panel.editors["check_worthy"].currentData() == "yes"


def test_the_filter_matches_arabic_normalised_words_and_states(window):
    filt = window.document_filter
    one, two, three = window.document_model.all_ids()
    filt.set_filter("إن الاقتصاد")  # every word; the post's shadda and hamza are folded
    assert filt.shown_ids() == [one]
    filt.set_filter("الوزاره")  # ة folded to ه
    assert filt.shown_ids() == [three]
    filt.set_filter("صحة")  # metadata
    assert filt.shown_ids() == [one, three]
    window.session.project.annotations.add(one, "claim", 0, 3, "tester")
    filt.set_filter("", "unannotated")
    assert filt.shown_ids() == [two, three]
    filt.set_filter("")
    assert filt.shown_ids() == [one, two, three]
    assert window.document_model.rowCount() == 3
    window.session.project.document_fields.set(two, "omar", "check_worthy", "yes")
    filt.show_answer("check_worthy", "yes")
    assert filt.shown_ids() == [two]
    filt.set_filter("")
    window.session.project.document_fields.set(two, "huda", "check_worthy", "no")
    filt.set_filter("", "disagree")
    assert filt.shown_ids() == [two]


def test_walking_follows_the_filtered_list_and_marks_done(window):
    walker, filt = window.walker, window.document_filter
    one, _two, three = window.document_model.all_ids()
    filt.set_filter("صحة")
    window.session.set_document(one)
    walker.mark_done_and_next()
    assert window.session.document_id == three  # the second post is filtered out
    assert window.session.project.documents.get(one).status == "done"
    assert window.documents_view.currentIndex().row() == 1  # the list follows
    assert not walker.step(1)  # the end of the list
    assert walker.step(-1) and window.session.document_id == one
    assert window.walker.done_next.shortcut().toString() == "Ctrl+Return"
    assert window.docks["document"].windowTitle() == "Document"
    assert window.docks["documents"].widget().layout().itemAt(0).widget() is filt.bar


def test_document_fields_are_edited_in_the_schema_dialog_and_shared(qtbot, tmp_path, errors):
    from annotator.gui.labels.label_schema_dialog import SchemaDialog
    from annotator.gui.session import Session
    from annotator.store.project import Project

    def session_on(project: Project) -> Session:
        session = Session()
        session.set_project(project)
        return session

    project = Project.memory()
    session = session_on(project)
    stack = session.undo_stack
    dialog = SchemaDialog(session)
    qtbot.addWidget(dialog)
    editor = dialog.document_fields
    assert [f.name for f in editor.fields()] == ["contains_claim", "check_worthy", "harmful"]
    editor.add_field()
    editor.table.item(3, 0).setText("topic_note")
    editor.table.cellWidget(3, 1).setCurrentText("text")
    assert dialog.apply()
    names = [f.name for f in project.document_fields.definitions()]
    assert names == ["contains_claim", "check_worthy", "harmful", "topic_note"]
    path = tmp_path / "schema.json"
    assert dialog.export_to(path)
    stack.undo()
    assert len(project.document_fields.definitions()) == 3
    other = SchemaDialog(session_on(Project.memory()))
    qtbot.addWidget(other)
    assert other.import_from(path)
    assert [f.name for f in other.document_fields.fields()][-1] == "topic_note"
    editor.table.item(0, 0).setText("bad name")
    assert not dialog.apply() and "document field 'bad name'" in errors[-1]


def test_the_panel_shows_the_other_analysts_answers(window):
    project, doc_id = window.session.project, window.session.document_id
    project.document_fields.set(doc_id, "omar", "harmful", "yes")
    panel = window.document_panel
    assert panel.others["harmful"].text() == "omar: yes"
    assert panel.others["check_worthy"].text() == ""
    window.walker.step(1)
    assert panel.others["harmful"].text() == ""
    assert "row 3" in panel.source.text() and panel.meta_labels["topic"].text() == "رياضة"


@pytest.mark.parametrize(("digit", "field"), [(1, "contains_claim"), (3, "harmful")])
def test_ctrl_alt_digit_brings_the_document_fields_forward(window, qtbot, digit, field):
    """Real key events on the window (the text has focus, the Document tab is behind the
    Attributes tab): Ctrl+Alt+digit puts the keyboard in that field, a letter answers it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.docks["attributes"].raise_()
    window.viewer.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.viewer)
    names = list(window.document_panel.editors)
    assert names[digit - 1] == field
    editor = window.document_panel.editors[field]
    assert editor.visibleRegion().isEmpty()  # behind the Attributes tab
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.viewer, getattr(Qt.Key, f"Key_{digit}"), ctrl_alt)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    assert not editor.visibleRegion().isEmpty()  # its tab came to the front
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y)
    project, doc_id = window.session.project, window.session.document_id
    assert project.document_fields.get(doc_id, window.session.analyst) == {field: "yes"}
    assert window.session.text == POSTS[0][2]  # the keys typed nothing, opened nothing


def test_ctrl_alt_digit_past_the_last_field_does_nothing(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.viewer.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.viewer)
    assert len(window.document_panel.editors) < 9
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.viewer, Qt.Key.Key_9, ctrl_alt)
    qtbot.wait(50)
    assert QApplication.focusWidget() is window.viewer


def test_word_files_and_web_pages_come_in_through_the_window(window, tmp_path):
    import docx

    word = tmp_path / "بيان.docx"
    document = docx.Document()
    document.core_properties.author = "ليلى"
    document.add_heading("بيان الوزارة", level=1)
    document.add_paragraph("أعلنت الوزارة اليوم أن المدارس ستفتح أبوابها الأسبوع المقبل.")
    document.save(word)
    window.files.import_paths([word])
    assert (
        window.session.text
        == "بيان الوزارة\nأعلنت الوزارة اليوم أن المدارس ستفتح أبوابها الأسبوع المقبل."
    )
    panel = window.document_panel
    assert "بيان.docx" in panel.source.text() and panel.meta_labels["author"].text() == "ليلى"
    assert window.document_model.rowCount() == 4


def test_walking_keys_from_the_keyboard(window, qtbot):
    """Ctrl+PgDown / Ctrl+PgUp go through the list; Ctrl+Return marks the document done
    and opens the next, as real key presses on the text."""
    from PySide6.QtCore import Qt

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    one, two, _three = window.document_model.all_ids()
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert window.session.document_id == one
    window.viewer.setFocus()
    qtbot.keyClick(window.viewer, Qt.Key.Key_PageDown, ctrl)
    assert window.session.document_id == two
    qtbot.keyClick(window.viewer, Qt.Key.Key_PageUp, ctrl)
    assert window.session.document_id == one
    qtbot.keyClick(window.viewer, Qt.Key.Key_Return, ctrl)
    project = window.session.project
    assert project.documents.get(one).status == "done"
    assert window.session.document_id == two
    window.session.undo_stack.undo()
    assert project.documents.get(one).status != "done"
