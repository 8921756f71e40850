"""Importing plain text and doccano JSONL: exact text, all or nothing, errors name the line."""

from __future__ import annotations

import json

import pytest

from annotator.errors import InputError
from annotator.formats.importing.files import import_file, import_files
from annotator.store.records import ATTRIBUTION

SAMPLE = "قال الرئيس بوتين: «الاقتصاد قوي».\r\nوأضاف أن الوضع مستقر.\n"
TEXT = "قال بوتين إن الاقتصاد قوي."  # speaker 4-9, claim 13-25


def jsonl(*objs: object) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def relation_line(**extra: object) -> dict:
    line = {
        "text": TEXT,
        "entities": [
            {"id": 1, "label": "speaker", "start_offset": 4, "end_offset": 9},
            {"id": 2, "label": "claim", "start_offset": 13, "end_offset": 25},
        ],
        "relations": [{"id": 7, "from_id": 2, "to_id": 1, "type": ATTRIBUTION}],
    }
    line.update(extra)
    return line


def counts(project) -> tuple[int, int, int, int]:
    q = project._db.execute
    return tuple(
        q(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "annotations", "links", "entities")
    )


def test_plain_text_is_stored_verbatim(project, write_file):
    report = import_file(project, write_file("خبر.txt", SAMPLE), "huda")
    assert (report.status, report.documents) == ("imported", 1)
    (doc,) = project.documents.all()
    assert project.documents.text(doc.id) == SAMPLE
    assert (doc.title, doc.source) == ("خبر", "خبر.txt")


def test_same_text_twice_is_reported_not_duplicated(project, write_file):
    import_file(project, write_file("a.txt", SAMPLE), "huda")
    report = import_file(project, write_file("copy.txt", "\ufeff" + SAMPLE), "huda")
    assert report.status == "skipped"
    assert "already in the project as 'a'" in report.summary()
    assert counts(project)[0] == 1


def test_span_form(project, write_file):
    path = write_file("spans.jsonl", jsonl({"text": TEXT, "label": [[13, 25, "claim"]]}))
    report = import_file(project, path, "huda")
    assert (report.documents, report.annotations) == (1, 1)
    (ann,) = project.annotations.iter_all()
    assert (ann.label, ann.text, ann.analyst) == ("claim", "الاقتصاد قوي", "huda")


def test_relation_form_makes_attribution_and_typed_links(project, write_file):
    line = relation_line()
    line["entities"].append({"id": 3, "label": "cue", "start_offset": 0, "end_offset": 3})
    line["relations"].append({"id": 8, "from_id": 3, "to_id": 2, "type": "introduces"})
    import_file(project, write_file("rel.jsonl", jsonl(line)), "huda")
    claim = next(a for a in project.annotations.iter_all() if a.label == "claim")
    (speaker_id,) = project.links.speakers_of(claim.id)
    assert project.annotations.get(speaker_id).text == "بوتين"
    types = sorted(k.type for k in project.links.all())
    assert types == [ATTRIBUTION, "introduces"]


def test_attribution_drawn_backwards_is_stored_claim_to_speaker(project, write_file):
    line = relation_line(relations=[{"id": 7, "from_id": 1, "to_id": 2, "type": ATTRIBUTION}])
    report = import_file(project, write_file("rev.jsonl", jsonl(line)), "huda")
    (link,) = project.links.all()
    assert project.annotations.get(link.source_id).label == "claim"
    assert any("stored as claim -> speaker" in n for n in report.notes)


