"""The project file: opening safely, refusing what is not ours, and exact spans on every write."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import InputError, InvalidSpanError, ProjectError
from annotator.store.file.migrations import SCHEMA_VERSION
from annotator.store.project import Project

SAMPLE = "قالت 👩‍👩‍👧 بوبوفا\r\nإنها\rمسألة\u00a0توازن\u2028🇸🇦 شَدّة"


def test_new_project_file_is_marked_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with Project.open(path) as project:
        assert [lab.name for lab in project.labels.all()] == ["claim", "speaker", "cue"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"hello, not a database"), "not a SQLite database"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)"), "not an annotator project"),
    ],
)
def test_foreign_files_are_refused_untouched(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "foreign.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=message) as info:
        Project.open(path, create=True)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError, match="newer annotator"):
        Project.open(path)


def test_missing_project_is_an_error_without_create(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "none.annotator")
    assert not (tmp_path / "none.annotator").exists()


def test_every_edit_is_durable_in_a_second_connection(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    project = Project.open(path, create=True)
    doc = project.documents.add(SAMPLE, "t")
    ann = project.annotations.add(doc.id, "claim", 5, 13, "amal")
    other = sqlite3.connect(path)  # another process would see the same
    row = other.execute('SELECT start, "end", text FROM annotations').fetchone()
    assert row == (5, 13, SAMPLE[5:13]) == (ann.start, ann.end, ann.text)


def test_text_is_stored_verbatim_and_duplicate_refused() -> None:
    project = Project.memory()
    doc = project.documents.add(SAMPLE, "t")
    assert project.documents.get(doc.id).text == SAMPLE
    with pytest.raises(Exception, match="already in the project"):
        project.documents.add(SAMPLE, "again")


@given(st.data())
def test_any_valid_span_round_trips_and_invalid_ones_change_nothing(data: st.DataObject) -> None:
    project = Project.memory()
    doc = project.documents.add(SAMPLE, "t")
    start = data.draw(st.integers(-3, len(SAMPLE) + 3))
    end = data.draw(st.integers(-3, len(SAMPLE) + 3))
    if 0 <= start < end <= len(SAMPLE):
        ann = project.annotations.add(doc.id, "speaker", start, end, "amal")
        assert ann.text == SAMPLE[start:end]
    else:
        with pytest.raises(InvalidSpanError):
            project.annotations.add(doc.id, "speaker", start, end, "amal")
        assert project.annotations.for_document(doc.id) == []


def test_unknown_label_and_wrong_text_are_refused() -> None:
    project = Project.memory()
    doc = project.documents.add(SAMPLE, "t")
    with pytest.raises(InvalidSpanError, match="not in the project's schema"):
        project.annotations.add(doc.id, "opinion", 0, 4, "amal")
    with pytest.raises(InvalidSpanError, match="does not match"):
        project.annotations.add(doc.id, "claim", 0, 4, "amal", text="xxxx")


def test_delete_and_restore_bring_back_links_and_identity() -> None:
    project = Project.memory()
    doc = project.documents.add(SAMPLE, "t")
    claim = project.annotations.add(doc.id, "claim", 18, 22, "amal", attributes={"harmful": "no"})
    speaker = project.annotations.add(doc.id, "speaker", 10, 16, "amal")
    link = project.links.add(claim.id, speaker.id, "amal")
    changes: list = []
    project.subscribe(changes.extend)
    removed = project.annotations.delete(speaker.id)
    assert project.links.all() == []
    assert {(c.table, c.op) for c in changes} == {("annotations", "delete"), ("links", "delete")}
    project.annotations.restore(removed)
    assert project.annotations.get(speaker.id) == speaker
    assert project.links.all() == [link]
    assert project.annotations.get(claim.id).attributes == {"harmful": "no"}


def test_failed_action_rolls_back_and_reports_nothing() -> None:
    project = Project.memory()
    doc = project.documents.add(SAMPLE, "t")
    changes: list = []
    project.subscribe(changes.extend)
    with pytest.raises(RuntimeError), project.atomic():
        project.annotations.add(doc.id, "claim", 0, 4, "amal")
        raise RuntimeError("power cut")
    assert project.annotations.for_document(doc.id) == []
    assert changes == []


def test_putting_back_onto_a_taken_id_is_refused_in_a_sentence() -> None:
    """Ids of deleted rows are reused; restoring out of undo order must not crash or write."""
    p = Project.memory()
    doc = p.documents.add("قال الوزير إن الخطة جاهزة", "d", "d.txt")
    claim = p.annotations.add(doc.id, "claim", 14, 25, "amal")
    speaker = p.annotations.add(doc.id, "speaker", 4, 10, "amal")
    link = p.links.add(claim.id, speaker.id, "amal")
    entity = p.entities.add("الوزير")
    removed = p.annotations.delete(speaker.id)
    p.entities.delete(entity.id)
    taker = p.annotations.add(doc.id, "speaker", 0, 3, "amal")  # takes the freed id
    assert taker.id == speaker.id
    other = p.entities.add("آخر")
    assert other.id == entity.id
    assert p.links.add(claim.id, taker.id, "amal").id == link.id
    heard: list[object] = []
    p.subscribe(heard.append)
    with pytest.raises(InputError, match="cannot put this annotation back"):
        p.annotations.restore(removed)
    with pytest.raises(InputError, match="cannot put this speaker back"):
        p.entities.restore(entity)
    with pytest.raises(InputError, match="cannot put this link back"):
        p.links.restore(link)
    assert heard == []
    assert [a.id for a in p.annotations.for_document(doc.id)] == [taker.id, claim.id]


def test_a_rolled_back_schema_change_leaves_no_stale_schema() -> None:
    p = Project.memory()
    labels = p.labels.all()
    renamed = [replace(lab, shortcut="X") if lab.name == "claim" else lab for lab in labels]
    with pytest.raises(RuntimeError), p.atomic():
        p.labels.set_schema(renamed, {})
        assert p.labels.get("claim").shortcut == "X"
        raise RuntimeError("a later step fails")
    assert p.labels.get("claim").shortcut == "C"
