"""The whole interface in Arabic: every visible string translated, every widget mirrored.

The window is built with the Arabic catalogue installed, its menus opened, and the dialogs
an analyst meets (label schema, review, agreement, table import, speakers, keyboard
shortcuts) created; every text a person can read is collected and must hold no English word
but the names and keys of the allow-list. A string left out of `tr()`, a context that does
not match its class, or a source changed without its translation all fail here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from driving import project_of
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QWidget,
)

from annotator.formats.importing.corpus import preview
from annotator.formats.importing.tables import TableOptions
from annotator.gui import i18n, settings
from annotator.gui.attribution.actions import _DeleteSpeakerDialog
from annotator.gui.attribution.speaker_picker import EntityProposalDialog, SpeakerPicker
from annotator.gui.files.table_dialog import TableImportDialog
from annotator.gui.labels.label_schema_dialog import SchemaDialog
from annotator.gui.review.agreement_dialog import AgreementDialog
from annotator.gui.session import Session
from annotator.gui.speakers.dialogs import SplitDialog
from annotator.gui.window import language
from annotator.gui.window.help_dialog import HelpDialog, shortcuts_html
from annotator.gui.window.icons import icon
from annotator.gui.window.main_window import MainWindow
from annotator.speakers.grouping import assign
from annotator.store.project import Project

TEXT = (
    "قال وزير الاقتصاد سامي الحداد إن الحكومة ستخفض سعر الخبز.\n\n"
    "The minister said the plan is ready.\n\n"
    "وأكد المتحدث أن الدعم سيصل إلى الأسر."
)
CLAIM = "الحكومة ستخفض سعر"
# Words a translated interface still shows in Latin letters: names, formats, keys, the
# analyst of these tests, file patterns.
ALLOWED = {
    "Annotator", "annotator", "CSV", "JSON", "JSONL", "doccano", "Word", "UTF", "F1",
    "Enter", "Esc", "Ctrl", "Shift", "Alt", "Tab", "Delete", "Del", "Backspace", "PgUp", "PgDown",
    "Return", "Left", "Right", "plus", "minus", "tester", "merge", "English",
    "txt", "md", "jsonl", "csv", "tsv", "tab", "xlsx", "json", "docx", "html", "htm",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]*>|&[a-z]+;")


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    language.install(qapp, language.ARABIC)
    yield
    language.install(qapp, language.ENGLISH)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A document with a claim attributed to a grouped speaker mention, and a cue."""
    path = tmp_path / "مشروع.annotator"
    with Project.create(path) as project:
        doc = project.documents.add(TEXT, "مقال", "مقال.txt")
        start = TEXT.index("سامي الحداد")
        speaker = project.annotations.add(doc.id, "speaker", start, start + 11, "tester")
        entity = project.entities.add("سامي الحداد", "person", "وزير")
        assign(project, [speaker.id], entity.id)
        start = TEXT.index(CLAIM)
        claim = project.annotations.add(doc.id, "claim", start, start + len(CLAIM), "tester")
        project.links.add(claim.id, speaker.id, "tester")
        project.annotations.add(doc.id, "cue", 0, 3, "tester")
    return path


@pytest.fixture
def window(arabic, qtbot, family: str, project_path: Path) -> MainWindow:
    win = MainWindow(Session("tester"), family)
    qtbot.addWidget(win)
    assert win.files.open_project(project_path)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.session.finish_loading()
    return win


def annotations(win: MainWindow) -> list:
    assert win.session.document_id is not None
    return project_of(win).annotations.for_document(win.session.document_id)


def english_words(text: str, data: frozenset[str] = frozenset()) -> list[str]:
    """Latin words a person would read in `text` (markup, keys after a tab, the allow-list
    and the words of the test's own data aside)."""
    shown = TAG.sub(" ", text.partition("\t")[0]).replace("&", "")
    return [w for w in WORD.findall(shown) if w not in ALLOWED and w not in data]


def action_texts(act: QAction) -> list[str]:
    texts = [act.text(), act.toolTip(), act.iconText(), act.statusTip()]
    if act.menu() is not None:
        texts += menu_texts(act.menu())  # type: ignore[arg-type]
    return texts


