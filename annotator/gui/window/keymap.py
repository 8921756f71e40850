"""Every keyboard binding of the window, declared once: name → keys, section, what it does.

Menus, panels and the review key filter take their keys from here (`bind`, `keys`,
`qt_key`), and Help → Keyboard Shortcuts is written from this table (`help_dialog`), so a
key cannot be bound without a help row or documented without being bound:
tests/gui/test_keymap.py holds both directions against the real window. (A `WIDGET` key is
documented here but read by its widget's own key handler, which nothing checks against it.)

`handled` says who reads a binding: a QAction's shortcut (`ACTION`), the review key filter
while review mode is on (`REVIEW`, plain letters that would clash with label keys as
QAction shortcuts), the label schema (`SCHEMA`: each label's own key), or a widget's own
key handling (`WIDGET`: keys that only mean something where the focus is, like Tab in the
text or F2 in the speakers table).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation in `context`; it is translated where it is shown.
    (Qt's own is typed as returning `object`.)"""
    return text


Key = str | QKeySequence.StandardKey
SK = QKeySequence.StandardKey
PORTABLE = QKeySequence.SequenceFormat.PortableText
CONTEXT = "Keymap"

ACTION, REVIEW, SCHEMA, WIDGET = "action", "review", "schema", "widget"

ANNOTATING = QT_TRANSLATE_NOOP("Keymap", "Annotating")
FINDING = QT_TRANSLATE_NOOP("Keymap", "Finding")
SUGGESTING = QT_TRANSLATE_NOOP("Keymap", "Suggestions")
DOCUMENTS = QT_TRANSLATE_NOOP("Keymap", "Documents")
REVIEWING = QT_TRANSLATE_NOOP("Keymap", "Reviewing")
PANELS = QT_TRANSLATE_NOOP("Keymap", "Panels")
WINDOW = QT_TRANSLATE_NOOP("Keymap", "Files and view")
SECTIONS = (ANNOTATING, SUGGESTING, FINDING, DOCUMENTS, PANELS, WINDOW, REVIEWING)


@dataclass(frozen=True)
class Binding:
    name: str
    keys: tuple[Key, ...]
    section: str
    what: str  # English source text; `description()` gives it translated
    handled: str = ACTION

    def sequences(self) -> list[QKeySequence]:
        """The keys as Qt sequences, as actions get them (a standard key as this platform
        spells it). The one place to add more sequences per key (an Arabic layout's twin
        letter, say): `bind` and tests/gui/test_keymap.py both read them from here."""
        return [QKeySequence(key) for key in self.keys]

    def shown(self) -> str:
        """The keys as the help and menus show them: "Ctrl+Z", "Delete / Backspace",
        "Alt+1 … Alt+9"; empty when the platform has no key for a standard action."""
        texts = [QKeySequence(key).toString(PORTABLE) for key in self.keys]
        texts = [t for t in texts if t]
        if len(texts) > 3:
            return f"{texts[0]} … {texts[-1]}"
        return " / ".join(texts)

    def description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.what)


