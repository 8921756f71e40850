"""GUI tests run headless: the offscreen platform must be chosen before Qt is imported.

Every test gets its own settings file, data folder and analyst name, so nothing touches the
real user's settings or data, and no test ever waits on the "your name?" dialog.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_LANGUAGE", "en")  # English sources, whatever the locale

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

ANALYST = "tester"


@pytest.fixture(autouse=True)
def isolated_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    settings_dir = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANNOTATOR_ANALYST", ANALYST)
    yield tmp_path
    QSettings().clear()


@pytest.fixture(scope="session")
def family(qapp) -> str:
    from annotator.gui.app import configure_application

    return configure_application(qapp)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every error dialog the window shows (instead of showing it)."""
    from annotator.gui.window import messages as dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: shown.append(message))
    return shown
