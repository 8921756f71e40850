"""One widget hearing the change reports of whichever project it shows.

Panels that read the project themselves (the speakers panel, the attributes form) subscribe
to its change reports; this keeps that subscription pointed at the current project and drops
it when the widget is destroyed, so a closed panel is never called back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from annotator.store.project import Change, Project

Listener = Callable[[list["Change"]], None]


class ProjectListener:
    def __init__(self, widget: QObject, listener: Listener) -> None:
        self.project: Project | None = None
        self._listener = listener
        widget.destroyed.connect(lambda: self.follow(None))  # touches no Qt object

    def follow(self, project: Project | None) -> None:
        """Hear `project` (None: nothing) instead of the project heard so far."""
        if self.project is not None:
            self.project.unsubscribe(self._listener)
        self.project = project
        if project is not None:
            project.subscribe(self._listener)