def test_speaker_entities_are_shared_across_lines_and_with_the_project(project, write_file):
    existing = project.entities.add("فلاديمير بوتين", "person", "president")
    grouped = {"uuid": existing.uuid, "name": "ignored", "type": "person", "role": ""}
    fresh = {"uuid": "e-new", "name": "الكرملين", "type": "organisation", "role": ""}
    lines = [
        relation_line(),
        {
            "text": "بوتين قال.",
            "entities": [
                {
                    "id": 1,
                    "label": "speaker",
                    "start_offset": 0,
                    "end_offset": 5,
                    "speaker_entity": grouped,
                }
            ],
        },
        {
            "text": "الكرملين نفى.",
            "entities": [
                {
                    "id": 1,
                    "label": "speaker",
                    "start_offset": 0,
                    "end_offset": 8,
                    "speaker_entity": fresh,
                }
            ],
        },
        {
            "text": "الكرملين أكد.",
            "entities": [
                {
                    "id": 1,
                    "label": "speaker",
                    "start_offset": 0,
                    "end_offset": 8,
                    "speaker_entity": fresh,
                }
            ],
        },
    ]
    import_file(project, write_file("ents.jsonl", jsonl(*lines)), "huda")
    assert len(project.entities.mentions(existing.id)) == 1
    assert project.entities.get(existing.id).name == "فلاديمير بوتين"
    kremlin = project.entities.by_uuid("e-new")
    assert kremlin is not None and kremlin.type == "organisation"
    assert len(project.entities.mentions(kremlin.id)) == 2


def test_line_breaks_inside_text_do_not_split_records(project, write_file):
    text = "سطر\u2028ثان\rثالث\r\nرابع\x85"
    import_file(project, write_file("lb.jsonl", jsonl({"text": text})), "huda")
    (doc,) = project.documents.all()
    assert project.documents.text(doc.id) == text


def test_duplicate_lines_are_skipped_with_a_note(project, write_file):
    import_file(project, write_file("a.txt", TEXT), "huda")
    path = write_file("d.jsonl", jsonl({"text": TEXT}, {"text": "جديد"}, {"text": "جديد"}))
    report = import_file(project, path, "huda")
    assert report.documents == 1
    assert [n.split(":")[0] for n in report.notes] == ["line 1", "line 3"]
    again = import_file(project, path, "huda")
    assert again.status == "skipped"


