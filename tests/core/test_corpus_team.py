"""A team on a corpus: two analysts import the same tweets, answer the document questions and
mark spans; the lead merges their files (metadata and answers come along, twice is a no-op)
and `annotator agreement` reports each document field as `doc:<field>`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotator.cli import commands as cli
from annotator.errors import InputError
from annotator.formats.importing.files import import_file
from annotator.store.project import Project
from annotator.team.agreement.project_figures import agreement_rows
from annotator.team.merge import merge_into

TWEETS = [
    ("1", "قال الوزير إن الاقتصاد ينمو بسرعة"),
    ("2", "أعلنت الشركة عن منتج جديد اليوم"),
    ("3", "صورة جميلة للغروب 🌅"),
    ("4", "صباح الخير يا أصدقاء"),
]
ANSWERS = {"huda": ["yes", "yes", "no", "no"], "omar": ["yes", "no", "no", "no"]}


def analyst_file(tmp_path: Path, name: str) -> Path:
    table = tmp_path / "tweets.tsv"
    rows = ["topic\ttweet_id\ttweet_url\ttweet_text\tclass_label"]
    rows += [f"عام\t{i}\thttps://x.example/{i}\t{text}\t0" for i, text in TWEETS]
    table.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    path = tmp_path / f"{name}.annotator"
    with Project.create(path) as p:
        import_file(p, table, name)
        for doc, answer in zip(p.documents.all(), ANSWERS[name], strict=True):
            p.document_fields.set(doc.id, name, "check_worthy", answer)
        first = p.documents.all()[0]
        p.annotations.add(first.id, "claim", 14, 33, name)
    return path


@pytest.fixture
def lead(tmp_path: Path) -> Path:
    path = tmp_path / "lead.annotator"
    sources = [analyst_file(tmp_path, "huda"), analyst_file(tmp_path, "omar")]
    with Project.create(path) as p, p.atomic():
        reports = [merge_into(p, s) for s in sources]
    assert [r.answers_added for r in reports] == [4, 4]
    return path


def test_merge_carries_metadata_source_rows_and_answers(lead, tmp_path):
    with Project.open(lead) as p:
        docs = p.documents.all()
        assert len(docs) == 4
        assert p.metadata.get(docs[2].id)["tweet_url"] == "https://x.example/3"
        assert p.metadata.source_row(docs[2].id) == 4
        assert p.document_fields.get(docs[1].id, "huda") == {"check_worthy": "yes"}
        assert p.document_fields.get(docs[1].id, "omar") == {"check_worthy": "no"}
        again = merge_into(p, tmp_path / "huda.annotator")
        assert (again.added, again.answers_skipped) == (0, 4)
        assert "4 document answers added" not in again.summary()


def test_agreement_reports_each_document_field(lead):
    with Project.open(lead, read_only=True) as p:
        rows = [r for r in agreement_rows(p) if r.label == "doc:check_worthy"]
    values = {(r.analyst_a, r.analyst_b, r.measure): r.value for r in rows}
    assert values["huda", "omar", "percent_agreement"] == 0.75
    assert values["huda", "omar", "cohen_kappa"] == pytest.approx(0.5)
    assert values["*", "*", "krippendorff_alpha"] == pytest.approx(1 - 14 / 30)


def test_agreement_on_the_command_line(capsys, lead):
    assert cli.main(["agreement", str(lead), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["measure"] for r in rows if r["label"] == "doc:check_worthy"} == {
        "percent_agreement",
        "cohen_kappa",
        "krippendorff_alpha",
    }


def test_answers_are_checked_against_the_schema(project, sample_text):
    doc = project.documents.add(sample_text, "t")
    with pytest.raises(InputError, match="'maybe' is not a choice of document field 'harmful'"):
        project.document_fields.set(doc.id, "huda", "harmful", "maybe")
    with pytest.raises(InputError, match="document field 'colour' is not in the label schema"):
        project.document_fields.set(doc.id, "huda", "colour", "red")
    assert project.document_fields.set(doc.id, "huda", "harmful", "yes") == ""
    assert project.document_fields.set(doc.id, "huda", "harmful", "") == "yes"  # cleared
    assert project.document_fields.get(doc.id, "huda") == {}


def test_review_lists_the_documents_whose_analysts_disagree_on_a_field(lead):
    from annotator.team.review import FieldDisagreement, field_disagreements

    with Project.open(lead) as p:
        docs = p.documents.all()
        assert field_disagreements(p) == [
            FieldDisagreement(
                docs[1].id, docs[1].title, "check_worthy", (("huda", "yes"), ("omar", "no"))
            )
        ]
        p.document_fields.set(docs[3].id, "huda", "harmful", "yes")  # one answer: no dispute
        p.document_fields.set(docs[3].id, "omar", "harmful", "no")
        p.document_fields.set(docs[3].id, "omar", "contains_claim", "no")
        p.document_fields.set(docs[3].id, "huda", "contains_claim", "yes")
        found = [(d.document_id, d.field) for d in field_disagreements(p)]
        # document order, then the schema's order of fields
        assert found == [
            (docs[1].id, "check_worthy"),
            (docs[3].id, "contains_claim"),
            (docs[3].id, "harmful"),
        ]
        assert field_disagreements(p, hidden={"omar"}) == []  # one analyst left: no dispute
        p.document_fields.set(docs[1].id, "omar", "check_worthy", "yes")  # now they agree
        assert [d.document_id for d in field_disagreements(p)] == [docs[3].id, docs[3].id]
