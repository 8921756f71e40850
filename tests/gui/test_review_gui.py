"""Review in the window: import analysts' copies, see where they differ, adjudicate, agreement.

Two analysts annotate their own copies of the sample article (the same text, imported by
each, so the documents have different UUIDs and are matched by text); the lead merges both
through File → Import Analysts' Work and reviews them with the keys.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from driving import press, project_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from annotator.gui.attribution import speaker_picker
from annotator.gui.review import merge_actions
from annotator.gui.review.agreement_dialog import value_text
from annotator.gui.review.keys import is_text_entry
from annotator.gui.session import Session
from annotator.gui.window.main_window import MainWindow
from annotator.gui.window.shipped_files import resource_text
from annotator.store.project import Project
from annotator.team import review
from annotator.team.agreement.measures import write_csv
from annotator.team.agreement.project_figures import agreement_rows

ANALYST = "tester"  # the reviewer, as set by conftest.py
TEXT = resource_text("sample-article.ar.txt")
MINISTER = "وزير الاقتصاد سامي الحداد"
CUT = "الحكومة ستخفض سعر الخبز المدعوم بنسبة 15%"
PLAN = CUT + " ابتداءً من الشهر المقبل"
STOCK = "المخزون الاستراتيجي من القمح يكفي لمدة تسعة أشهر"
EXPERT = "الخبيرة الاقتصادية ليلى منصور"
MANSOUR = "ليلى منصور"


def at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def analyst_copy(path: Path, name: str, marks: list[tuple[str, str]]) -> Path:
    """An analyst's own project: the article imported by them, their annotations, and each
    claim attributed to the first speaker mention before it."""
    with Project.create(path) as p:
        doc = p.documents.add(TEXT, "bread subsidy", "sample-article.ar.txt")
        speaker = None
        for label, phrase in marks:
            ann = p.annotations.add(doc.id, label, *at(phrase), name)
            if label == "speaker" and speaker is None:
                speaker = ann
            elif label == "claim" and speaker is not None:
                p.links.add(ann.id, speaker.id, name)
    return path


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """Alice and Bob agree on the minister and the stock claim; they differ on the plan's
    boundaries, Bob leaves out the cue, and they mark the expert differently."""
    alice = analyst_copy(
        tmp_path / "alice.annotator",
        "alice",
        [
            ("speaker", MINISTER),
            ("cue", "أعلن"),
            ("claim", PLAN),
            ("claim", STOCK),
            ("speaker", EXPERT),
        ],
    )
    bob = analyst_copy(
        tmp_path / "bob.annotator",
        "bob",
        [("speaker", MINISTER), ("claim", CUT), ("claim", STOCK), ("speaker", MANSOUR)],
    )
    return alice, bob


@pytest.fixture
def window(qtbot: QtBot, family: str, tmp_path: Path) -> MainWindow:
    path = tmp_path / "lead.annotator"
    Project.create(path).close()
    win = MainWindow(Session(ANALYST), family)
    qtbot.addWidget(win)
    assert win.files.open_project(path)
    win.resize(1300, 850)
    with qtbot.waitActive(win):  # window shortcuts only fire in the active window
        win.show()
    return win


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(
        merge_actions.QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_a, **_k: ([str(p) for p in paths], "")),
    )


@pytest.fixture
def merged(window: MainWindow, copies, monkeypatch, errors, qtbot: QtBot) -> MainWindow:
    choose_files(monkeypatch, list(copies))
    window.reviewing.merge.action.trigger()
    assert errors == []
    box = window.reviewing.merge.summary_box
    assert box is not None
    with qtbot.waitActive(window):
        box.close()
        window.activateWindow()
    window.session.finish_loading()
    return window


def status(win: MainWindow, ann_id: int) -> tuple[str, str]:
    ann = project_of(win).annotations.get(ann_id)
    return ann.review_status, ann.reviewer


def review_mode(win: MainWindow) -> None:
    win.reviewing.actions["mode"].setChecked(True)
    assert win.reviewing.state.enabled


# --- importing analysts' work ----------------------------------------------------------------


def test_import_merges_both_copies_into_one_document_the_window_shows(merged) -> None:
    win = merged
    project = project_of(win)
    docs = project.documents.all()
    assert len(docs) == 1
    assert win.document_model.rowCount() == 1
    assert win.session.document_id == docs[0].id  # the merged document is opened
    in_db = sorted((a.analyst, a.label, a.text) for a in project.annotations.iter_all())
    in_window = sorted((a.analyst, a.label, a.text) for a in win.session.annotations.values())
    assert in_window == in_db
    assert {a for a, _l, _t in in_db} == {"alice", "bob"}
    assert ("alice", "cue", "أعلن") in in_db
    assert win.annotation_model.rowCount() == len(in_db)
    assert "alice.annotator" in win.reviewing.merge.summary_box.text()


def test_importing_the_same_files_again_adds_nothing(merged, copies, monkeypatch) -> None:
    before = "\n".join(project_of(merged)._db.conn.iterdump())
    batch = merged.reviewing.merge.merge_paths(list(copies))
    assert [r.added for r in batch.reports] == [0, 0]
    assert "\n".join(project_of(merged)._db.conn.iterdump()) == before


def test_a_bad_source_shows_one_error_and_changes_nothing(window, tmp_path, errors) -> None:
    bad = tmp_path / "broken.annotator"
    bad.write_bytes(b"this is not a project at all\n" * 10)
    before = "\n".join(project_of(window)._db.conn.iterdump())
    batch = window.reviewing.merge.merge_paths([bad])
    assert len(errors) == 1
    assert "broken.annotator" in errors[0] and "not a SQLite database" in errors[0]
    assert batch.reports == [] and window.reviewing.merge.summary_box is None
    assert "\n".join(project_of(window)._db.conn.iterdump()) == before
    assert bad.read_bytes() == b"this is not a project at all\n" * 10


def test_a_bad_source_among_good_ones_is_named_and_the_others_are_merged(
    window, copies, tmp_path, errors
) -> None:
    bad = tmp_path / "broken.annotator"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    batch = window.reviewing.merge.merge_paths([copies[0], bad, copies[1]])
    assert len(batch.reports) == 2 and len(batch.errors) == 1
    assert errors == []  # one dialog: the summary, which names the refused file
    box = window.reviewing.merge.summary_box
    assert box is not None and "broken.annotator" in box.text()
    analysts = {a.analyst for a in project_of(window).annotations.iter_all()}
    assert analysts == {"alice", "bob"}


def test_merging_the_project_into_itself_is_refused(merged, errors) -> None:
    project = project_of(merged)
    before = "\n".join(project._db.conn.iterdump())
    assert project.path is not None
    merged.reviewing.merge.merge_paths([project.path])
    assert len(errors) == 1 and "into itself" in errors[0]
    assert "\n".join(project._db.conn.iterdump()) == before


# --- review mode ---------------------------------------------------------------------------


def test_review_mode_lists_the_disagreements_and_n_p_move_through_them(merged) -> None:
    win = merged
    review_mode(win)
    doc_id = win.session.document_id
    assert doc_id is not None
    expected = review.disagreements(project_of(win), doc_id)
    assert {d.kind for d in expected} >= {"missing", "boundary"}
    assert win.reviewing.state.items == expected
    assert win.reviewing.panel.items.topLevelItemCount() == len(expected)
    assert [a.text() for a in _analyst_items(win)] == ["alice", "bob"]

    for i in range(len(expected)):
        press(win, Qt.Key.Key_N)
        assert win.reviewing.state.current == i
        assert win.session.annotation_id in expected[i].annotation_ids
        assert win.reviewing.panel.items.currentItem() is win.reviewing.panel.items.topLevelItem(i)
        cursor = win.viewer.textCursor().position()
        assert win.session.offsets is not None
        start = win.session.offsets.to_qt(win.session.current().start)
        assert cursor == start  # the viewer was taken there
    press(win, Qt.Key.Key_N)
    assert win.reviewing.state.current == 0  # wraps around
    press(win, Qt.Key.Key_P)
    assert win.reviewing.state.current == len(expected) - 1


def test_review_keys_do_nothing_outside_review_mode(merged) -> None:
    win = merged
    press(win, Qt.Key.Key_N)
    assert win.reviewing.state.current == -1 and win.session.annotation_id is None


def test_in_review_mode_a_accepts_even_when_another_action_uses_the_key(
    merged, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A is also the window's Attribute Claim key; in review mode it accepts instead."""
    win = merged
    other: list[bool] = []
    monkeypatch.setattr(speaker_picker, "pick_speaker", lambda *a, **k: None)  # no popup
    attribute = win.attributing.actions["attribute"]
    assert attribute.shortcut() == QKeySequence("A")
    attribute.triggered.connect(lambda: other.append(True))
    review_mode(win)
    press(win, Qt.Key.Key_N)
    ann_id = win.session.annotation_id
    assert ann_id is not None
    press(win, Qt.Key.Key_A)
    assert status(win, ann_id) == ("accepted", ANALYST)
    assert other == []
    win.reviewing.actions["mode"].setChecked(False)
    press(win, Qt.Key.Key_A)
    assert other == [True]  # outside review mode the letter is the other action's again


