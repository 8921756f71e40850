"""The public surface for driving the window from Python (annotator.gui.driving), used as a
script would: open a project as an analyst, select, press label keys, switch snapping,
read what is stored; no dialog ever waits for an answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from annotator.errors import InputError
from annotator.gui.driving import Driver, open_window
from annotator.store.project import Project

TEXT = "قال الوزير سامي الحداد إن الاقتصاد ينمو. وأكد الحداد أن الأسعار ستنخفض."


@pytest.fixture
def driver(qtbot, family: str, tmp_path: Path):
    path = tmp_path / "drive.annotator"
    with Project.create(path) as project:
        project.documents.add(TEXT, "one", "one.txt")
    driven = open_window(path, analyst="layla", family=family)
    qtbot.addWidget(driven.window)
    return driven


def stored(driver: Driver) -> list[tuple[str, str, str]]:
    return [(a.label, a.text, a.analyst) for a in driver.annotations()]


def test_a_selection_and_a_label_key_store_an_annotation(driver: Driver) -> None:
    start = TEXT.index("الاقتصاد ينمو")
    driver.select(start, start + len("الاقتصاد ينمو"))
    driver.press("C")  # the first key after opening: not lost to an inactive window
    assert stored(driver) == [("claim", "الاقتصاد ينمو", "layla")]
    assert driver.viewer.document().toPlainText() == TEXT
    driver.press("Ctrl+Z")
    assert stored(driver) == []


def test_snapping_is_switched_as_the_menu_does(driver: Driver) -> None:
    start = TEXT.index("الوزير")
    assert driver.snapping
    driver.select(start + 1, start + 4)  # inside a word
    driver.press("C")
    assert [t for _l, t, _a in stored(driver)] == ["الوزير"]
    driver.set_snapping(False)
    assert not driver.snapping
    assert not driver.window.actions_by_name["snap"].isChecked()  # type: ignore[attr-defined]
    other = TEXT.index("الأسعار")
    driver.select(other + 2, other + 5)
    driver.press("C")
    assert TEXT[other + 2 : other + 5] in [t for _l, t, _a in stored(driver)]  # not a word


def test_a_second_mention_joins_its_speaker_without_a_dialog(driver: Driver, qtbot) -> None:
    first = TEXT.index("سامي الحداد")
    driver.select(first, first + len("سامي الحداد"))
    driver.press("S")
    second = TEXT.index("الحداد", first + len("سامي الحداد"))
    driver.select(second, second + len("الحداد"))
    driver.press("S")  # would open the proposal dialog in a user's window
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    mentions = [a for a in driver.annotations() if a.label == "speaker"]
    assert len(mentions) == 2
    assert len({a.entity_id for a in mentions}) == 1 and mentions[0].entity_id is not None


def test_errors_are_collected_not_shown(driver: Driver) -> None:
    driver.press("C")  # nothing selected
    assert stored(driver) == []
    driver.window.show_error("a message")
    assert driver.errors[-1] == "a message"
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_project_that_cannot_be_opened_raises(qtbot, family: str, tmp_path: Path) -> None:
    bad = tmp_path / "broken.annotator"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError, match=r"broken\.annotator"):
        open_window(bad, analyst="layla", family=family, show=False)
    assert bad.read_bytes() == b"not a database at all" * 100


def test_a_key_after_a_dialog_closed_still_reaches_the_text(driver: Driver, qtbot) -> None:
    """Offscreen, a closed dialog leaves no window active, and a key sent then is dropped;
    `press` activates the window first."""
    box = QDialog(driver.window)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    box.close()
    assert QApplication.activeWindow() is not driver.window
    start = TEXT.index("الأسعار")
    driver.select(start, start + len("الأسعار"))
    driver.press("C")
    assert stored(driver) == [("claim", "الأسعار", "layla")]
