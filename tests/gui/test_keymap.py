"""Every key the window binds is declared in the keymap table, every binding of the table is
bound, and Help → Keyboard Shortcuts lists them all.

The window is read as a user meets it (every QAction and QShortcut under it, with a project
open so that the label keys are there); nothing here re-reads the code that binds them.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from annotator.gui.window import keymap
from annotator.gui.window.help_dialog import shortcuts_html
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

PORTABLE = QKeySequence.SequenceFormat.PortableText


@pytest.fixture
def window(qtbot: QtBot, family: str, tmp_path: Path) -> MainWindow:
    from annotator.gui import app

    path = tmp_path / "keys.annotator"
    with Project.create(path) as project:
        project.documents.add("قال الوزير إن الاقتصاد ينمو.", "one", "one.txt")
    win = app.create_window(str(path), family)
    qtbot.addWidget(win)
    return win


def bound(win: MainWindow) -> dict[str, set[str]]:
    """Binding name -> the keys the window's actions carry for it ("?" for an action with
    keys that names no binding)."""
    found: dict[str, set[str]] = defaultdict(set)
    for act in win.findChildren(QAction):
        keys = {s.toString(PORTABLE) for s in act.shortcuts()} - {""}
        if keys:
            found[str(act.property(keymap.PROPERTY) or "?")] |= keys
    return found


def declared(handled: str) -> dict[str, set[str]]:
    return {
        b.name: {s.toString(PORTABLE) for s in b.sequences()} - {""}
        for b in keymap.BINDINGS
        if b.handled == handled
    }


def test_every_action_key_in_the_window_is_a_binding_of_the_table(window: MainWindow) -> None:
    found = bound(window)
    assert "?" not in found, f"keys bound outside the keymap: {found.get('?')}"
    labels = found.pop("label")
    assert labels == {lab.shortcut for lab in window.session.labels()}  # C, S, Q
    assert found == {name: keys for name, keys in declared(keymap.ACTION).items() if keys}


def test_no_key_is_bound_through_a_bare_qshortcut(window: MainWindow) -> None:
    assert window.findChildren(QShortcut) == []


def test_the_review_key_filter_answers_exactly_the_review_letters(window: MainWindow) -> None:
    letters = {QKeySequence(key).toString(PORTABLE) for key in window.reviewing.keys.keys}
    assert letters == set().union(*declared(keymap.REVIEW).values())
    assert letters == {"N", "P", "A", "R", "E"}


def test_a_key_bound_outside_the_table_is_caught(window: MainWindow) -> None:
    """What the first test guards against: an action given a key by hand."""
    stray = QAction("Stray", window)
    stray.setShortcut(QKeySequence("Ctrl+Shift+J"))
    window.addAction(stray)
    assert bound(window)["?"] == {"Ctrl+Shift+J"}


def test_help_has_a_row_for_every_binding_and_the_label_keys(window: MainWindow) -> None:
    labels = [(lab.shortcut, lab.name) for lab in window.session.labels()]
    text = shortcuts_html(labels)
    for b in keymap.BINDINGS:
        if b.shown():
            keys, what = escape(b.shown(), quote=False), escape(b.description(), quote=False)
            assert f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" in text, b.name
    for key, name in labels:
        assert f"<tr><td><b>{key}</b></td><td>mark the selection with that label: {name}" in text


def test_names_and_keys_are_unique_where_they_must_be() -> None:
    assert len(keymap.BY_NAME) == len(keymap.BINDINGS)
    # Two window actions on one key would both go dead (Qt calls it ambiguous); review
    # letters are filtered only in review mode and widget keys only where the focus is.
    owner: dict[str, str] = {}
    for name, keys in declared(keymap.ACTION).items():
        for key in keys:
            assert key not in owner, f"{key} bound to {owner.get(key)} and {name}"
            owner[key] = name
    assert {b.section for b in keymap.BINDINGS} <= set(keymap.SECTIONS)


def test_menus_show_the_keys_of_widget_and_review_bindings(window: MainWindow) -> None:
    texts = [a.text() for a in window.findChildren(QAction)]
    assert f"Next Annotation\t{keymap.shown('next-annotation')}" in texts
    assert "&Next Disagreement\tN" in texts
    assert window.reviewing.keys.keys[Qt.Key.Key_N] == window.reviewing.next
