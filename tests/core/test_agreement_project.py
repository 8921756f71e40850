"""Project-level agreement: spans from the store, scope per pair, and the CLI.

The numbers are worked by hand below (the formulas are those in `annotator.team.agreement.measures`,
checked there against published examples).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from review_cli import run_cli

from annotator.errors import NotFoundError
from annotator.store.project import Project
from annotator.team.agreement.measures import ALL, Row
from annotator.team.agreement.project_figures import agreement_rows, project_spans
from annotator.team.review import correct

# D1 "aa bb cc dd ee": tokens aa 0-2, bb 3-5, cc 6-8, dd 9-11, ee 12-14.
D1 = "aa bb cc dd ee"
# D2 "ff gg": tokens ff 0-2, gg 3-5.
D2 = "ff gg"


def build(path: Path | None = None, *, carol: bool = False) -> Project:
    """Alice: D1 claim "aa bb" -> speaker "dd" (entity P); D2 claim "ff".
    Bob:   D1 claim "aa"    -> speaker "dd" (entity P); nothing in D2.
    Carol (optional): D2 claim "ff gg"; nothing in D1."""
    p = Project.create(path) if path else Project.memory()
    d1 = p.documents.add(D1, "d1", uuid="doc-1").id
    d2 = p.documents.add(D2, "d2", uuid="doc-2").id
    person = p.entities.add("P", uuid="entity-p")
    for analyst, claim_end in (("alice", 5), ("bob", 2)):
        claim = p.annotations.add(d1, "claim", 0, claim_end, analyst)
        speaker = p.annotations.add(d1, "speaker", 9, 11, analyst, entity_id=person.id)
        p.links.add(claim.id, speaker.id, analyst)
    p.annotations.add(d2, "claim", 0, 2, "alice")
    if carol:
        p.annotations.add(d2, "claim", 0, 5, "carol")
    return p


def table(rows: list[Row]) -> dict[tuple[str, str, str, str], float | None]:
    return {(r.label, r.analyst_a, r.analyst_b, r.measure): r.value for r in rows}


def test_hand_worked_two_analysts() -> None:
    # Alice and Bob share only D1 (Bob has nothing in D2), so D2 is out of their pair.
    #
    # Span F1 = 2·matches / (|A| + |B|).
    #   claim:   exact: (0,5) vs (0,2) no match -> 0;  overlap: 1 match -> 2/2 = 1
    #   speaker: (9,11) both -> exact 1, overlap 1
    #   *:       exact 1 match of 2+2 -> 0.5;  overlap 2 matches -> 1
    # Cohen's kappa over the 5 tokens, kappa = (n·agree - Σ nA_k·nB_k) / (n² - Σ nA_k·nB_k):
    #   claim (yes/no): A = Y Y N N N, B = Y N N N N; agree 4; chance 2·1 + 3·4 = 14
    #                   -> (20 - 14) / (25 - 14) = 6/11
    #   speaker: identical, with variance -> 1
    #   *: A = claim claim O speaker O, B = claim O O speaker O; agree 4;
    #      chance = claim 2·1 + O 2·3 + speaker 1·1 = 9 -> (20 - 9) / (25 - 9) = 11/16
    # Krippendorff's alpha (nominal), alpha = 1 - (n - 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k:
    #   claim: units (Y,Y) (Y,N) (N,N)x3 -> o_YY 2, o_YN = o_NY = 1, o_NN 6; n_Y 3, n_N 7,
    #          n 10 -> 1 - 9·2 / (100 - 9 - 49) = 1 - 18/42 = 4/7
    #   *: n_claim 3, n_O 5, n_speaker 2, disagreeing pairs 2 -> 1 - 9·2 / (100-9-25-4) = 22/31
    # Attribution: the matched claims both point at entity P -> 1.
    rows = table(agreement_rows(build()))
    pair = ("alice", "bob")
    expected = {
        ("claim", "f1_exact"): 0.0,
        ("claim", "f1_overlap"): 1.0,
        ("speaker", "f1_exact"): 1.0,
        ("speaker", "f1_overlap"): 1.0,
        (ALL, "f1_exact"): 0.5,
        (ALL, "f1_overlap"): 1.0,
        ("claim", "cohen_kappa"): 6 / 11,
        ("speaker", "cohen_kappa"): 1.0,
        (ALL, "cohen_kappa"): 11 / 16,
        ("claim", "krippendorff_alpha"): 4 / 7,
        ("speaker", "krippendorff_alpha"): 1.0,
        (ALL, "krippendorff_alpha"): 22 / 31,
        ("claim", "attribution"): 1.0,
        (ALL, "attribution"): 1.0,
    }
    for (label, measure), value in expected.items():
        assert rows[(label, *pair, measure)] == pytest.approx(value), (label, measure)
    # all analysts together: D2 has one analyst only, so it adds no pairable unit
    assert rows[("claim", ALL, ALL, "krippendorff_alpha")] == pytest.approx(4 / 7)
    assert rows[(ALL, ALL, ALL, "krippendorff_alpha")] == pytest.approx(22 / 31)
    assert ("speaker", *pair, "attribution") not in rows  # attribution is about claims


def test_alpha_for_all_treats_unread_documents_as_missing() -> None:
    # Carol worked on D2 only. Pairs: alice-bob over D1, alice-carol over D2, bob-carol none.
    # Alpha for all, claim (yes/no): D1 units (alice, bob, carol=missing): (Y,Y) (Y,N)
    # (N,N)x3; D2 units (alice, bob=missing, carol): ff (Y,Y), gg (N,Y).
    # o_YY 4, o_YN = o_NY = 2, o_NN 6; n_Y 6, n_N 8, n 14
    # -> 1 - 13·4 / (196 - 36 - 64) = 1 - 52/96 = 11/24.
    rows = table(agreement_rows(build(carol=True)))
    assert rows[("claim", ALL, ALL, "krippendorff_alpha")] == pytest.approx(11 / 24)
    # alice-carol over D2 only: claims (0,2) and (0,5) overlap -> overlap F1 1, exact 0;
    # kappa: A = Y N, C = Y Y, agree 1, chance 1·2 + 1·0 = 2 -> (2 - 2) / (4 - 2) = 0.
    assert rows[("claim", "alice", "carol", "f1_overlap")] == 1.0
    assert rows[("claim", "alice", "carol", "f1_exact")] == 0.0
    assert rows[("claim", "alice", "carol", "cohen_kappa")] == 0.0
    assert not any(key[1:3] == ("bob", "carol") for key in rows)
    # the alice-bob figures do not move when a third analyst joins elsewhere
    assert rows[("claim", "alice", "bob", "cohen_kappa")] == pytest.approx(6 / 11)


def test_one_document_and_unknown_document() -> None:
    project = build(carol=True)
    rows = table(agreement_rows(project, "doc-2"))
    assert {key[1:3] for key in rows} == {("alice", "carol"), (ALL, ALL)}
    with pytest.raises(NotFoundError, match="no-such"):
        agreement_rows(project, "no-such")
    # one document reads only its own spans and attributions, the same as the whole project's
    whole = project_spans(project)
    for uuid in ("doc-1", "doc-2"):
        one = project_spans(project, uuid)
        assert one.spans == [s for s in whole.spans if s.document == uuid]
        assert one.tokens == {uuid: whole.tokens[uuid]}
    assert any(s.speakers for s in project_spans(project, "doc-1").spans)


def test_edge_cases_no_annotations_one_analyst_total_agreement() -> None:
    empty = Project.memory()
    empty.documents.add(D1, "d1")
    assert agreement_rows(empty) == [Row(ALL, ALL, ALL, "krippendorff_alpha", None)]

    alone = Project.memory()
    doc = alone.documents.add(D1, "d1").id
    alone.annotations.add(doc, "claim", 0, 5, "alice")
    assert agreement_rows(alone) == [Row(ALL, ALL, ALL, "krippendorff_alpha", None)]

    same = Project.memory()
    doc = same.documents.add(D1, "d1").id
    for analyst in ("alice", "bob", "carol"):
        same.annotations.add(doc, "claim", 0, 5, analyst)
    rows = agreement_rows(same)
    values = {r.measure: r.value for r in rows if r.label == "claim"}
    assert set(values) == {"f1_exact", "f1_overlap", "cohen_kappa", "krippendorff_alpha",
                           "attribution"}  # fmt: skip
    assert all(r.value == 1.0 for r in rows if r.measure != "attribution")
    # no claim was attributed by anyone: agreement on attribution is undefined, not 1
    assert all(r.value is None for r in rows if r.measure == "attribution")


def test_reviewer_corrections_are_not_an_analysts_opinion() -> None:
    project = build()
    before = agreement_rows(project)
    bob_claim = next(a for a in project.annotations.iter_all() if a.analyst == "bob")
    correct(project, bob_claim.id, 0, 5, "claim", "lead")
    assert agreement_rows(project) == before
    assert "lead" not in project_spans(project).analysts


def test_speakers_without_an_entity_are_compared_by_mention_text() -> None:
    p = Project.memory()
    doc = p.documents.add(D1, "d1").id
    for analyst in ("alice", "bob"):
        claim = p.annotations.add(doc, "claim", 0, 5, analyst)
        mention = p.annotations.add(doc, "speaker", 9, 11, analyst)
        p.links.add(claim.id, mention.id, analyst)
    spans = project_spans(p).spans
    assert {s.speakers for s in spans if s.label == "claim"} == {frozenset({"text:dd"})}
    assert table(agreement_rows(p))[(ALL, "alice", "bob", "attribution")] == 1.0


# --- the CLI -------------------------------------------------------------------------------


def test_cli_agreement_csv_and_table(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.annotator"
    build(path).close()
    assert run_cli("agreement", str(path), "--format", "csv") == 0
    out = capsys.readouterr().out
    records = list(csv.DictReader(io.StringIO(out)))
    assert list(records[0]) == ["label", "analyst_a", "analyst_b", "measure", "value"]
    found = {
        (r["label"], r["analyst_a"], r["analyst_b"], r["measure"]): r["value"] for r in records
    }
    assert float(found[("claim", "alice", "bob", "cohen_kappa")]) == pytest.approx(6 / 11)
    assert float(found[(ALL, ALL, ALL, "krippendorff_alpha")]) == pytest.approx(22 / 31)

    assert run_cli("agreement", str(path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["label", "analyst_a", "analyst_b", "measure", "value"]
    assert any(line.split() == ["claim", "alice", "bob", "cohen_kappa", "0.545"] for line in lines)

    assert run_cli("agreement", str(path), "--document", "doc-1") == 0
    assert "0.545" in capsys.readouterr().out
