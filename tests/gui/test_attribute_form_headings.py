"""The Attributes form's links list is headed by what it lists: a claim's cue is not shown
under "Speakers", and a cue lists the claims it introduces, not "Claims attributed"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from annotator.gui.attribution.annotation_form import AttributeForm
from annotator.gui.session import Session
from annotator.store.project import Project
from annotator.store.records import ATTRIBUTION, CUE_LINK

TEXT = "قال الوزير سامي الحداد إن المخزون يكفي لمدة تسعة أشهر."
ANALYST = "tester"


@pytest.fixture
def sample() -> tuple[Project, dict[str, int]]:
    project = Project.memory()
    doc = project.documents.add(TEXT, "مخزون")

    def add(label: str, phrase: str) -> int:
        start = TEXT.index(phrase)
        return project.annotations.add(doc.id, label, start, start + len(phrase), ANALYST).id

    ids = {
        "cue": add("cue", "قال"),
        "speaker": add("speaker", "الوزير سامي الحداد"),
        "claim": add("claim", "المخزون يكفي لمدة تسعة أشهر"),
    }
    return project, ids


@pytest.fixture
def form(qtbot: QtBot, sample) -> AttributeForm:
    project, _ids = sample
    session = Session()
    session.set_project(project)
    widget = AttributeForm(session)
    qtbot.addWidget(widget)
    return widget


def heading_of(form: AttributeForm, ann_id: int) -> str:
    form.set_annotation(ann_id)
    return form.links_label.text()


def test_a_claim_lists_its_cue_under_cues_not_speakers(form: AttributeForm, sample) -> None:
    project, ids = sample
    assert heading_of(form, ids["claim"]) == "Speakers"  # none yet: "press A"
    project.links.add(ids["claim"], ids["cue"], ANALYST, CUE_LINK)
    assert heading_of(form, ids["claim"]) == "Cues"
    assert form.links.count() == 1
    project.links.add(ids["claim"], ids["speaker"], ANALYST, ATTRIBUTION)
    assert heading_of(form, ids["claim"]) == "Speakers and cues"
    assert form.links.count() == 2


def test_a_cue_and_a_speaker_name_their_claims(form: AttributeForm, sample) -> None:
    project, ids = sample
    assert heading_of(form, ids["cue"]) == "Claims with this cue"
    assert heading_of(form, ids["speaker"]) == "Claims attributed"
    project.links.add(ids["claim"], ids["cue"], ANALYST, CUE_LINK)
    project.links.add(ids["claim"], ids["speaker"], ANALYST, ATTRIBUTION)
    assert heading_of(form, ids["cue"]) == "Claims with this cue"
    assert heading_of(form, ids["speaker"]) == "Claims attributed"


def test_the_heading_follows_changes_to_the_shown_claim(form: AttributeForm, sample) -> None:
    project, ids = sample
    form.set_annotation(ids["claim"])
    link = project.links.add(ids["claim"], ids["cue"], ANALYST, CUE_LINK)
    assert form.links_label.text() == "Cues"  # refreshed from the change report
    project.links.delete(link.id)
    assert form.links_label.text() == "Speakers"
