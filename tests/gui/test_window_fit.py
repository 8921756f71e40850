"""The window on a 1366×768 laptop: it fits with its status bar, the text gets most of the
width at a comfortable line length, the layout the user makes comes back, and the Keyboard
Shortcuts window fits the screen and scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from annotator.gui import app, settings
from annotator.gui.session import Session
from annotator.gui.window import main_window, menus
from annotator.gui.window.help_dialog import HelpDialog, shortcuts_html
from annotator.gui.window.main_window import MainWindow, initial_size

LAPTOP = QRect(0, 0, 1366, 768 - 30)  # the screen's free area under a 30-pixel panel


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window believes it is on a 1366×768 laptop screen."""
    monkeypatch.setattr(main_window, "screen_area", lambda _widget: QRect(LAPTOP))


def open_window(qtbot, family: str, path: str | None = None) -> MainWindow:
    window = app.create_window(path, family)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.session.finish_loading()
    QApplication.processEvents()
    return window


def test_the_first_size_fits_a_laptop_screen() -> None:
    size = initial_size(LAPTOP)
    assert size.width() <= 1366
    assert size.height() + main_window.TITLE_BAR <= LAPTOP.height()
    big = initial_size(QRect(0, 0, 2560, 1400))
    assert big == main_window.DEFAULT_SIZE


def test_at_1366_by_768_the_text_gets_most_of_the_width(qtbot, family: str, laptop) -> None:
    window = open_window(qtbot, family)
    assert window.size() == initial_size(LAPTOP)
    assert window.minimumSizeHint().width() <= LAPTOP.width()
    assert window.minimumSizeHint().height() <= window.height()
    status = window.statusBar()
    assert status.isVisible()
    assert status.geometry().bottom() <= window.height()
    assert status.geometry().top() >= window.viewer.geometry().bottom()
    viewer = window.viewer.viewport().width()
    assert viewer >= 0.5 * window.width(), (viewer, window.width())
    for dock in window.docks.values():
        if dock.isVisible() and not dock.isFloating():
            assert dock.width() < viewer
    # A comfortable line: roughly 50 to 100 characters of the sample article a line.
    text = window.session.text
    per_char = QFontMetricsF(window.viewer.font()).horizontalAdvance(text) / len(text)
    assert 50 <= viewer / per_char <= 110


def test_at_1280_the_text_gets_most_of_the_width(qtbot, family: str, monkeypatch) -> None:
    monkeypatch.setattr(main_window, "screen_area", lambda _w: QRect(0, 0, 1280, 800))
    window = open_window(qtbot, family)
    assert window.width() == 1280
    assert window.viewer.viewport().width() >= 0.5 * window.width()


def test_the_layout_the_user_makes_comes_back(qtbot, family: str) -> None:
    window = open_window(qtbot, family)  # on the test screen, so the geometry comes back whole
    window.resizeDocks([window.docks["annotations"]], [300], Qt.Orientation.Horizontal)
    window.docks["documents"].hide()
    QApplication.processEvents()
    width = window.docks["annotations"].width()
    window.close()
    again = open_window(qtbot, family)
    assert again.docks["annotations"].width() == pytest.approx(width, abs=2)
    assert not again.docks["documents"].isVisible()


def test_a_layout_saved_by_an_older_version_gives_the_new_default(
    qtbot, family: str, laptop
) -> None:
    window = open_window(qtbot, family)
    window.resizeDocks([window.docks["annotations"]], [700], Qt.Orientation.Horizontal)
    settings.WINDOW_STATE.set(window.saveState(main_window.LAYOUT_VERSION - 1))
    window.deleteLater()
    again = open_window(qtbot, family)
    assert again.viewer.viewport().width() >= 0.5 * again.width()


def test_keyboard_shortcuts_fit_a_768_pixel_screen_and_scroll(qtbot, family: str) -> None:
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    box = HelpDialog("Keyboard Shortcuts", shortcuts_html(), window, LAPTOP)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.frameGeometry().height() + main_window.TITLE_BAR <= LAPTOP.height()
    bar = box.browser.verticalScrollBar()
    assert bar.maximum() > 0, "the keys are longer than the window: it scrolls"
    assert "<h3>Reviewing</h3>" in box.text()


def test_help_menu_opens_the_scrolling_shortcuts_window(qtbot, family: str, tmp_path: Path):
    window = open_window(qtbot, family)
    menus._keys_help(window)
    box = window.help_box  # type: ignore[attr-defined]
    assert isinstance(box, HelpDialog)
    assert box.height() <= 0.85 * window.screen().availableGeometry().height()
    box.close()


def test_on_a_wide_screen_lines_stay_readable(qtbot, family: str, monkeypatch) -> None:
    """At 2560 pixels the text column is centred and capped, not 1,400 pixels of line."""
    monkeypatch.setattr(main_window, "screen_area", lambda _w: QRect(0, 0, 2560, 1400))
    window = open_window(qtbot, family)
    window.resize(2560, 1360)  # the user maximises the window
    QApplication.processEvents()
    viewer = window.viewer
    assert viewer.width() > 1200
    text = window.session.text
    per_char = QFontMetricsF(viewer.font()).horizontalAdvance(text) / len(text)
    assert viewer.viewport().width() / per_char <= 110
    margins = viewer.viewportMargins()
    assert margins.left() == margins.right() > 0
    column = viewer.viewport().width()
    viewer.zoom_by(6)  # bigger letters, about as many a line: a wider column
    assert viewer.viewport().width() > column
    per_char = QFontMetricsF(viewer.font()).horizontalAdvance(text) / len(text)
    assert 50 <= viewer.viewport().width() / per_char <= 110
