"""Choosing the interface language: the environment, then View → Language, then the system."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from annotator.gui import settings
from annotator.gui.session import Session
from annotator.gui.window import language
from annotator.gui.window.main_window import MainWindow


def test_the_environment_wins_then_the_setting_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "ar")
    settings.LANGUAGE.set("en")
    assert language.chosen_language() == "ar"
    monkeypatch.delenv("ANNOTATOR_LANGUAGE")
    assert language.chosen_language() == "en"
    settings.LANGUAGE.set("system")
    assert language.chosen_language() == language.system_language()
    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "fr")  # not one we have: the setting decides
    settings.LANGUAGE.set("ar")
    assert language.chosen_language() == "ar"


def test_view_language_stores_the_choice_and_offers_a_restart(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = MainWindow(Session("tester"), family)
    qtbot.addWidget(win)
    restarted: list[bool] = []
    monkeypatch.setattr(language, "restart_application", lambda *_a: restarted.append(True))
    view = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    menu = next(a.menu() for a in view.actions() if a.menu() and a.text() == "&Language")
    names = [a.text() for a in menu.actions() if a.isCheckable()]
    assert names == ["System", "العربية", "English", "&Western Digits (0123)"]
    next(a for a in menu.actions() if a.text() == "العربية").trigger()
    assert settings.LANGUAGE.get() == "ar"
    box = win.restart_prompt  # type: ignore[attr-defined]
    assert isinstance(box, QMessageBox) and box.isVisible()
    later = next(b for b in box.buttons() if b.text() == "&Later")
    later.click()
    assert restarted == [] and settings.LANGUAGE.get() == "ar"
    next(a for a in menu.actions() if a.text() == "English").trigger()
    now = next(b for b in win.restart_prompt.buttons() if b.text() == "Restart &Now")  # type: ignore[attr-defined]
    now.click()
    assert restarted == [True] and settings.LANGUAGE.get() == "en"


def test_restart_closes_the_window_and_starts_on_the_same_project(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: dict[str, object] = {}

    class FakeProcess:
        def setProgram(self, program: str) -> None:
            started["program"] = program

        def setArguments(self, args: list[str]) -> None:
            started["args"] = args

        def setProcessEnvironment(self, env) -> None:
            started["env"] = env.keys()

        def startDetached(self) -> bool:
            started["started"] = True
            return True

    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "en")
    monkeypatch.setattr(language, "QProcess", FakeProcess)
    quits: list[bool] = []
    monkeypatch.setattr(language.QCoreApplication, "quit", lambda: quits.append(True))
    win = MainWindow(Session("tester"), family)
    qtbot.addWidget(win)
    win.show()
    project = str(tmp_path / "p.annotator")
    assert language.restart_application(win, project)
    assert not win.isVisible() and quits == [True]
    assert started["args"] == ["-m", "annotator", "open", project]
    assert "ANNOTATOR_LANGUAGE" not in started["env"]  # type: ignore[operator]
