"""Attribution rules in core: which link a claim makes, a mention's claims, the speaker
candidates of a claim, and deleting a mention (its claims handed to another mention of the
same speaker or left without it) undone and redone exactly; many review decisions undone
and redone in one transaction."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.speakers.attribution import (
    attributed_claims,
    delete_mention,
    link_type_for,
    redo_mention_deletion,
    same_speaker_mentions,
    speaker_candidates,
    undo_mention_deletion,
)
from annotator.store.project import Project
from annotator.store.records import ATTRIBUTION, CUE_LINK
from annotator.team.review import accept_agreed, redo_decisions, undo_decisions

WORDS = 20


def state(p: Project) -> tuple[list, list]:
    """Every annotation and link as stored (ids, UUIDs, times included)."""
    return list(p.annotations.iter_all()), sorted(p.links.all(), key=lambda k: k.id)


def seeded() -> tuple[Project, int]:
    p = Project.memory()
    doc = p.documents.add(" ".join(["كلمة"] * WORDS), "t").id
    entity = p.entities.add("متحدث").id
    for w in range(WORDS // 2):
        label = ("speaker", "claim", "cue")[w % 3]
        p.annotations.add(
            doc, label, w * 5, w * 5 + 4, "amal", entity_id=entity if label == "speaker" else None
        )
    return p, doc


def test_link_type_follows_the_target_label_kind_and_unknown_labels_have_no_kind() -> None:
    p, doc = seeded()
    anns = p.annotations.for_document(doc)
    cue = next(a for a in anns if a.label == "cue")
    speaker = next(a for a in anns if a.label == "speaker")
    assert link_type_for(p, cue.id) == CUE_LINK
    assert link_type_for(p, speaker.id) == ATTRIBUTION
    assert p.labels.kind_of("claim") == "claim" and p.labels.kind_of("no such label") == ""


def test_candidates_are_nearest_first_and_leave_out_linked_mentions() -> None:
    p, doc = seeded()
    anns = p.annotations.for_document(doc)
    claim = next(a for a in anns if a.label == "claim")
    found = speaker_candidates(p, claim.id)
    assert [c.distance for c in found] == sorted(c.distance for c in found)
    p.links.add(claim.id, found[0].ann_id, "amal")
    assert found[0].ann_id not in [c.ann_id for c in speaker_candidates(p, claim.id)]
    assert attributed_claims(p, found[0].ann_id) == [claim.id]


@settings(max_examples=60, deadline=None)
@given(
    links=st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99)), max_size=8),
    victim=st.integers(0, 99),
    reattribute=st.booleans(),
)
def test_deleting_a_mention_is_undone_and_redone_exactly(
    links: list[tuple[int, int]], victim: int, reattribute: bool
) -> None:
    p, doc = seeded()
    anns = p.annotations.for_document(doc)
    claims = [a.id for a in anns if a.label == "claim"]
    mentions = [a.id for a in anns if a.label == "speaker"]
    for c, m in links:
        with contextlib.suppress(AnnotatorError):  # the same pair twice is refused
            p.links.add(claims[c % len(claims)], mentions[m % len(mentions)], "amal")
    mention = mentions[victim % len(mentions)]
    target = same_speaker_mentions(p, mention)[0] if reattribute else None
    claimed = attributed_claims(p, mention)
    before = state(p)
    deletion = delete_mention(p, mention, "amal", target)
    after = state(p)
    assert mention not in [a.id for a in after[0]]
    for claim in claimed:  # handed over, or left without this speaker
        assert (target in p.links.speakers_of(claim)) == (target is not None)
    undo_mention_deletion(p, deletion)
    assert state(p) == before
    redo_mention_deletion(p, deletion)
    assert state(p) == after


def test_many_review_decisions_undo_and_redo_in_one_transaction() -> None:
    p = Project.memory()
    doc = p.documents.add("قال الوزير إن الاقتصاد ينمو.", "t").id
    for analyst in ("alice", "bob"):
        p.annotations.add(doc, "claim", 11, 24, analyst)
    decisions = accept_agreed(p, doc, "rita")
    assert len(decisions) == 2
    after = state(p)
    heard: list[list] = []
    p.subscribe(heard.append)
    undo_decisions(p, decisions)
    assert [a.review_status for a in p.annotations.iter_all()] == ["pending", "pending"]
    redo_decisions(p, decisions)
    assert state(p) == after
    assert len(heard) == 2  # one report per transaction