# Texts marked with QT_TRANSLATE_NOOP for lupdate; `Binding.description` translates them.
BINDINGS: tuple[Binding, ...] = (
    # -- annotating ---------------------------------------------------------------------
    Binding(
        "label",
        (),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "mark the selection with that label"),
        SCHEMA,
    ),
    Binding(
        "attribute",
        ("A",),
        ANNOTATING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "attribute the current claim: choose its speaker (type to filter, Enter chooses)",
        ),
    ),
    Binding(
        "cue",
        ("K",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "link the current claim to its cue (قال، أكد…)"),
    ),
    Binding(
        "link-mode",
        ("L",),
        ANNOTATING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "link mode: click speakers and cues to link or unlink the current claim",
        ),
    ),
    Binding(
        "leave-link-mode", ("Esc",), ANNOTATING, QT_TRANSLATE_NOOP("Keymap", "leave link mode")
    ),
    Binding(
        "delete",
        ("Delete", "Backspace"),
        ANNOTATING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "delete the current annotation (a speaker with claims asks what becomes of them)",
        ),
    ),
    Binding(
        "next-annotation",
        ("Tab",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "next annotation (in the text)"),
        WIDGET,
    ),
    Binding(
        "previous-annotation",
        ("Shift+Tab",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "previous annotation (in the text)"),
        WIDGET,
    ),
    Binding(
        "grow-left",
        ("Alt+Shift+Left",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "grow the current annotation by a word on its left"),
    ),
    Binding(
        "grow-right",
        ("Alt+Shift+Right",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "grow it by a word on its right side"),
    ),
    Binding(
        "shrink-left",
        ("Alt+Left",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "shrink it by a word on its left side"),
    ),
    Binding(
        "shrink-right",
        ("Alt+Right",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "shrink it by a word on its right side"),
    ),
    Binding(
        "snap",
        ("Ctrl+Shift+W",),
        ANNOTATING,
        QT_TRANSLATE_NOOP("Keymap", "snap selections to whole words on / off"),
    ),
    Binding("undo", (SK.Undo,), ANNOTATING, QT_TRANSLATE_NOOP("Keymap", "undo any edit")),
    Binding("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), ANNOTATING, QT_TRANSLATE_NOOP("Keymap", "redo")),
    # -- suggestions (gui/suggestions: dashed outlines, not annotations yet) -----------------
    Binding(
        "next-suggestion",
        ("F8",),
        SUGGESTING,
        QT_TRANSLATE_NOOP("Keymap", "next suggested cue, speaker and claim (dashed outlines)"),
    ),
    Binding(
        "previous-suggestion",
        ("Shift+F8",),
        SUGGESTING,
        QT_TRANSLATE_NOOP("Keymap", "previous suggestion"),
    ),
    Binding(
        "accept-suggestion",
        ("Enter",),
        SUGGESTING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "accept the current suggestion with its links (a selection over one of its spans"
            " gives it those boundaries)",
        ),
        WIDGET,
    ),
    Binding(
        "accept-sentence-suggestions",
        ("Shift+Enter",),
        SUGGESTING,
        QT_TRANSLATE_NOOP("Keymap", "accept every suggestion of the current one's sentence"),
        WIDGET,
    ),
    Binding(
        "reject-suggestion",
        ("Backspace",),
        SUGGESTING,
        QT_TRANSLATE_NOOP(
            "Keymap", "reject the current suggestion (never suggested again in this document)"
        ),
        WIDGET,
    ),
    Binding(
        "leave-suggestion",
        ("Esc",),
        SUGGESTING,
        QT_TRANSLATE_NOOP("Keymap", "leave the current suggestion"),
        WIDGET,
    ),
    # -- finding ------------------------------------------------------------------------
    Binding(
        "find",
        (SK.Find,),
        FINDING,
        QT_TRANSLATE_NOOP(
            "Keymap", "find in the document, whatever the diacritics and letter forms"
        ),
    ),
    Binding("find-next", ("F3",), FINDING, QT_TRANSLATE_NOOP("Keymap", "next hit")),
    Binding("find-previous", ("Shift+F3",), FINDING, QT_TRANSLATE_NOOP("Keymap", "previous hit")),
    Binding(
        "find-bar-next",
        ("Enter", "Shift+Enter"),
        FINDING,
        QT_TRANSLATE_NOOP("Keymap", "in the find bar: next / previous hit"),
        WIDGET,
    ),
    Binding(
        "find-bar-close",
        ("Esc",),
        FINDING,
        QT_TRANSLATE_NOOP(
            "Keymap", "in the find bar: close it and leave the hit selected for a label key"
        ),
        WIDGET,
    ),
    Binding(
        "search-project",
        ("Ctrl+Shift+F",),
        FINDING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "search the whole project; Mark all marks every hit with a label in one undoable step",
        ),
    ),
    # -- documents ----------------------------------------------------------------------
    Binding(
        "next-document",
        ("Ctrl+PgDown",),
        DOCUMENTS,
        QT_TRANSLATE_NOOP("Keymap", "next document in the list"),
    ),
    Binding(
        "previous-document",
        ("Ctrl+PgUp",),
        DOCUMENTS,
        QT_TRANSLATE_NOOP("Keymap", "previous document in the list"),
    ),
    Binding(
        "done-and-next",
        ("Ctrl+Return",),
        DOCUMENTS,
        QT_TRANSLATE_NOOP("Keymap", "mark the document done and open the next one"),
    ),
    Binding(
        "document-field",
        tuple(f"Ctrl+Alt+{n}" for n in range(1, 10)),
        DOCUMENTS,
        QT_TRANSLATE_NOOP(
            "Keymap", "go to a document field (in a choice list a letter picks the choice)"
        ),
    ),
    # -- panels -------------------------------------------------------------------------
    Binding(
        "rename-speaker",
        ("F2",),
        PANELS,
        QT_TRANSLATE_NOOP("Keymap", "in the Speakers panel: rename the selected speaker"),
        WIDGET,
    ),
    Binding(
        "delete-speakers",
        ("Delete",),
        PANELS,
        QT_TRANSLATE_NOOP(
            "Keymap", "in the Speakers panel: delete the selected speakers (their mentions stay)"
        ),
        WIDGET,
    ),
    Binding(
        "attribute-field",
        tuple(f"Alt+{n}" for n in range(1, 10)),
        PANELS,
        QT_TRANSLATE_NOOP("Keymap", "in the Attributes form: go to a field"),
        WIDGET,
    ),
    Binding(
        "attribute-note",
        ("Alt+0",),
        PANELS,
        QT_TRANSLATE_NOOP("Keymap", "in the Attributes form: go to the note"),
        WIDGET,
    ),
    # -- files and view -----------------------------------------------------------------
    Binding("new-project", (SK.New,), WINDOW, QT_TRANSLATE_NOOP("Keymap", "new project")),
    Binding("open-project", (SK.Open,), WINDOW, QT_TRANSLATE_NOOP("Keymap", "open a project")),
    Binding(
        "import-documents", ("Ctrl+I",), WINDOW, QT_TRANSLATE_NOOP("Keymap", "import documents")
    ),
    Binding("quit", (SK.Quit,), WINDOW, QT_TRANSLATE_NOOP("Keymap", "quit")),
    Binding("zoom-in", (SK.ZoomIn, "Ctrl+="), WINDOW, QT_TRANSLATE_NOOP("Keymap", "zoom in")),
    Binding("zoom-out", (SK.ZoomOut,), WINDOW, QT_TRANSLATE_NOOP("Keymap", "zoom out")),
    Binding("reset-zoom", ("Ctrl+0",), WINDOW, QT_TRANSLATE_NOOP("Keymap", "reset the zoom")),
    Binding(
        "keyboard-shortcuts",
        (SK.HelpContents,),
        WINDOW,
        QT_TRANSLATE_NOOP("Keymap", "this list of keys"),
    ),
    # -- reviewing (one key a row: the help's Reviewing table is checked key by key) ---------
    Binding(
        "review-mode",
        ("Ctrl+Shift+R",),
        REVIEWING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "review mode on / off: show every analyst's annotations and their disagreements",
        ),
    ),
    Binding(
        "review-next",
        ("N",),
        REVIEWING,
        QT_TRANSLATE_NOOP("Keymap", "next open disagreement"),
        REVIEW,
    ),
    Binding(
        "review-previous",
        ("P",),
        REVIEWING,
        QT_TRANSLATE_NOOP("Keymap", "previous open disagreement"),
        REVIEW,
    ),
    Binding(
        "review-accept",
        ("A",),
        REVIEWING,
        QT_TRANSLATE_NOOP("Keymap", "accept the selected annotation"),
        REVIEW,
    ),
    Binding(
        "review-reject",
        ("R",),
        REVIEWING,
        QT_TRANSLATE_NOOP("Keymap", "reject the selected annotation"),
        REVIEW,
    ),
    Binding(
        "review-correct",
        ("E",),
        REVIEWING,
        QT_TRANSLATE_NOOP(
            "Keymap",
            "correct the selected annotation with the text selection and the Review label",
        ),
        REVIEW,
    ),
)