def test_accept_and_reject_are_recorded_and_undone(merged) -> None:
    win = merged
    review_mode(win)
    project = project_of(win)
    boundary = next(i for i, d in enumerate(win.reviewing.state.items) if d.kind == "boundary")
    win.reviewing.go_to(boundary)
    first = win.session.annotation_id
    assert first is not None
    press(win, Qt.Key.Key_A)
    assert status(win, first) == ("accepted", ANALYST)
    assert project.annotations.get(first).reviewed_at
    second = win.session.annotation_id  # moved on to the other analyst's span
    assert second is not None and second != first
    press(win, Qt.Key.Key_R)
    assert status(win, second) == ("rejected", ANALYST)
    assert win.reviewing.state.items[boundary].resolved
    assert win.reviewing.panel.items.topLevelItem(boundary).text(0).startswith("✓")

    stack = win.session.undo_stack
    stack.undo()
    assert status(win, second) == ("pending", "")
    stack.undo()
    assert status(win, first) == ("pending", "")
    assert not win.reviewing.state.items[boundary].resolved
    stack.redo()
    stack.redo()
    assert status(win, first) == ("accepted", ANALYST)
    assert status(win, second) == ("rejected", ANALYST)
    done, total = review.review_progress(project)[win.session.document_id]
    assert win.reviewing.state.document_progress() == (done, total) == (2, total)
    assert win.reviewing.panel.doc_progress.value() == 2
    # each edit re-read only its own document's progress: still what a full count says
    assert win.reviewing.state.progress == review.review_progress(project)


