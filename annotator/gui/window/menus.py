"""Menus and the toolbar of the main window; their keys come from the keymap table.

Label actions (one per label, key from the schema) are filled in by the window whenever the
schema changes; the menu and toolbar that hold them are created here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QStyle

from annotator.gui.window import keymap
from annotator.gui.window import messages as dialogs
from annotator.gui.window.help_dialog import HelpDialog, shortcuts_html
from annotator.gui.window.icons import icon

if TYPE_CHECKING:
    from annotator.gui.window.main_window import MainWindow

SP = QStyle.StandardPixmap


def build_menus(win: MainWindow) -> dict[str, object]:
    """Create the menus and toolbars; returns the named actions others need."""
    named: dict[str, object] = {}
    bar = win.menuBar()

    def action(
        text: str,
        slot: Callable[[], object],
        key: str = "",
        ico: str = "",
        fallback: SP | None = None,
    ) -> QAction:
        """An action of the window; `key` names its binding in the keymap."""
        act = QAction(text, win)
        if key:
            keymap.bind(act, key)
        if ico or fallback is not None:
            act.setIcon(icon(ico, fallback))
        act.triggered.connect(lambda _checked=False: slot())
        win.addAction(act)
        return act

    files = win.files
    file_menu = bar.addMenu("&File")
    files.new.setIcon(icon("new", SP.SP_FileIcon))
    files.open.setIcon(icon("open", SP.SP_DialogOpenButton))
    files.import_docs.setIcon(icon("import", SP.SP_ArrowDown))
    file_menu.addActions([files.new, files.open])
    file_menu.addMenu(files.recent_menu)
    file_menu.addAction(files.show_folder)
    file_menu.addSeparator()
    file_menu.addAction(files.import_docs)
    file_menu.addAction(win.reviewing.merge.action)
    for act in files.exports.values():
        file_menu.addAction(act)
    file_menu.addAction(files.save_copy)
    file_menu.addSeparator()
    file_menu.addAction(action("Change &Analyst Name…", lambda: _change_analyst(win)))
    file_menu.addSeparator()
    file_menu.addAction(action("&Quit", win.close, "quit"))

    stack = win.session.undo_stack
    undo = stack.createUndoAction(win, "&Undo")
    keymap.bind(undo, "undo")
    undo.setIcon(icon("undo", SP.SP_ArrowBack))
    redo = stack.createRedoAction(win, "&Redo")
    keymap.bind(redo, "redo")
    redo.setIcon(icon("redo", SP.SP_ArrowForward))
    win.addActions([undo, redo])
    ann = win.annotating
    delete = action(
        "&Delete Annotation",
        ann.delete_current,
        "delete",
        ico="delete",
        fallback=SP.SP_TrashIcon,
    )
    # Delete acts where annotations are shown: the speakers table, the form's links and any
    # text field keep their own Delete.
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    win.removeAction(delete)
    win.viewer.addAction(delete)
    win.annotations_view.addAction(delete)
    snap = action(
        "&Snap to Whole Words",
        lambda: setattr(ann, "snap_words", snap.isChecked()),
        "snap",
        ico="snap",
    )
    snap.setCheckable(True)
    snap.setChecked(True)
    edit = bar.addMenu("&Edit")
    edit.addActions([undo, redo])
    edit.addSeparator()
    edit.addAction(delete)
    edit.addMenu(win.relabel_menu)
    size = edit.addMenu("&Resize Annotation")
    size.addAction(
        action("Grow on the Left", lambda: ann.resize_current("left", True), "grow-left")
    )
    size.addAction(
        action("Grow on the Right", lambda: ann.resize_current("right", True), "grow-right")
    )
    size.addAction(
        action("Shrink on the Left", lambda: ann.resize_current("left", False), "shrink-left")
    )
    size.addAction(
        action("Shrink on the Right", lambda: ann.resize_current("right", False), "shrink-right")
    )
    # Tab belongs to the viewer (`keymap.WIDGET`): the menu only shows it after a tab.
    for text, name, delta in (
        ("Next Annotation", "next-annotation", 1),
        ("Previous Annotation", "previous-annotation", -1),
    ):
        step = edit.addAction(f"{text}\t{keymap.shown(name)}")
        step.triggered.connect(lambda _c=False, d=delta: ann.step(d))
    edit.addSeparator()
    edit.addAction(snap)
    suggesting = win.suggesting.actions
    suggestions = edit.addMenu(win.tr("Su&ggestions"))
    for name in ("next", "previous", "accept", "reject", "accept-sentence"):
        suggestions.addAction(suggesting[name])
    win.addActions([suggesting["next"], suggesting["previous"]])

    annotate_menu = bar.addMenu("&Annotate")

    viewer = win.viewer
    view = bar.addMenu("&View")
    zoom_in = action(
        "Zoom &In",
        lambda: viewer.zoom_by(1),
        "zoom-in",
        ico="zoom-in",
    )
    zoom_out = action("Zoom &Out", lambda: viewer.zoom_by(-1), "zoom-out", ico="zoom-out")
    view.addActions(
        [zoom_in, zoom_out, action("&Reset Zoom", lambda: viewer.set_zoom(0), "reset-zoom")]
    )
    view.addSeparator()
    view.addActions([suggesting["show"], suggesting["lexicon"]])
    view.addSeparator()
    for dock in win.docks.values():
        view.addAction(dock.toggleViewAction())

    bar.addMenu(win.reviewing.menu)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(
        action("&Keyboard Shortcuts", lambda: _keys_help(win), "keyboard-shortcuts")
    )
    help_menu.addAction(action("&About Annotator", lambda: _about(win)))

    tools = win.addToolBar("Main")
    tools.setObjectName("toolbar-main")
    tools.addActions([files.new, files.open, files.import_docs])
    tools.addSeparator()
    tools.addActions([undo, redo])
    labels = win.addToolBar("Labels")
    labels.setObjectName("toolbar-labels")
    tail = win.addToolBar("Edit")
    tail.setObjectName("toolbar-edit")
    tail.addActions([delete, zoom_in, zoom_out, snap])

    named.update(
        {
            "undo": undo,
            "redo": redo,
            "delete": delete,
            "snap": snap,
            "annotate-menu": annotate_menu,
            "edit-menu": edit,
            "label-toolbar": labels,
        }
    )
    return named


def _change_analyst(win: MainWindow) -> None:
    from annotator.gui import settings

    name = dialogs.ask_analyst(win, win.session.analyst)
    if name:
        settings.ANALYST.set(name)
        win.session.set_analyst(name)


def _keys_help(win: MainWindow) -> None:
    taken = win.attributing.reserved_keys()  # a label cannot have these (see main_window)
    labels = [(lab.shortcut, lab.name) for lab in win.session.labels() if lab.shortcut not in taken]
    box = HelpDialog(win.tr("Keyboard Shortcuts"), shortcuts_html(labels), win)
    box.open()
    win.help_box = box  # type: ignore[attr-defined]  # keep it alive while open


def _about(win: MainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About Annotator",
        "Annotator: mark claims and speakers in Arabic text, offline.",
        QMessageBox.StandardButton.Ok,
        win,
    )
    box.open()
    win.help_box = box  # type: ignore[attr-defined]
