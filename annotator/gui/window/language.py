"""The interface language: which one, loading its translations, mirroring, and the digits rule.

The choice is, in order: `ANNOTATOR_LANGUAGE=ar|en` (a scripted start), the View → Language
setting, the system locale. Arabic installs our `annotator_ar.qm` and Qt's own `qtbase_ar.qm`
(the standard buttons and dialogs) and lays the whole window out right to left.

Digits follow one rule, through the default QLocale: every number the interface formats
(`number()`, `%Ln` in a translation, numbers in item views) uses Arabic-Indic digits in
Arabic unless the Western-digits setting is on. Stored data, offsets and exports never pass
through here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QProcessEnvironment,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from annotator import wording
from annotator.gui import settings
from annotator.gui.i18n import shown_name
from annotator.gui.window.shipped_files import MissingResourceError, resource_path

ENV_LANGUAGE = "ANNOTATOR_LANGUAGE"
ARABIC, ENGLISH, SYSTEM = "ar", "en", "system"
LANGUAGES = (ARABIC, ENGLISH)
CATALOGUE = "i18n/annotator_{lang}.qm"

_installed: list[QTranslator] = []  # kept alive while installed
_current = ENGLISH
translate = QCoreApplication.translate


def system_language() -> str:
    """Arabic when the system locale is Arabic, else English (the source language)."""
    return ARABIC if QLocale.system().language() == QLocale.Language.Arabic else ENGLISH


def chosen_language() -> str:
    """The language to start in: the environment variable, the setting, the system."""
    env = os.environ.get(ENV_LANGUAGE, "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    stored = settings.LANGUAGE.get()
    return stored if stored in LANGUAGES else system_language()


def current() -> str:
    """The language installed by `install` (English before it runs)."""
    return _current


def is_rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def number_locale(language: str, western_digits: bool) -> QLocale:
    """The locale that formats numbers: Egypt's Arabic writes Arabic-Indic digits, the
    Emirates' Arabic writes Western digits (as many Arabic newsrooms do)."""
    if language != ARABIC:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    country = QLocale.Country.UnitedArabEmirates if western_digits else QLocale.Country.Egypt
    return QLocale(QLocale.Language.Arabic, country)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load the language's translations, set the layout direction and the number locale;
    returns the language installed. Installing English removes any earlier translation."""
    global _current
    language = language or chosen_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == ARABIC:
        for translator in (_qt_translator(), _our_translator(language)):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    else:  # English plural forms only ("1 claim", "2 claims")
        for translator in (_our_translator(ENGLISH),):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(number_locale(language, settings.WESTERN_DIGITS.get()))
    rtl = language == ARABIC
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    QGuiApplication.setLayoutDirection(direction)
    _current = language
    shown_name.cache_clear()
    wording.set_language(language)  # import and merge summaries from core, in the same
    return language


def _qt_translator() -> QTranslator | None:
    """Qt's own Arabic (standard buttons, file dialogs), shipped with PySide6."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return (
        translator
        if translator.load(QLocale(QLocale.Language.Arabic), "qtbase", "_", folder)
        else None
    )


def _our_translator(language: str) -> QTranslator | None:
    try:
        path = resource_path(CATALOGUE.format(lang=language))
    except MissingResourceError as exc:
        print(f"annotator: {exc}", file=sys.stderr)  # English it is, then
        return None
    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def language_menu(parent: QWidget, restart: Callable[[], object]) -> QMenu:
    """View → Language: System, العربية, English, and Western digits. A change is stored and
    takes effect at the next start; the analyst may restart now (every edit is saved)."""

    menu = QMenu(translate("Language", "&Language"), parent)
    group = QActionGroup(menu)
    stored = settings.LANGUAGE.get()
    stored = stored if stored in LANGUAGES else SYSTEM
    for code, name in (
        (SYSTEM, translate("Language", "System")),
        (ARABIC, "العربية"),  # each language's own name, in every language
        (ENGLISH, "English"),
    ):
        act = menu.addAction(name)
        act.setCheckable(True)
        act.setChecked(code == stored)
        act.setData(code)
        group.addAction(act)
        act.triggered.connect(lambda _c=False, c=code: _choose(parent, c, restart))
    menu.addSeparator()
    digits = menu.addAction(translate("Language", "&Western Digits (0123)"))
    digits.setCheckable(True)
    digits.setChecked(settings.WESTERN_DIGITS.get())
    digits.setToolTip(
        translate("Language", "Write numbers with Western digits in the Arabic interface")
    )
    digits.toggled.connect(lambda on: _set_digits(parent, on, restart))
    return menu


def _choose(parent: QWidget, code: str, restart: Callable[[], object]) -> None:
    if code == (settings.LANGUAGE.get() or SYSTEM):
        return
    settings.LANGUAGE.set(code)
    _offer_restart(parent, restart)


def _set_digits(parent: QWidget, on: bool, restart: Callable[[], object]) -> None:
    settings.WESTERN_DIGITS.set(on)
    _offer_restart(parent, restart)


def _offer_restart(parent: QWidget, restart: Callable[[], object]) -> None:

    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Language", "Language"),
        translate(
            "Language",
            "The new setting applies when Annotator starts again. Every edit is already "
            "saved, so restarting now loses nothing.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    now = box.addButton(translate("Language", "Restart &Now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Language", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("restart-prompt")
    box.buttonClicked.connect(lambda button: button is now and restart())
    box.open()
    parent.restart_prompt = box  # type: ignore[attr-defined]  # keep it alive while open


def restart_application(window: QWidget, project: str | None) -> bool:
    """Close the window (which saves its layout and closes the project) and start again on
    the same project; nothing is lost because every edit is already stored."""
    if not window.close():
        return False
    process = QProcess()
    process.setProgram(sys.executable)
    process.setArguments(["-m", "annotator", *(["open", project] if project else [])])
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(ENV_LANGUAGE)  # else a scripted start's language would win again
    process.setProcessEnvironment(environment)
    process.startDetached()
    QCoreApplication.quit()
    return True