def test_correct_replaces_the_annotation_by_the_selection_and_undo_redo_restore(merged) -> None:
    win = merged
    review_mode(win)
    project = project_of(win)
    alice_plan = next(
        a for a in win.session.annotations.values() if a.analyst == "alice" and a.text == PLAN
    )
    win.session.set_current(alice_plan.id)
    words = "الحكومة ستخفض سعر الخبز المدعوم"  # whole words: the selection snaps to words
    win.viewer.select_range(*at(words))
    press(win, Qt.Key.Key_E)
    assert status(win, alice_plan.id) == ("rejected", ANALYST)
    created = project.annotations.get(win.session.annotation_id)
    assert (created.text, created.label, created.analyst) == (words, "claim", ANALYST)
    assert created.review_status == "accepted"
    assert project.links.find(created.id, alice_plan.id, review.CORRECTS) is not None
    assert project.links.speakers_of(created.id)  # still attributed
    assert created.id in win.reviewing.state.corrections

    win.session.undo_stack.undo()
    assert status(win, alice_plan.id) == ("pending", "")
    assert created.id not in win.session.annotations
    assert [a.id for a in review.adjudicated(project)] == []
    win.session.undo_stack.redo()
    again = project.annotations.get(created.id)
    assert (again.uuid, again.text, again.review_status) == (created.uuid, words, "accepted")
    assert status(win, alice_plan.id) == ("rejected", ANALYST)


def test_a_correction_must_overlap_the_annotation(merged, errors) -> None:
    win = merged
    review_mode(win)
    minister = next(a for a in win.session.annotations.values() if a.text == MINISTER)
    win.session.set_current(minister.id)
    win.viewer.select_range(*at(STOCK))
    press(win, Qt.Key.Key_E)
    assert len(errors) == 1
    assert status(win, minister.id) == ("pending", "")
    assert win.session.undo_stack.count() == 0


def test_accept_agreed_keeps_each_agreed_span_once_and_is_one_undo_step(merged) -> None:
    win = merged
    review_mode(win)
    project = project_of(win)
    win.reviewing.actions["accept-agreed"].trigger()
    kept = sorted(a.text for a in review.adjudicated(project))
    assert kept == sorted([MINISTER, STOCK])
    assert win.session.undo_stack.count() == 1
    win.session.undo_stack.undo()
    assert review.adjudicated(project) == []
    assert all(a.review_status == "pending" for a in project.annotations.iter_all())


def test_accept_agreed_with_nothing_left_says_so_and_keeps_no_undo_step(merged) -> None:
    win = merged
    review_mode(win)
    notes: list[str] = []
    win.reviewing.message.connect(notes.append)
    win.reviewing.actions["accept-agreed"].trigger()
    win.reviewing.actions["accept-agreed"].trigger()  # everything agreed is decided now
    assert notes[-1] == "There is nothing left that every analyst marked alike."
    assert win.session.undo_stack.count() == 1
    win.session.undo_stack.undo()
    assert all(a.review_status == "pending" for a in project_of(win).annotations.iter_all())


def test_hiding_an_analyst_hides_their_marks_and_their_disagreements(merged) -> None:
    win = merged
    review_mode(win)
    bob_ids = {a.id for a in win.session.annotations.values() if a.analyst == "bob"}
    painter = win.viewer.highlights
    block = win.viewer.document().findBlock(win.session.offsets.to_qt(at(MINISTER)[0]))
    assert bob_ids & {s.id for s in painter.block_spans(block)}
    bob = next(item for item in _analyst_items(win) if item.text() == "bob")
    bob.setCheckState(Qt.CheckState.Unchecked)
    assert win.reviewing.state.hidden == {"bob"}
    assert win.reviewing.state.items == []  # alice alone disagrees with nobody
    assert not bob_ids & {s.id for s in painter.block_spans(block)}
    win.reviewing.actions["mode"].setChecked(False)
    assert bob_ids & {s.id for s in painter.block_spans(block)}  # normal view shows all


