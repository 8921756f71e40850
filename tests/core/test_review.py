"""Review: finding where analysts disagree, and the reviewer's decisions with undo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import InvalidSpanError
from annotator.store.project import Project
from annotator.store.records import Annotation
from annotator.team.review import (
    CORRECTS,
    accept,
    accept_agreed,
    adjudicated,
    correct,
    disagreements,
    redo_correction,
    redo_decision,
    reject,
    review_progress,
    undo_correction,
    undo_decision,
)

TEXT = "قال الوزير إن الاقتصاد ينمو. وقالت الخبيرة إن التضخم مرتفع."


def at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def mark(p: Project, doc: int, analyst: str, label: str, phrase: str, **kw) -> Annotation:
    start, end = at(phrase)
    return p.annotations.add(doc, label, start, end, analyst, **kw)


@pytest.fixture
def two() -> tuple[Project, int, dict[str, Annotation]]:
    """Alice and Bob on one article; they agree on the minister's claim and differ on the
    rest (each difference is named in the test that looks for it)."""
    p = Project.memory()
    doc = p.documents.add(TEXT, "article").id
    minister = p.entities.add("الوزير")
    expert = p.entities.add("الخبيرة")
    a: dict[str, Annotation] = {}
    a["a_cue"] = mark(p, doc, "alice", "cue", "قال")
    a["a_minister"] = mark(p, doc, "alice", "speaker", "الوزير", entity_id=minister.id)
    a["a_claim1"] = mark(p, doc, "alice", "claim", "الاقتصاد ينمو")
    a["a_expert"] = mark(p, doc, "alice", "speaker", "الخبيرة", entity_id=expert.id)
    a["a_claim2"] = mark(p, doc, "alice", "claim", "التضخم مرتفع")
    p.links.add(a["a_claim1"].id, a["a_minister"].id, "alice")
    p.links.add(a["a_claim2"].id, a["a_expert"].id, "alice")
    a["b_minister"] = mark(p, doc, "bob", "speaker", "الوزير", entity_id=minister.id)
    a["b_claim1"] = mark(p, doc, "bob", "claim", "الاقتصاد ينمو")
    a["b_expert"] = mark(p, doc, "bob", "claim", "الخبيرة")  # label differs
    a["b_claim2"] = mark(p, doc, "bob", "claim", "إن التضخم مرتفع")  # boundary differs
    p.links.add(a["b_claim1"].id, a["b_minister"].id, "bob")
    p.links.add(a["b_claim2"].id, a["b_minister"].id, "bob")  # attributed to another speaker
    return p, doc, a


def test_each_kind_of_disagreement_is_found_in_text_order(two) -> None:
    p, doc, a = two
    found = disagreements(p, doc)
    assert [(d.kind, d.annotation_ids) for d in found] == [
        ("missing", (a["a_cue"].id,)),
        ("label", (a["a_expert"].id, a["b_expert"].id)),
        ("boundary", (a["b_claim2"].id, a["a_claim2"].id)),
        ("attribution", (a["b_claim2"].id, a["a_claim2"].id)),
    ]
    assert [d.start for d in found] == sorted(d.start for d in found)
    missing, label, boundary, attribution = found
    assert (missing.start, missing.end) == at("قال")
    assert missing.description == "cue «قال» marked by alice, not by bob"
    assert "alice speaker; bob claim" in label.description
    assert (boundary.start, boundary.end) == at("إن التضخم مرتفع")
    s1, e1 = at("التضخم مرتفع")
    s2, e2 = at("إن التضخم مرتفع")
    assert f"alice {s1}-{e1}; bob {s2}-{e2}" in boundary.description
    assert "alice → الخبيرة; bob → الوزير" in attribution.description
    assert not any(d.resolved for d in found)


def test_identical_work_has_no_disagreement_and_one_analyst_cannot_disagree(two) -> None:
    p, doc, _a = two
    assert disagreements(p, doc, analysts=["alice"]) == []
    other = p.documents.add("نص قصير هنا", "other").id
    for analyst in ("alice", "bob", "carol"):
        p.annotations.add(other, "claim", 0, 3, analyst)
    assert disagreements(p, other) == []


def test_a_third_analyst_who_left_a_span_out_is_named(two) -> None:
    p, doc, a = two
    mark(p, doc, "carol", "speaker", "الوزير")
    found = [d for d in disagreements(p, doc) if d.kind == "missing"]
    assert any(
        d.description.endswith("marked by alice, bob, not by carol")
        and a["a_claim1"].id in d.annotation_ids
        for d in found
    )


def test_attribution_to_ungrouped_mentions_compares_their_text() -> None:
    p = Project.memory()
    doc = p.documents.add(TEXT, "t").id
    for analyst in ("alice", "bob"):
        claim = mark(p, doc, analyst, "claim", "الاقتصاد ينمو")
        speaker = mark(p, doc, analyst, "speaker", "الوزير")
        p.links.add(claim.id, speaker.id, analyst)
    assert disagreements(p, doc) == []
    lone = mark(p, doc, "bob", "speaker", "الخبيرة")
    bob_claim = next(x for x in p.annotations.for_document(doc, "bob") if x.label == "claim")
    p.links.add(bob_claim.id, lone.id, "bob")
    kinds = [d.kind for d in disagreements(p, doc)]
    assert "attribution" in kinds


def test_decisions_resolve_disagreements_and_undo_exactly(two) -> None:
    p, doc, a = two
    before = p.annotations.get(a["a_cue"].id)
    decision = reject(p, a["a_cue"].id, "lead")
    assert decision.after.review_status == "rejected" and decision.after.reviewer == "lead"
    assert decision.after.reviewed_at
    assert disagreements(p, doc)[0].resolved
    undo_decision(p, decision)
    assert p.annotations.get(a["a_cue"].id) == before
    redo_decision(p, decision)
    assert p.annotations.get(a["a_cue"].id) == decision.after
    accepted = accept(p, a["a_claim1"].id, "lead")
    assert accepted.after.review_status == "accepted"
    assert [x.id for x in adjudicated(p, doc)] == [a["a_claim1"].id]


def test_correct_replaces_with_the_reviewers_span_in_one_transaction(two) -> None:
    p, doc, a = two
    original = a["b_claim2"]
    heard: list[list] = []
    p.subscribe(heard.append)
    start, end = at("التضخم مرتفع")
    c = correct(p, original.id, start, end, "claim", "lead")
    assert len(heard) == 1  # one transaction, one report
    assert (c.created.analyst, c.created.review_status, c.created.reviewer) == (
        "lead",
        "accepted",
        "lead",
    )
    assert c.created.text == "التضخم مرتفع"
    assert p.annotations.get(original.id).review_status == "rejected"
    # the claim stays attributed, and the correction records what it replaced
    assert p.links.speakers_of(c.created.id) == [a["b_minister"].id]
    assert p.links.find(c.created.id, original.id, CORRECTS) is not None
    # corrections are the answer, not an opinion: no new disagreements, progress unchanged
    kinds = [d.kind for d in disagreements(p, doc)]
    assert kinds == ["missing", "label", "boundary", "attribution"]
    assert review_progress(p)[doc] == (1, 9)
    assert [x.id for x in adjudicated(p)] == [c.created.id]

    snapshot = _rows(p)
    undo_correction(p, c)
    assert p.annotations.get(original.id) == original
    assert p.annotations.by_uuid(c.created.uuid) is None
    assert review_progress(p)[doc] == (0, 9)
    redo_correction(p, c)
    assert _rows(p) == snapshot  # same ids, UUIDs and links as the first time


def _rows(p: Project) -> tuple[list, list]:
    anns = list(p._db.execute("SELECT * FROM annotations ORDER BY id"))
    links = list(p._db.execute("SELECT * FROM links ORDER BY id"))
    return anns, links


def test_a_bad_correction_changes_nothing(two) -> None:
    p, _doc, a = two
    snapshot = _rows(p)
    with pytest.raises(InvalidSpanError):
        correct(p, a["a_cue"].id, 0, 10_000, "cue", "lead")
    with pytest.raises(InvalidSpanError, match="accept it instead"):
        correct(p, a["a_cue"].id, a["a_cue"].start, a["a_cue"].end, "cue", "lead")
    assert _rows(p) == snapshot


def test_accept_agreed_keeps_each_agreed_span_once_and_leaves_disputes(two) -> None:
    p, doc, a = two
    decisions = accept_agreed(p, doc, "lead")
    # agreed by both: the minister mention and the first claim; alice's copies are kept
    assert {(d.before.id, d.after.review_status) for d in decisions} == {
        (a["a_minister"].id, "accepted"),
        (a["b_minister"].id, "rejected"),
        (a["a_claim1"].id, "accepted"),
        (a["b_claim1"].id, "rejected"),
    }
    kept = {x.id for x in adjudicated(p, doc)}
    assert p.links.speakers_of(a["a_claim1"].id)[0] in kept  # the kept claim keeps its speaker
    assert all(not d.resolved for d in disagreements(p, doc))  # disputes are left alone
    assert accept_agreed(p, doc, "lead") == []  # nothing pending is agreed any more
    for d in decisions:
        undo_decision(p, d)
    assert review_progress(p)[doc] == (0, 9)


def test_review_progress_counts_every_document(two) -> None:
    p, doc, a = two
    empty = p.documents.add("لا شيء هنا", "empty").id
    assert review_progress(p) == {doc: (0, 9), empty: (0, 0)}
    reject(p, a["a_cue"].id, "lead")
    accept(p, a["b_claim1"].id, "lead")
    assert review_progress(p)[doc] == (2, 9)


spans = st.lists(
    st.tuples(
        st.sampled_from(["claim", "speaker", "cue"]),
        st.integers(0, len(TEXT) - 1),
        st.integers(1, 15),
    ),
    max_size=10,
)


@settings(max_examples=40, deadline=None)
@given(spans, spans)
def test_disagreements_are_ordered_and_cover_their_annotations(alice, bob) -> None:
    p = Project.memory()
    doc = p.documents.add(TEXT, "t").id
    for analyst, marks in (("alice", alice), ("bob", bob), ("carol", alice)):
        for label, start, length in marks:
            p.annotations.add(doc, label, start, min(start + length, len(TEXT)), analyst)
    found = disagreements(p, doc)
    assert [(d.start, d.end) for d in found] == sorted((d.start, d.end) for d in found)
    for d in found:
        anns = [p.annotations.get(i) for i in d.annotation_ids]
        assert d.start == min(x.start for x in anns) and d.end == max(x.end for x in anns)
    # alice and carol did exactly the same work: between them there is nothing to review
    assert disagreements(p, doc, analysts=["alice", "carol"]) == []


def test_done_when_two_copies_of_the_real_article_merge_review_and_export(
    tmp_path, corpus_article
) -> None:
    """Issue 5's "done when": two analysts annotate their own copy of the article, the lead
    merges both, sees where they differ, adjudicates, and exports only the reviewed set."""
    import csv

    from annotator.formats.export.exporting import export
    from annotator.formats.importing.files import import_file
    from annotator.team.merge import merge_into

    claim_long = "الهدف هو دعم النظام الروسي ، ولكن ليس بشكل علني"
    claim_short = "الهدف هو دعم النظام الروسي"
    copies = {}
    for analyst, claim_text in (("alice", claim_long), ("bob", claim_short)):
        path = tmp_path / f"{analyst}.annotator"
        with Project.create(path) as p:
            import_file(p, corpus_article, analyst)
            (doc,) = p.documents.all()
            text = p.documents.text(doc.id)
            start = text.index(claim_text)
            claim = p.annotations.add(doc.id, "claim", start, start + len(claim_text), analyst)
            start = text.index("السيدة بوبوفا")
            speaker = p.annotations.add(doc.id, "speaker", start, start + 13, analyst)
            p.links.add(claim.id, speaker.id, analyst)
        copies[analyst] = path

    with Project.open(tmp_path / "lead.annotator", create=True) as lead:
        for path in copies.values():
            merge_into(lead, path)
        (doc,) = lead.documents.all()
        found = disagreements(lead, doc.id)
        assert [d.kind for d in found] == ["boundary"]
        claims = [lead.annotations.get(i) for i in found[0].annotation_ids]
        agreed = accept_agreed(lead, doc.id, "lead")  # the speaker both marked: kept once
        assert [(d.after.label, d.after.review_status) for d in agreed] == [
            ("speaker", "accepted"),
            ("speaker", "rejected"),
        ]
        alice_claim = next(c for c in claims if c.analyst == "alice")
        bob_claim = next(c for c in claims if c.analyst == "bob")
        accept(lead, alice_claim.id, "lead")
        reject(lead, bob_claim.id, "lead")
        assert disagreements(lead, doc.id)[0].resolved
        assert review_progress(lead)[doc.id] == (4, 4)
        out = tmp_path / "reviewed.csv"
        export(lead, "csv", out, reviewed="accepted")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["text"] for r in rows) == sorted([claim_long, "السيدة بوبوفا"])
    assert {r["analyst"] for r in rows} == {"alice"}


def test_disagreements_read_attributions_once_per_document_not_per_claim() -> None:
    """The review panel recomputes disagreements after every edit: the queries it runs must
    not grow with the number of attributed claims."""

    def queries_for(claims: int) -> int:
        p = Project.memory()
        text = "قال زيد إن المطر غزير. " * claims
        doc = p.documents.add(text, "t").id
        speaker = p.entities.add("زيد")
        for i in range(claims):
            base = i * len("قال زيد إن المطر غزير. ")
            for analyst, end in (("alice", 22), ("bob", 21)):
                claim = p.annotations.add(doc, "claim", base + 11, base + end, analyst)
                who = p.annotations.add(doc, "speaker", base + 4, base + 7, analyst)
                if analyst == "alice":
                    p.annotations.update(who.id, entity_id=speaker.id)
                p.links.add(claim.id, who.id, analyst)
        statements: list[str] = []
        p._db.conn.set_trace_callback(statements.append)
        found = disagreements(p, doc)
        p._db.conn.set_trace_callback(None)
        assert sum(d.kind == "attribution" for d in found) == claims
        return len(statements)

    assert queries_for(2) == queries_for(20)
