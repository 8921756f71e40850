"""Attribution widgets: links, the speaker picker, entity proposals, the speakers panel,
the attribute form, the schema dialog and deleting a speaker mention that has claims."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from driving import ARTICLE, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from annotator.errors import InputError
from annotator.gui.attribution import actions as attribution_actions
from annotator.gui.attribution import speaker_picker
from annotator.gui.attribution.actions import (
    DeleteChoice,
    attribute_claim,
    delete_annotation,
    group_new_mention,
    link_claim,
    toggle_link,
)
from annotator.gui.attribution.annotation_form import AttributeForm
from annotator.gui.attribution.speaker_picker import (
    EntityProposalDialog,
    SpeakerPicker,
    confirm_entity,
)
from annotator.gui.commands.annotation_commands import EditAnnotationFields
from annotator.gui.commands.attribution_commands import CUE_LINK, AddLink, split_command
from annotator.gui.commands.command import Sequence
from annotator.gui.labels.label_schema_dialog import SchemaDialog
from annotator.gui.session import Session
from annotator.gui.speakers import dialogs as entity_dialogs
from annotator.gui.speakers.panel import SpeakersPanel
from annotator.gui.tables.item_text import SECONDARY_ROLE
from annotator.gui.window import messages
from annotator.label_schema import schema_to_json
from annotator.speakers.attribution import same_speaker_mentions
from annotator.speakers.grouping import assign
from annotator.store.project import Project
from annotator.store.records import ATTRIBUTION, AttributeField

TEXT = (
    "تشير ماريا بوبوفا إلى أن الرئيس يأمل في الدعم. "
    "قالت السيدة بوبوفا “إنها مسألة توازن”. "
    "يعتقد جاي سان جاك أن بكين وسيط. كما تلاحظ بُوبُوفَا أن الحرب طويلة."
)


def span(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture
def analyst(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ANNOTATOR_ANALYST", "amal")
    return os.environ["ANNOTATOR_ANALYST"]


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch, session: Session) -> list[str]:
    """Error dialogs and refused commands, collected instead of shown."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, msg: seen.append(msg))
    session.refused.connect(seen.append)
    return seen


class Sample:
    """A document with three Popova mentions, one of Saint-Jacques, two claims and a cue."""

    def __init__(self, analyst: str) -> None:
        self.project = p = Project.memory()
        self.doc = p.documents.add(TEXT, "قمة")

        def add(label: str, surface: str, nth: int = 0) -> int:
            start, end = span(TEXT, surface, nth)
            return p.annotations.add(self.doc.id, label, start, end, analyst).id

        self.maria = add("speaker", "ماريا بوبوفا")
        self.mrs = add("speaker", "السيدة بوبوفا")
        self.sj = add("speaker", "جاي سان جاك")
        self.diacritics = add("speaker", "بُوبُوفَا")
        self.claim = add("claim", "إنها مسألة توازن")
        self.claim2 = add("claim", "الرئيس يأمل في الدعم")
        self.cue = add("cue", "قالت")
        self.popova = p.entities.add("ماريا بوبوفا", "person", "أستاذة العلوم السياسية")
        self.saint_jacques = p.entities.add("جاي سان جاك", "person")
        assign(p, [self.maria, self.mrs], self.popova.id)
        assign(p, [self.sj], self.saint_jacques.id)


@pytest.fixture
def s(analyst: str) -> Sample:
    return Sample(analyst)


@pytest.fixture
def session(s: Sample, analyst: str) -> Session:
    """The window's one way to change the project, without a window."""
    session = Session(analyst)
    session.set_project(s.project)
    return session


@pytest.fixture
def stack(session: Session) -> QUndoStack:
    return session.undo_stack


def no_dangling_links(project: Project) -> bool:
    ids = {a.id for a in project.annotations.iter_all()}
    return all(k.source_id in ids and k.target_id in ids for k in project.links.all())


# -- links ---------------------------------------------------------------------------------


