"""Label schema: validation, sharing as JSON, and editing a project's schema safely."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from annotator.errors import InputError
from annotator.label_schema import DEFAULT_LABELS, schema_from_json, schema_to_json
from annotator.store.project import Project
from annotator.store.records import AttributeField, Label


def test_default_schema_follows_source_cue_content() -> None:
    kinds = {lab.name: lab.kind for lab in DEFAULT_LABELS}
    assert kinds == {"claim": "claim", "speaker": "speaker", "cue": "cue"}
    claim_fields = {f.name: f.choices for f in DEFAULT_LABELS[0].fields}
    assert claim_fields["verifiable"] == ("yes", "no")
    assert claim_fields["check_worthy"] == ("yes", "no", "unsure")
    assert claim_fields["quote_form"] == ("direct", "indirect")


def test_json_round_trip_is_exact() -> None:
    labels = [
        *DEFAULT_LABELS,
        Label("مصدر", "other", "#123abc", "M", (AttributeField("ملاحظة", "text"),), 3),
    ]
    text = schema_to_json(labels)
    assert "مصدر" in text  # readable Arabic, not \\u escapes
    assert schema_from_json(text) == labels


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("not json", "not a label schema"),
        (json.dumps({"labels": []}), "at least one label"),
        (json.dumps({"labels": [{"name": "a", "color": "red"}]}), "use #rrggbb"),
        (json.dumps({"labels": [{"name": "a"}, {"name": "a"}]}), "appears twice"),
        (
            json.dumps(
                {"labels": [{"name": "a", "shortcut": "C"}, {"name": "b", "shortcut": "c"}]}
            ),
            "reuses shortcut",
        ),
        (json.dumps({"labels": [{"name": "a", "kind": "opinion"}]}), "has kind"),
        ('{"labels": ' + "[" * 100_000 + "]" * 100_000 + "}", "not a label schema file"),
    ],
)
def test_bad_schema_files_name_the_problem(data: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        schema_from_json(data, "team.json")


def test_editing_schema_renames_keep_annotations_and_used_labels_stay() -> None:
    project = Project.memory()
    doc = project.documents.add("قال الوزير إن الخطة ناجحة", "t")
    ann = project.annotations.add(doc.id, "claim", 14, 25, "amal")
    labels = project.labels.all()
    renamed = [replace(labels[0], name="ادعاء"), *labels[1:]]
    project.labels.set_schema(renamed, renames={"claim": "ادعاء"})
    assert project.annotations.get(ann.id).label == "ادعاء"
    with pytest.raises(InputError, match="still used"):
        project.labels.set_schema(renamed[1:])
    assert project.labels.get("ادعاء") is not None


def test_swapping_two_label_names_keeps_each_annotation_with_its_label() -> None:
    project = Project.memory()
    doc = project.documents.add("قال الوزير إن الخطة ناجحة", "t")
    claim = project.annotations.add(doc.id, "claim", 14, 25, "amal")
    speaker = project.annotations.add(doc.id, "speaker", 4, 10, "amal")
    labels = project.labels.all()
    swapped = [replace(labels[0], name="speaker"), replace(labels[1], name="claim"), labels[2]]
    project.labels.set_schema(swapped, renames={"claim": "speaker", "speaker": "claim"})
    assert project.annotations.get(claim.id).label == "speaker"
    assert project.annotations.get(speaker.id).label == "claim"
    assert project.labels.get("speaker").kind == "claim"


def test_listeners_told_of_a_schema_change_read_the_new_schema() -> None:
    """The window rebuilds its label keys and colours from the change report."""
    project = Project.memory()
    project.labels.all()  # cached
    seen: list[list[str]] = []
    project.subscribe(lambda _changes: seen.append([lab.shortcut for lab in project.labels.all()]))
    labels = [replace(lab, shortcut="X") if lab.name == "claim" else lab for lab in DEFAULT_LABELS]
    project.labels.set_schema(labels)
    assert seen and "X" in seen[-1]
