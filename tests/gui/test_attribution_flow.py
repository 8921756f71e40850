"""Attribution through the real window, as an analyst works: select text, press S / C / Q,
press A (or K) and answer the speaker picker with keys, confirm proposed speakers, click
highlights in link mode; then check the project, the outlines and the claims CSV."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from driving import ARTICLE, point_of, press, project_of, show_project, type_text
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QToolTip
from pytestqt.qtbot import QtBot

from annotator.formats.export import exporting as exporters
from annotator.gui.attribution import actions as attribution_actions
from annotator.gui.attribution.speaker_picker import EntityProposalDialog, SpeakerPicker
from annotator.gui.commands.attribution_commands import CUE_LINK, ChangeSchema
from annotator.gui.speakers.speaker_table import EntityTableModel
from annotator.gui.window.main_window import MainWindow
from annotator.gui.window.shipped_files import resource_text
from annotator.store.project import Project

ANALYST = "tester"  # as set by conftest.py
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


# -- driving the window --------------------------------------------------------------------


def open_window(qtbot: QtBot, family: str, path: Path, text: str, title: str) -> MainWindow:
    with Project.create(path) as project:
        project.documents.add(text, title, path.name)
    return show_project(qtbot, family, path, (1400, 900))


def select(win: MainWindow, needle: str, occurrence: int = 0) -> None:
    """Select `needle` with Qt's own search, as a mouse drag would."""
    doc = win.viewer.document()
    cursor = QTextCursor(doc)
    for _ in range(occurrence + 1):
        cursor = doc.find(needle, cursor, QTextDocument.FindFlag.FindCaseSensitively)
        assert not cursor.isNull(), needle
    win.viewer.setTextCursor(cursor)


