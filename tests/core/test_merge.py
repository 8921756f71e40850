"""Merging analysts' project files: matching, idempotence, and refusing bad sources whole."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from review_cli import run_cli

from annotator.errors import AnnotatorError, ProjectError
from annotator.formats.export.exporting import export
from annotator.formats.importing.files import import_jsonl
from annotator.store.documents import text_hash
from annotator.store.file.migrations import SCHEMA_VERSION
from annotator.store.project import Project
from annotator.team.merge import merge_into

TEXT = "قالت ماريا بوبوفا\r\nإن الاتفاق «قريب جداً» 👩‍👩‍👧 اليوم."
CLAIM = "إن الاتفاق «قريب جداً»"
SPEAKER = "ماريا بوبوفا"


def analyst_file(path: Path, analyst: str, claim: str = CLAIM, title: str = "article") -> Path:
    """An analyst's own project: the article imported by them, a claim linked to a speaker."""
    with Project.create(path) as p:
        doc = p.documents.add(TEXT, title)
        c_start = TEXT.index(claim)
        s_start = TEXT.index(SPEAKER)
        claim_ann = p.annotations.add(doc.id, "claim", c_start, c_start + len(claim), analyst)
        speaker = p.annotations.add(doc.id, "speaker", s_start, s_start + len(SPEAKER), analyst)
        entity = p.entities.add(SPEAKER, "person", "spokesperson")
        p.annotations.update(speaker.id, entity_id=entity.id)
        p.links.add(claim_ann.id, speaker.id, analyst)
    return path


def dump(project: Project) -> str:
    return "\n".join(project._db.conn.iterdump())


