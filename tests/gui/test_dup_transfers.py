"""The per-file progress loop that document imports and analysts' merges share."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from annotator.errors import InputError
from annotator.gui.files import transfers
from annotator.gui.review.merge_actions import MergeActions
from annotator.gui.session import Session
from annotator.store.project import Project

TEXT = "قال الوزير إن الخبز متوفر."


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QProgressDialog]:
    """Every progress dialog the loop makes, kept for a look afterwards."""
    made: list[QProgressDialog] = []
    real = transfers._progress

    def record(*args: object) -> QProgressDialog:
        made.append(real(*args))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(transfers, "_progress", record)
    return made


def test_every_file_is_stepped_in_order_and_a_bad_one_does_not_stop_the_rest(
    parent: QWidget, dialogs: list[QProgressDialog], tmp_path: Path
) -> None:
    done: list[str] = []
    failed: list[tuple[str, str]] = []

    def step(path: Path) -> None:
        if path.name == "bad.txt":
            raise InputError("cannot be decoded", path)
        done.append(path.name)

    paths = [tmp_path / "a.txt", str(tmp_path / "bad.txt"), tmp_path / "c.txt"]
    cancelled = transfers.each_file(
        parent, "Testing", paths, step, lambda p, exc: failed.append((p.name, str(exc)))
    )
    assert cancelled is False
    assert done == ["a.txt", "c.txt"]
    assert failed == [("bad.txt", f"{tmp_path / 'bad.txt'}: cannot be decoded")]
    (dialog,) = dialogs
    assert dialog.labelText() == "Testing c.txt (3 of 3)…"
    assert dialog.minimumDuration() == 400 and not dialog.isVisible()


def test_cancel_stops_before_the_next_file(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    done: list[str] = []
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: bool(done))
    cancelled = transfers.each_file(
        parent, "Testing", ["a", "b", "c"], lambda p: done.append(p.name), lambda p, e: None
    )
    assert cancelled is True and done == ["a"]


def test_a_bug_in_a_step_is_not_swallowed(parent: QWidget) -> None:
    def step(_path: Path) -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        transfers.each_file(parent, "Testing", ["a"], step, lambda p, e: None)


def test_import_files_reports_a_failed_file_and_keeps_the_good_one(
    parent: QWidget, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    project = Project.create(tmp_path / "p.annotator")
    report = transfers.import_files(parent, project, [tmp_path / "gone.txt", good], "huda")
    gone, kept = report.files
    assert (gone.path.name, gone.status, kept.path) == ("gone.txt", "failed", good)
    assert "gone.txt" in (gone.error or "")
    assert [d.title for d in project.documents.all()] == ["good"]
    project.close()


def source(path: Path, title: str) -> Path:
    with Project.create(path) as p:
        doc = p.documents.add(TEXT + title, title, f"{title}.txt")
        p.annotations.add(doc.id, "claim", 0, 3, title)
    return path


@pytest.fixture
def merge(parent: QWidget, tmp_path: Path) -> MergeActions:
    session = Session("lead")
    session.set_project(Project.create(tmp_path / "lead.annotator"))
    return MergeActions(session, parent, lambda message: None)


def test_merge_cancel_keeps_the_files_already_merged(
    merge: MergeActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [source(tmp_path / f"{n}.annotator", n) for n in ("alice", "bob")]
    project = merge.session.project
    assert project is not None
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: bool(project.documents.all()))
    batch = merge.merge_paths(paths)  # Cancel pressed while alice's file was merging
    assert batch.cancelled and [r.source.name for r in batch.reports] == ["alice.annotator"]
    assert [d.title for d in project.documents.all()] == ["alice"]
    assert "Cancelled" in batch.summary_html()


def test_merge_shows_no_dialog_for_one_file_but_does_for_several(
    merge: MergeActions, tmp_path: Path, dialogs: list[QProgressDialog]
) -> None:
    paths = [source(tmp_path / f"{n}.annotator", n) for n in ("alice", "bob")]
    merge.merge_paths(paths[:1])
    merge.merge_paths(paths)
    assert [d.minimumDuration() for d in dialogs] == [1_000_000, 400]
    assert dialogs[1].labelText() == "Merging bob.annotator (2 of 2)…"