def menu_texts(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when opened (Open Recent)
    texts = [menu.title()]
    for act in menu.actions():
        texts += action_texts(act)
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every text of `root` and its children a person can see or hover over."""
    texts: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit | QTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QDockWidget | QToolBar):
            texts.append(w.windowTitle())
        elif isinstance(w, QMenu):
            texts += menu_texts(w)
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            texts += [header.text(i) for i in range(w.columnCount())]
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts += [
                str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                for i in range(w.horizontalHeader().count())
            ]
        for act in w.actions():
            texts += action_texts(act)
    return texts


def untranslated(texts: list[str], data: frozenset[str] = frozenset()) -> list[str]:
    return sorted({t for t in texts if t and english_words(t, data)})


def test_every_visible_string_of_the_window_is_arabic(window: MainWindow) -> None:
    texts = widget_texts(window)
    for act in window.menuBar().actions():
        texts += action_texts(act)
    window.reviewing.actions["mode"].setChecked(True)  # review mode's own texts
    texts += widget_texts(window)
    texts.append(window.statusBar().currentMessage())
    texts.append(window.session.undo_stack.undoText())
    left = untranslated(texts, frozenset(WORD.findall(str(project_of(window).path))))
    assert left == [], "\n".join(left)
    assert window.menuBar().actions()[0].text() == "&ملف"


def test_dialogs_are_arabic(window: MainWindow, tmp_path: Path) -> None:
    project = project_of(window)
    claim = next(a for a in annotations(window) if a.label == "claim")
    speaker = next(a for a in annotations(window) if a.label == "speaker")
    table = tmp_path / "posts.csv"
    table.write_text("id,text\n1,نص المنشور الأول\n", encoding="utf-8")
    dialogs: list[QWidget] = [
        SchemaDialog(window.session, window),
        AgreementDialog(project, (project.documents.get(claim.document_id).uuid, "مقال"), window),
        TableImportDialog(table, preview(table, TableOptions()), window),
        SplitDialog(project, speaker.entity_id or 0, window),
        SpeakerPicker(project, claim.id, window, popup=False),
        EntityProposalDialog(project, "الحداد", [project.entities.get(speaker.entity_id)], window),
        _DeleteSpeakerDialog(window, project, speaker.id),
        HelpDialog("", shortcuts_html([("C", "claim"), ("S", "speaker")]), window),
    ]
    texts = []
    for dialog in dialogs:
        texts += widget_texts(dialog)
    help_html = dialogs[-1].text()  # type: ignore[attr-defined]
    data = frozenset({"posts", "id", "text"})  # the table's own name and column names
    assert untranslated([*texts, help_html], data) == []


def test_schema_defaults_show_in_arabic_but_stay_stored_in_english(window: MainWindow) -> None:
    model = window.annotation_model
    shown = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert shown == {"ادعاء", "متحدث", "مؤشر الإسناد"}
    assert {a.label for a in annotations(window)} == {"claim", "speaker", "cue"}


def test_every_widget_is_laid_out_right_to_left(window: MainWindow) -> None:
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    meta = window.document_panel.meta_box  # a value is laid out in its own direction
    wrong = [
        f"{type(w).__name__} {w.objectName()}"
        for w in [window, *window.findChildren(QWidget)]
        if w.layoutDirection() != Qt.LayoutDirection.RightToLeft and not meta.isAncestorOf(w)
    ]
    assert wrong == []
    dialog = SchemaDialog(window.session, window)
    assert all(
        w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for w in [dialog, *dialog.findChildren(QWidget)]
    )


def test_the_docks_are_mirrored(window: MainWindow) -> None:
    """Documents and speakers, the window's first column, sit where Arabic reading starts:
    right of the text; annotations and attributes on its left (Qt does not swap dock areas
    by itself)."""
    text_x = window.viewer.mapTo(window, window.viewer.rect().center()).x()
    x = {name: dock.mapTo(window, dock.rect().center()).x() for name, dock in window.docks.items()}
    assert x["documents"] > text_x and x["speakers"] > text_x
    assert x["annotations"] < text_x and x["attributes"] < text_x


def test_the_viewer_keeps_each_paragraph_in_its_own_direction(window: MainWindow) -> None:
    doc = window.viewer.document()
    directions = [doc.findBlockByNumber(n).textDirection() for n in (0, 2, 4)]
    assert directions == [
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LeftToRight,
        Qt.LayoutDirection.RightToLeft,
    ]


def test_grow_keys_act_on_the_side_the_analyst_sees(window: MainWindow) -> None:
    """Alt+Shift+Left takes in the word on the screen's left: in an Arabic paragraph the
    next word, as in the English interface."""
    project = project_of(window)
    claim = next(a for a in annotations(window) if a.label == "claim")
    window.session.set_current(claim.id)
    window.viewer.setFocus()
    grow = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.viewer, Qt.Key.Key_Left, grow)
    grown = project.annotations.get(claim.id)
    assert grown.text == CLAIM + " الخبز"  # the word after it, on the left of the screen


def test_pointing_icons_are_mirrored(window: MainWindow, qapp) -> None:
    rtl = icon("undo").pixmap(32, 32).toImage()
    language.install(qapp, language.ENGLISH)
    try:
        ltr = icon("undo").pixmap(32, 32).toImage()
    finally:
        language.install(qapp, language.ARABIC)
    assert rtl != ltr
    flip = getattr(ltr, "flipped", None)
    mirrored = flip(Qt.Orientation.Horizontal) if flip else ltr.mirrored(True, False)
    assert rtl == mirrored
    assert icon("zoom-in").pixmap(32, 32).toImage() == icon("zoom-in").pixmap(32, 32).toImage()


def test_counts_use_arabic_indic_digits_unless_western_digits_are_chosen(qapp) -> None:
    language.install(qapp, language.ARABIC)
    try:
        assert i18n.number(1234) == "١٬٢٣٤"
        assert QLocale().toString(15) == "١٥"  # item views format numbers through it too
        settings.WESTERN_DIGITS.set(True)
        language.install(qapp, language.ARABIC)
        assert i18n.number(1234) == "1,234"
    finally:
        language.install(qapp, language.ENGLISH)
    assert i18n.number(1234) == "1,234"


def test_arabic_keyboard_letter_marks_like_its_latin_key(window: MainWindow) -> None:
    """With only an Arabic layout, the C key reports ؤ: it marks a claim all the same."""
    cursor = window.viewer.textCursor()
    start = TEXT.index("الدعم سيصل")
    cursor.setPosition(start)
    cursor.setPosition(start + len("الدعم سيصل"), cursor.MoveMode.KeepAnchor)
    window.viewer.setTextCursor(cursor)
    window.viewer.setFocus()
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, window.viewer, Qt.Key(ord("ؤ")), "ؤ", Qt.KeyboardModifier.NoModifier
    )
    marked = [a for a in annotations(window) if a.text == "الدعم سيصل"]  # snapped: whole words
    assert [a.label for a in marked] == ["claim"]


def test_an_arabic_label_key_and_review_keys_on_an_arabic_layout(window: MainWindow) -> None:
    label = next(a for a in window.label_actions if "ادعاء" in a.text())
    keys = {k.toString() for k in label.shortcuts()}
    assert keys == {"C", "ؤ"}
    window.reviewing.actions["mode"].setChecked(True)
    called: list[str] = []
    keys = window.reviewing.keys.keys
    next_disagreement = keys[Qt.Key.Key_N]
    for key, action in list(keys.items()):
        if action == next_disagreement:  # N and its twin ى
            keys[key] = lambda: called.append("next")
    window.viewer.setFocus()
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, window.viewer, Qt.Key(ord("ى")), "ى", Qt.KeyboardModifier.NoModifier
    )
    assert called == ["next"]


def test_a_label_given_an_arabic_key_answers_to_it(window: MainWindow) -> None:
    """A team gives ادعاء the key ا; on a Latin layout the same physical key (H) marks too."""
    project = project_of(window)
    labels = project.labels.all()
    project.labels.set_schema(
        [replace(lab, shortcut="ا") if lab.name == "claim" else lab for lab in labels]
    )
    window.rebuild_label_actions()
    act = next(a for a in window.label_actions if "ادعاء" in a.text())
    assert {k.toString() for k in act.shortcuts()} == {"ا", "H"}
    assert QKeySequence("ا").matches(act.shortcuts()[0]) == QKeySequence.SequenceMatch.ExactMatch


def test_english_keeps_its_plurals(qapp) -> None:
    """English ships the plural forms alone: one claim, three claims."""
    language.install(qapp, language.ENGLISH)
    translate = QApplication.translate
    assert translate("Attributing", "%Ln claims", "", 1) == "1 claim"
    assert translate("Attributing", "%Ln claims", "", 3) == "3 claims"


def test_a_speaker_type_is_chosen_in_arabic_and_stored_as_written(window: MainWindow) -> None:
    from annotator.gui.speakers.panel import _TypeDelegate

    panel = window.attributing.panel
    model = panel.table.model()
    index = model.index(0, 1)  # the one speaker's Type
    assert model.data(index) == "شخص"
    delegate = _TypeDelegate(panel)
    editor = delegate.createEditor(panel.table, None, index)  # type: ignore[arg-type]
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "شخص"  # type: ignore[attr-defined]
    editor.setCurrentIndex(editor.findData("organisation"))  # type: ignore[attr-defined]
    assert editor.currentText() == "مؤسسة"  # type: ignore[attr-defined]
    delegate.setModelData(editor, model, index)
    window.attributing.panel.catch_up()
    entity = project_of(window).entities.all()[0]
    assert entity.type == "organisation"
