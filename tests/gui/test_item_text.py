"""Arabic in lists and tables: shortened at its logical end on a word boundary, in a
readable size, and headers as wide as their text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView, QTreeWidget

from annotator.gui.session import Session
from annotator.gui.tables import item_text
from annotator.gui.tables.document_model import COLUMNS as DOCUMENT_COLUMNS
from annotator.gui.tables.item_text import ELLIPSIS, AutoDirectionDelegate, elide_words
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

CLAIM = "الدعم الحكومي غير كافية لتغطية أسعار الخبز المرتفعة"

words = st.lists(st.text(alphabet="ابتثجحخد abc", min_size=1, max_size=8), min_size=1)


@given(words, st.integers(min_value=0, max_value=60))
def test_elided_text_is_whole_words_from_the_start(parts: list[str], width: int) -> None:
    text = " ".join(parts)
    flat = " ".join(text.split())
    shown = elide_words(text, width, len)  # one unit per character
    if len(flat) <= width:
        assert shown == flat
        return
    assert len(shown) <= width
    if shown:
        assert shown.endswith(ELLIPSIS)
        kept = shown[: -len(ELLIPSIS)]
        first = flat.split(" ")[0]
        # whole words from the logical start, or a cut inside a first word too long alone
        assert flat.startswith(kept)
        assert (flat[len(kept)] == " " and kept) or len(first) + 1 > width


def cell_option(view: QTableView, row: int, column: int) -> QStyleOptionViewItem:
    delegate = view.itemDelegateForColumn(column)
    assert isinstance(delegate, AutoDirectionDelegate)
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    option.widget = view
    option.font = view.font()
    return delegate.styled(option, index)


def test_arabic_cells_are_cut_at_their_end_on_a_word_and_readable(qtbot, family: str) -> None:
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem(CLAIM))
    model.setItem(0, 1, QStandardItem("The subsidy plan is unlikely to survive the budget"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = AutoDirectionDelegate(view)
    for column in (0, 1):
        view.setItemDelegateForColumn(column, delegate)
        view.setColumnWidth(column, 190)
    view.show()
    arabic, latin = cell_option(view, 0, 0), cell_option(view, 0, 1)
    for opt, full in ((arabic, CLAIM), (latin, model.item(0, 1).text())):
        assert opt.text.endswith(ELLIPSIS) and opt.text != full
        kept = opt.text[: -len(ELLIPSIS)]
        assert full.startswith(kept) and full[len(kept)] == " ", opt.text  # a whole word
        assert QFontMetrics(opt.font).horizontalAdvance(opt.text) <= 190
    assert arabic.direction.name == "RightToLeft"
    assert ARABIC_FONT in arabic.font.families()
    assert arabic.font.pointSizeF() >= 1.15 * view.font().pointSizeF()
    assert latin.font.pointSizeF() == view.font().pointSizeF()


ARABIC_FONT = item_text.ARABIC_FAMILY


def test_review_panel_cuts_arabic_at_its_end(qtbot, family: str) -> None:
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    tree: QTreeWidget = window.reviewing.panel.items
    delegate = tree.itemDelegateForColumn(1)
    assert isinstance(delegate, AutoDirectionDelegate)


def test_document_headers_fit_their_text(qtbot, family: str, tmp_path: Path) -> None:
    path = tmp_path / "counts.annotator"
    with Project.create(path) as project:
        doc = project.documents.add("قال الحداد إن الخطة جاهزة. وأكد منصور ذلك.", "t", "t.txt")
        for start, end, label in ((0, 3, "cue"), (4, 10, "speaker"), (14, 25, "claim")):
            project.annotations.add(doc.id, label, start, end, "tester")
        project.annotations.add(doc.id, "claim", 27, 40, "tester")
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    assert window.files.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    view = window.documents_view
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for column, title in enumerate(DOCUMENT_COLUMNS):
        if view.isColumnHidden(column):
            continue
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
    model = window.document_model
    # counted on the turn after the first paint, then the column widens to them
    qtbot.waitUntil(lambda: "2 claim" in model.data(model.index(0, 1)))
    counts = model.data(model.index(0, 1))
    cell = QFontMetrics(view.font()).horizontalAdvance(counts)
    assert header.sectionSize(1) >= cell + 4, (counts, header.sectionSize(1))