def test_link_and_unlink_with_undo_redo(
    s: Sample, session: Session, stack: QUndoStack, analyst: str
) -> None:
    p = s.project
    assert link_claim(session, s.claim, s.mrs)
    link = p.links.find(s.claim, s.mrs)
    assert link is not None and link.type == ATTRIBUTION
    stack.undo()
    assert p.links.speakers_of(s.claim) == []
    stack.redo()
    assert p.links.find(s.claim, s.mrs) == link  # same id and UUID after redo
    assert toggle_link(session, s.claim, s.mrs)  # clicking again unlinks
    assert p.links.speakers_of(s.claim) == []
    stack.undo()
    assert p.links.find(s.claim, s.mrs) == link
    assert stack.count() == 2


def test_joint_statement_and_cue_link(
    s: Sample, session: Session, stack: QUndoStack, analyst: str
) -> None:
    p = s.project
    link_claim(session, s.claim, s.mrs)
    link_claim(session, s.claim, s.sj)
    link_claim(session, s.claim, s.cue)
    assert p.links.speakers_of(s.claim) == [s.mrs, s.sj]
    cue = p.links.find(s.claim, s.cue, CUE_LINK)
    assert cue is not None
    stack.undo()
    assert p.links.find(s.claim, s.cue, CUE_LINK) is None


def test_refused_link_shows_one_sentence_and_pushes_nothing(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, errors: list[str]
) -> None:
    assert link_claim(session, s.claim, s.mrs)
    assert not link_claim(session, s.claim, s.mrs)
    assert errors == ["these two annotations are already linked"]
    assert stack.count() == 1


def test_failed_sequence_leaves_project_and_stack_as_they_were(
    s: Sample, session: Session, stack: QUndoStack, errors: list[str]
) -> None:
    p = s.project

    def refuse() -> None:
        raise InputError("refused")

    assert not session.run(Sequence("two links", [AddLink(s.claim, s.mrs), refuse]))
    assert errors == ["refused"]
    assert p.links.all() == []
    assert stack.count() == 0


# -- picker and proposals ------------------------------------------------------------------


def test_picker_lists_nearest_first_and_filters_without_diacritics(s: Sample, qtbot) -> None:
    picker = SpeakerPicker(s.project, s.claim, popup=False)
    qtbot.addWidget(picker)
    claim = s.project.annotations.get(s.claim)
    distances = [c.distance for c in picker.candidates]
    assert distances == sorted(distances)
    assert picker.visible_ids()[0] == s.mrs  # the speaker right before the quote
    assert all(
        c.distance == max(0, claim.start - a.end, a.start - claim.end)
        for c in picker.candidates
        for a in [s.project.annotations.get(c.ann_id)]
    )
    type_text(picker.filter_edit, "بوبوفا")  # typed without diacritics
    assert set(picker.visible_ids()) == {s.mrs, s.maria, s.diacritics}
    picker.filter_edit.setText("السيده")  # ه for ة
    assert picker.visible_ids() == [s.mrs]
    picker.filter_edit.setText("سان")  # also matches on the entity's name
    assert picker.visible_ids() == [s.sj]
    picker.filter_edit.setText("كييف")
    assert picker.visible_ids() == [] and picker.empty.isVisibleTo(picker)


def test_picker_keys_enter_arrows_and_escape(s: Sample, qtbot) -> None:
    picker = SpeakerPicker(s.project, s.claim, popup=False)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    second = picker.visible_ids()[1]
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted and picker.chosen_id == second

    picker = SpeakerPicker(s.project, s.claim, popup=False)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Escape)
    assert picker.result() == QDialog.DialogCode.Rejected and picker.chosen_id is None


def test_picker_leaves_out_speakers_already_linked(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, qtbot
) -> None:
    link_claim(session, s.claim, s.mrs)
    picker = SpeakerPicker(s.project, s.claim, popup=False)
    qtbot.addWidget(picker)
    assert s.mrs not in picker.visible_ids()
    assert "السيدة بوبوفا" in picker.linked.text()


