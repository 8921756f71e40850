"""Help → Keyboard Shortcuts lists exactly the review keys the window really binds.

The expected keys are read from the bindings themselves (the review key filter's table and
the review actions' shortcuts), so a key bound without a help row fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from annotator.gui.session import Session
from annotator.gui.window.main_window import MainWindow
from annotator.text.keyboard import LATIN_ON_ARABIC

ANALYST = "tester"  # as set by conftest.py
PORTABLE = QKeySequence.SequenceFormat.PortableText


@pytest.fixture
def window(qtbot: QtBot, family: str) -> MainWindow:
    win = MainWindow(Session(ANALYST), family)
    qtbot.addWidget(win)
    return win


def bound_review_keys(win: MainWindow) -> set[str]:
    """Every key the review feature answers to: the letters its key filter handles and the
    shortcuts of its actions (review mode, the menu entries, importing analysts' work)."""
    review = win.reviewing
    letters = {QKeySequence(key).toString(PORTABLE) for key in review.keys.keys}
    letters -= set(LATIN_ON_ARABIC)  # an Arabic layout's twin letters: one note, not rows
    actions = [*review.actions.values(), review.merge.action]
    shortcuts = {s.toString(PORTABLE) for a in actions for s in a.shortcuts()}
    return letters | shortcuts


def shown_help(win: MainWindow) -> str:
    """The text of the box Help → Keyboard Shortcuts opens."""
    help_menu = next(
        a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    item = next(a for a in help_menu.actions() if "Keyboard Shortcuts" in a.text())
    item.trigger()
    box = win.help_box  # type: ignore[attr-defined]
    text = box.text()
    box.close()
    return text


def review_rows(help_text: str) -> dict[str, str]:
    """Key -> description of each row of the help's Reviewing table."""
    _head, found, section = help_text.partition("<h3>Reviewing</h3>")
    assert found, "no Reviewing heading in the help"
    table = section.split("</table>", 1)[0]
    rows = re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", table, re.DOTALL)
    return dict(rows)


def test_help_lists_every_review_key_that_is_bound_and_no_other(window: MainWindow) -> None:
    bound = bound_review_keys(window)
    assert {"N", "P", "A", "R", "E", "Ctrl+Shift+R"} <= bound  # the bindings are read
    rows = review_rows(shown_help(window))
    assert set(rows) == bound
    assert all(description.strip() for description in rows.values())


def test_review_rows_say_what_each_key_does(window: MainWindow) -> None:
    rows = review_rows(shown_help(window))
    assert "next" in rows["N"] and "previous" in rows["P"]
    assert "accept" in rows["A"] and "reject" in rows["R"]
    assert "review mode" in rows["Ctrl+Shift+R"]


def test_a_key_bound_without_a_menu_entry_is_caught(window: MainWindow) -> None:
    """What the first test guards against: a new letter in the key filter alone."""
    window.reviewing.keys.keys[Qt.Key.Key_X] = window.reviewing.next
    assert "X" in bound_review_keys(window)
    assert "X" not in review_rows(shown_help(window))
