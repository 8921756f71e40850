"""Drive the real window: select text in the viewer, press label keys, check the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import point_of, press, show_project
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from annotator.gui.driving import Driver
from annotator.gui.session import Session
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

ANALYST = "tester"  # as set by conftest.py

PS = "\u2029"  # a paragraph break as QTextCursor.selectedText() shows it
SHADDA_WORD = "موثّقة"
TEXT = (
    "أعلن وزير الاقتصاد سامي الحداد أن الخطة جاهزة.\r\n"
    "قال الحداد: «وعودٌ بلا أرقامٍ موثّقة 🤔 نريد الشفافية»\r\n"
    "وكتب النائب\u00a0كريم يوسف على منصة إكس 👩\u200d👩\u200d👧 🇸🇦 ثم مضى.\r"
    "The analyst Daniel Weber said the plan would fail.\n"
    "ومع\u200cذلك قال\u2028المصدر إن الأرقام دقيقة."
)


@pytest.fixture
def window(qtbot, family: str, tmp_path: Path) -> MainWindow:
    path = tmp_path / "test.annotator"
    with Project.create(path) as project:
        project.documents.add(TEXT, "test document", "test.txt")
    return show_project(qtbot, family, path)


def rows(win: MainWindow) -> list[tuple[str, int, int, str]]:
    project = win.session.project
    assert project is not None and win.session.document_id is not None
    anns = project.annotations.for_document(win.session.document_id)
    return [(a.label, a.start, a.end, a.text) for a in anns]


def select_in_qt(win: MainWindow, needle: str, occurrence: int = 0) -> QTextCursor:
    """Select `needle` with Qt's own search (independent of our offset mapping)."""
    doc = win.viewer.document()
    cursor = QTextCursor(doc)
    for _ in range(occurrence + 1):
        cursor = doc.find(needle, cursor, QTextDocument.FindFlag.FindCaseSensitively)
        assert not cursor.isNull(), needle
    win.viewer.setTextCursor(cursor)
    return cursor


@pytest.mark.parametrize(
    ("needle", "label", "key"),
    [
        ("سامي الحداد", "speaker", Qt.Key.Key_S),
        (f"أرقامٍ {SHADDA_WORD} 🤔 نريد", "claim", Qt.Key.Key_C),  # diacritics and an emoji
        ("كريم يوسف", "speaker", Qt.Key.Key_S),  # joined by NBSP
        ("👩\u200d👩\u200d👧 🇸🇦", "claim", Qt.Key.Key_C),  # ZWJ family and a flag
        ("Daniel Weber", "speaker", Qt.Key.Key_S),  # after a lone CR
        ("ومع\u200cذلك قال", "cue", Qt.Key.Key_Q),  # ZWNJ
    ],
)
def test_label_key_stores_exactly_the_selection(
    window: MainWindow, needle: str, label: str, key: Qt.Key
) -> None:
    cursor = select_in_qt(window, needle)
    assert cursor.selectedText() == needle
    press(window, key)
    [(got_label, start, end, text)] = rows(window)
    assert got_label == label
    assert text == TEXT[start:end] == needle
    assert window.annotation_model.rowCount() == 1
    assert window.session.current().text == needle  # type: ignore[union-attr]
    assert not window.viewer.textCursor().hasSelection()  # a second key press adds nothing


def test_selection_across_crlf_keeps_both_characters(window: MainWindow) -> None:
    needle_qt = f"جاهزة.{PS}قال الحداد"
    doc = window.viewer.document()
    start = doc.find("جاهزة.").selectionStart()
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(start + len(needle_qt), QTextCursor.MoveMode.KeepAnchor)
    window.viewer.setTextCursor(cursor)
    assert cursor.selectedText() == needle_qt
    press(window, Qt.Key.Key_C)
    [(_label, s, e, text)] = rows(window)
    assert text == TEXT[s:e] == "جاهزة.\r\nقال الحداد"
    assert text.replace("\r\n", PS) == needle_qt


def test_partial_words_snap_to_whole_words_and_spaces_are_trimmed(window: MainWindow) -> None:
    doc = window.viewer.document()
    at = doc.find("سامي الحداد").selectionStart()
    cursor = QTextCursor(doc)
    cursor.setPosition(at - 1)  # the space before, and only half of الحداد
    cursor.setPosition(at + len("سامي الح"), QTextCursor.MoveMode.KeepAnchor)
    window.viewer.setTextCursor(cursor)
    press(window, Qt.Key.Key_S)
    assert [r[3] for r in rows(window)] == ["سامي الحداد"]


def test_without_snapping_a_letter_keeps_its_marks(window: MainWindow) -> None:
    Driver(window).set_snapping(False)
    assert window.annotating.snap_words is False
    doc = window.viewer.document()
    at = doc.find(SHADDA_WORD).selectionStart()
    cursor = QTextCursor(doc)
    cursor.setPosition(at)
    cursor.setPosition(at + 3, QTextCursor.MoveMode.KeepAnchor)  # "موث" without its shadda
    window.viewer.setTextCursor(cursor)
    press(window, Qt.Key.Key_C)
    [(_l, s, e, text)] = rows(window)
    assert text == TEXT[s:e] == "موثّ"  # the shadda comes with its letter


