"""Every GUI cache that mirrors the database equals a full re-read after any sequence of
commands, undos and redos run the way the window runs them (`Session.run`, the undo stack).

The caches: the session's annotations of the current document, the annotations table
(rows in document order, speakers of each claim, claims without a speaker), the viewer's
span index, the documents list (counts, claims without a speaker, status, review
progress), the speakers panel and review mode's state (progress, disagreements). Each is
compared with the project itself, or with a fresh model that reads everything anew.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from annotator.gui.commands.annotation_commands import (
    AddAnnotation,
    DeleteAnnotation,
    UpdateAnnotation,
)
from annotator.gui.commands.attribution_commands import (
    AddLink,
    DeleteMention,
    RemoveLink,
    assign_command,
    delete_entity_command,
    merge_command,
    new_entity_command,
)
from annotator.gui.commands.command import Command, Sequence
from annotator.gui.commands.document_commands import SetDocumentStatus
from annotator.gui.commands.review_commands import Correct, Decide
from annotator.gui.review.state import ReviewState
from annotator.gui.search.mark_all import MarkAll
from annotator.gui.session import Session
from annotator.gui.speakers.panel import SpeakersPanel
from annotator.gui.speakers.speaker_table import EntityRow
from annotator.gui.tables.annotation_model import AnnotationTableModel
from annotator.gui.tables.document_model import DocumentListModel
from annotator.gui.viewer.text_viewer import Viewer, to_span
from annotator.speakers.attribution import attributed_claims, same_speaker_mentions
from annotator.store.project import Project
from annotator.team import review

WORDS = 24
LABELS = ("claim", "speaker", "cue")
OPS = (
    "add",
    "add",
    "delete",
    "relabel",
    "resize",
    "link",
    "unlink",
    "group",
    "new_speaker",
    "merge",
    "delete_speaker",
    "status",
    "decide",
    "correct",
    "mark_all",
    "two_steps",
    "open",
    "undo",
    "undo",
    "redo",
)


def seeded() -> Project:
    project = Project.memory()
    for title in ("one", "two"):
        doc = project.documents.add(" ".join([f"كلمة{title}"] * WORDS), title, f"{title}.txt")
        for w in range(4):
            label = LABELS[w % 3]
            project.annotations.add(doc.id, label, w * 10, w * 10 + 8, "amal")
            if w % 2:  # a second analyst, alike or not, so review has disagreements
                project.annotations.add(doc.id, LABELS[w % 2], w * 10, w * 10 + 8, "bob")
    return project


def command_for(session: Session, op: str, a: int, b: int) -> Command | None:
    """A command as a key press or a menu would build it, or None when it does not apply."""
    project = session.require_project()
    doc = session.document_id
    assert doc is not None
    anns = sorted(project.annotations.for_document(doc), key=lambda x: x.id)
    pick = anns[a % len(anns)] if anns else None
    claims = [x for x in anns if x.label == "claim"]
    mentions = [x for x in anns if x.label == "speaker"]
    entities = [e.id for e in project.entities.all()]
    word = (a % WORDS) * 10 // 10
    start = word * (len(session.text) // WORDS)
    if op == "add":
        return AddAnnotation(doc, LABELS[b % 3], start, start + 8)
    if op == "delete" and pick is not None:
        if attributed_claims(project, pick.id):
            others = same_speaker_mentions(project, pick.id)
            return DeleteMention(pick.id, doc, others[0] if others and b % 2 else None)
        return DeleteAnnotation(pick)
    if op == "relabel" and pick is not None:
        label = LABELS[b % 3]
        return (
            UpdateAnnotation(pick, f"Change to {label}", label=label)
            if label != pick.label
            else None
        )
    if op == "resize" and pick is not None:
        end = min(len(session.text), pick.end + (b % 3) * 2 + 1)
        return UpdateAnnotation(pick, "Grow", start=pick.start, end=end)
    if op == "link" and claims and (mentions or anns):
        targets = [x for x in anns if x.label in ("speaker", "cue")]
        if targets:
            return AddLink(claims[a % len(claims)].id, targets[b % len(targets)].id)
    if op == "unlink":
        links = project.links.for_document(doc)
        if links:
            return RemoveLink(links[a % len(links)].id)
    if op == "group" and mentions and entities:
        return assign_command([mentions[a % len(mentions)].id], entities[b % len(entities)])
    if op == "new_speaker" and mentions:
        return new_entity_command([mentions[a % len(mentions)].id], f"متحدث {b}")
    if op == "merge" and len(entities) >= 2:
        keep, other = entities[a % len(entities)], entities[b % len(entities)]
        return merge_command(keep, [other]) if keep != other else None
    if op == "delete_speaker" and entities:
        return delete_entity_command(entities[a % len(entities)])
    if op == "status":
        target = 1 + b % 2
        old = project.documents.get(target).status
        new = ("new", "in_progress", "done")[a % 3]
        return SetDocumentStatus(target, old, new) if new != old else None
    if op == "decide" and pick is not None:
        verdict = ("accepted", "rejected")[b % 2]
        return Decide(pick, verdict) if pick.review_status != verdict else None
    if op == "correct" and pick is not None:
        label = LABELS[b % 3]
        end = min(len(session.text), pick.end + b % 3)
        changed = (end, label) != (pick.end, pick.label)
        return Correct(pick, pick.start, end, label) if changed else None
    if op == "mark_all":
        spans = [(d, start, start + 8) for d in (1, 2)]
        return MarkAll(spans, LABELS[b % 3])
    if op == "two_steps":
        add = AddAnnotation(doc, "speaker", start, start + 8)

        def group() -> Command:
            assert add.added is not None
            return new_entity_command([add.added.id], add.added.text)

        return Sequence("Add speaker", [add, group])
    return None


def check(
    session: Session,
    table: AnnotationTableModel,
    docs: DocumentListModel,
    viewer: Viewer,
    panel: SpeakersPanel,
    state: ReviewState,
) -> None:
    project = session.require_project()
    doc = session.document_id
    assert doc is not None
    stored = {a.id: a for a in project.annotations.for_document(doc)}
    assert session.annotations == stored  # the session's cache of the current document

    order = sorted(stored.values(), key=lambda x: (x.start, x.end, x.id))
    assert [table.annotation_at(r).id for r in range(table.rowCount())] == [a.id for a in order]
    for ann in order:
        if ann.label == "claim":
            assert table.speakers_of(ann.id) == project.links.speakers_of(ann.id)
    left = project.documents.unattributed_claims([doc]).get(doc, 0)
    assert table.unattributed_count() == left
    assert sum(table.is_unattributed_claim(r) for r in range(table.rowCount())) == left

    spans = viewer.highlights.index
    assert {i: spans.get(i) for i in stored} == {a.id: to_span(a) for a in stored.values()}
    assert len(viewer.highlights.index) == len(stored)

    docs.catch_up()
    fresh = DocumentListModel(session)
    for model in (docs, fresh):  # counts are read on the turn after a row is first shown
        for row in range(model.rowCount()):
            model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    session.finish_loading()  # ... or now
    for row in range(fresh.rowCount()):
        for col in range(fresh.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                assert docs.index(row, col).data(role) == fresh.index(row, col).data(role)
    fresh.deleteLater()

    panel.catch_up()
    counts = project.entities.counts()
    expected = {EntityRow(e, *counts.get(e.id, (0, 0))) for e in project.entities.all()}
    assert {panel.model.row_data(r) for r in range(panel.model.rowCount())} == expected

    assert state.progress == review.review_progress(project)
    found = review.disagreements(project, doc)
    assert [(d.kind, d.annotation_ids) for d in state.items] == [
        (d.kind, d.annotation_ids) for d in found
    ]


steps = st.lists(
    st.tuples(st.sampled_from(OPS), st.integers(0, 99), st.integers(0, 99), st.booleans()),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps)
def test_caches_equal_a_full_reread_after_commands_undo_and_redo(
    qtbot, family: str, steps: list
) -> None:
    session = Session("amal")
    refused: list[str] = []
    session.refused.connect(refused.append)
    table = AnnotationTableModel(session)
    docs = DocumentListModel(session)
    viewer = Viewer(session, family)
    panel = SpeakersPanel(session)
    state = ReviewState(session)
    state.set_enabled(True)
    qtbot.addWidget(viewer)
    qtbot.addWidget(panel)
    panel.show()
    session.set_project(seeded())
    session.set_document(1)
    session.finish_loading()
    stack = session.undo_stack
    for op, a, b, look in steps:
        if op == "undo":
            stack.undo()
        elif op == "redo":
            stack.redo()
        elif op == "open":
            session.show_document(1 + a % 2)
        else:
            command = command_for(session, op, a, b)
            if command is not None:
                before = stack.count()
                done = session.run(command)  # a refusal changes nothing and pushes nothing
                assert done or stack.count() == before
        session.finish_loading()
        if look:  # otherwise reports pile up and are checked together
            check(session, table, docs, viewer, panel, state)
    check(session, table, docs, viewer, panel, state)
    while stack.canUndo():  # everything undone: back to the seeded project
        stack.undo()
    session.finish_loading()
    check(session, table, docs, viewer, panel, state)
    session.set_project(None)
