"""Metadata and document-level answers in every export, the JSONL round trip, the documented
SQL views read with the stdlib sqlite3 against the CSV export, and the schema upgrade."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from annotator.formats.export.exporting import export
from annotator.formats.importing.files import import_file
from annotator.store.project import Project

TSV = (
    "topic\ttweet_id\ttweet_text\r\n"
    "صحة\t501\tقال الوزير إن اللقاح آمن تماماً 💉\r\n"
    "سياسة\t502\tأكدت اللجنة أن الانتخابات في موعدها\r\n"
)


def build(path: Path, tmp_path: Path) -> None:
    """Two tweets from a table; huda and omar annotate the first and answer its questions."""
    table = tmp_path / "tweets.tsv"
    table.write_text(TSV, encoding="utf-8")
    with Project.create(path) as p:
        import_file(p, table, "huda")
        first, _second = p.documents.all()
        speaker = p.annotations.add(first.id, "speaker", 4, 10, "huda")  # الوزير
        claim = p.annotations.add(first.id, "claim", 14, 28, "huda")
        cue = p.annotations.add(first.id, "cue", 0, 3, "huda")
        p.links.add(claim.id, speaker.id, "huda")
        p.links.add(claim.id, cue.id, "huda", "cued_by")
        p.annotations.add(first.id, "claim", 14, 24, "omar")
        p.document_fields.set(first.id, "huda", "check_worthy", "yes")
        p.document_fields.set(first.id, "omar", "check_worthy", "no")
        p.document_fields.set(first.id, "huda", "harmful", "no")
        p.document_fields.set(first.id, "omar", "harmful", "no")


@pytest.fixture
def corpus_project(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.annotator"
    build(path, tmp_path)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to show Arabic
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def exported(project_path: Path, fmt: str, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / f"{fmt}.csv"
    with Project.open(project_path, read_only=True) as p:
        export(p, fmt, out, formula_guard=False)
    return read_csv(out)


def test_annotation_csvs_carry_metadata_and_the_analysts_own_answers(corpus_project, tmp_path):
    rows = exported(corpus_project, "csv", tmp_path)
    by_analyst = {r["analyst"]: r for r in rows if r["label"] == "claim"}
    assert by_analyst["huda"]["meta_topic"] == "صحة"
    assert by_analyst["huda"]["meta_tweet_id"] == "501"
    assert (by_analyst["huda"]["doc_check_worthy"], by_analyst["omar"]["doc_check_worthy"]) == (
        "yes",
        "no",
    )
    claims = sorted(
        exported(corpus_project, "claims-csv", tmp_path), key=lambda r: int(r["claim_id"])
    )
    assert {r["meta_tweet_id"] for r in claims} == {"501"}
    assert "doc_contains_claim" in claims[0]


def test_the_documents_csv_has_one_row_per_document(corpus_project, tmp_path):
    rows = exported(corpus_project, "documents-csv", tmp_path)
    assert [r["meta_tweet_id"] for r in rows] == ["501", "502"]
    first = rows[0]
    assert first["text"] == "قال الوزير إن اللقاح آمن تماماً 💉"
    assert (first["source"], first["source_row"], first["status"]) == (
        "tweets.tsv",
        "2",
        "in_progress",
    )
    assert (first["count_claim"], first["count_speaker"], first["count_cue"]) == ("2", "1", "1")
    assert first["analysts"] == "huda | omar"
    assert first["doc_check_worthy"] == "huda: yes | omar: no"  # they disagree
    assert first["doc_harmful"] == "no"  # they agree
    assert rows[1]["annotations"] == "0" and rows[1]["doc_harmful"] == ""


def test_jsonl_carries_metadata_and_answers_and_imports_back(corpus_project, tmp_path):
    out = tmp_path / "all.jsonl"
    with Project.open(corpus_project, read_only=True) as p:
        export(p, "jsonl", out)
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["meta"]["metadata"] == {"topic": "صحة", "tweet_id": "501"}
    assert first["meta"]["source_row"] == 2
    assert first["meta"]["document_fields"]["omar"] == {"check_worthy": "no", "harmful": "no"}
    with Project.memory() as fresh:
        import_file(fresh, out, "someone")
        doc = fresh.documents.all()[0]
        assert fresh.metadata.get(doc.id) == {"topic": "صحة", "tweet_id": "501"}
        assert fresh.metadata.source_row(doc.id) == 2
        assert fresh.document_fields.get(doc.id, "huda") == {"check_worthy": "yes", "harmful": "no"}


def test_a_doccano_lines_meta_is_kept_as_metadata(project, write_file):
    line = {
        "text": "قال المتحدث إن الخبر كاذب",
        "label": [[15, 25, "claim"]],
        "meta": {"title": "منشور", "author": "ليلى", "likes": 12, "url": "https://x.example/1"},
    }
    import_file(project, write_file("posts.jsonl", json.dumps(line, ensure_ascii=False)), "h")
    (doc,) = project.documents.all()
    assert doc.title == "منشور"
    assert project.metadata.get(doc.id) == {
        "author": "ليلى",
        "likes": "12",
        "url": "https://x.example/1",
    }


# -- the views --------------------------------------------------------------------------------


def views(path: Path, sql: str) -> list[dict[str, object]]:
    conn = sqlite3.connect(path)  # the stdlib alone, as a script or pandas would
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_the_views_match_the_csv_export(corpus_project, tmp_path):
    rows = exported(corpus_project, "csv", tmp_path)
    shared = [
        "document", "document_id", "document_uuid", "annotation_id", "annotation_uuid",
        "label", "start", "end", "text", "entity", "entity_uuid", "analyst",
        "review_status", "reviewer", "note", "created_at", "updated_at",
    ]  # fmt: skip
    from_view = views(corpus_project, "SELECT * FROM v_annotations ORDER BY annotation_id")
    rows.sort(key=lambda r: int(r["annotation_id"]))
    assert [{c: str(r[c]) for c in shared} for r in from_view] == [
        {c: r[c] for c in shared} for r in rows
    ]
    claims = sorted(
        exported(corpus_project, "claims-csv", tmp_path), key=lambda r: int(r["claim_id"])
    )
    from_view = views(corpus_project, "SELECT * FROM v_claims ORDER BY claim_id")
    columns = ["claim_uuid", "claim", "speaker", "speaker_text", "speaker_entity", "analyst"]
    assert [{c: str(r[c]) for c in columns} for r in from_view] == [
        {c: r[c] for c in columns} for r in claims
    ]
    assert [r["cue"] for r in from_view] == ["قال", ""]


def test_the_document_views_match_the_documents_csv(corpus_project, tmp_path):
    rows = exported(corpus_project, "documents-csv", tmp_path)
    docs = views(corpus_project, "SELECT * FROM v_documents ORDER BY document_id")
    for row, doc in zip(rows, docs, strict=True):
        for column in ("document", "document_uuid", "source", "status", "text", "analysts"):
            assert str(doc[column] or "") == row[column]
        assert str(doc["source_row"]) == row["source_row"]
        assert str(doc["annotations"]) == row["annotations"]
    meta = views(corpus_project, "SELECT * FROM v_document_metadata ORDER BY document_id, position")
    assert [(m["name"], m["value"]) for m in meta if m["document_id"] == 1] == [
        ("topic", "صحة"),
        ("tweet_id", "501"),
    ]
    answers = views(corpus_project, "SELECT * FROM v_document_fields ORDER BY analyst, field")
    assert [(a["analyst"], a["field"], a["value"]) for a in answers] == [
        ("huda", "check_worthy", "yes"),
        ("huda", "harmful", "no"),
        ("omar", "check_worthy", "no"),
        ("omar", "harmful", "no"),
    ]


def test_the_views_work_where_the_app_reads_with_trusted_schema_off(corpus_project):
    with Project.open(corpus_project, read_only=True) as p:
        for name in ("v_documents", "v_annotations", "v_claims", "v_document_fields"):
            assert p._db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] >= 1


def test_a_version_1_project_is_upgraded_with_its_documents(tmp_path, sample_text):
    path = tmp_path / "old.annotator"
    with Project.create(path) as p:
        p.documents.add(sample_text, "old", "old.txt")
    conn = sqlite3.connect(path)  # take it back to what version 1 wrote
    for view in ("v_documents", "v_document_metadata", "v_annotations", "v_claims"):
        conn.execute(f"DROP VIEW {view}")
    conn.executescript(
        "DROP VIEW v_document_fields; DROP TABLE document_fields; DROP TABLE document_metadata;"
        " DROP TABLE document_field_defs; ALTER TABLE documents DROP COLUMN source_row;"
        " DELETE FROM _sqlite_migrations WHERE name = '0002_corpus'; PRAGMA user_version=1;"
    )
    conn.close()
    with Project.open(path) as p:
        (doc,) = p.documents.all()
        assert p.metadata.source_row(doc.id) is None
        assert [f.name for f in p.document_fields.definitions()] == [
            "contains_claim",
            "check_worthy",
            "harmful",
        ]
        p.document_fields.set(doc.id, "huda", "harmful", "yes")
        assert p._db.execute("SELECT value FROM v_document_fields").fetchone()[0] == "yes"