def test_shift_arrows_select_then_label(window: MainWindow) -> None:
    doc = window.viewer.document()
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.find("Daniel").selectionStart())
    window.viewer.setTextCursor(cursor)
    for _ in range(len("Daniel Weber")):
        press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.viewer.textCursor().selectedText() == "Daniel Weber"
    press(window, Qt.Key.Key_S)
    assert [r[3] for r in rows(window)] == ["Daniel Weber"]


def test_undo_redo_and_delete(window: MainWindow) -> None:
    select_in_qt(window, "سامي الحداد")
    press(window, Qt.Key.Key_S)
    first = window.session.project.annotations.for_document(window.session.document_id)[0]  # type: ignore[union-attr]
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(window) == [] and window.annotation_model.rowCount() == 0
    press(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    again = window.session.project.annotations.get(first.id)  # type: ignore[union-attr]
    assert again.uuid == first.uuid and again.text == "سامي الحداد"
    window.session.set_current(first.id)
    press(window, Qt.Key.Key_Delete)
    assert rows(window) == [] and window.session.annotation_id is None
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[3] for r in rows(window)] == ["سامي الحداد"]
    assert window.session.annotation_id == first.id


def test_relabel_is_undoable(window: MainWindow) -> None:
    select_in_qt(window, "Daniel Weber")
    press(window, Qt.Key.Key_C)
    window.annotating.relabel_current("speaker")
    assert [r[0] for r in rows(window)] == ["speaker"]
    window.session.undo_stack.undo()
    assert [r[0] for r in rows(window)] == ["claim"]


def test_grow_and_shrink_by_screen_side(window: MainWindow) -> None:
    select_in_qt(window, "سامي")
    press(window, Qt.Key.Key_S)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    # Arabic runs right to left: the left side of the span is its end.
    press(window, Qt.Key.Key_Left, alt_shift)
    assert [r[3] for r in rows(window)] == ["سامي الحداد"]
    press(window, Qt.Key.Key_Right, alt_shift)
    assert [r[3] for r in rows(window)] == ["الاقتصاد سامي الحداد"]
    press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [r[3] for r in rows(window)] == ["سامي الحداد"]
    # Three resizes of one annotation are one undo step.
    window.session.undo_stack.undo()
    assert [r[3] for r in rows(window)] == ["سامي"]
    # English runs left to right: the right side is the end.
    select_in_qt(window, "Daniel")
    press(window, Qt.Key.Key_S)
    press(window, Qt.Key.Key_Right, alt_shift)
    assert "Daniel Weber" in [r[3] for r in rows(window)]


def test_tab_steps_through_annotations_in_text_order(window: MainWindow) -> None:
    for needle in ("Daniel Weber", "سامي الحداد", "كريم يوسف"):
        select_in_qt(window, needle)
        press(window, Qt.Key.Key_S)
    window.session.set_current(None)
    seen = []
    for _ in range(4):
        press(window, Qt.Key.Key_Tab)
        seen.append(window.session.current().text)  # type: ignore[union-attr]
    assert seen == ["سامي الحداد", "كريم يوسف", "Daniel Weber", "سامي الحداد"]
    press(window, Qt.Key.Key_Backtab)
    assert window.session.current().text == "Daniel Weber"  # type: ignore[union-attr]


def test_clicking_a_highlight_selects_it_and_its_row(window: MainWindow, qtbot) -> None:
    select_in_qt(window, "قال الحداد: «وعودٌ بلا أرقامٍ")
    press(window, Qt.Key.Key_C)
    select_in_qt(window, "الحداد", 1)
    press(window, Qt.Key.Key_S)
    claim, speaker = sorted(window.session.annotations.values(), key=lambda a: a.label)
    window.session.set_current(None)
    window.viewer.repaint()
    inner = point_of(window, speaker.id)
    qtbot.mouseClick(window.viewer.viewport(), Qt.MouseButton.LeftButton, pos=inner)
    assert window.session.annotation_id == speaker.id
    row = window.annotations_view.currentIndex().row()
    assert window.annotation_model.annotation_at(row).id == speaker.id  # type: ignore[union-attr]
    # Clicking the same place again steps out to the enclosing claim.
    qtbot.mouseClick(window.viewer.viewport(), Qt.MouseButton.LeftButton, pos=inner)
    assert window.session.annotation_id == claim.id
    # Choosing a row in the table makes it current.
    window.annotations_view.selectRow(window.annotation_model.row_of(speaker.id))  # type: ignore[arg-type]
    assert window.session.annotation_id == speaker.id