BY_NAME: dict[str, Binding] = {b.name: b for b in BINDINGS}
PROPERTY = "keymap"  # the QAction property naming the binding it carries


def binding(name: str) -> Binding:
    return BY_NAME[name]


def keys(name: str) -> list[QKeySequence]:
    return BY_NAME[name].sequences()


def shown(name: str) -> str:
    return BY_NAME[name].shown()


def qt_key(name: str) -> Qt.Key:
    """The one plain letter of a binding (the review keys), as a key event reports it."""
    (letter,) = BY_NAME[name].keys
    assert isinstance(letter, str) and len(letter) == 1 and letter.isupper(), name
    return Qt.Key(ord(letter))  # Qt.Key.Key_A is ord("A")


def bind(action: QAction, name: str, index: int | None = None) -> QAction:
    """Give `action` the keys of binding `name` (only its `index`-th key when the binding
    is a numbered family, as Ctrl+Alt+1…9) and mark it as carrying that binding."""
    sequences = keys(name)
    action.setShortcuts(sequences if index is None else [sequences[index]])
    action.setProperty(PROPERTY, name)
    return action


def mark_label_action(action: QAction) -> QAction:
    """Mark an action whose key comes from the label schema, not from this table."""
    action.setProperty(PROPERTY, "label")
    return action
