"""Arabic set as a typesetter would: ragged lines from each paragraph's start (never space
inside a word), and highlight edges on the span's own glyph edges, in the normal and the
review view. Everything is measured by painting into an image and comparing with the
positions Qt's own line layout gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from driving import one_document_project
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextBlock, QTextLayout, QTextLine

from annotator.gui.session import Session
from annotator.gui.viewer.text_viewer import Viewer
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

ARABIC = (
    "قال الحداد: «وعودٌ بلا أرقامٍ موثّقة 🤔 نريد الشفافية»، وأكد أن الحكومة ستخفض سعر الخبز"
    " المدعوم بنسبة 15% ابتداءً من الشهر المقبل، وأن اتفاق الولايات المتحدة والدولتين"
    " المتحدتين معارضتهما للولايات واضح."
)
MIXED = "ونقلت صحيفة Wall Street Journal عن مسؤول أن الاتفاق جاهز."
LATIN = "The plan, said Prof. Michael Allen, would fail for lack of money and of time."
TEXT = f"{ARABIC}\n{MIXED}\n{LATIN}"
# Words Qt's justification split at letters that do not join on their left (ا د ذ ر ز و).
SPLIT_WORDS = ["اتفاق", "المتحدتين", "معارضتهما", "للولايات", "الولايات", "الدولتين"]


def find(phrase: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return one_document_project(tmp_path / "set.annotator", TEXT)


def open_viewer(qtbot, family: str, path: Path, width: int = 520) -> Viewer:
    session = Session("tester")
    project = Project.open(path)
    session.set_project(project)
    viewer = Viewer(session, family)
    qtbot.addWidget(viewer)
    viewer.resize(width, 700)
    viewer.show()
    qtbot.waitExposed(viewer)
    session.set_document(project.documents.all()[0].id)
    session.finish_loading()
    qtbot.waitUntil(lambda: not viewer.document().begin().layout().textOption().alignment() & 1)
    return viewer


def lines_of(block: QTextBlock) -> Iterator[QTextLine]:
    layout = block.layout()
    for i in range(layout.lineCount()):
        yield layout.lineAt(i)


def ink(line: QTextLine) -> tuple[float, float]:
    """Leftmost and rightmost x of the glyphs Qt draws on a line."""
    runs = [r.boundingRect() for r in line.glyphRuns() if r.boundingRect().width() > 0]
    return min(r.left() for r in runs), max(r.right() for r in runs)


def alone(word: str, font: QFont) -> float:
    """The ink width of `word` shaped on its own line."""
    layout = QTextLayout(word, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return sum(r.boundingRect().width() for r in line.glyphRuns())


# -- alignment ----------------------------------------------------------------------------


def test_paragraphs_are_ragged_from_their_start(qtbot, family: str, project_path: Path) -> None:
    viewer = open_viewer(qtbot, family, project_path)
    doc = viewer.document()
    margin = doc.documentMargin()
    right = viewer.viewport().width() - margin
    arabic, mixed, latin = doc.begin(), doc.begin().next(), doc.begin().next().next()
    assert arabic.layout().lineCount() >= 3, "the test needs a wrapped Arabic paragraph"
    assert latin.layout().lineCount() >= 2, "the test needs a wrapped English paragraph"
    lefts = []
    for block in (arabic, mixed):  # right to left: every line flush right, ragged left
        for line in lines_of(block):
            left, end = ink(line)
            assert end == pytest.approx(right, abs=2.5)
            lefts.append(left)
    assert max(lefts) - min(lefts) > 10, "the left edge is ragged, not justified"
    rights = []
    for line in lines_of(latin):  # left to right: flush left
        left, end = ink(line)
        assert left == pytest.approx(margin, abs=2.5)
        rights.append(end)
    assert max(rights) - min(rights) > 10


def test_no_space_is_put_inside_arabic_words(qtbot, family: str, project_path: Path) -> None:
    """Each word is drawn exactly as wide as Qt shapes it alone, on every line: no space
    between its letters, as justification puts after ا د ذ ر ز و."""
    viewer = open_viewer(qtbot, family, project_path)
    block = viewer.document().begin()
    checked = 0
    for word in SPLIT_WORDS:
        start = len(ARABIC[: ARABIC.index(word)].encode("utf-16-le")) // 2  # Qt position
        pieces = [
            r
            for line in lines_of(block)
            if line.textStart() <= start < line.textStart() + line.textLength()
            for r in line.glyphRuns(start, len(word))
        ]
        width = sum(r.boundingRect().width() for r in pieces)
        assert width == pytest.approx(alone(word, viewer.font()), abs=0.6), word
        checked += 1
    assert checked == len(SPLIT_WORDS)
    for line in lines_of(block):  # and no line is stretched beyond its own text
        left, right = ink(line)
        assert right - left <= line.naturalTextWidth() + 1.0


# -- span edges ---------------------------------------------------------------------------


def bars(image: QImage, y: int, color: QColor) -> list[float]:
    """Centres of the runs of pixels of `color` along row y (the highlight's end bars)."""
    found, run = [], []
    for x in range(image.width()):
        pixel = image.pixelColor(x, y)
        close = all(
            abs(a - b) <= 6
            for a, b in (
                (pixel.red(), color.red()),
                (pixel.green(), color.green()),
                (pixel.blue(), color.blue()),
            )
        )
        if close:
            run.append(x)
        elif run:
            found.append((run[0] + run[-1] + 1) / 2)
            run = []
    if run:
        found.append((run[0] + run[-1] + 1) / 2)
    return found


def expected_edges(viewer: Viewer, start: int, end: int) -> dict[int, list[float]]:
    """Viewport x of the leading edge of the span's first character and the trailing edge of
    its last, as Qt's line layout gives them, keyed by the row at the middle of their line."""
    offsets = viewer.session.offsets
    assert offsets is not None
    doc = viewer.document()
    out: dict[int, list[float]] = {}
    for core, edge in ((start, QTextLine.Edge.Leading), (end - 1, QTextLine.Edge.Trailing)):
        pos = offsets.to_qt(core)
        block = doc.findBlock(pos)
        line = block.layout().lineForTextPosition(pos - block.position())
        x = line.cursorToX(pos - block.position(), edge)
        x = x[0] if isinstance(x, tuple) else x
        origin = viewer.blockBoundingGeometry(block).translated(viewer.contentOffset()).topLeft()
        row = int(origin.y() + line.y() + line.height() / 2)
        out.setdefault(row, []).append(origin.x() + x)
    return out


def painted(viewer: Viewer) -> QImage:
    image = QImage(viewer.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    viewer.highlights.paint_under(painter, QRectF(image.rect()))
    viewer.highlights.paint_over(painter)
    painter.end()
    return image


EDGE_CASES = [
    pytest.param(find("الحكومة")[0] + 1, find("الحكومة")[0] + 4, id="inside-a-word"),
    pytest.param(*find("الشفافية"), id="before-a-quote-mark"),
    pytest.param(*find("الشهر المقبل"), id="before-a-comma"),
    pytest.param(*find("وعودٌ بلا أرقامٍ موثّقة 🤔"), id="ending-in-an-emoji"),
    pytest.param(*find("موثّقة"), id="ending-in-marks"),
    pytest.param(*find("Street Journal"), id="latin-in-arabic"),
    pytest.param(*find("Wall Street Journal عن"), id="mixed-run"),
    pytest.param(*find("Prof. Michael Allen"), id="latin-before-a-comma"),
    pytest.param(*find("plan, said"), id="latin-comma-inside"),
    pytest.param(find("وأكد")[0], find("المقبل")[1], id="across-line-wraps"),
]


def check_edges(viewer: Viewer, start: int, end: int) -> None:
    label = viewer.session.annotations[next(iter(viewer.session.annotations))].label
    color = QColor(viewer.highlights.colors[label]).darker(135)
    image = painted(viewer)
    wanted = expected_edges(viewer, start, end)
    for row, xs in wanted.items():
        seen = bars(image, row, color)
        assert len(seen) == len(xs), (row, seen, xs)
        for got, x in zip(sorted(seen), sorted(xs), strict=True):
            assert got == pytest.approx(x, abs=1.6), (row, seen, xs)


@pytest.mark.parametrize(("start", "end"), EDGE_CASES)
def test_end_bars_sit_on_the_span_own_edges(
    qtbot, family: str, project_path: Path, start: int, end: int
) -> None:
    with Project.open(project_path) as project:
        doc = project.documents.all()[0]
        project.annotations.add(doc.id, "claim", start, end, "tester")
    viewer = open_viewer(qtbot, family, project_path)
    check_edges(viewer, start, end)


def test_end_bars_in_review_mode(qtbot, family: str, project_path: Path) -> None:
    cases = [(p.values[0], p.values[1]) for p in EDGE_CASES]
    with Project.open(project_path) as project:
        doc = project.documents.all()[0]
        project.annotations.add(doc.id, "claim", *cases[1], "huda")
    window = MainWindow(Session("tester"), family)
    qtbot.addWidget(window)
    assert window.files.open_project(project_path)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.session.finish_loading()
    window.reviewing.actions["mode"].setChecked(True)
    assert window.viewer.highlights.overlay is not None
    window.session.set_current(None)
    qtbot.wait(20)
    check_edges(window.viewer, *cases[1])
