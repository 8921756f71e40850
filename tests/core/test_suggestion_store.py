"""Suggestions and the project: nothing is stored until accepted; accepting is one
transaction that undo takes back whole; rejections are remembered per document; the origin
travels into the exports and back; the CLI's dry run changes nothing; bad lexicon files
are named with their line and the last good lexicon stays."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotator.cli import commands as cli
from annotator.formats.export.exporting import write_format
from annotator.formats.importing.files import import_files
from annotator.store import suggestion_rejections
from annotator.store.project import Project
from annotator.store.records import ATTRIBUTION, CUE_LINK
from annotator.suggestions.accepting import accept, redo_accept, reject, undo_accept
from annotator.suggestions.lexicon import LexiconError, LexiconStore, default_path, load
from annotator.suggestions.project_suggestions import document_suggestions

TEXT = (
    "قال وزير المالية سامي الحداد إن الميزانية ستنخفض.\n"
    "وأضاف أن الرواتب لن تتأثر.\n"
    "#عاجل | بوتين: روسيا مستعدة للتفاوض 🔴"
)


@pytest.fixture
def project() -> Project:
    p = Project.memory()
    p.documents.add(TEXT, "news", "news.txt")
    return p


def snapshot(project: Project) -> tuple:
    anns = [(a.label, a.start, a.end, a.origin) for a in project.annotations.iter_all()]
    links = [(k.source_id, k.target_id, k.type) for k in project.links.all()]
    return anns, links, suggestion_rejections.rejected(project, 1)


def test_suggestions_are_not_annotations_until_accepted(project: Project) -> None:
    groups = document_suggestions(project, 1)
    assert len(groups) == 3
    assert snapshot(project) == ([], [], set())
    assert project.documents.counts() == {} or all(
        not sum(c.values()) for c in project.documents.counts().values()
    )


def test_accept_stores_spans_links_and_origin_and_undo_takes_all_back(project: Project) -> None:
    groups = document_suggestions(project, 1)
    reported: list = []
    project.subscribe(reported.append)
    done = accept(project, 1, groups[:2], "nadia")
    assert len(reported) == 1  # one transaction
    anns = {a.text: a for a in project.annotations.iter_all()}
    assert anns["الميزانية ستنخفض"].origin == "suggested:complement"
    assert anns["سامي الحداد"].origin == "suggested:subject-after"
    assert anns["وأضاف"].origin == "suggested:lexicon"
    assert all(a.analyst == "nadia" for a in anns.values())
    second = anns["الرواتب لن تتأثر"]
    linked = {
        (k.type, project.annotations.get(k.target_id).text)
        for k in project.links.touching(second.id)
    }
    assert linked == {(ATTRIBUTION, "سامي الحداد"), (CUE_LINK, "وأضاف")}  # the earlier speaker
    after = snapshot(project)
    removed = undo_accept(project, done)
    assert snapshot(project) == ([], [], set())
    redo_accept(project, removed)
    assert snapshot(project) == after
    assert len(document_suggestions(project, 1)) == 1  # only the headline is left


def test_accepted_speaker_is_grouped_with_a_known_speaker(project: Project) -> None:
    putin = project.entities.add("فلاديمير بوتين")
    groups = document_suggestions(project, 1)
    accept(project, 1, [groups[-1]], "nadia")
    mention = next(a for a in project.annotations.iter_all() if a.label == "speaker")
    assert mention.text == "بوتين" and mention.entity_id == putin.id


def test_an_unknown_speaker_becomes_a_speaker_that_undo_removes(project: Project) -> None:
    """As a mention marked by hand: the Speakers panel lists it; a shorter form of the same
    name accepted with it joins it; undo takes the new speaker away, redo brings it back."""
    project.documents.add(
        "قال سامي الحداد إن الضرائب سترتفع. وقال الحداد إن الرواتب ثابتة.", "b", "b.txt"
    )
    done = accept(project, 2, document_suggestions(project, 2), "nadia")
    mentions = [a for a in project.annotations.iter_all() if a.label == "speaker"]
    assert [m.text for m in mentions] == ["سامي الحداد", "الحداد"]
    (speaker,) = project.entities.all()
    assert speaker.name == "سامي الحداد"
    assert {m.entity_id for m in mentions} == {speaker.id}
    undone = undo_accept(project, done)
    assert project.entities.all() == []
    redo_accept(project, undone)
    assert project.entities.all() == [speaker]
    assert {a.entity_id for a in project.annotations.iter_all() if a.label == "speaker"} == {
        speaker.id
    }


def test_changed_boundaries_are_in_the_origin(project: Project) -> None:
    group = document_suggestions(project, 1)[0]
    claim = group.claim
    assert claim is not None
    accept(project, 1, [group], "nadia", {claim.key: (claim.start, claim.end - 7)})
    ann = next(a for a in project.annotations.iter_all() if a.label == "claim")
    assert ann.origin == "suggested:complement:edited" and ann.text == "الميزانية"


def test_a_rejection_and_its_undo_are_reported_like_every_change(project: Project) -> None:
    """So the window's suggestions follow it and the checkpointer saves it."""
    reported: list = []
    project.subscribe(reported.append)
    keys = reject(project, 1, document_suggestions(project, 1)[:1], "nadia")
    suggestion_rejections.forget(project, 1, keys)
    changes = [(c.table, c.op, c.document_id) for batch in reported for c in batch]
    assert changes == [
        ("suggestion_rejections", "add", 1),
        ("suggestion_rejections", "delete", 1),
    ]


