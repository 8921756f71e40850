"""Search in the window: the find bar, the Search panel's dock, and their actions.

The window makes one `Searching` before it builds its menus (so the panel's dock is listed
in the View menu with the others) and then hands it the Edit menu for its entries: Find
(Ctrl+F), Find Next (F3), Find Previous (Shift+F3) and Search Project (Ctrl+Shift+F).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from annotator.gui.search.find_bar import FindBar
from annotator.gui.search.panel import SearchPanel
from annotator.gui.window import keymap

if TYPE_CHECKING:
    from annotator.gui.window.main_window import MainWindow


class Searching(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.find_bar = FindBar(win.session, win.viewer)
        self.find_bar.message.connect(win.show_message)
        self.panel = SearchPanel(win.session, win.viewer, win.show_error)
        self.panel.entity_for = lambda label, text: win.attributing.entity_for(label, text)
        self.panel.message.connect(win.show_message)
        self.dock = QDockWidget(self.tr("Search"), win)
        self.dock.setObjectName("dock-search")
        self.dock.setWidget(self.panel)
        win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # until Ctrl+Shift+F: the text keeps the room
        self.actions = {
            "find": self._action(self.tr("&Find…"), self.find_bar.open, "find"),
            "find-next": self._action(self.tr("Find &Next"), self.find_bar.next, "find-next"),
            "find-previous": self._action(
                self.tr("Find &Previous"), self.find_bar.previous, "find-previous"
            ),
            "search-project": self._action(
                self.tr("&Search Project…"), self.open_panel, "search-project"
            ),
        }

    def _action(self, text: str, slot: Callable[[], object], key: str) -> QAction:
        """`key` names the action's binding in the keymap."""
        act = keymap.bind(QAction(text, self.win), key)
        act.triggered.connect(lambda _c=False: slot())
        self.win.addAction(act)
        return act

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addActions(list(self.actions.values()))

    def open_panel(self) -> None:
        """Show the Search panel, its query taken from a short selection in the text."""
        self.dock.show()
        self.dock.raise_()
        selected = self.win.viewer.selected_range()
        text = ""
        if selected is not None and 0 < selected[1] - selected[0] <= 100:
            text = self.win.session.text[selected[0] : selected[1]]
        self.panel.open(text if "\n" not in text and "\r" not in text else "")
