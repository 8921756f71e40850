"""Starting the app: demo project on first start, last project, analyst, layout, import/export."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QProgressDialog

from annotator.gui import app, settings
from annotator.gui.driving import Driver
from annotator.gui.files import transfers
from annotator.gui.viewer.span_index import Span, SpanIndex, depths
from annotator.gui.window.shipped_files import MissingResourceError, resource_path, resource_text
from annotator.store.project import Project


def test_first_start_creates_and_opens_the_demo_project(
    qtbot, family: str, isolated_user: Path
) -> None:
    window = app.create_window(None, family)
    qtbot.addWidget(window)
    demo = isolated_user / "data" / app.DEMO_FILE
    assert demo.is_file()
    session = window.session
    assert session.project is not None and Path(session.project.path) == demo
    assert session.text == resource_text(app.SAMPLE)
    assert window.viewer.document().blockCount() > 5
    assert session.analyst == "tester"
    assert "tester" in window.analyst_label.text()
    # remembered on the turn after the first paint
    qtbot.waitUntil(lambda: settings.LAST_PROJECT.get() == str(demo.resolve()))


def test_no_argument_reopens_the_last_project(qtbot, family: str, tmp_path: Path) -> None:
    path = tmp_path / "mine.annotator"
    with Project.create(path) as project:
        project.documents.add("نص قصير للتجربة", "short")
    settings.remember_project(str(path))
    window = app.create_window(None, family)
    qtbot.addWidget(window)
    assert Path(window.session.project.path) == path  # type: ignore[union-attr]
    assert window.session.text == "نص قصير للتجربة"


def test_a_missing_last_project_falls_back_on_the_demo(qtbot, family: str, tmp_path: Path) -> None:
    settings.LAST_PROJECT.set(str(tmp_path / "gone.annotator"))
    window = app.create_window(None, family)
    qtbot.addWidget(window)
    assert Path(window.session.project.path).name == app.DEMO_FILE  # type: ignore[union-attr]


def test_analyst_is_asked_once_then_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANNOTATOR_ANALYST")
    asked: list[str] = []
    monkeypatch.setattr(app.dialogs, "ask_analyst", lambda _p: asked.append("?") or "ليلى")
    assert app.resolve_analyst(None) == "ليلى"
    assert app.resolve_analyst(None) == "ليلى"
    assert asked == ["?"]
    monkeypatch.setenv("ANNOTATOR_ANALYST", "shared-laptop")
    assert app.resolve_analyst(None) == "shared-laptop"


def test_layout_zoom_and_snapping_persist(qtbot, family: str) -> None:
    window = app.create_window(None, family)
    qtbot.addWidget(window)
    window.viewer.zoom_by(3)
    Driver(window).set_snapping(False)
    window.close()
    again = app.create_window(None, family)
    qtbot.addWidget(again)
    assert again.viewer.zoom == 3
    assert again.annotating.snap_words is False


def test_missing_resource_names_the_file() -> None:
    assert resource_path(app.SAMPLE).is_file()
    with pytest.raises(MissingResourceError, match=r"no-such-file\.txt: is missing"):
        resource_path("no-such-file.txt")


def test_import_files_reports_and_switches_to_the_new_document(
    qtbot, family: str, tmp_path: Path
) -> None:
    window = app.create_window(None, family)
    qtbot.addWidget(window)
    good = tmp_path / "bayan.txt"
    good.write_text("بيان صحفي: قال المتحدث إن الاجتماع انتهى.", encoding="utf-8")
    bad = tmp_path / "broken.jsonl"
    bad.write_text("{not json", encoding="utf-8")
    shown: list[str] = []
    window.files.show_error = shown.append
    before = window.document_model.rowCount()
    window.files.import_paths([good, bad])
    assert window.document_model.rowCount() == before + 1
    assert window.session.text.startswith("بيان صحفي")
    assert len(shown) == 1 and "broken.jsonl" in shown[0]


def test_export_writes_through_a_temporary_file_and_cancel_leaves_nothing(
    qtbot, family: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app.create_window(None, family)
    qtbot.addWidget(window)
    project = window.session.project
    assert project is not None and window.session.document_id is not None
    text = window.session.text
    for i in range(0, 300, 3):
        project.annotations.add(window.session.document_id, "claim", i, i + 2, "tester")
    target = tmp_path / "out.csv"
    assert transfers.export(window, project, "csv", target) == 100
    assert target.read_text(encoding="utf-8-sig").count("\n") >= 101
    monkeypatch.setattr(transfers, "TICK_LINES", 10)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    cancelled = tmp_path / "cancelled.csv"
    assert transfers.export(window, project, "csv", cancelled) is None
    assert not cancelled.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []
    assert text == window.session.text


spans = st.lists(
    st.tuples(st.integers(0, 3000), st.integers(1, 1500)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=60,
)


@given(spans, st.integers(0, 4000), st.integers(1, 800))
def test_span_index_finds_exactly_the_overlapping_spans(
    ranges: list[tuple[int, int]], start: int, length: int
) -> None:
    index = SpanIndex()
    for i, (s, e) in enumerate(ranges):
        index.put(Span(i, "claim", s, e))
    for i in range(0, len(ranges), 3):  # some move, some go
        s, e = ranges[i]
        index.put(Span(i, "claim", s + 7, e + 7))
        ranges[i] = (s + 7, e + 7)
    for i in range(1, len(ranges), 5):
        index.remove(i)
    alive = {i: r for i, r in enumerate(ranges) if (i - 1) % 5 != 0 or i < 1}
    expected = {i for i, (s, e) in alive.items() if s < start + length and e > start}
    assert {sp.id for sp in index.overlapping(start, start + length)} == expected
    assert len(index) == len(alive)


def test_depths_count_enclosing_spans() -> None:
    claim, speaker, other = (
        Span(1, "claim", 0, 50),
        Span(2, "speaker", 10, 20),
        Span(3, "claim", 40, 80),
    )
    assert depths([claim, speaker, other]) == {1: 0, 2: 1, 3: 0}
    twin = Span(4, "claim", 0, 50)
    assert depths([claim, twin]) == {1: 0, 4: 1}
