"""Menus and the toolbar of the main window, with every shortcut in one place.

Label actions (one per label, key from the schema) are filled in by the window whenever the
schema changes; the menu and toolbar that hold them are created here.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle

from annotator.gui.window import messages as dialogs
from annotator.gui.window.help_dialog import HelpDialog
from annotator.gui.window.icons import icon

if TYPE_CHECKING:
    from annotator.gui.review.controller import Reviewing
    from annotator.gui.window.main_window import MainWindow

SP = QStyle.StandardPixmap

KEYS_HELP = """\
<h3>Annotating</h3>
<p>Select text with the mouse or with Shift+arrow keys, then press a label key
(<b>C</b> claim, <b>S</b> speaker, <b>Q</b> cue, or the keys of your schema).
Selections snap to whole words unless Edit → Snap to Whole Words is off; they never split a
letter from its marks, an emoji or a flag.</p>
<table cellspacing="6">
<tr><td><b>A</b></td><td>attribute the current claim: choose its speaker (nearest first,
type to filter, Enter to choose)</td></tr>
<tr><td><b>K</b></td><td>link the current claim to its cue (قال، أكد…)</td></tr>
<tr><td><b>L</b></td><td>link mode: click speakers and cues to link or unlink the current
claim, click a claim to make it current; <b>Esc</b> leaves it</td></tr>
<tr><td><b>Delete</b></td><td>delete the current annotation (a speaker with claims asks
what becomes of them)</td></tr>
<tr><td><b>Tab</b> / <b>Shift+Tab</b></td><td>next / previous annotation (in the text)</td></tr>
<tr><td><b>Alt+Shift+Left</b></td><td>grow the current annotation by a word on its left</td></tr>
<tr><td><b>Alt+Shift+Right</b></td><td>grow it by a word on its right side</td></tr>
<tr><td><b>Alt+Left</b></td><td>shrink it by a word on its left side</td></tr>
<tr><td><b>Alt+Right</b></td><td>shrink it by a word on its right side</td></tr>
<tr><td><b>Ctrl+F</b></td><td>find in the document, whatever the diacritics and letter
forms; <b>Enter</b> / <b>Shift+Enter</b> (or <b>F3</b> / <b>Shift+F3</b>) next / previous hit,
<b>Esc</b> closes and leaves the hit selected for a label key</td></tr>
<tr><td><b>Ctrl+Shift+F</b></td><td>search the whole project; <b>Mark all</b> marks every
hit with a label in one undoable step</td></tr>
<tr><td><b>F8</b> / <b>Shift+F8</b></td><td>next / previous suggestion (dashed outlines:
proposed cue, speaker and claim, not yet annotations); then <b>Enter</b> accepts it with its
links, <b>Backspace</b> rejects it for good in this document, <b>Ctrl+Enter</b> accepts every
suggestion of its sentence, <b>Esc</b> leaves it. Select other words over a suggested span
before Enter to accept it with those boundaries. View → Show Suggestions turns them off for
the project.</td></tr>
<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo any edit</td></tr>
<tr><td><b>Ctrl+plus</b> / <b>Ctrl+minus</b> / <b>Ctrl+0</b></td><td>zoom in / out / reset</td></tr>
</table>
<p>Left and right are the sides of the screen. In an Arabic (right-to-left) paragraph the
left side of a span is its <i>end</i> (the words that follow it) and the right side its
<i>start</i>; in an English paragraph it is the other way round. So Alt+Shift+Left in Arabic
takes in the next word, as the eye reads on.</p>
<p>Click a highlight to select it; click again on the same place to step out to a span that
encloses it. The current claim's speakers and cue are outlined with dashes (a speaker's
claims, when a speaker is current). Every change is saved at once: there is no Save
button.</p>
<p>In the Speakers panel: <b>F2</b> renames, <b>Delete</b> deletes the selected speakers
(their mentions stay). In the Attributes form: <b>Alt+1</b>…<b>Alt+9</b> go to a field,
<b>Alt+0</b> to the note.</p>
"""

REVIEW_HELP_NOTE = """\
<p>The letter keys work only in review mode, where they win over <b>A</b> (attribute) and a
label key on the same letter; in a text field (a note, a filter) letters are typed as usual.</p>
"""


def keys_help(reviewing: Reviewing) -> str:
    """The Keyboard Shortcuts text. Its Reviewing table is read from the Review menu (each
    action's shortcut, or the key shown after a tab for keys `review_keys` handles), so a
    review key that gets a menu entry gets a help row too."""
    rows = []
    for act in reviewing.menu.actions():
        text, _tab, shown = act.text().partition("\t")
        key = act.shortcut().toString(QKeySequence.SequenceFormat.PortableText) or shown
        if not key:
            continue
        name = text.replace("&", "")
        tip = act.toolTip().removesuffix(f" ({key})")
        what = tip[:1].lower() + tip[1:] if tip and tip != name else name.lower()
        if act.isCheckable():
            what = f"{name.lower()} on / off: {what}"
        key, what = escape(key, quote=False), escape(what, quote=False)
        rows.append(f"<tr><td><b>{key}</b></td><td>{what}</td></tr>\n")
    table = '<h3>Reviewing</h3>\n<table cellspacing="6">\n' + "".join(rows) + "</table>\n"
    return KEYS_HELP + table + REVIEW_HELP_NOTE


def build_menus(win: MainWindow) -> dict[str, object]:
    """Create the menus and toolbars; returns the named actions others need."""
    named: dict[str, object] = {}
    bar = win.menuBar()

    def action(
        text: str,
        slot: Callable[[], object],
        *keys: QKeySequence | QKeySequence.StandardKey | str,
        ico: str = "",
        fallback: SP | None = None,
    ) -> QAction:
        act = QAction(text, win)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
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
    file_menu.addAction(action("&Quit", win.close, QKeySequence.StandardKey.Quit))

    stack = win.session.undo_stack
    undo = stack.createUndoAction(win, "&Undo")
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    undo.setIcon(icon("undo", SP.SP_ArrowBack))
    redo = stack.createRedoAction(win, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(icon("redo", SP.SP_ArrowForward))
    win.addActions([undo, redo])
    ann = win.annotating
    delete = action(
        "&Delete Annotation",
        ann.delete_current,
        "Delete",
        "Backspace",
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
        "Ctrl+Shift+W",
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
        action("Grow on the Left", lambda: ann.resize_current("left", True), "Alt+Shift+Left")
    )
    size.addAction(
        action("Grow on the Right", lambda: ann.resize_current("right", True), "Alt+Shift+Right")
    )
    size.addAction(
        action("Shrink on the Left", lambda: ann.resize_current("left", False), "Alt+Left")
    )
    size.addAction(
        action("Shrink on the Right", lambda: ann.resize_current("right", False), "Alt+Right")
    )
    edit.addAction(QAction("Next Annotation\tTab", win, triggered=lambda: ann.step(1)))
    edit.addAction(QAction("Previous Annotation\tShift+Tab", win, triggered=lambda: ann.step(-1)))
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
        QKeySequence.StandardKey.ZoomIn,
        "Ctrl+=",
        ico="zoom-in",
    )
    zoom_out = action(
        "Zoom &Out", lambda: viewer.zoom_by(-1), QKeySequence.StandardKey.ZoomOut, ico="zoom-out"
    )
    view.addActions(
        [zoom_in, zoom_out, action("&Reset Zoom", lambda: viewer.set_zoom(0), "Ctrl+0")]
    )
    view.addSeparator()
    view.addActions([suggesting["show"], suggesting["lexicon"]])
    view.addSeparator()
    for dock in win.docks.values():
        view.addAction(dock.toggleViewAction())

    bar.addMenu(win.reviewing.menu)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(
        action(
            "&Keyboard Shortcuts", lambda: _keys_help(win), QKeySequence.StandardKey.HelpContents
        )
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
    box = HelpDialog(win.tr("Keyboard Shortcuts"), keys_help(win.reviewing), win)
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