def test_a_key_flow_links_the_picked_mention(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speaker_picker, "pick_speaker", lambda *a, **k: s.maria)
    assert attribute_claim(None, session, s.claim2)
    assert s.project.links.speakers_of(s.claim2) == [s.maria]
    monkeypatch.setattr(speaker_picker, "pick_speaker", lambda *a, **k: None)
    assert not attribute_claim(None, session, s.claim)
    assert stack.count() == 1


def test_proposal_dialog_keys(s: Sample, qtbot) -> None:
    proposals = [s.project.entities.get(s.popova.id)]
    for key, expected in (
        (Qt.Key.Key_Return, s.popova.id),
        (Qt.Key.Key_N, "new"),
        (Qt.Key.Key_Escape, None),
    ):
        dialog = EntityProposalDialog(s.project, "بوبوفا", proposals)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog.list, key)
        assert dialog.choice == expected
    assert confirm_entity(None, s.project, "كييف") == "new"  # nothing to propose: no question


def test_new_mention_grouped_after_confirmation_with_undo(
    s: Sample, session: Session, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = s.project
    asked: list[list[int]] = []

    def confirm(_parent, project, text, proposals=None):
        from annotator.speakers.grouping import propose_entities

        asked.append([e.id for e in propose_entities(project, text)])
        return asked[-1][0]

    monkeypatch.setattr(speaker_picker, "confirm_entity", confirm)
    assert group_new_mention(None, session, s.diacritics)
    assert asked == [[s.popova.id]]  # "بُوبُوفَا" proposes Popova after normalisation
    assert p.annotations.get(s.diacritics).entity_id == s.popova.id
    stack.undo()
    assert p.annotations.get(s.diacritics).entity_id is None

    monkeypatch.setattr(speaker_picker, "confirm_entity", lambda *a, **k: "new")
    assert group_new_mention(None, session, s.diacritics)
    created = p.entities.get(p.annotations.get(s.diacritics).entity_id)
    assert created.name == "بُوبُوفَا"
    stack.undo()
    assert sorted(e.id for e in p.entities.all()) == [s.popova.id, s.saint_jacques.id]
    stack.redo()
    assert p.entities.get(created.id) == created  # same id and UUID

    monkeypatch.setattr(speaker_picker, "confirm_entity", lambda *a, **k: None)
    stack.undo()
    assert not group_new_mention(None, session, s.diacritics)  # Esc: left ungrouped
    assert p.annotations.get(s.diacritics).entity_id is None


# -- speakers panel ------------------------------------------------------------------------


def make_panel(session: Session, qtbot) -> SpeakersPanel:
    panel = SpeakersPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_panel_lists_counts_and_claims(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, qtbot
) -> None:
    link_claim(session, s.claim, s.mrs)
    link_claim(session, s.claim2, s.maria)
    panel = make_panel(session, qtbot)
    model = panel.model
    row = model.row_data(model.row_of(s.popova.id))
    assert (row.mentions, row.claims) == (2, 2)
    panel.select_entities([s.popova.id])
    assert sorted(panel.claim_ids()) == sorted([s.claim, s.claim2])
    panel.claims.setFocus()
    panel.claims.setCurrentRow(0)
    with qtbot.waitSignal(panel.claimActivated) as signal:
        qtbot.keyClick(panel.claims, Qt.Key.Key_Return)
    assert signal.args == [panel.claim_ids()[0]]


def test_panel_refreshes_from_change_reports(
    s: Sample, session: Session, stack: QUndoStack, qtbot
) -> None:
    panel = make_panel(session, qtbot)
    s.project.entities.add("يان بريولت", "person")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.filter_edit.setText("بريولت")
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.setText("")
    assert panel.proxy.rowCount() == 3


def test_panel_rename_type_and_role_are_undoable(
    s: Sample, session: Session, stack: QUndoStack, qtbot
) -> None:
    panel = make_panel(session, qtbot)
    model = panel.model
    row = model.row_of(s.popova.id)
    model.setData(model.index(row, model.NAME), "ماريا بوبوفا (ماكجيل)")
    model.setData(model.index(model.row_of(s.popova.id), model.TYPE), "unknown")
    assert s.project.entities.get(s.popova.id).name == "ماريا بوبوفا (ماكجيل)"
    assert s.project.entities.get(s.popova.id).type == "unknown"
    stack.undo()
    stack.undo()
    assert s.project.entities.get(s.popova.id).name == "ماريا بوبوفا"
    assert s.project.entities.get(s.popova.id).type == "person"


def test_panel_merge_and_split_with_undo(
    s: Sample, session: Session, stack: QUndoStack, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = s.project
    stray = p.entities.add("بوبوفا", "unknown")
    assign(p, [s.diacritics], stray.id)
    panel = make_panel(session, qtbot)
    panel.refresh()
    panel.select_entities([s.popova.id, stray.id])
    assert panel.merge_button.isEnabled()
    monkeypatch.setattr(entity_dialogs, "choose_merge_keep", lambda _parent, rows: s.popova.id)
    panel.merge_selected()
    assert p.entities.mentions(s.popova.id) == [s.maria, s.mrs, s.diacritics]
    assert panel.model.rowCount() == 2
    stack.undo()
    panel.refresh()
    assert p.entities.get(stray.id) == stray and panel.model.rowCount() == 3
    stack.redo()
    assert p.entities.mentions(s.popova.id) == [s.maria, s.mrs, s.diacritics]

    panel.refresh()
    panel.select_entities([s.popova.id])
    monkeypatch.setattr(entity_dialogs, "ask_split", lambda *a: ([s.diacritics], "بوبوفا أخرى"))
    panel.split_current()
    new_id = p.annotations.get(s.diacritics).entity_id
    assert new_id not in (None, s.popova.id)
    assert panel.selected_entity_ids() == [new_id]
    stack.undo()
    assert p.annotations.get(s.diacritics).entity_id == s.popova.id
    stack.redo()
    assert p.annotations.get(s.diacritics).entity_id == new_id  # redo keeps the id


def test_panel_delete_keeps_mentions_ungrouped_and_undoes(
    s: Sample, session: Session, stack: QUndoStack, qtbot
) -> None:
    """Delete in the speakers table deletes speakers, even when the window binds Delete to
    deleting the current annotation."""
    host = QWidget()
    qtbot.addWidget(host)
    fired: list[str] = []
    window_delete = QAction("Delete Annotation", host)
    window_delete.setShortcut(QKeySequence("Delete"))
    window_delete.triggered.connect(lambda: fired.append("annotation"))
    host.addAction(window_delete)
    panel = SpeakersPanel(session, host)
    QVBoxLayout(host).addWidget(panel)
    with qtbot.waitActive(host):
        host.show()
    panel.select_entities([s.popova.id, s.saint_jacques.id])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert fired == []
    assert s.project.entities.all() == []
    assert s.project.annotations.get(s.mrs).entity_id is None
    assert stack.count() == 1  # two speakers, one undo step
    stack.undo()
    assert s.project.annotations.get(s.mrs).entity_id == s.popova.id
    assert len(s.project.entities.all()) == 2


def test_split_dialog_names_after_first_ticked_mention(s: Sample, qtbot) -> None:
    dialog = entity_dialogs.SplitDialog(s.project, s.popova.id)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_checked([s.mrs])
    assert dialog.name.text() == "السيدة بوبوفا" and ok.isEnabled()
    dialog.set_checked([s.mrs, s.maria])
    assert not ok.isEnabled()  # splitting off every mention would leave an empty speaker


def test_regroup_redo_recreates_the_same_entity(
    s: Sample, session: Session, stack: QUndoStack
) -> None:
    command = split_command(s.popova.id, [s.mrs], "السيدة بوبوفا")
    assert session.run(command)
    assert command.regrouping is not None and command.regrouping.created is not None
    created = command.regrouping.created
    stack.undo()
    stack.redo()
    assert s.project.entities.get(created.id) == created


# -- attribute form ------------------------------------------------------------------------


def test_attribute_form_saves_each_change_and_undoes(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, qtbot
) -> None:
    p = s.project
    form = AttributeForm(session)
    qtbot.addWidget(form)
    form.show()
    form.set_annotation(s.claim)
    verifiable = form.field_editor("verifiable")
    assert verifiable.itemText(0) == "—"
    verifiable.setCurrentIndex(verifiable.findData("no"))
    assert p.annotations.get(s.claim).attributes == {"verifiable": "no"}
    form.note.setFocus()
    type_text(form.note, "اقتباس")
    assert p.annotations.get(s.claim).note == "اقتباس"
    assert stack.count() == 2  # the whole note typed is one undo step
    stack.undo()
    assert p.annotations.get(s.claim).note == "" and form.note.toPlainText() == ""
    stack.undo()
    assert p.annotations.get(s.claim).attributes == {}
    assert verifiable.currentText() == "—"
    stack.redo()
    assert verifiable.currentText() == "no"
    verifiable.setCurrentIndex(0)  # "—" removes the attribute
    assert "verifiable" not in p.annotations.get(s.claim).attributes


def test_attribute_form_text_fields_speakers_and_mnemonics(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, qtbot
) -> None:
    p = s.project
    labels = p.labels.all()
    claim = next(lab for lab in labels if lab.name == "claim")
    extra = replace(claim, fields=(*claim.fields, AttributeField("topic", "text")))
    p.labels.set_schema([extra if lab.name == "claim" else lab for lab in labels])
    link_claim(session, s.claim, s.mrs)
    form = AttributeForm(session)
    qtbot.addWidget(form)
    form.show()
    requests: list[int] = []
    form.attributeRequested.connect(requests.append)
    form.set_annotation(s.claim)
    topic = form.field_editor("topic")
    type_text(topic, "حرب")
    assert p.annotations.get(s.claim).attributes == {"topic": "حرب"}
    count = stack.count()
    type_text(topic, "!")
    assert stack.count() == count  # merged into the same step
    assert form.links.item(0).text() == "السيدة بوبوفا"
    form.attribute_button.click()
    assert requests == [s.claim]
    form.links.setCurrentRow(0)
    qtbot.keyClick(form.links, Qt.Key.Key_Delete)
    assert p.links.speakers_of(s.claim) == []
    captions = [form.fields.itemAt(i, form.fields.ItemRole.LabelRole) for i in range(2)]
    assert [c.widget().text()[:2] for c in captions] == ["&1", "&2"]
    form.set_annotation(s.mrs)
    assert "ماريا بوبوفا" in form.entity_label.text()
    assert not form.attribute_button.isVisibleTo(form)
    form.set_annotation(None)
    assert not form.isEnabled()


def test_note_typed_then_erased_leaves_no_undo_step(
    s: Sample, session: Session, stack: QUndoStack
) -> None:
    session.run(EditAnnotationFields(s.claim, note="x", merge_key="note"))
    session.run(EditAnnotationFields(s.claim, note="", merge_key="note"))
    assert stack.count() == 0


# -- schema dialog -------------------------------------------------------------------------


def test_schema_dialog_rename_keeps_annotations_and_undoes(
    s: Sample, session: Session, stack: QUndoStack, qtbot
) -> None:
    p = s.project
    dialog = SchemaDialog(session)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.name.clear()
    type_text(dialog.name, "ادعاء")
    dialog.add_field()
    assert dialog.apply()
    assert p.annotations.get(s.claim).label == "ادعاء"
    assert [f.name for f in p.labels.get("ادعاء").fields][-1] == "field6"
    stack.undo()
    assert p.annotations.get(s.claim).label == "claim"
    assert p.labels.get("ادعاء") is None


def test_schema_dialog_refuses_bad_schema_in_one_sentence(
    s: Sample, session: Session, stack: QUndoStack, qtbot, errors: list[str]
) -> None:
    dialog = SchemaDialog(session)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)
    dialog.shortcut.setText("C")
    dialog.shortcut.textEdited.emit("C")  # the same key as claim
    assert not dialog.apply()
    assert len(errors) == 1 and "reuses shortcut" in errors[0]
    assert stack.count() == 0


def test_schema_json_export_import_round_trip(
    s: Sample, session: Session, stack: QUndoStack, qtbot, tmp_path: Path, errors: list[str]
) -> None:
    dialog = SchemaDialog(session)
    qtbot.addWidget(dialog)
    dialog.add_label()
    dialog.name.setText("مصدر")
    dialog.name.textEdited.emit("مصدر")
    path = tmp_path / "team-schema.json"
    assert dialog.export_to(path)
    exported = dialog.labels()
    elsewhere = Session()
    elsewhere.set_project(Project.memory())
    other = SchemaDialog(elsewhere)
    qtbot.addWidget(other)
    assert other.import_from(path)
    assert other.labels() == exported
    assert other.apply() and other.project.labels.all() == exported
    bad = tmp_path / "bad.json"
    bad.write_text('{"labels": [{"name": "a", "color": "red"}]}', encoding="utf-8")
    assert not other.import_from(bad)
    assert errors == [f"{bad}: label 'a' has colour 'red'; use #rrggbb"]
    fields = other.document_fields.fields()  # the schema file also holds document fields
    assert schema_to_json(other.labels(), fields) == path.read_text(encoding="utf-8").strip()


# -- deleting a speaker mention that has claims --------------------------------------------


@pytest.mark.parametrize("action", ["cancel", "unlink", "reattribute"])
def test_delete_speaker_mention_asks_and_is_one_undo_step(
    s: Sample,
    session: Session,
    stack: QUndoStack,
    analyst: str,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    p = s.project
    link_claim(session, s.claim, s.mrs)
    link_claim(session, s.claim2, s.mrs)
    before = (p.links.all(), stack.count())
    asked: list[int] = []

    def ask(_parent, _project, ann_id: int) -> DeleteChoice:
        asked.append(ann_id)
        target = same_speaker_mentions(p, ann_id)[0]
        return DeleteChoice(action, target if action == "reattribute" else None)  # type: ignore[arg-type]

    monkeypatch.setattr(attribution_actions, "ask_delete_speaker", ask)
    done = delete_annotation(None, session, p.annotations.get(s.mrs))
    assert asked == [s.mrs]
    assert no_dangling_links(p)
    if action == "cancel":
        assert not done and (p.links.all(), stack.count()) == before
        return
    assert done and stack.count() == before[1] + 1
    assert [a.id for a in p.annotations.for_document(s.doc.id)].count(s.mrs) == 0
    expected = [s.maria] if action == "reattribute" else []
    assert p.links.speakers_of(s.claim) == expected
    assert p.links.speakers_of(s.claim2) == expected
    stack.undo()
    assert p.links.all() == before[0]  # the same links, ids and UUIDs
    assert p.annotations.get(s.mrs).entity_id == s.popova.id
    stack.redo()
    assert p.links.speakers_of(s.claim) == expected and no_dangling_links(p)


def test_delete_without_claims_asks_nothing(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attribution_actions, "ask_delete_speaker", pytest.fail)
    assert delete_annotation(None, session, s.project.annotations.get(s.sj))
    stack.undo()
    assert s.project.annotations.get(s.sj).entity_id == s.saint_jacques.id


def test_delete_dialog_offers_reattribution_only_to_the_same_speaker(
    s: Sample, session: Session, stack: QUndoStack, analyst: str, qtbot
) -> None:
    link_claim(session, s.claim, s.mrs)
    link_claim(session, s.claim2, s.sj)
    dialog = attribution_actions._DeleteSpeakerDialog(None, s.project, s.mrs)
    qtbot.addWidget(dialog)
    assert [dialog.targets.itemData(i) for i in range(dialog.targets.count())] == [s.maria]
    alone = attribution_actions._DeleteSpeakerDialog(None, s.project, s.sj)
    qtbot.addWidget(alone)
    assert not alone.targets.isEnabled()


# -- the real article ----------------------------------------------------------------------


@pytest.mark.skipif(not ARTICLE.exists(), reason="sample article not available")
def test_picker_on_the_sample_article_puts_the_quoted_speaker_first(analyst: str, qtbot) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    p = Project.memory()
    doc = p.documents.add(text, "summit")
    for surface, nth in (("ماريا بوبوفا", 0), ("السيدة بوبوفا", 0), ("جاي سان جاك", 0)):
        start, end = span(text, surface, nth)
        p.annotations.add(doc.id, "speaker", start, end, analyst)
    start, end = span(text, "إنها مسألة توازن")
    claim = p.annotations.add(doc.id, "claim", start, end, analyst)
    picker = SpeakerPicker(p, claim.id, popup=False)
    qtbot.addWidget(picker)
    first = p.annotations.get(picker.visible_ids()[0])
    assert first.text == "السيدة بوبوفا"


def test_form_keys_go_to_the_field_and_undo_to_the_window(
    s: Sample, session: Session, stack: QUndoStack, qtbot
) -> None:
    """A letter typed in a choice box picks a choice (not a window's letter shortcut);
    Ctrl+Z in the note reaches the window's one undo history."""
    host = QWidget()
    qtbot.addWidget(host)
    fired: list[str] = []
    letter = QAction("Mark as y", host)
    letter.setShortcut(QKeySequence("Y"))
    letter.triggered.connect(lambda: fired.append("y"))
    undo = stack.createUndoAction(host)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    host.addActions([letter, undo])
    form = AttributeForm(session, host)
    layout = QVBoxLayout(host)
    layout.addWidget(form)
    with qtbot.waitActive(host):
        host.show()
    form.set_annotation(s.claim)
    verifiable = form.field_editor("verifiable")
    verifiable.setFocus()
    qtbot.keyClick(verifiable, Qt.Key.Key_Y)
    assert fired == [] and verifiable.currentText() == "yes"
    assert s.project.annotations.get(s.claim).attributes == {"verifiable": "yes"}
    form.note.setFocus()
    type_text(form.note, "ملاحظة")
    qtbot.keyClick(form.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.project.annotations.get(s.claim).note == ""
    assert form.note.toPlainText() == ""


def test_attribute_form_follows_what_it_shows_only(
    s: Sample,
    session: Session,
    stack: QUndoStack,
    analyst: str,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The form re-reads itself for edits to what it shows (its annotation, the mentions it
    lists, a speaker's name, links) and not for an unrelated annotation or a new speaker."""
    p = s.project
    link_claim(session, s.claim, s.mrs)
    form = AttributeForm(session)
    qtbot.addWidget(form)
    form.show()
    form.set_annotation(s.claim)
    refreshes: list[int] = []
    real = form.refresh
    monkeypatch.setattr(form, "refresh", lambda: refreshes.append(1) or real())

    p.entities.add("متحدث جديد", "person")  # new speaker: named nowhere in this form
    start, end = span(TEXT, "بكين")
    p.annotations.add(s.doc.id, "speaker", start, end, analyst)  # unrelated annotation
    assert refreshes == []

    p.entities.update(s.popova.id, name="ماريا بوبوفا (ماكجيل)")  # the listed speaker
    assert form.links.item(0).data(SECONDARY_ROLE).startswith("ماريا بوبوفا (ماكجيل)")
    start, end = span(TEXT, "بوبوفا", 1)
    p.annotations.update(s.mrs, start=start, end=end)  # the listed mention shrinks
    assert form.links.item(0).text() == "بوبوفا"
    p.annotations.update(s.claim, note="ملاحظة")  # the annotation itself
    assert form.note.toPlainText() == "ملاحظة"
    link_claim(session, s.claim, s.sj)  # a link
    assert form.links.count() == 2
    assert len(refreshes) == 4