def file_state(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def raw(path: Path, *sql: str) -> None:
    """Tamper with a project file behind annotator's back, as a hostile or buggy tool would."""
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


# --- what a merge does ---------------------------------------------------------------------


def test_two_analysts_copies_become_one_document_with_both_analysts_work(tmp_path: Path) -> None:
    alice = analyst_file(tmp_path / "alice.annotator", "alice")
    bob = analyst_file(tmp_path / "bob.annotator", "bob", claim="الاتفاق «قريب جداً»")
    with Project.open(tmp_path / "lead.annotator", create=True) as lead:
        first = merge_into(lead, alice)
        second = merge_into(lead, bob)
        docs = lead.documents.all()
        assert len(docs) == 1  # imported separately (different UUIDs), matched by text hash
        assert (first.documents_added, second.documents_added) == (1, 0)
        assert second.documents_skipped == 1
        anns = list(lead.annotations.iter_all())
        assert sorted((a.analyst, a.label, a.text) for a in anns) == [
            ("alice", "claim", CLAIM),
            ("alice", "speaker", SPEAKER),
            ("bob", "claim", "الاتفاق «قريب جداً»"),
            ("bob", "speaker", SPEAKER),
        ]
        for a in anns:
            assert lead.documents.text(docs[0].id)[a.start : a.end] == a.text
        # each analyst's claim stays attributed to their own mention, under their own entity
        for a in anns:
            if a.label == "claim":
                (mention_id,) = lead.links.speakers_of(a.id)
                mention = lead.annotations.get(mention_id)
                assert mention.analyst == a.analyst
                assert lead.entities.get(mention.entity_id).role == "spokesperson"
        assert {k.analyst for k in lead.links.all()} == {"alice", "bob"}
        assert second.entities_added == 1 and second.links_added == 1


def test_uuids_and_review_state_are_kept_and_new_documents_added(tmp_path: Path) -> None:
    source = analyst_file(tmp_path / "alice.annotator", "alice")
    with Project.open(source) as p:
        only_here = p.documents.add("نص آخر لم يره أحد", "other")
        p.documents.set_status(only_here.id, "done")
        claim = next(a for a in p.annotations.iter_all() if a.label == "claim")
        p.annotations.set_review(claim.id, "accepted", "lead")
        expected = {a.uuid: a for a in p.annotations.iter_all()}
    with Project.open(tmp_path / "t.annotator", create=True) as target:
        target.documents.add(TEXT, "the lead's own import")
        report = merge_into(target, source)
        assert (report.documents_added, report.documents_skipped) == (1, 1)
        other = target.documents.by_uuid(only_here.uuid)
        assert other is not None and other.status == "done"
        for a in target.annotations.iter_all():
            old = expected[a.uuid]
            assert (a.label, a.start, a.end, a.analyst, a.review_status, a.reviewer) == (
                old.label, old.start, old.end, old.analyst, old.review_status, old.reviewer,
            )  # fmt: skip


def test_merging_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    source = analyst_file(tmp_path / "alice.annotator", "alice")
    with Project.open(tmp_path / "t.annotator", create=True) as target:
        merge_into(target, source)
        before = dump(target)
        heard: list[object] = []
        target.subscribe(heard.append)
        again = merge_into(target, source)
        assert dump(target) == before
        assert again.added == 0
        assert (again.documents_skipped, again.annotations_skipped) == (1, 2)
        assert (again.links_skipped, again.entities_skipped) == (1, 1)
        assert heard == []


def test_the_source_file_is_never_modified(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    source = analyst_file(tmp_path / "src" / "alice.annotator", "alice")
    before = file_state(source)
    with Project.open(tmp_path / "t.annotator", create=True) as target:
        merge_into(target, source)
    assert file_state(source) == before  # same bytes, same mtime, no -wal/-shm beside it


def test_a_file_cannot_be_merged_into_itself(tmp_path: Path) -> None:
    path = analyst_file(tmp_path / "alice.annotator", "alice")
    with Project.open(path) as project, pytest.raises(ProjectError, match="into itself"):
        merge_into(project, path)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(TEXT) - 1),
            st.integers(1, 12),
            st.sampled_from(["claim", "speaker", "cue"]),
        ),
        max_size=12,
    )
)
def test_merge_round_trips_every_span_exactly(spans: list[tuple[int, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.annotator"
        with Project.create(path) as p:
            doc = p.documents.add(TEXT, "t")
            for start, length, label in spans:
                p.annotations.add(doc.id, label, start, min(start + length, len(TEXT)), "a")
            expected = {(a.uuid, a.label, a.start, a.end, a.text) for a in p.annotations.iter_all()}
        target = Project.memory()
        merge_into(target, path)
        got = {(a.uuid, a.label, a.start, a.end, a.text) for a in target.annotations.iter_all()}
        assert got == expected
        for _uuid, _label, start, end, text in got:
            assert TEXT[start:end] == text


# --- bad sources: refused whole, target and source unchanged --------------------------------


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"just some bytes, not a database at all")


def _foreign(path: Path) -> None:
    path.unlink()
    raw(path, "CREATE TABLE notes(x)", "INSERT INTO notes VALUES (1)")


def _corrupt_pages(path: Path) -> None:
    """Overwrite the start of the page in the middle of the file: a b-tree or overflow page's
    header, which only a full integrity check notices before rows are read."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages > 10
    offset = (pages // 2) * page_size
    data[offset : offset + 16] = b"\xa5" * 16
    path.write_bytes(bytes(data))


def _set_text(text: str) -> Callable[[Path], None]:
    """Give the source's document another text, with a matching checksum (so only the text
    checks can catch it) and no annotations that would no longer fit."""

    def spoil(path: Path) -> None:
        raw(path, "DELETE FROM links", "DELETE FROM annotations")
        conn = sqlite3.connect(path)
        conn.execute("UPDATE documents SET text = ?, sha256 = ?", [text, text_hash(text)])
        conn.commit()
        conn.close()

    return spoil


BAD_SOURCES: dict[str, tuple[Callable[[Path], None], str]] = {
    "NUL in the text": (
        _set_text("قال\x00 المتحدث"),
        "document 1 text contains a NUL character (line 1, column 4 of the text)",
    ),
    "text of white space only": (_set_text(" \r\n\u00a0"), "document 1 text holds only white"),
    "empty text": (_set_text(""), "document 1 text is empty"),
    "attributes nested 100,000 deep": (
        lambda p: raw(p, f"UPDATE annotations SET attributes = '{'[' * 100_000}{']' * 100_000}'"),
        "has attributes that is nested too deeply to read",
    ),
    "attribution between two claims": (
        lambda p: raw(p, "UPDATE annotations SET label = 'claim', entity_id = NULL"),
        "of type attributed_to must go from a claim to a speaker, not from claim to claim",
    ),
    "attribution drawn from the speaker": (
        lambda p: raw(p, "UPDATE links SET source_id = target_id, target_id = source_id"),
        "must go from a claim to a speaker, not from speaker to claim",
    ),
    "not sqlite": (_not_sqlite, "not a SQLite database"),
    "foreign sqlite": (_foreign, "not an annotator project"),
    "newer schema": (
        lambda p: raw(p, f"PRAGMA user_version={SCHEMA_VERSION + 1}"),
        "newer annotator",
    ),
    "older schema": (lambda p: raw(p, "PRAGMA user_version=0"), "older annotator"),
    "corrupt pages": (_corrupt_pages, "is damaged"),
    "trigger": (
        lambda p: raw(
            p,
            "CREATE TRIGGER evil AFTER INSERT ON documents BEGIN DELETE FROM annotations; END",
        ),
        "contains a trigger ('evil')",
    ),
    "view": (
        lambda p: raw(p, "CREATE VIEW v AS SELECT * FROM annotations"),
        "contains a view ('v')",
    ),
    "text mismatch": (
        lambda p: raw(p, "UPDATE annotations SET text = 'شيء آخر' WHERE label = 'claim'"),
        "does not match its document",
    ),
    "span outside text": (
        lambda p: raw(p, "UPDATE annotations SET \"end\" = 100000 WHERE label = 'claim'"),
        "does not fit its document",
    ),
    "dangling link": (
        lambda p: raw(
            p,
            "INSERT INTO links(uuid, source_id, target_id, type, analyst, created_at)"
            " VALUES ('dangling', 1, 999, 'attributed_to', 'alice', '')",
        ),
        "points to annotation 999, which is not in the file",
    ),
    "unknown label": (
        lambda p: raw(
            p,
            "INSERT INTO labels(name, kind, color) VALUES ('rumour', 'other', '#ffffff')",
            "UPDATE annotations SET label = 'rumour' WHERE label = 'claim'",
        ),
        "label 'rumour', which the project's schema does not have",
    ),
    "bad review status": (
        lambda p: raw(p, "UPDATE annotations SET review_status = 'maybe'"),
        "unknown review status 'maybe'",
    ),
    "offset not a whole number": (
        lambda p: raw(p, "UPDATE annotations SET start = start + 0.5 WHERE label = 'claim'"),
        "start is not a whole number",
    ),
    "text edited behind the checksum": (
        lambda p: raw(p, "UPDATE documents SET text = text || ' '"),
        "recorded checksum",
    ),
    "virtual table": (
        lambda p: raw(p, "CREATE VIRTUAL TABLE hidden USING fts5(a)"),
        "contains a virtual table ('hidden')",
    ),
    "missing table": (lambda p: raw(p, "DROP TABLE links"), "has no links table"),
}


@pytest.mark.parametrize("case", sorted(BAD_SOURCES))
def test_a_bad_source_is_refused_whole_and_nothing_changes(tmp_path: Path, case: str) -> None:
    spoil, message = BAD_SOURCES[case]
    good = analyst_file(tmp_path / "bob.annotator", "bob")
    (tmp_path / "inbox").mkdir()
    source = analyst_file(tmp_path / "inbox" / "alice.annotator", "alice")
    spoil(source)
    source_before = file_state(source)
    with Project.open(tmp_path / "lead.annotator", create=True) as target:
        merge_into(target, good)
        before = dump(target)
        heard: list[object] = []
        target.subscribe(heard.append)
        with pytest.raises(ProjectError) as info:
            merge_into(target, source)
        assert dump(target) == before
        assert heard == []
    text = str(info.value)
    assert text.startswith(str(source) + ": ")
    assert message in text
    assert "\n" not in text
    assert file_state(source) == source_before


def test_a_row_is_validated_even_when_the_target_already_has_it(tmp_path: Path) -> None:
    source = analyst_file(tmp_path / "alice.annotator", "alice")
    with Project.open(tmp_path / "t.annotator", create=True) as target:
        merge_into(target, source)
        raw(source, "UPDATE annotations SET text = 'x' WHERE label = 'speaker'")
        with pytest.raises(ProjectError, match="does not match"):
            merge_into(target, source)


def test_a_problem_found_while_writing_rolls_the_whole_merge_back(tmp_path: Path) -> None:
    # The source's first document is new and gets written; its second has the UUID of a
    # different document in the target, which is only seen while writing.
    source = analyst_file(tmp_path / "alice.annotator", "alice")
    with Project.open(source) as p:
        p.documents.add("نص ثان", "second", uuid="shared-uuid")
    target = Project.memory()
    target.documents.add("نص مختلف تماما", "lead's", uuid="shared-uuid")
    before = dump(target)
    with pytest.raises(ProjectError, match="UUID of a different document"):
        merge_into(target, source)
    assert dump(target) == before


# --- the CLI -------------------------------------------------------------------------------


def test_cli_merge_creates_the_target_and_reports(tmp_path: Path, capsys) -> None:
    alice = analyst_file(tmp_path / "alice.annotator", "alice")
    bob = analyst_file(tmp_path / "bob.annotator", "bob")
    target = tmp_path / "lead.annotator"
    assert run_cli("merge", str(target), str(alice), str(bob)) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0] == (
        f"merged {alice}: 1 document added (0 already there), 1 speaker added (0 already "
        "there), 2 annotations added (0 already there), 1 link added (0 already there)"
    )
    with Project.open(target) as lead:
        assert len(lead.documents.all()) == 1
        assert lead.analysts() == ["alice", "bob"]


def test_cli_merge_is_all_or_nothing_and_leaves_no_new_target(tmp_path: Path) -> None:
    alice = analyst_file(tmp_path / "alice.annotator", "alice")
    bad = tmp_path / "bad.annotator"
    bad.write_text("not a project", encoding="utf-8")
    target = tmp_path / "lead.annotator"
    with pytest.raises(ProjectError, match=r"bad\.annotator"):
        run_cli("merge", str(target), str(alice), str(bad))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alice.annotator", "bad.annotator"]

    with Project.create(target) as lead:
        lead.documents.add("نص القائد", "lead")
        before = dump(lead)
    with pytest.raises(ProjectError):
        run_cli("merge", str(target), str(alice), str(bad))
    with Project.open(target) as lead:
        assert dump(lead) == before  # alice's good file was not merged either


@settings(max_examples=20, deadline=None)
@given(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
    st.text(max_size=10),
)
def test_what_a_merge_accepts_its_jsonl_export_gives_back(text: str, note: str) -> None:
    """Merge applies import's rules to a source, so the target's JSONL export re-imports."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "a.annotator"
        analyst_file(source, "alice")
        with Project.open(source) as p:
            try:
                doc = p.documents.add(text, "odd\ntitle", "src\u2028")
            except AnnotatorError:
                return  # the same text as the article
            ann = p.annotations.add(doc.id, "cue", 0, len(text), "alice", note=note)
            p.annotations.update(ann.id, attributes={"k\u0085": note})
        target = Project.memory()
        try:
            merge_into(target, source)
        except ProjectError as exc:
            assert "document 2 text" in str(exc)  # refused for its text, as import would
            return
        export(target, "jsonl", Path(tmp) / "out.jsonl")
        again = Project.memory()
        report = import_jsonl(again, Path(tmp) / "out.jsonl", "x")
        assert report.documents == len(target.documents.all())
        assert report.annotations == len(list(target.annotations.iter_all()))
        assert report.links == len(target.links.all())