def test_an_edit_measures_only_the_new_span(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Highlighting work per edit is bounded by the edit, not by the document."""
    for needle in ("سامي الحداد", "الخطة جاهزة", "كريم يوسف", "Daniel Weber"):
        select_in_qt(window, needle)
        press(window, Qt.Key.Key_C)
    window.viewer.viewport().repaint()
    measured: list[int] = []
    original = type(window.viewer.highlights)._measure

    def counting(self, block, span):
        measured.append(span.id)
        return original(self, block, span)

    monkeypatch.setattr(type(window.viewer.highlights), "_measure", counting)
    select_in_qt(window, "منصة إكس")
    press(window, Qt.Key.Key_S)
    window.viewer.viewport().repaint()
    assert set(measured) == {window.session.annotation_id}


def test_a_bad_project_file_shows_one_sentence_and_keeps_the_open_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.files.show_error = shown.append
    bad = tmp_path / "notes.annotator"
    bad.write_text("not a database", encoding="utf-8")
    before = window.session.project
    assert not window.files.open_project(bad)
    assert len(shown) == 1 and str(bad) in shown[0] and "\n" not in shown[0]
    assert window.session.project is before and window.isVisible()


def test_a_grouped_speaker_becomes_current_in_one_step(window: MainWindow, qtbot) -> None:
    """Marking a speaker writes the mention and its speaker in one transaction; the new
    mention becomes current once, without a detour through "nothing current" (each change
    of current annotation repaints the viewer and refills the attributes form)."""
    select_in_qt(window, "أعلن")
    press(window, Qt.Key.Key_C)
    first = window.session.annotation_id
    assert first is not None
    window.annotating.entity_for = lambda _label, _text: "new"
    seen: list[int | None] = []
    window.session.currentAnnotationChanged.connect(seen.append)
    select_in_qt(window, "سامي الحداد")
    press(window, Qt.Key.Key_S)
    mention = window.session.current()
    assert mention is not None and mention.entity_id is not None
    assert seen == [mention.id]
    window.session.undo_stack.undo()  # the mention and its speaker go in one step
    assert window.session.annotation_id != mention.id
    window.session.undo_stack.redo()
    assert window.session.annotation_id == mention.id


def test_document_list_recounts_only_the_edited_document(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "two.annotator"
    with Project.create(path) as project:
        first = project.documents.add("قال الوزير إن الخطة جاهزة.", "first", "1.txt").id
        project.documents.add("وأضاف المتحدث أن الأرقام دقيقة.", "second", "2.txt")
    win = MainWindow(Session(ANALYST), family)
    qtbot.addWidget(win)
    assert win.files.open_project(path)
    win.resize(1200, 800)
    with qtbot.waitActive(win):
        win.show()
    assert win.session.document_id == first
    win.session.finish_loading()
    project = win.session.project
    assert project is not None
    asked: list[object] = []
    real = project.documents.counts
    monkeypatch.setattr(
        project.documents, "counts", lambda ids=None: asked.append(ids) or real(ids)
    )
    select_in_qt(win, "الخطة جاهزة")
    press(win, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: win.document_model.count_text(first) == "1 claim")
    assert asked == [{first}]
    assert win.document_model.unattributed_text(first) == "1"


def test_renaming_a_label_renames_the_shown_annotations(window: MainWindow, qtbot) -> None:
    """A schema rename carries annotations along in the file; the open document follows:
    the table's label, the highlight's label and the claims count."""
    from dataclasses import replace

    from annotator.gui.commands.attribution_commands import ChangeSchema
    from annotator.gui.tables.annotation_model import LABEL

    select_in_qt(window, "الخطة جاهزة")
    press(window, Qt.Key.Key_C)
    claim = window.session.current()
    assert claim is not None
    project = window.session.project
    assert project is not None
    model = window.annotation_model
    qtbot.waitUntil(lambda: model.unattributed_count() == 1)
    renamed = [
        replace(lab, name="ادعاء") if lab.name == "claim" else lab for lab in project.labels.all()
    ]
    assert window.session.run(ChangeSchema(renamed, {"claim": "ادعاء"}))

    def shown() -> tuple[str, str, str, int | None]:
        row = model.row_of(claim.id)
        assert row is not None
        cell = model.index(row, LABEL).data()
        span = window.viewer.highlights.index.get(claim.id)
        assert span is not None
        return (
            window.session.annotations[claim.id].label,
            cell,
            span.label,
            model.unattributed_count(),
        )

    assert shown() == ("ادعاء", "ادعاء", "ادعاء", 1)
    window.session.undo_stack.undo()
    assert shown() == ("claim", "claim", "claim", 1)


def test_undo_and_redo_bring_the_edited_document_back(qtbot, family: str, tmp_path: Path) -> None:
    path = tmp_path / "two.annotator"
    with Project.create(path) as project:
        first = project.documents.add("قال الوزير إن الخطة جاهزة.", "first", "1.txt").id
        second = project.documents.add("وأضاف المتحدث أن الأرقام دقيقة.", "second", "2.txt").id
    win = MainWindow(Session(ANALYST), family)
    qtbot.addWidget(win)
    assert win.files.open_project(path)
    with qtbot.waitActive(win):
        win.show()
    select_in_qt(win, "الخطة جاهزة")
    press(win, Qt.Key.Key_C)
    assert len(rows(win)) == 1
    win.session.set_document(second)
    win.session.undo_stack.undo()  # the claim of the first document
    assert win.session.document_id == first and rows(win) == []
    win.session.set_document(second)
    win.session.undo_stack.redo()
    assert win.session.document_id == first and len(rows(win)) == 1
