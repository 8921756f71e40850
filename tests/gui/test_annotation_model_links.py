"""The annotations table follows links one by one (no re-read of the document's links per
edit); after any links, unlinks, restores and deletions it must agree with the project."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.gui.session import Session
from annotator.gui.tables.annotation_model import SPEAKER, AnnotationTableModel
from annotator.store.project import Project
from annotator.store.records import CUE_LINK

WORDS = 24
steps = st.lists(
    st.tuples(
        st.sampled_from(["link", "cue", "unlink", "restore", "delete", "claim", "speaker"]),
        st.integers(0, 99),
        st.integers(0, 99),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps)
def test_speaker_column_follows_links(qtbot, steps: list) -> None:
    project = Project.memory()
    doc = project.documents.add(" ".join(["كلمة"] * WORDS), "t", "t.txt").id
    for w in range(6):
        project.annotations.add(doc, "claim" if w % 2 else "speaker", w * 5, w * 5 + 4, "amal")
    session = Session("amal")
    model = AnnotationTableModel(session)
    session.set_project(project)
    session.set_document(doc)
    assert model.unattributed_count() is None  # read just after the text is first shown
    session.finish_loading()  # ... or at once when everything is asked for
    assert model.unattributed_count() == 3
    removed = []
    repainted: list[bool] = []
    # a repaint names rows that exist when it is asked for
    model.dataChanged.connect(
        lambda a, b, _roles=(): repainted.append(0 <= a.row() <= b.row() < model.rowCount())
    )
    for op, a, b in steps:
        anns = project.annotations.for_document(doc)
        claims = [x.id for x in anns if x.label == "claim"]
        speakers = [x.id for x in anns if x.label != "claim"]
        links = project.links.for_document(doc)
        with contextlib.suppress(AnnotatorError):
            if op in ("link", "cue") and claims and speakers:
                kind = {"cue": CUE_LINK}.get(op, "attributed_to")
                removed.clear()  # as with undo: an unlink is restored only before new links
                project.links.add(
                    claims[a % len(claims)], speakers[b % len(speakers)], "amal", kind
                )
            elif op == "unlink" and links:
                removed.append(project.links.delete(links[a % len(links)].id))
            elif op == "restore" and removed:
                project.links.restore(removed.pop())
            elif op == "delete" and anns:
                removed.clear()
                project.annotations.delete(anns[a % len(anns)].id)
            elif op in ("claim", "speaker"):
                start = (6 + a % (WORDS - 6)) * 5
                project.annotations.add(doc, op, start, start + 4, "amal")
        for claim in (x.id for x in project.annotations.for_document(doc) if x.label == "claim"):
            assert model.speakers_of(claim) == project.links.speakers_of(claim)
        left = project.documents.unattributed_claims([doc]).get(doc, 0)
        assert model.unattributed_count() == left
    assert all(repainted)
    session.set_project(None)
    assert model.rowCount() == 0
    assert SPEAKER == 2