def when_shown(kind: type[QDialog], respond: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next dialog of `kind` once it is on screen (inside its own event loop);
    returns a list that holds the dialog once answered."""
    answered: list[QDialog] = []
    tries = [0]

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                answered.append(widget)
                respond(widget)
                return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(1, poll)

    QTimer.singleShot(0, poll)
    return answered


def pick(query: str) -> Callable[[QDialog], None]:
    """Type a filter in the speaker picker and press Enter (the nearest match wins)."""

    def respond(dialog: QDialog) -> None:
        assert isinstance(dialog, SpeakerPicker)
        type_text(dialog.filter_edit, query)
        QtBot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)

    return respond


def key(which: Qt.Key) -> Callable[[QDialog], None]:
    def respond(dialog: QDialog) -> None:
        QtBot.keyClick(dialog.focusWidget() or dialog, which)

    return respond


def mark(win: MainWindow, needle: str, label_key: Qt.Key, occurrence: int = 0) -> int:
    select(win, needle, occurrence)
    press(win, label_key)
    current = win.session.current()
    assert current is not None and current.text == needle
    return current.id


def mark_mention(win: MainWindow, needle: str, occurrence: int = 0, same_as: bool = False) -> int:
    """S on a speaker mention; when it shares a known speaker's name, Enter confirms it."""
    asked = when_shown(EntityProposalDialog, key(Qt.Key.Key_Return)) if same_as else []
    mention = mark(win, needle, Qt.Key.Key_S, occurrence)
    assert len(asked) == int(same_as), needle
    return mention


def attribute(win: MainWindow, claim: int, query: str, which: Qt.Key = Qt.Key.Key_A) -> None:
    """Make the claim current, press A (or K) and choose in the picker by typing."""
    win.session.set_current(claim)
    shown = when_shown(SpeakerPicker, pick(query))
    press(win, which)
    assert len(shown) == 1


def speaker_entities(project: Project, claim: int) -> list[str]:
    mentions = [project.annotations.get(m) for m in project.links.speakers_of(claim)]
    return [project.entities.get(m.entity_id).name for m in mentions if m.entity_id]


# -- the real article ------------------------------------------------------------------------

POPOVA = "ماريا بوبوفا"
# quoted claim (as selected) -> (speaker entity, the mention text it is linked to)
QUOTED = {
    "الرئيس الروسي يأمل في استخدام القمة الحالية لإظهار أنه ليس “معزولًا تمامًا” على الساحة"
    " الدولية": (POPOVA, "ماريا بوبوفا"),
    "إنها مسألة توازن": (POPOVA, "السيدة بوبوفا"),
    "وسيط مهتم جدًا بمصالحه الذاتية": ("جاي سان جاك", "جاي سان جاك"),
    "موسكو لم تعد لديها القدرة على مواصلة الحرب في أوكرانيا أو المخاطرة بفقدانها": (
        "مايكل ألين",
        "مايكل ألين",
    ),
    "إنها لا تظهر أي رغبة في إنهاء الحرب": (POPOVA, "بوبوفا"),
}


@pytest.fixture
def article(qtbot: QtBot, family: str, tmp_path: Path) -> MainWindow:
    if not ARTICLE.exists():
        pytest.skip("the summit article is not available")
    text = ARTICLE.read_text(encoding="utf-8")
    return open_window(qtbot, family, tmp_path / "summit.annotator", text, "قمة بكين وموسكو")


def test_the_summit_article_annotated_through_the_window(
    article: MainWindow, tmp_path: Path
) -> None:
    win = article
    project = project_of(win)
    # Speakers, in reading order. A mention that shares a known speaker's name (after
    # Arabic normalisation, titles ignored) is proposed that speaker; Enter confirms.
    maria = mark_mention(win, "ماريا بوبوفا")
    mrs = [mark_mention(win, "السيدة بوبوفا", n, same_as=True) for n in (0, 1)]
    mark_mention(win, "جاي سان جاك")
    mark_mention(win, "سان جاك", 1, same_as=True)  # "وأشار سان جاك"
    mark_mention(win, "يان بريولت")
    mark_mention(win, "مايكل ألين")
    wsj = mark_mention(win, "وول ستريت جورنال")  # "وفقًا لصحيفة وول ستريت جورنال"
    bare = mark_mention(win, "بوبوفا", 3, same_as=True)  # "كما تلاحظ بوبوفا"

    # Popova's mentions are one speaker: "ماريا بوبوفا", "السيدة بوبوفا" twice, "بوبوفا".
    popova = [project.annotations.get(m) for m in (maria, *mrs, bare)]
    assert [m.text for m in popova] == [POPOVA, "السيدة بوبوفا", "السيدة بوبوفا", "بوبوفا"]
    assert len({m.entity_id for m in popova}) == 1 and popova[0].entity_id is not None
    assert project.entities.get(popova[0].entity_id).name == POPOVA
    assert sorted(e.name for e in project.entities.all()) == sorted(
        ["ماريا بوبوفا", "جاي سان جاك", "يان بريولت", "مايكل ألين", "وول ستريت جورنال"]
    )
    # The newspaper is a media outlet, and Popova has a role: edited in the speakers panel.
    panel = win.attributing.panel
    panel.refresh()

    def edit(mention: int, column: int, value: str) -> None:
        entity = project.annotations.get(mention).entity_id
        row = panel.model.row_of(entity)  # type: ignore[arg-type]
        panel.model.setData(panel.model.index(row, column), value)

    edit(wsj, EntityTableModel.TYPE, "media")
    edit(maria, EntityTableModel.ROLE, "أستاذة العلوم السياسية في جامعة ماكجيل")
    assert project.entities.get(project.annotations.get(wsj).entity_id or 0).type == "media"
    # One S, one undo step: marking a mention and grouping it go together.
    steps = win.session.undo_stack.count()
    mark_mention(win, "بوبوفا", 0, same_as=True)  # a stray extra mention inside "ماريا بوبوفا"
    assert win.session.undo_stack.count() == steps + 1
    press(win, Qt.Key.Key_Z, CTRL)
    assert len(project.entities.mentions(popova[0].entity_id)) == 4
    assert project.entities.get(popova[0].entity_id).role.startswith("أستاذة")

    # Claims: C, then A with the picker answered by typing a name and Enter.
    claims: dict[str, int] = {}
    for claim_text, (entity, _mention) in QUOTED.items():
        claims[claim_text] = mark(win, claim_text, Qt.Key.Key_C)
        attribute(win, claims[claim_text], entity.split()[-1])
    # K links a claim to its reporting cue (قالت) the same way.
    cue = mark(win, "قالت", Qt.Key.Key_Q)
    attribute(win, claims["إنها مسألة توازن"], "قالت", Qt.Key.Key_K)
    assert project.links.find(claims["إنها مسألة توازن"], cue, CUE_LINK) is not None

    for claim_text, (entity, mention) in QUOTED.items():
        claim = claims[claim_text]
        assert speaker_entities(project, claim) == [entity], claim_text
        [linked] = project.links.speakers_of(claim)
        assert project.annotations.get(linked).text == mention
    assert project.documents.unattributed_claims() == {}
    assert "(0)" in win.unattributed_box.text()
    win.document_model.reload()
    assert win.document_model.unattributed_text(win.session.document_id or 0) == "0"

    # The claims CSV shows each claim with its speaker entity.
    out = tmp_path / "claims.csv"
    exporters.export(project, "claims-csv", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = {row["claim"]: row for row in csv.DictReader(f)}
    assert set(rows) == set(QUOTED)
    for claim_text, (entity, mention) in QUOTED.items():
        row = rows[claim_text]
        assert (row["speaker"], row["speaker_text"], row["speaker_type"]) == (
            entity,
            mention,
            "person",
        )
        linked = project.annotations.get(project.links.speakers_of(claims[claim_text])[0])
        assert row["speaker_entity"] == project.entities.get(linked.entity_id).uuid
        assert claim_text in row["sentence"]

    # Undo and redo of a link, through the window's keys.
    last = claims["إنها لا تظهر أي رغبة في إنهاء الحرب"]
    link = project.links.find(last, bare)
    press(win, Qt.Key.Key_Z, CTRL)  # the cue link
    press(win, Qt.Key.Key_Z, CTRL)  # the cue itself
    press(win, Qt.Key.Key_Z, CTRL)  # the last attribution
    assert project.links.speakers_of(last) == []
    win.session.set_current(last)
    assert win.viewer.highlights.outlined == set()
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    again = project.links.find(last, bare)
    assert again is not None and link is not None and again.uuid == link.uuid
    assert win.viewer.highlights.outlined == {bare}


# -- the sample article: link mode, outlines, tooltips, filter -----------------------------


@pytest.fixture
def sample(qtbot: QtBot, family: str, tmp_path: Path) -> MainWindow:
    text = resource_text("sample-article.ar.txt")
    return open_window(qtbot, family, tmp_path / "sample.annotator", text, "sample")


def click(qtbot: QtBot, win: MainWindow, ann_id: int) -> None:
    win.viewer.repaint()
    qtbot.mouseClick(win.viewer.viewport(), Qt.MouseButton.LeftButton, pos=point_of(win, ann_id))


def test_link_mode_clicks_link_and_unlink_and_outlines_follow(
    sample: MainWindow, qtbot: QtBot
) -> None:
    win = sample
    project = project_of(win)
    minister = mark_mention(win, "وزير الاقتصاد سامي الحداد")
    claim = mark(win, "لن يدفع المواطن ثمن الأزمة العالمية", Qt.Key.Key_C)
    cue = mark(win, "وقال", Qt.Key.Key_Q)
    expert = mark_mention(win, "الخبيرة الاقتصادية ليلى منصور")
    other = mark(win, "الأرقام الرسمية", Qt.Key.Key_C)

    click(qtbot, win, claim)
    assert win.session.annotation_id == claim
    assert win.viewer.highlights.outlined == set()
    press(win, Qt.Key.Key_L)
    assert win.viewer.link_mode and win.attributing.actions["link-mode"].isChecked()

    click(qtbot, win, expert)  # links, and the claim stays current
    assert project.links.speakers_of(claim) == [expert]
    assert win.session.annotation_id == claim
    assert win.viewer.highlights.outlined == {expert}
    click(qtbot, win, cue)  # a cue gets a cue link
    assert project.links.find(claim, cue, CUE_LINK) is not None
    assert win.viewer.highlights.outlined == {expert, cue}
    click(qtbot, win, expert)  # a second click unlinks
    assert project.links.speakers_of(claim) == []
    assert win.viewer.highlights.outlined == {cue}
    click(qtbot, win, minister)
    assert project.links.speakers_of(claim) == [minister]
    assert win.viewer.highlights.outlined == {cue, minister}

    # Clicking a claim in link mode makes it current; its own links are outlined.
    click(qtbot, win, other)
    assert win.session.annotation_id == other
    assert win.viewer.highlights.outlined == set()
    click(qtbot, win, expert)
    assert project.links.speakers_of(other) == [expert]

    # Esc leaves link mode; a click selects again, and a speaker outlines its claims.
    press(win, Qt.Key.Key_Escape)
    assert not win.viewer.link_mode
    click(qtbot, win, minister)
    assert win.session.annotation_id == minister
    assert win.viewer.highlights.outlined == {claim}

    # Every link click was its own undo step.
    win.session.set_current(claim)
    press(win, Qt.Key.Key_Z, CTRL)
    press(win, Qt.Key.Key_Z, CTRL)
    assert project.links.speakers_of(other) == []
    assert project.links.speakers_of(claim) == []


def test_claim_tooltip_table_column_and_unattributed_filter(
    sample: MainWindow, qtbot: QtBot
) -> None:
    win = sample
    project = project_of(win)
    minister = mark_mention(win, "سامي الحداد")
    haddad = mark_mention(win, "الحداد", 1, same_as=True)  # "وقال الحداد"
    assert project.annotations.get(haddad).text == "الحداد"
    claim = mark(win, "لن يدفع المواطن ثمن الأزمة العالمية", Qt.Key.Key_C)
    lonely = mark(win, "الأرقام الرسمية", Qt.Key.Key_C)
    attribute(win, claim, "الحداد")  # the nearest mention: "الحداد"
    assert project.links.speakers_of(claim) == [haddad]

    # The tooltip over the claim names the mention and its speaker.
    win.viewer.repaint()
    at = point_of(win, claim)
    event = QHelpEvent(QEvent.Type.ToolTip, at, win.viewer.viewport().mapToGlobal(at))
    QApplication.sendEvent(win.viewer.viewport(), event)
    tip = QToolTip.text()
    assert "Speaker:" in tip and "الحداد" in tip and "سامي الحداد" in tip
    assert "No speaker yet" in win.attributing.tooltip([lonely])

    # The Speaker column shows the speaker's name, not just the mention.
    model = win.annotation_model
    assert model.speaker_text(project.annotations.get(claim)) == "سامي الحداد"
    assert model.speaker_text(project.annotations.get(lonely)) == ""
    assert model.speaker_text(project.annotations.get(minister)) == "سامي الحداد"

    # The filter narrows the table to the claims still without a speaker.
    assert win.unattributed_box.text().endswith("(1)")
    win.unattributed_box.setChecked(True)

    def shown() -> list[int]:
        rows = win.annotation_filter.visible_rows()
        return [model.annotation_at(r).id for r in rows]  # type: ignore[union-attr]

    assert shown() == [lonely]
    attribute(win, lonely, "الحداد")
    assert shown() == []
    assert win.unattributed_box.text().endswith("(0)")
    press(win, Qt.Key.Key_Z, CTRL)
    assert shown() == [lonely]
    select(win, "متفائلة أكثر من اللازم")  # a new claim shows at once, a speaker does not
    press(win, Qt.Key.Key_C)
    new_claim = win.session.annotation_id
    select(win, "منصور", 1)
    press(win, Qt.Key.Key_S)
    assert shown() == [lonely, new_claim]
    win.unattributed_box.setChecked(False)
    assert len(shown()) == model.rowCount() == 6


def test_deleting_a_speaker_with_claims_asks_and_delete_keys_stay_in_their_place(
    sample: MainWindow, qtbot: QtBot
) -> None:
    win = sample
    project = project_of(win)
    minister = mark_mention(win, "وزير الاقتصاد سامي الحداد")
    claim = mark(win, "الحكومة ستخفض سعر الخبز", Qt.Key.Key_C)
    attribute(win, claim, "الحداد")
    entity = project.annotations.get(minister).entity_id

    # Delete on the mention asks; Enter takes the default (no other mention: unlink).
    win.session.set_current(minister)
    asked = when_shown(QDialog, key(Qt.Key.Key_Return))
    press(win, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert project.links.speakers_of(claim) == []
    assert [a.id for a in project.annotations.for_document(win.session.document_id)] == [claim]
    press(win, Qt.Key.Key_Z, CTRL)  # one step brings back the mention and its link
    assert project.links.speakers_of(claim) == [minister]

    # Delete in the speakers table deletes the speaker, not the current annotation.
    panel = win.attributing.panel
    panel.refresh()
    panel.select_entities([entity])
    panel.table.setFocus()
    QtBot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert project.entities.all() == []
    assert len(project.annotations.for_document(win.session.document_id)) == 2


def test_schema_change_rebuilds_label_keys(sample: MainWindow) -> None:
    win = sample
    project = project_of(win)
    labels = project.labels.all()
    keyed = {"claim": "X", "cue": "A"}
    renamed = [replace(lab, shortcut=keyed.get(lab.name, lab.shortcut)) for lab in labels]
    assert win.session.run(ChangeSchema(renamed))
    keys = {a.text(): a.shortcut().toString() for a in win.label_actions}
    assert keys["Mark as claim"] == "X"
    assert keys["Mark as cue"] == ""  # A is the window's Attribute key
    select(win, "سامي الحداد")
    press(win, Qt.Key.Key_X)
    assert win.session.current() is not None and win.session.current().label == "claim"
    win.session.undo_stack.undo()  # the claim
    win.session.undo_stack.undo()  # the schema
    keys = {a.text(): a.shortcut().toString() for a in win.label_actions}
    assert keys["Mark as claim"] == "C" and keys["Mark as cue"] == "Q"


def test_no_dangling_links_after_attribution_actions(
    sample: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = sample
    project = project_of(win)
    mention = mark_mention(win, "الخبيرة الاقتصادية ليلى منصور")
    claim = mark(win, "متفائلة أكثر من اللازم", Qt.Key.Key_C)
    attribute(win, claim, "منصور")
    monkeypatch.setattr(
        attribution_actions,
        "ask_delete_speaker",
        lambda *_a: attribution_actions.DeleteChoice("cancel"),
    )
    win.session.set_current(mention)
    press(win, Qt.Key.Key_Delete)  # cancelled: nothing changes
    assert project.links.speakers_of(claim) == [mention]
    win.session.set_current(claim)
    press(win, Qt.Key.Key_Delete)  # a claim goes with its links, and comes back with them
    assert project.links.all() == []
    press(win, Qt.Key.Key_Z, CTRL)
    assert project.links.speakers_of(claim) == [mention]


def test_the_picker_opens_under_the_claim(sample: MainWindow) -> None:
    win = sample
    win.resize(790, 780)  # the offscreen screen is 800 x 800: keep the window on it
    for dock in win.docks.values():
        dock.hide()
    QApplication.processEvents()
    claim = mark(win, "الحكومة ستخفض سعر الخبز", Qt.Key.Key_C)
    mark_mention(win, "وزير الاقتصاد سامي الحداد")
    seen: list = []

    def look_and_leave(dialog: QDialog) -> None:
        seen.append(dialog.frameGeometry())
        QtBot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    win.session.set_current(claim)
    when_shown(SpeakerPicker, look_and_leave)
    press(win, Qt.Key.Key_A)
    assert len(seen) == 1 and project_of(win).links.speakers_of(claim) == []  # Esc: nothing
    rect = win.viewer.annotation_rect(claim)
    assert rect is not None
    viewport = win.viewer.viewport()
    top_left, bottom_right = (
        viewport.mapToGlobal(rect.topLeft()),
        viewport.mapToGlobal(rect.bottomRight()),
    )
    picker = seen[0]
    assert bottom_right.y() < picker.top() <= bottom_right.y() + 8  # just under it
    assert picker.left() < bottom_right.x() and picker.right() > top_left.x()  # beside it


def test_undo_and_jumps_bring_the_other_document_back(
    qtbot: QtBot, family: str, tmp_path: Path
) -> None:
    path = tmp_path / "two.annotator"
    win = open_window(qtbot, family, path, resource_text("sample-article.ar.txt"), "sample")
    project = project_of(win)
    with project.atomic():
        second = project.documents.add("قال زيد إن المطر قادم.", "short", "short.txt")
    first = win.session.document_id
    assert first is not None and first != second.id
    mention = mark_mention(win, "سامي الحداد")
    claim = mark(win, "الحكومة ستخفض سعر الخبز", Qt.Key.Key_C)
    attribute(win, claim, "الحداد")
    win.session.set_document(second.id)
    win.session.finish_loading()
    press(win, Qt.Key.Key_Z, CTRL)  # undoing the link shows the claim's document
    assert win.session.document_id == first and project.links.speakers_of(claim) == []
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    win.session.set_document(second.id)
    # Enter on a claim in the speakers panel shows it, in its document.
    panel = win.attributing.panel
    panel.refresh()
    panel.select_entities([project.annotations.get(mention).entity_id or 0])
    assert panel.claim_ids() == [claim]
    panel.claims.setCurrentRow(0)
    panel.claims.setFocus()
    QtBot.keyClick(panel.claims, Qt.Key.Key_Return)
    assert win.session.document_id == first and win.session.annotation_id == claim
    # Review mode and link mode do not mix: one click, one meaning.
    press(win, Qt.Key.Key_L)
    win.reviewing.actions["mode"].setChecked(True)
    assert not win.viewer.link_mode
    win.reviewing.actions["mode"].setChecked(False)
