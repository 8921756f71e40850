"""Batched entity queries agree with their one-at-a-time definitions, across query chunks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.store import querying
from annotator.store.project import Project
from annotator.store.records import ATTRIBUTION

WORDS = 40


def _build(plan: list[tuple[int, int | None, int | None]]) -> Project:
    """One document of WORDS words; plan entries: (word, entity index or None, claim word
    or None) -> a speaker mention grouped to that entity, attributed a claim at that word."""
    project = Project.memory()
    doc = project.documents.add(" ".join(["كلمة"] * WORDS), "t", "t.txt")
    entities = [project.entities.add(f"اسم {i}") for i in range(4)]
    claims: dict[int, int] = {}
    for word, entity, claim_word in plan:
        start = word * 5
        mention = project.annotations.add(
            doc.id,
            "speaker",
            start,
            start + 4,
            "amal",
            entity_id=entities[entity].id if entity is not None else None,
        )
        if claim_word is not None:
            if claim_word not in claims:
                s = claim_word * 5
                claims[claim_word] = project.annotations.add(doc.id, "claim", s, s + 4, "amal").id
            project.links.add(claims[claim_word], mention.id, "amal")
    project.entities.delete(entities[3].id)  # a deleted id asked for must just be absent
    return project


plans = st.lists(
    st.tuples(
        st.integers(0, WORDS - 1),
        st.one_of(st.none(), st.integers(0, 3)),
        st.one_of(st.none(), st.integers(0, WORDS - 1)),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(plan=plans, chunk=st.integers(1, 4))
def test_batched_queries_match_single_ones(plan: list, chunk: int) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(querying, "CHUNK", chunk)  # several IN (...) batches per call
        project = _build(plan)
        entities = project.entities
        every = entities.counts()
        ids = [*every, 999]
        assert entities.counts(ids) == every
        assert entities.counts([]) == {}
        for ent_id, (mentions, claims) in every.items():
            mine = entities.mentions(ent_id)
            assert mentions == len(mine)
            sources = {
                k.source_id
                for m in mine
                for k in project.links.touching(m)
                if k.target_id == m and k.type == ATTRIBUTION
            }
            assert claims == len(sources)
            listed = entities.claims(ent_id)
            assert {a.id for a in listed} == sources and len(listed) == len(sources)
            assert listed == sorted(listed, key=lambda a: (a.document_id, a.start, a.end, a.id))
        assert set(entities.get_many(ids)) == set(every)
        for ent_id, entity in entities.get_many(ids).items():
            assert entity == entities.get(ent_id)
        annotations = [a.id for a in project.annotations.iter_all("1", [])]
        owners = entities.owners([*annotations, 999])
        assert owners == entities.owners()
        for ann_id in annotations:
            assert owners.get(ann_id) == project.annotations.get(ann_id).entity_id
        links = project.links.all()
        assert project.links.attribution_targets([k.id for k in links]) == {
            k.id: k.target_id for k in links if k.type == ATTRIBUTION
        }
        texts = entities.all_mention_texts()
        for ent_id in every:
            assert texts.get(ent_id, []) == entities.mention_texts(ent_id)
        project.close()


@settings(max_examples=30, deadline=None)
@given(plan=plans)
def test_attributions_are_the_documents_attribution_links(plan: list) -> None:
    project = _build(plan)
    links = [k for k in project.links.for_document(1) if k.type == ATTRIBUTION]
    assert project.links.attributions(1) == [(k.id, k.source_id, k.target_id) for k in links]
    assert project.links.attributions(2) == []
    project.close()
