"""No English sentence reaches a widget without going through tr() or translate().

A static check over annotator/gui: a string literal (or f-string) handed straight to a call
that shows text to a person (a label, a button, an action, a tooltip, a status message, an
error box) is a string the Arabic interface would show in English. The walk over the real
window (test_arabic_interface.py) catches what is on screen; this catches the sentence of a
rarely seen dialog or message as soon as it is written.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "annotator" / "gui"
SHOWN = {  # calls whose text argument a person reads
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QDockWidget", "QToolButton", "setText", "setToolTip", "setWindowTitle", "setTitle",
    "setPlaceholderText", "setStatusTip", "setIconText", "addMenu", "addToolBar", "addAction",
    "addButton", "addRow", "showMessage", "emit", "show_error", "show_info", "setLabelText",
    "setHorizontalHeaderLabels", "setHeaderLabels", "addItem", "addItems", "setFormat",
    "getText", "getItem", "getSaveFileName", "getOpenFileName", "getOpenFileNames",
    "beginMacro", "macro", "setInformativeText",
}  # fmt: skip
WORDS = re.compile(r"[A-Za-z]{3,}")
NOT_WORDS = re.compile(r"^(Ctrl|Alt|Shift|Esc|F\d+|Tab|Delete|Backspace|Return|Enter)\b")


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _english(node: ast.expr) -> str | None:
    """The English words of a literal argument, None when it is not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return None
    # markup, a key after a tab, file names and the program's name are not English to translate
    text = re.sub(r"<[^>]*>|&[a-z]+;|\t.*|\w+\.\w+|Annotator", " ", text)
    if NOT_WORDS.match(text.strip()) or not WORDS.search(text):
        return None
    return text


def bare_strings(root: Path = GUI) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _name(node) not in SHOWN:
                continue
            for arg in node.args:
                text = _english(arg)
                if text is not None:
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {text.strip()[:60]!r}")
    return found


def test_every_shown_literal_goes_through_translation() -> None:
    assert bare_strings() == []


def test_the_check_finds_a_bare_string(tmp_path: Path) -> None:
    (tmp_path / "widget.py").write_text(
        'label.setText(f"Saved {n} rows")\nlabel.setText(self.tr("Saved"))\n', encoding="utf-8"
    )
    assert bare_strings(tmp_path) == ["widget.py:1: 'Saved  rows'"]
