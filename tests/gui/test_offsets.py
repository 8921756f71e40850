"""OffsetMap against a real QTextDocument: every core offset and Qt position round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from annotator.gui.viewer.offsets import OffsetMap

PS = "\u2029"  # how QTextCursor.selectedText() shows a paragraph break
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"
FLAG = "\U0001f1f8\U0001f1e6"
TOKENS = [
    *"بوبوفا قال",
    *"ab1٢",
    "\u0651",  # shadda
    "\u064b",
    "\u0301",  # combining acute
    "\u0640",  # tatweel
    "\u200c",  # ZWNJ
    "\u200f",  # RLM
    "\u00a0",  # NBSP
    "\u2028",
    "\u2029",
    "\r\n",
    "\r",
    "\n",
    "\U0001f600",
    FAMILY,
    FLAG,
    "\U00010348",
]
texts = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
)


def document(omap: OffsetMap) -> QTextDocument:
    doc = QTextDocument()
    doc.setPlainText(omap.display_text)
    return doc


def as_qt_sees_it(text: str, start: int, end: int) -> str:
    """text[start:end] with line endings as selectedText() shows them."""
    part = text[start:end]
    if part.endswith("\r") and text[end : end + 1] == "\n":
        part = part[:-1]  # the CR of a CRLF has no position of its own
    if start == 0 and part.startswith("\ufeff"):
        part = "\u2060" + part[1:]  # shown as a word joiner: Qt would drop it as a BOM
    return part.replace("\r\n", PS).replace("\r", PS).replace("\n", PS)


def select(omap: OffsetMap, doc: QTextDocument, a: int, b: int) -> QTextCursor:
    cursor = QTextCursor(doc)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_core_ranges_round_trip_through_qt(qapp, data: st.DataObject) -> None:
    text = data.draw(texts)
    omap = OffsetMap(text)
    doc = document(omap)
    assert doc.characterCount() - 1 == omap.to_qt(len(text)) == omap.qt_length
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    start, end = min(a, b), max(a, b)
    cursor = select(omap, doc, omap.to_qt(b), omap.to_qt(a))  # either direction
    core_start, core_end = omap.selected_core_range(cursor)
    # Offsets survive, except one between CR and LF, which lands before the CR.
    for got, wanted in ((core_start, start), (core_end, end)):
        assert got == wanted or (got == wanted - 1 and text[got : wanted + 1] == "\r\n")
    assert cursor.selectedText() == as_qt_sees_it(text, start, end)
    assert cursor.selectedText() == as_qt_sees_it(text, core_start, core_end)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_position_maps_back(qapp, data: st.DataObject) -> None:
    text = data.draw(texts)
    omap = OffsetMap(text)
    doc = document(omap)  # kept referenced: a QTextCursor does not keep it alive
    whole = select(omap, doc, 0, omap.qt_length).selectedText()
    units = whole.encode("utf-16-le")
    for offset in range(len(text) + 1):
        q = omap.to_qt(offset)
        assert omap.to_core(q) in (offset, offset - 1)
    for q in range(omap.qt_length + 1):
        core = omap.to_core(q)
        unit = int.from_bytes(units[2 * q : 2 * q + 2], "little")
        inside_pair = 0xDC00 <= unit <= 0xDFFF  # a low surrogate: mid-character
        assert omap.to_qt(core) == q - inside_pair
    assert whole == as_qt_sees_it(text, 0, len(text))


def test_nbsp_and_line_separator_stay_in_the_document(qapp) -> None:
    text = "ماريا\u00a0بوبوفا\u2028قالت"
    omap = OffsetMap(text)
    doc = document(omap)
    cursor = omap.cursor(doc, 0, len(text))
    assert cursor.selectedText() == text
    assert omap.display_text == text


def test_line_endings_become_one_break_each(qapp) -> None:
    text = "أ\r\nب\rت\nث\u2028ج\u2029ح"
    omap = OffsetMap(text)
    assert omap.display_text == "أ\nب\nت\nث\u2028ج\u2029ح"
    doc = document(omap)
    assert doc.blockCount() == 5  # U+2028 breaks the line, not the paragraph
    assert [omap.to_qt(i) for i in range(len(text) + 1)] == [
        0,
        1,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
    ]
    assert omap.to_core(1) == 1 and omap.to_core(2) == 3  # break -> CR; next line


def test_astral_characters_take_two_positions(qapp) -> None:
    text = f"قال {FLAG} و{FAMILY}"
    omap = OffsetMap(text)
    i = text.index(FLAG)
    assert omap.to_qt(i + 1) == omap.to_qt(i) + 2
    assert omap.to_core(omap.to_qt(i) + 1) == i  # middle of a surrogate pair
    doc = document(omap)
    assert omap.cursor(doc, i, i + 2).selectedText() == FLAG


def test_plain_text_edit_agrees(qtbot) -> None:
    text = "سطر\r\nآخر 😀\rو\u00a0ثالث\n"
    omap = OffsetMap(text)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(omap.display_text)
    doc = edit.document()
    assert doc.characterCount() - 1 == omap.qt_length
    start, end = text.index("آخر"), text.index("ثالث") + 4
    edit.setTextCursor(omap.cursor(doc, start, end))
    assert omap.selected_core_range(edit.textCursor()) == (start, end)


def test_out_of_range_raises() -> None:
    omap = OffsetMap("ab😀")
    with pytest.raises(ValueError):
        omap.to_qt(4)
    with pytest.raises(ValueError):
        omap.to_core(5)


def test_a_long_document_costs_only_its_special_characters() -> None:
    """The map keeps one entry per CRLF and per astral character, nothing per ordinary
    character: that is why it builds in milliseconds on 550,000 characters (timed in
    benchmarks/bench_window.py, not here)."""
    line = "تشير ماريا بوبوفا ، أستاذة العلوم السياسية 🇸🇦، إلى أن “الرئيس” يأمل 😀.\r\n"
    text = (line * 8000)[:550_000]
    omap = OffsetMap(text)
    assert len(omap._lf_core) == text.count("\r\n")
    assert len(omap._astral_display) == sum(ch > "\uffff" for ch in text)
    assert omap.to_core(omap.to_qt(len(text))) == len(text)


def test_a_leading_zero_width_no_break_space_keeps_positions(qapp) -> None:
    """setPlainText drops a leading U+FEFF as a byte-order mark; the map must not shift."""
    text = "\ufeffقال الوزير 🤔 إن"
    omap = OffsetMap(text)
    doc = document(omap)
    assert doc.characterCount() - 1 == omap.qt_length
    start = text.index("الوزير")
    assert select(omap, doc, omap.to_qt(start), omap.to_qt(start + 6)).selectedText() == "الوزير"
