"""Every persistent window setting, declared once with its type and default (after Picard).

Reading through `Setting.get` always returns the declared type: QSettings hands back strings
from INI files and `None` for missing lists, so the conversion lives here and nowhere else.
The store is the application's QSettings (organisation and name are set in `app.py`); tests
point it at a temporary INI file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        raw = QSettings().value(self.key)
        if raw is None:
            return self.default
        return _convert(raw, self.default)

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def reset(self) -> None:
        QSettings().remove(self.key)


def _convert(raw: object, default: T) -> T:
    """Coerce what QSettings returned to the type of `default`, falling back on nonsense."""
    value: object = raw
    try:
        if isinstance(default, bool):
            value = (
                raw.strip().lower() in ("true", "1", "yes") if isinstance(raw, str) else bool(raw)
            )
        elif isinstance(default, int):
            value = int(raw)  # type: ignore[call-overload]  # TypeError below when it is not
        elif isinstance(default, list):
            items = [raw] if isinstance(raw, str) else raw
            value = [str(x) for x in items]  # type: ignore[attr-defined]  # TypeError if not a list
        elif isinstance(default, QByteArray):
            value = raw if isinstance(raw, QByteArray) else default
        elif isinstance(default, str):
            value = str(raw)
    except (TypeError, ValueError):
        return default
    return cast(T, value)  # of the type of `default`, as each branch made it


GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray())
TABLE_HEADER: Setting[QByteArray] = Setting("window/annotationsHeader", QByteArray())
RECENT_PROJECTS: Setting[list[str]] = Setting("projects/recent", [])
LAST_PROJECT: Setting[str] = Setting("projects/last", "")
ZOOM: Setting[int] = Setting("viewer/zoom", 0)  # points added to the base font size
SNAP_TO_WORDS: Setting[bool] = Setting("annotate/snapToWords", True)
ANALYST: Setting[str] = Setting("analyst/name", "")
EXPORT_FOLDER: Setting[str] = Setting("export/folder", "")  # where the last export went
# Project files as this program last closed them (path, size, times, inode), checked then:
# opened again unchanged, they skip the check of every page (`project_actions.open_project`).
CLOSED_FILES: Setting[list[str]] = Setting("projects/closedUnchanged", [])


def remember_project(path: str) -> list[str]:
    """Put `path` first in the recent list (deduplicated, capped) and make it the last one."""
    recent = [p for p in RECENT_PROJECTS.get() if p != path]
    recent.insert(0, path)
    del recent[MAX_RECENT:]
    RECENT_PROJECTS.set(recent)
    LAST_PROJECT.set(path)
    return recent


# Projects (their paths) whose suggestions the analyst turned off (View → Suggestions).
SUGGESTIONS_OFF: Setting[list[str]] = Setting("suggestions/offProjects", [])