def test_rejection_is_remembered_per_document(project: Project) -> None:
    other = project.documents.add(TEXT + " ", "copy", "copy.txt")
    groups = document_suggestions(project, 1)
    keys = reject(project, 1, [groups[-1]], "nadia")
    assert set(keys) == {s.key for s in groups[-1].own}
    assert len(document_suggestions(project, 1)) == 2
    assert len(document_suggestions(project, other.id)) == 3  # another document still has it
    suggestion_rejections.forget(project, 1, keys)
    assert len(document_suggestions(project, 1)) == 3


def test_origin_in_csv_and_jsonl_exports_and_back(project: Project, tmp_path: Path) -> None:
    accept(project, 1, document_suggestions(project, 1)[:1], "nadia")
    project.annotations.add(1, "claim", TEXT.index("روسيا"), len(TEXT) - 2, "nadia")
    out = io.StringIO()
    write_format(project, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    origins = sorted(r["origin"] for r in rows)
    assert origins == ["", "suggested:complement", "suggested:lexicon", "suggested:subject-after"]
    out = io.StringIO()
    write_format(project, "claims-csv", out)
    assert "suggested:complement" in out.getvalue()
    out = io.StringIO()
    write_format(project, "jsonl", out)
    line = json.loads(out.getvalue())
    assert sorted(e["origin"] for e in line["entities"]) == origins
    path = tmp_path / "export.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    again = Project.memory()
    import_files(again, [path], "someone")
    assert sorted(a.origin for a in again.annotations.iter_all()) == origins


def test_merge_carries_the_origin(project: Project, tmp_path: Path) -> None:
    from annotator.team.merge import merge_into

    source = tmp_path / "nadia.annotator"
    with Project.create(source) as p:
        p.documents.add(TEXT, "news", "news.txt")
        accept(p, 1, document_suggestions(p, 1)[:1], "nadia")
        wanted = sorted(a.origin for a in p.annotations.iter_all())
    with Project.create(tmp_path / "lead.annotator") as lead:
        merge_into(lead, source)
        assert sorted(a.origin for a in lead.annotations.iter_all()) == wanted
    assert wanted[0].startswith("suggested:")


def test_migration_from_schema_3_adds_origin_and_rejections(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.annotator"
    with Project.create(path) as p:
        p.documents.add(TEXT, "news", "news.txt")
        p.annotations.add(1, "cue", 0, 3, "old")
    conn = sqlite3.connect(path)  # make it look like a schema-3 file
    conn.executescript(
        "DROP TABLE suggestion_rejections; ALTER TABLE annotations DROP COLUMN origin;"
        " DELETE FROM _sqlite_migrations WHERE name = '0004_suggestions'; PRAGMA user_version=3;"
    )
    conn.close()
    with Project.open(path) as p:
        assert [a.origin for a in p.annotations.iter_all()] == [""]
        assert suggestion_rejections.rejected(p, 1) == set()


# -- the command line ----------------------------------------------------------------------


def make_project(tmp_path: Path) -> Path:
    path = tmp_path / "p.annotator"
    with Project.create(path) as p:
        p.documents.add(TEXT, "news", "news.txt")
    return path


def test_cli_dry_run_writes_jsonl_and_changes_nothing(tmp_path: Path, capsys) -> None:
    path = make_project(tmp_path)
    before = path.read_bytes()
    assert cli.main(["suggest", str(path), "--format", "jsonl", "--output", "-"]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["meta"]["document_id"] == 1 and line["text"] == TEXT
    labels = sorted(e["label"] for e in line["entities"])
    assert labels == ["claim", "claim", "claim", "cue", "cue", "speaker", "speaker"]
    kinds = sorted(r["type"] for r in line["relations"])
    assert kinds == ["attributed_to"] * 3 + ["cued_by"] * 2
    for e in line["entities"]:
        assert TEXT[e["start_offset"] : e["end_offset"]] == e["text"]
    assert path.read_bytes() == before
    with Project.open(path, read_only=True) as p:
        assert list(p.annotations.iter_all()) == []


def test_cli_names_the_known_speaker_a_suggested_one_would_join(tmp_path: Path, capsys) -> None:
    path = make_project(tmp_path)
    with Project.open(path) as p:
        putin = p.entities.add("فلاديمير بوتين")
    assert cli.main(["suggest", str(path)]) == 0
    line = json.loads(capsys.readouterr().out)
    joined = [e for e in line["entities"] if "speaker_entity" in e]
    assert [(e["text"], e["speaker_entity"]["uuid"]) for e in joined] == [("بوتين", putin.uuid)]


def test_cli_output_file_and_document(tmp_path: Path, capsys) -> None:
    path = make_project(tmp_path)
    out = tmp_path / "s.jsonl"
    assert cli.main(["suggest", str(path), "--document", "1", "--output", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert cli.main(["suggest", str(path), "--document", "9"]) == 2
    assert "document 9 does not exist" in capsys.readouterr().err


def test_cli_accept_stores_them_as_the_analysts(tmp_path: Path, capsys) -> None:
    path = make_project(tmp_path)
    assert cli.main(["suggest", str(path), "--accept"]) == 2  # whose annotations?
    assert "--analyst" in capsys.readouterr().err
    assert cli.main(["suggest", str(path), "--accept", "--analyst", "nadia"]) == 0
    with Project.open(path, read_only=True) as p:
        anns = list(p.annotations.iter_all())
        assert len(anns) == 7 and {a.analyst for a in anns} == {"nadia"}
        assert all(a.origin.startswith("suggested:") for a in anns)
        assert len(p.links.all()) == 5


# -- lexicon files ---------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_lexicon_loads() -> None:
    lexicon = load(default_path())
    assert "قال" in lexicon.verb_forms and "يقول" in lexicon.verb_forms
    assert "موكدا" in lexicon.participles  # folded: مؤكداً


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ('{\n  "verbs": [\n}\n', 3, "not valid JSON"),
        ("[]", 1, "must be a JSON object"),
        ('{"verbs": []}', 1, "is missing"),
    ],
)
def test_bad_lexicon_names_file_line_and_problem(
    tmp_path: Path, content: str, line: int, problem: str
) -> None:
    path = write(tmp_path, content)
    with pytest.raises(LexiconError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and f"line {line}" in message and problem in message
    assert message.count(".") <= 2 and "\n" not in message  # one sentence


def test_bad_list_is_named_by_its_line_and_the_last_good_lexicon_stays(tmp_path: Path) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    data["participles"] = "مؤكدا"
    path = write(tmp_path, json.dumps(data, ensure_ascii=False, indent=1))
    expected = path.read_text(encoding="utf-8").splitlines().index(' "participles": "مؤكدا",') + 1
    store = LexiconStore()
    good = store.lexicon
    problem = store.reload(path)
    assert problem is not None and f"line {expected}" in problem and '"participles"' in problem
    assert store.lexicon is good
    assert store.reload(default_path()) is None


def test_a_lexicon_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.json"
    path.write_bytes(b'{"verbs": "\xff"}')
    with pytest.raises(LexiconError, match="not UTF-8"):
        load(path)
