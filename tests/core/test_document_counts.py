"""Counting some documents gives what counting all gives for them (the documents list
recounts only the documents an edit touched)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.store import querying
from annotator.store.project import Project
from annotator.team.review import review_progress

marks = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(["claim", "speaker", "cue"]), st.integers(0, 9)),
    max_size=30,
)


@settings(max_examples=40, deadline=None)
@given(plan=marks, link=st.booleans(), chunk=st.integers(1, 3))
def test_counts_for_some_documents_match_counts_for_all(plan, link, chunk) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(querying, "CHUNK", chunk)
        project = Project.memory()
        docs = [
            project.documents.add(f"نص {n} " + "كلمة " * 10, f"d{n}", f"{n}.txt").id
            for n in range(3)
        ]
        by_doc: dict[int, dict[str, list[int]]] = {}
        for doc, label, word in plan:
            start = 6 + word * 5
            try:
                ann = project.annotations.add(docs[doc], label, start, start + 4, "amal")
            except AnnotatorError:
                continue
            by_doc.setdefault(docs[doc], {}).setdefault(label, []).append(ann.id)
            claims, speakers = (
                by_doc[docs[doc]].get("claim", []),
                by_doc[docs[doc]].get("speaker", []),
            )
            if link and claims and speakers and label == "speaker":
                project.links.add(claims[-1], speakers[-1], "amal")
        every = project.documents.counts()
        unattributed = project.documents.unattributed_claims()
        progress = review_progress(project)
        for some in ([docs[1]], [docs[0], docs[2]], docs, []):
            assert project.documents.counts(some) == {d: every[d] for d in some}
            assert project.documents.unattributed_claims(some) == {
                d: n for d, n in unattributed.items() if d in some
            }
            assert review_progress(project, some) == {d: progress[d] for d in some}
        project.close()