def test_documents_list_shows_review_progress(merged, qtbot: QtBot) -> None:
    win = merged
    review_mode(win)
    press(win, Qt.Key.Key_N)
    press(win, Qt.Key.Key_A)
    done, total = review.review_progress(project_of(win))[win.session.document_id]
    assert done == 1
    from annotator.gui.tables.document_model import REVIEWED

    index = win.document_model.index(0, REVIEWED)
    qtbot.waitUntil(lambda: win.document_model.data(index) == f"1/{total}")


def test_text_fields_keep_their_letters_in_review_mode() -> None:
    field = QLineEdit()
    assert is_text_entry(field)
    assert not is_text_entry(QAction("x"))  # type: ignore[arg-type]


# --- agreement --------------------------------------------------------------------------------


def test_agreement_dialog_shows_core_rows_filters_and_exports_csv(merged, tmp_path) -> None:
    win = merged
    win.reviewing.actions["agreement"].trigger()
    dialog = win.reviewing.agreement_dialog
    assert dialog is not None and dialog.isVisible()
    rows = agreement_rows(project_of(win))
    assert rows and dialog.model.rows == rows
    shown = [
        tuple(dialog.proxy.index(r, c).data() for c in range(5))
        for r in range(dialog.proxy.rowCount())
    ]
    assert shown == [
        (r.label, r.analyst_a, r.analyst_b, r.measure, value_text(r.value)) for r in rows
    ]
    assert all(v == "n/a" or len(v.split(".")[1]) == 3 for *_x, v in shown)

    dialog.measure.setCurrentText("f1_exact")
    assert {r.measure for r in dialog.shown_rows()} == {"f1_exact"}
    assert dialog.proxy.rowCount() == sum(r.measure == "f1_exact" for r in rows)

    target = tmp_path / "agreement.csv"
    assert dialog.export(str(target))
    expected = io.StringIO()
    write_csv([r for r in rows if r.measure == "f1_exact"], expected)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads the file as UTF-8
    assert data.decode("utf-8-sig") == expected.getvalue()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == ["label", "analyst_a", "analyst_b", "measure", "value"]
    dialog.close()


def _analyst_items(win: MainWindow) -> list:
    panel = win.reviewing.panel
    return [panel.analysts.item(i) for i in range(panel.analysts.count())]


def test_review_lists_document_fields_the_analysts_answered_differently(
    window, tmp_path, monkeypatch, errors, qtbot
) -> None:
    """Project-wide, beside the span disagreements: each (document, field) with different
    answers; a row opens the document with that field in front and the keyboard in it."""
    post = "صورة جميلة للغروب 🌅"
    copies = []
    for name, answers in (("alice", ("yes", "no")), ("bob", ("yes", "yes"))):
        path = analyst_copy(tmp_path / f"{name}.annotator", name, [("speaker", MINISTER)])
        with Project.open(path) as p:
            first = p.documents.all()[0]
            second = p.documents.add(post, "غروب", "posts.tsv")
            p.document_fields.set(first.id, name, "check_worthy", answers[0])
            p.document_fields.set(second.id, name, "check_worthy", answers[1])
        copies.append(path)
    choose_files(monkeypatch, copies)
    window.reviewing.merge.action.trigger()
    assert errors == []
    box = window.reviewing.merge.summary_box
    with qtbot.waitActive(window):
        box.close()
        window.activateWindow()
    panel = window.reviewing.panel
    review_mode(window)
    assert panel.fields.isVisibleTo(panel) and panel.fields.topLevelItemCount() == 1
    row = panel.fields.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["غروب", "check worthy", "alice: no · bob: yes"]
    assert panel.field_count.text().endswith(": 1 in 1 document")
    project = project_of(window)
    post_id = next(d.id for d in project.documents.all() if d.title == "غروب")
    assert window.session.document_id != post_id
    panel.fields.setCurrentItem(row)
    qtbot.keyClick(panel.fields, Qt.Key.Key_Return)
    assert window.session.document_id == post_id
    editor = window.document_panel.editors["check_worthy"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    project.document_fields.set(post_id, "alice", "check_worthy", "yes")  # now they agree
    qtbot.waitUntil(lambda: panel.fields.topLevelItemCount() == 0)
    assert not panel.fields.isVisibleTo(panel)
    window.reviewing.actions["mode"].setChecked(False)
    assert panel.field_count.text() == ""
