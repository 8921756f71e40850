"""The speakers panel updates only the speakers an edit touched; whatever edits come, in
whatever batches, its rows must equal a full re-read of the project."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.gui.session import Session
from annotator.gui.speakers.panel import SpeakersPanel
from annotator.gui.speakers.speaker_table import EntityRow
from annotator.speakers.grouping import assign, merge
from annotator.store.project import Project

WORDS = 30
OPS = (
    "mention",
    "claim",
    "unlink",
    "delete_annotation",
    "assign",
    "entity",
    "delete_entity",
    "merge",
    "rename",
    "batch",
)


def expected_rows(project: Project) -> set[EntityRow]:
    counts = project.entities.counts()
    return {EntityRow(e, *counts.get(e.id, (0, 0))) for e in project.entities.all()}


def shown_rows(panel: SpeakersPanel) -> set[EntityRow]:
    model = panel.model
    return {model.row_data(r) for r in range(model.rowCount())}


def apply(project: Project, op: str, a: int, b: int) -> None:
    doc_id = 1
    entities = [e.id for e in project.entities.all()]
    mentions = [x.id for x in project.annotations.for_document(doc_id) if x.label == "speaker"]
    claims = [x.id for x in project.annotations.for_document(doc_id) if x.label == "claim"]
    links = [k.id for k in project.links.for_document(doc_id)]
    start = (a % WORDS) * 5
    if op in ("mention", "claim"):
        label = "speaker" if op == "mention" else "claim"
        entity = entities[b % len(entities)] if entities and b % 3 else None
        added = project.annotations.add(
            doc_id,
            label,
            start,
            start + 4,
            "amal",
            entity_id=entity if label == "speaker" else None,
        )
        if label == "claim" and mentions:
            project.links.add(added.id, mentions[b % len(mentions)], "amal")
    elif op == "unlink" and links:
        project.links.delete(links[a % len(links)])
    elif op == "delete_annotation" and (mentions or claims):
        pool = mentions + claims
        project.annotations.delete(pool[a % len(pool)])
    elif op == "assign" and mentions and entities:
        assign(project, [mentions[a % len(mentions)]], entities[b % len(entities)])
    elif op == "entity":
        project.entities.add(f"متحدث {a}")
    elif op == "delete_entity" and entities:
        project.entities.delete(entities[a % len(entities)])
    elif op == "merge" and len(entities) >= 2:
        keep = entities[a % len(entities)]
        other = entities[b % len(entities)]
        if keep != other:
            merge(project, keep, [other])
    elif op == "rename" and entities:
        project.entities.update(entities[a % len(entities)], name=f"اسم {b}")
    elif op == "batch" and mentions and entities:  # several reports in one transaction
        with project.atomic():
            project.entities.delete(entities[a % len(entities)])
            project.annotations.delete(mentions[b % len(mentions)])


def session_on(project: Project) -> Session:
    """A window's session without the window: panels hear the project through it."""
    session = Session("amal")
    session.set_project(project)
    return session


def seeded() -> Project:
    """Three speakers with grouped and ungrouped mentions and attributed claims, so short
    step lists already delete, move and unlink things that count."""
    project = Project.memory()
    doc = project.documents.add(" ".join(["كلمة"] * WORDS), "t", "t.txt")
    entities = [project.entities.add(f"متحدث {i}").id for i in range(3)]
    mentions = [
        project.annotations.add(
            doc.id, "speaker", w * 5, w * 5 + 4, "amal", entity_id=[*entities, None][w % 4]
        ).id
        for w in range(8)
    ]
    for n, w in enumerate(range(10, 16)):
        claim = project.annotations.add(doc.id, "claim", w * 5, w * 5 + 4, "amal").id
        project.links.add(claim, mentions[n], "amal")
    return project


steps = st.lists(
    st.tuples(st.sampled_from(OPS), st.integers(0, 99), st.integers(0, 99), st.booleans()),
    min_size=1,
    max_size=30,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps)
def test_panel_rows_equal_a_full_reread(qtbot, steps: list) -> None:
    project = seeded()
    session = session_on(project)
    panel = SpeakersPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    for op, a, b, catch_up in steps:
        with contextlib.suppress(AnnotatorError):  # a refused edit changes nothing
            apply(project, op, a, b)
        if catch_up:  # otherwise reports pile up and are applied together
            panel.catch_up()
            assert shown_rows(panel) == expected_rows(project)
    panel.catch_up()
    assert shown_rows(panel) == expected_rows(project)
    assert panel.model.rowCount() == len(project.entities.all())
    session.set_project(None)  # closes the project


def test_an_edit_rereads_only_the_speakers_it_touched(qtbot, monkeypatch) -> None:
    """With many speakers, adding a claim to one of them asks the project for that one."""
    project = Project.memory()
    doc = project.documents.add(" ".join(["كلمة"] * WORDS), "t", "t.txt")
    entities = [project.entities.add(f"متحدث {i}") for i in range(20)]
    mention = project.annotations.add(doc.id, "speaker", 0, 4, "amal", entity_id=entities[3].id)
    session = session_on(project)
    panel = SpeakersPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    asked: list[set[int]] = []
    real = project.entities.get_many
    monkeypatch.setattr(
        project.entities, "get_many", lambda ids: asked.append(set(ids)) or real(ids)
    )
    monkeypatch.setattr(project.entities, "all", pytest.fail)
    claim = project.annotations.add(doc.id, "claim", 5, 9, "amal")
    panel.catch_up()
    assert asked == []  # a claim alone touches no speaker
    project.links.add(claim.id, mention.id, "amal")
    panel.catch_up()
    assert asked == [{entities[3].id}]
    row = panel.model.row_data(panel.model.row_of(entities[3].id))
    assert (row.mentions, row.claims) == (1, 1)
    session.set_project(None)


def test_panels_hear_the_session_only_and_stop_when_closed(qtbot) -> None:
    """Panels never subscribe to the project: the session is the one channel. A destroyed
    speakers panel or attributes form is never called back; a new project is followed."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from annotator.gui.attribution.annotation_form import AttributeForm

    project = seeded()
    session = session_on(project)
    before = len(project._listeners)
    panel = SpeakersPanel(session)
    form = AttributeForm(session)
    assert len(project._listeners) == before  # nothing but the session hears the project
    other = Project.memory()
    session.set_project(other)  # follows the new project only
    assert len(other._listeners) == 1 and panel.project is other and form.project is other
    other.entities.add("متحدث")
    panel.catch_up()
    assert shown_rows(panel) == expected_rows(other)
    panel.deleteLater()
    form.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    other.entities.add("متحدث بعد الإغلاق")  # no call into a deleted widget
    session.set_project(None)
