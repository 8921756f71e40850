"""Suggestions in the real window: computed off the GUI thread, stepped with F8, accepted
with Enter (one undo step with its links), rejected with Backspace (remembered), a sentence
accepted with Shift+Enter, turned off per project; never shown in the annotations table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui.session import Session
from annotator.gui.window.main_window import MainWindow
from annotator.store import suggestion_rejections
from annotator.store.project import Project
from annotator.store.records import ATTRIBUTION, CUE_LINK

ANALYST = "tester"
TEXT = (
    "قال وزير المالية سامي الحداد إن الميزانية ستنخفض العام المقبل.\n"
    "#عاجل | بوتين: روسيا مستعدة للتفاوض 🔴\n"
    "وأكدت الوزارة أن الرواتب لن تتأثر."
)


@pytest.fixture
def window(qtbot, family: str, tmp_path: Path) -> MainWindow:
    path = tmp_path / "suggest.annotator"
    with Project.create(path) as project:
        project.documents.add(TEXT, "news", "news.txt")
    win = MainWindow(Session(ANALYST), family)
    qtbot.addWidget(win)
    assert win.files.open_project(path)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.session.finish_loading()
    qtbot.waitUntil(lambda: bool(win.suggesting.groups), timeout=10_000)
    return win


def stored(win: MainWindow) -> list[tuple[str, str, str]]:
    project = win.session.project
    assert project is not None and win.session.document_id is not None
    anns = project.annotations.for_document(win.session.document_id)
    return sorted((a.label, a.text, a.origin) for a in anns)


def press(qtbot, win: MainWindow, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    win.viewer.setFocus()
    qtbot.keyClick(win.viewer, key, mods)


def test_suggestions_are_drawn_not_stored(window: MainWindow) -> None:
    assert len(window.suggesting.groups) == 3
    assert len(window.suggesting.painter.index) >= 7  # 3 claims, 3 speakers, 2 cues … drawn
    assert stored(window) == []
    assert window.annotation_model.rowCount() == 0


def test_step_accept_with_keys_and_undo(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F8)
    group = window.suggesting.current_group()
    assert group is not None and group.claim is not None
    press(qtbot, window, Qt.Key.Key_Return)
    rows = stored(window)
    assert ("claim", "الميزانية ستنخفض العام المقبل", "suggested:complement") in rows
    assert ("speaker", "سامي الحداد", "suggested:subject-after") in rows
    assert ("cue", "قال", "suggested:lexicon") in rows
    project = window.session.project
    assert project is not None
    claim = next(a for a in project.annotations.for_document(1) if a.label == "claim")
    types = sorted(k.type for k in project.links.touching(claim.id))
    assert types == sorted([ATTRIBUTION, CUE_LINK])
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == 3)
    assert len(window.suggesting.groups) == 2  # the accepted one is no suggestion any more
    window.session.undo_stack.undo()  # one step takes all three and their links back
    assert stored(window) == []
    qtbot.waitUntil(lambda: len(window.suggesting.groups) == 3)
    window.session.undo_stack.redo()
    assert len(stored(window)) == 3


def test_backspace_rejects_and_remembers(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F8)
    press(qtbot, window, Qt.Key.Key_F8)  # the headline
    group = window.suggesting.current_group()
    assert group is not None and window.session.text[group.start : group.end].startswith("بوتين")
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert stored(window) == []  # Backspace did not reach Delete Annotation
    assert len(window.suggesting.groups) == 2
    project = window.session.project
    assert project is not None
    assert {s.key for s in group.own} <= suggestion_rejections.rejected(project, 1)
    window.suggesting.recompute()  # computed again from scratch: still not suggested
    qtbot.waitUntil(lambda: window.suggesting.found is not None, timeout=10_000)
    assert len(window.suggesting.groups) == 2
    window.session.undo_stack.undo()
    assert len(window.suggesting.groups) == 3


def test_selection_changes_boundaries_before_accepting(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F8)
    text = window.session.text
    start = text.index("الميزانية")
    window.viewer.select_range(start, start + len("الميزانية ستنخفض"))
    press(qtbot, window, Qt.Key.Key_Return)
    assert ("claim", "الميزانية ستنخفض", "suggested:complement:edited") in stored(window)


def test_shift_enter_accepts_the_sentence(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F8)
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(stored(window)) == 3
    assert window.session.undo_stack.count() == 1


def test_hidden_while_reviewing(qtbot, window: MainWindow) -> None:
    """Review mode adjudicates what analysts marked: no suggestion is drawn beside it, and
    leaving review brings them back with the View setting untouched."""
    mode = window.reviewing.actions["mode"]
    mode.setChecked(True)
    assert window.suggesting.groups == []
    assert len(window.suggesting.painter.index) == 0
    assert window.suggesting.actions["show"].isChecked()
    mode.setChecked(False)
    qtbot.waitUntil(lambda: len(window.suggesting.groups) == 3, timeout=10_000)


def test_turned_off_per_project(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.suggesting.actions["show"].trigger()
    assert not window.suggesting.enabled
    assert window.suggesting.groups == []
    assert len(window.suggesting.painter.index) == 0
    project = window.session.project
    assert project is not None and project.path is not None
    path = project.path
    other = tmp_path / "other.annotator"
    with Project.create(other) as p:
        p.documents.add("قال الوزير إن الخطة جاهزة.", "x", "x.txt")
    assert window.files.open_project(other)
    assert window.suggesting.enabled  # another project keeps its own choice
    assert window.files.open_project(path)
    assert not window.suggesting.enabled


def test_bad_lexicon_keeps_the_last_good_one(window: MainWindow, tmp_path: Path, errors) -> None:
    bad = tmp_path / "lexicon.json"
    bad.write_text('{\n  "verbs": [\n}\n', encoding="utf-8")
    before = window.suggesting.lexicons.lexicon
    assert not window.suggesting.load_lexicon(str(bad))
    assert len(errors) == 1 and "lexicon.json" in errors[0] and "line 3" in errors[0]
    assert window.suggesting.lexicons.lexicon is before
