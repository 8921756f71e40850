"""CSV and JSONL exports: exact text, Excel-safe cells, atomic files."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

from annotator.errors import AnnotatorError
from annotator.formats.export.csv_tables import (
    ANNOTATION_COLUMNS,
    guard,
    sentence_around,
    write_annotations_csv,
    write_claims_csv,
)
from annotator.formats.export.doccano import write_jsonl
from annotator.formats.export.exporting import export, open_output
from annotator.formats.importing.files import import_file
from annotator.store.project import Project

TEXT = "قال بوتين إن الاقتصاد قوي. وقال الكرملين: -الوضع مستقر.\nسطر آخر"


@pytest.fixture
def annotated(project: Project) -> Project:
    """Two speakers (one grouped), a claim attributed to both, a claim with no speaker."""
    doc = project.documents.add(TEXT, "=title", "news.txt")
    ent = project.entities.add("فلاديمير بوتين", "person", "president")
    putin = project.annotations.add(doc.id, "speaker", 4, 9, "huda", entity_id=ent.id)
    kremlin = project.annotations.add(doc.id, "speaker", 32, 40, "huda")
    claim = project.annotations.add(
        doc.id,
        "claim",
        13,
        25,
        "huda",
        note='قال, "بوضوح"\r\nثم',
        attributes={"verifiable": "yes", "source_kind": "+tv"},
    )
    project.links.add(claim.id, putin.id, "huda")
    project.links.add(claim.id, kremlin.id, "huda")
    other = project.annotations.add(doc.id, "claim", 42, 54, "omar")
    project.annotations.set_review(claim.id, "accepted", "lead")
    assert TEXT[42:54] == "-الوضع مستقر" and other.text == TEXT[42:54]
    return project


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff") or not text
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def csv_text(project: Project, *, claims: bool = False, **options: object) -> str:
    out = io.StringIO(newline="")
    out.write("\ufeff")
    writer = write_claims_csv if claims else write_annotations_csv
    writer(project, out, **options)
    return out.getvalue()


def test_one_row_per_annotation_with_the_promised_columns(annotated):
    table = rows(csv_text(annotated))
    assert len(table) == 4
    header = list(table[0])
    assert header[: len(ANNOTATION_COLUMNS)] == list(ANNOTATION_COLUMNS)
    # schema fields first, in schema order, then attributes only found in the data, then
    # the document's metadata (none here) and document-level fields
    assert header[len(ANNOTATION_COLUMNS) :] == [
        "attr_verifiable",
        "attr_likely_false",
        "attr_harmful",
        "attr_check_worthy",
        "attr_quote_form",
        "attr_source_kind",
        "doc_contains_claim",
        "doc_check_worthy",
        "doc_harmful",
    ]


def test_text_equals_the_document_slice(annotated):
    for row in rows(csv_text(annotated, guard=False)):
        assert row["text"] == TEXT[int(row["start"]) : int(row["end"])]


def test_claim_rows_carry_their_speakers(annotated):
    claim = next(r for r in rows(csv_text(annotated)) if r["start"] == "13")
    assert claim["speaker"] == "فلاديمير بوتين | الكرملين"
    assert claim["speaker_text"] == "بوتين | الكرملين"
    assert claim["speaker_type"] == "person | "
    assert claim["speaker_role"] == "president | "
    assert claim["speaker_entity"].endswith(" | ") and len(claim["speaker_entity"]) > 30
    assert (claim["review_status"], claim["reviewer"]) == ("accepted", "lead")
    assert claim["note"] == 'قال, "بوضوح"\r\nثم'
    assert claim["attr_verifiable"] == "yes"
    speaker = next(r for r in rows(csv_text(annotated)) if r["start"] == "4")
    assert (speaker["entity"], speaker["speaker"]) == ("فلاديمير بوتين", "")


def test_rfc4180_quoting_and_crlf_rows(annotated):
    raw = csv_text(annotated)
    assert raw.count("\r\n") >= 5
    assert '"قال, ""بوضوح""\r\nثم"' in raw


def test_formula_cells_are_neutralised_unless_switched_off(annotated):
    guarded = rows(csv_text(annotated))
    assert {r["document"] for r in guarded} == {"'=title"}
    dash = next(r for r in guarded if r["start"] == "42")
    assert dash["text"] == "'-الوضع مستقر"
    claim = next(r for r in guarded if r["start"] == "13")
    assert claim["attr_source_kind"] == "'+tv"
    plain = rows(csv_text(annotated, guard=False))
    assert next(r for r in plain if r["start"] == "42")["text"] == "-الوضع مستقر"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_guard_prefixes_every_trigger(cell):
    assert guard(cell) == "'" + cell
    assert guard(" " + cell) == " " + cell
    assert guard(3) == 3


def test_accepted_only(annotated):
    table = rows(csv_text(annotated, reviewed="accepted"))
    assert [r["start"] for r in table] == ["13"]
    assert table[0]["speaker"] == ""  # its speaker mentions were not accepted


def test_claims_layout(annotated):
    table = rows(csv_text(annotated, claims=True))
    assert [r["claim"] for r in table] == ["الاقتصاد قوي", "'-الوضع مستقر"]
    assert table[0]["sentence"] == "قال بوتين إن الاقتصاد قوي."
    assert table[1]["sentence"] == "وقال الكرملين: -الوضع مستقر."
    assert table[0]["speaker"] == "فلاديمير بوتين | الكرملين"
    assert "attr_verifiable" in table[0] and "text" not in table[0]


@pytest.mark.parametrize(
    ("start", "end", "sentence"),
    [
        (0, 3, "أ ب."),
        (5, 6, "ج د؟"),
        (2, 8, "أ ب. ج د؟"),
        (10, 11, "هـ"),
        (14, 15, "3.5 و"),
    ],
)
def test_sentence_around(start, end, sentence):
    text = "أ ب. ج د؟ هـ\r\n3.5 و"
    assert sentence_around(text, start, end) == sentence


def test_jsonl_lines_carry_our_extra_keys(annotated):
    out = io.StringIO()
    assert write_jsonl(annotated, out) == 1
    (line,) = out.getvalue().splitlines()
    data = json.loads(line)
    assert data["text"] == TEXT
    assert set(data["meta"]) == {"uuid", "title", "source", "status", "created_at"}
    putin = next(e for e in data["entities"] if e["start_offset"] == 4)
    assert putin["speaker_entity"]["name"] == "فلاديمير بوتين"
    assert {"uuid", "analyst", "note", "attributes", "review_status"} <= set(putin)
    assert {r["type"] for r in data["relations"]} == {"attributed_to"}


def test_jsonl_keeps_one_document_per_line(project):
    text = "أ\u2028ب\u2029ج\x85د\r\nه\rو"
    project.documents.add(text, "lines")
    out = io.StringIO()
    write_jsonl(project, out)
    assert len(out.getvalue().splitlines()) == 1
    assert json.loads(out.getvalue())["text"] == text


def test_export_writes_csv_with_bom_and_normal_permissions(annotated, tmp_path):
    target = tmp_path / "out.csv"
    assert export(annotated, "csv", target) == 4
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdocument,")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_interrupted_export_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), open_output(target, bom=True) as out:
        out.write("half a row")
        raise RuntimeError("power cut")
    assert list(tmp_path.iterdir()) == []
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt), open_output(target) as out:
        out.write("new")
        raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_stdout_gets_utf8_whatever_the_locale(annotated, capsysbinary):
    export(annotated, "jsonl", "-")
    out = capsysbinary.readouterr().out
    assert json.loads(out.decode("utf-8"))["text"] == TEXT


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing/out.csv", "cannot be written: folder"),
        (".", "is a folder; give a file name for the export"),
    ],
)
def test_bad_targets(annotated, tmp_path, name, message):
    with pytest.raises(AnnotatorError, match=message):
        export(annotated, "csv", tmp_path / name)


def test_the_project_file_itself_is_never_an_export_target(filled_project, snapshot):
    before = snapshot(filled_project)
    with Project.open(filled_project) as p, pytest.raises(AnnotatorError, match="project file"):
        export(p, "csv", filled_project)
    assert snapshot(filled_project) == before


def test_unknown_format_and_selection(annotated, tmp_path):
    with pytest.raises(AnnotatorError, match="unknown export format 'xml'"):
        export(annotated, "xml", tmp_path / "x")
    with pytest.raises(AnnotatorError, match="unknown review selection 'some'"):
        export(annotated, "csv", tmp_path / "x", reviewed="some")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_real_article_exports_exact_rows(project, tmp_path, corpus_article):
    """The issue's acceptance check on the real article: import, annotate, export CSV."""
    import_file(project, corpus_article, "huda")
    (doc,) = project.documents.all()
    text = project.documents.text(doc.id)
    for needle, label in [("ماريا بوبوفا", "speaker"), ("السيدة بوبوفا", "speaker")]:
        start = text.index(needle)
        project.annotations.add(doc.id, label, start, start + len(needle), "huda")
    start = text.index("الهدف هو دعم النظام الروسي")
    project.annotations.add(doc.id, "claim", start, text.index(".", start) + 1, "huda")
    target = tmp_path / "article.csv"
    export(project, "csv", target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(target.open(encoding="utf-8-sig", newline="")))
    assert len(table) == 3
    for row in table:
        assert row["text"] == text[int(row["start"]) : int(row["end"])]
    assert corpus_article.read_bytes().decode("utf-8").removeprefix("\ufeff") == text


@pytest.mark.parametrize("claims", [False, True])
def test_every_row_has_the_header_width_and_who_when_line_up(annotated, claims):
    """Both CSVs build rows from one shared helper; a cell out of place shows here."""
    raw = csv_text(annotated, claims=claims, guard=False).removeprefix("\ufeff")
    header, *body = list(csv.reader(io.StringIO(raw, newline="")))
    assert body and all(len(row) == len(header) for row in body)
    for row in body:
        cell = dict(zip(header, row, strict=True))
        ann = annotated.annotations.get(int(cell["claim_id" if claims else "annotation_id"]))
        assert cell["analyst"] == ann.analyst
        assert cell["review_status"] == ann.review_status
        assert cell["note"] == ann.note
        assert cell["created_at"] == ann.created_at
        assert cell.get("updated_at", ann.updated_at) == ann.updated_at
        assert cell["claim" if claims else "text"] == ann.text