BAD_LINES = [
    ({"text": TEXT, "label": [[20, 40, "claim"]]}, "label item 1: span 20-40 is outside the text"),
    ({"text": TEXT, "label": [[5, 5, "claim"]]}, "label item 1: span 5-5 has start >= end"),
    ({"text": TEXT, "label": [[9, 4, "claim"]]}, "label item 1: span 9-4 has start >= end"),
    ({"text": TEXT, "label": [[-1, 4, "claim"]]}, "span -1-4 is outside the text"),
    ({"text": TEXT, "label": [[0, 4, "opinion"]]}, "label 'opinion' is not in the project's"),
    ({"text": TEXT, "label": [[0, 4.0, "claim"]]}, "offsets must be whole numbers"),
    ({"text": TEXT, "label": ["positive"]}, "label item 1 is 'positive', not [start, end, label]"),
    ({"text": ""}, 'has no "text", or it is empty'),
    ({"label": []}, 'has no "text"'),
    (["not", "an", "object"], "is not a JSON object"),
    ("{broken", "is not valid JSON"),
    ('{"text": "نص", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "is nested too deeply to read"),
    ("[" * 100_000, "is nested too deeply to read"),
    ({"text": "a\x00b"}, "contains a NUL character"),
    ({"text": "a\ud800b"}, "unpaired surrogate"),
    ({"text": TEXT, "meta": {"title": "\udc80"}}, "holds a string with an unpaired surrogate"),
    (
        {
            "text": TEXT,
            "entities": [
                {
                    "label": "claim",
                    "start_offset": 0,
                    "end_offset": 3,
                    "attributes": {"\ud800": "x"},
                }
            ],
        },
        "holds a string with an unpaired surrogate (U+D800), which cannot be stored",
    ),
    (relation_line(relations=[{"from_id": 2, "to_id": 9, "type": "x"}]), "refers to entity 9"),
    (
        relation_line(relations=[{"id": 7, "from_id": 2, "to_id": 2, "type": ATTRIBUTION}]),
        "relation 7 links an entity to itself",
    ),
    (
        relation_line(
            entities=[
                {"id": 1, "label": "claim", "start_offset": 0, "end_offset": 3},
                {"id": 2, "label": "claim", "start_offset": 4, "end_offset": 9},
            ],
            relations=[{"id": 7, "from_id": 1, "to_id": 2, "type": ATTRIBUTION}],
        ),
        "attributed_to must join a claim and a speaker, not claim and claim",
    ),
    (
        relation_line(
            entities=[
                {"id": 1, "label": "claim", "start_offset": 0, "end_offset": 3},
                {"id": 1, "label": "claim", "start_offset": 4, "end_offset": 9},
            ]
        ),
        "two entities have the id 1",
    ),
    (
        {
            "text": TEXT,
            "entities": [
                {
                    "id": 1,
                    "label": "claim",
                    "start_offset": 0,
                    "end_offset": 3,
                    "attributes": {"verifiable": True},
                }
            ],
        },
        '"attributes" must map names to strings',
    ),
    (
        {
            "text": TEXT,
            "entities": [
                {
                    "id": 1,
                    "label": "claim",
                    "start_offset": 0,
                    "end_offset": 3,
                    "review_status": "maybe",
                }
            ],
        },
        "review status 'maybe' is not one of",
    ),
]


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_a_bad_line_is_named_and_nothing_goes_in(project, write_file, bad, message):
    heard = []
    project.subscribe(heard.append)
    raw = bad if isinstance(bad, str) else json.dumps(bad)
    path = write_file("bad.jsonl", jsonl(relation_line(), {"text": "سطر جيد"}) + "\n" + raw)
    with pytest.raises(InputError) as err:
        import_file(project, path, "huda")
    assert str(err.value).startswith(f"{path}: line 4: ")
    assert message in str(err.value)
    assert counts(project) == (0, 0, 0, 0)
    assert heard == []


def test_a_failure_while_writing_rolls_back_the_earlier_lines(project, write_file):
    project.documents.add("نص قديم", "old")
    taken = project.annotations.add(1, "claim", 0, 2, "huda").uuid
    line = {
        "text": TEXT,
        "entities": [
            {"id": 1, "label": "claim", "start_offset": 0, "end_offset": 3, "uuid": taken}
        ],
    }
    path = write_file("clash.jsonl", jsonl({"text": "سطر أول"}, line))
    with pytest.raises(InputError, match=f"line 2: annotation uuid {taken} is already in"):
        import_file(project, path, "huda")
    assert counts(project) == (1, 1, 0, 0)


def test_batch_reports_which_files_went_in(project, write_file, tmp_path):
    good = write_file("good.txt", SAMPLE)
    empty = write_file("empty.txt", b"")
    report = import_files(project, [good, empty, tmp_path / "gone.txt", tmp_path], "huda")
    assert [f.status for f in report.files] == ["imported", "failed", "failed", "failed"]
    assert [f.path for f in report.imported] == [good]
    assert report.failed[0].error == f"{empty}: is empty"
    assert report.failed[1].error.endswith("gone.txt: does not exist")
    assert report.failed[2].error.endswith("is a folder, not a file")
    assert not report.ok
    assert counts(project)[0] == 1


def test_empty_jsonl(project, write_file):
    with pytest.raises(InputError, match="is empty"):
        import_file(project, write_file("e.jsonl", "\n \n"), "huda")


def test_a_project_that_cannot_take_more_stops_the_batch(project, write_file, monkeypatch):
    from annotator.errors import ProjectError
    from annotator.store.documents import Documents

    files = [write_file(f"{n}.txt", f"نص رقم {n}") for n in range(3)]
    real_add, calls = Documents.add, []

    def add(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise ProjectError("is read-only", "p.annotator")
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(Documents, "add", add)
    heard = []
    report = import_files(project, files, "huda", on_file=heard.append)
    assert [f.status for f in heard] == ["imported", "failed", "failed"]
    assert heard[1].error == f"{files[1]}: not imported: p.annotator: is read-only"
    assert heard[2].error == f"{files[2]}: not imported (the import stopped at {files[1]})"
    assert len(calls) == 2  # the third file was not tried
    assert report.files == heard
