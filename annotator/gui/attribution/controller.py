"""Who said what, in the window: attribution keys, link mode, outlines, speakers and form.

The window creates one `Attributing`, docks its `panel` (the project's speakers) and `form`
(attributes, note and links of the current annotation), and puts `menu_actions` in the
Annotate menu. Everything else hangs off the session's signals:

- `A` picks a speaker for the current claim in a popup under it, `K` a cue; link mode (`L`,
  Esc leaves it) links or unlinks the current claim to each speaker or cue clicked;
- the current annotation's links are outlined (a claim's speakers and cue, a speaker's or
  a cue's claims) and a claim's tooltip names its speakers;
- a new speaker mention is proposed the entity whose name it shares (`entity_for`);
- activating a claim in the panel or a link in the form shows that annotation.

The flows themselves (commands, dialogs) are in `attribution_actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from annotator.errors import NotFoundError
from annotator.gui.attribution import actions as attribution_actions
from annotator.gui.attribution import speaker_picker
from annotator.gui.attribution.annotation_form import AttributeForm
from annotator.gui.i18n import shown_name
from annotator.gui.session import Session
from annotator.gui.speakers.panel import SpeakersPanel
from annotator.gui.viewer.text_viewer import Viewer
from annotator.gui.window import keymap
from annotator.speakers.attribution import attributed_claims, linked_to
from annotator.store.project import Change
from annotator.store.records import Annotation
from annotator.text.keyboard import twin

ATTRIBUTE_KEY, CUE_KEY, LINK_MODE_KEY = (keymap.shown(n) for n in ("attribute", "cue", "link-mode"))
PICKER_SIZE = (460, 320)  # SpeakerPicker's size, to keep the popup on screen
ISOLATE = "\u2068{}\u2069"  # FSI...PDI: an Arabic name keeps its order inside a Latin line
_WATCHED = {"links", "annotations", "entities", "labels"}


class Attributing(QObject):
    message = Signal(str)

    def __init__(self, session: Session, viewer: Viewer, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.viewer = viewer
        self.window = window
        self.panel = SpeakersPanel(session)
        self.form = AttributeForm(session)
        self.actions = self._make_actions()
        self.menu_actions = [
            self.actions[name] for name in ("attribute", "cue", "link-mode", "schema")
        ]

        session.projectChanged.connect(self._on_project)
        session.currentAnnotationChanged.connect(self._on_current)
        session.documentChanged.connect(lambda _doc: self.refresh_outlines())
        session.changed.connect(self._on_changes)
        self.panel.claimActivated.connect(self.show_annotation)
        self.form.annotationActivated.connect(self.show_annotation)
        self.form.attributeRequested.connect(lambda claim_id: self.attribute(claim_id))
        viewer.linkClicked.connect(self._on_link_click)
        viewer.tooltip_for = self.tooltip

    # -- actions ------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        win = self.window

        def action(text: str, key: str, tip: str, slot: object) -> QAction:
            """`key` names the action's binding in the keymap."""
            act = QAction(text, win)
            if key:
                keymap.bind(act, key)
            act.setToolTip(tip)
            act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            win.addAction(act)
            return act

        attribute = action(
            self.tr("&Attribute Claim…"),
            "attribute",
            self.tr("Choose the speaker of the current claim (%1)").replace("%1", ATTRIBUTE_KEY),
            lambda: self.attribute(),
        )
        cue = action(
            self.tr("Link Claim to &Cue…"),
            "cue",
            self.tr("Choose the reporting expression of the current claim (%1)").replace(
                "%1", CUE_KEY
            ),
            lambda: self.attribute(kinds=("cue",)),
        )
        link_mode = action(
            self.tr("&Link Mode"),
            "link-mode",
            self.tr(
                "Click speakers and cues to link or unlink the current claim (%1; Esc leaves it)"
            ).replace("%1", LINK_MODE_KEY),
            lambda: None,
        )
        link_mode.setCheckable(True)
        link_mode.toggled.connect(self.set_link_mode)
        leave = action(
            self.tr("Leave Link Mode"), "leave-link-mode", "", lambda: link_mode.setChecked(False)
        )
        leave.setEnabled(False)
        schema = action(
            self.tr("Label &Schema…"),
            "",
            self.tr("Labels, colours, keys and attribute fields; import or export them as JSON"),
            self.edit_schema,
        )
        return {
            "attribute": attribute,
            "cue": cue,
            "link-mode": link_mode,
            "leave-link-mode": leave,
            "schema": schema,
        }

    def reserved_keys(self) -> set[str]:
        """Keys the window's own actions use, which a label cannot take."""
        keys = {ATTRIBUTE_KEY, CUE_KEY, LINK_MODE_KEY}
        return keys | {twin(k) or k for k in keys}

    # -- following the session ----------------------------------------------------------

    def _on_project(self) -> None:
        self.actions["link-mode"].setChecked(False)
        self.refresh_outlines()

    def _on_current(self, ann_id: int | None) -> None:
        self.form.set_annotation(ann_id)
        self.refresh_outlines()
        ann = self.session.current()
        if ann is not None and ann.entity_id is not None:
            self.panel.select_entities([ann.entity_id])

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in _WATCHED for c in changes):
            self.refresh_outlines()

    def related(self, ann_id: int) -> set[int]:
        """Annotations linked to `ann_id` either way: a claim's speakers and cue, or the
        claims of a speaker mention or a cue."""
        project = self.session.project
        return linked_to(project, ann_id) if project is not None else set()

    def refresh_outlines(self) -> None:
        current = self.session.annotation_id
        self.viewer.set_outlined(self.related(current) if current is not None else set())

    # -- kinds --------------------------------------------------------------------------

    def kind_of(self, ann: Annotation) -> str:
        project = self.session.project
        return project.labels.kind_of(ann.label) if project is not None else ""

    def current_claim(self) -> Annotation | None:
        ann = self.session.current()
        return ann if ann is not None and self.kind_of(ann) == "claim" else None

    # -- attributing ----------------------------------------------------------------------

    def attribute(self, claim_id: int | None = None, kinds: tuple[str, ...] = ("speaker",)) -> bool:
        """`A` (or `K` for a cue): pick a mention in a popup under the claim, link it."""
        project = self.session.project
        claim = self.current_claim() if claim_id is None else self.session.annotations.get(claim_id)
        if project is None or claim is None or self.kind_of(claim) != "claim":
            self.message.emit(self.tr("Select a claim first, then press A to choose its speaker."))
            return False
        return attribution_actions.attribute_claim(
            self.window,
            self.session,
            claim.id,
            kinds=kinds,
            at=self.picker_position(claim.id),
        )

    def picker_position(self, ann_id: int) -> QPoint | None:
        """Where the picker's top-left corner goes: just under the annotation, right edges
        aligned (the text runs right to left); above it when there is no room below; under
        its first line when it is too tall for either. Always on the screen."""
        self.viewer.reveal(ann_id)
        rects = self.viewer.annotation_rects(ann_id)
        if not rects:
            return None
        viewport = self.viewer.viewport()
        area = QRect()
        for rect in rects:
            area = area.united(rect)
        top_left = viewport.mapToGlobal(area.topLeft())
        bottom_right = viewport.mapToGlobal(area.bottomRight())
        first_bottom = viewport.mapToGlobal(rects[0].bottomLeft()).y()
        width, height = PICKER_SIZE
        x, y = bottom_right.x() - width, bottom_right.y() + 4
        screen = QGuiApplication.screenAt(bottom_right) or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            if y + height > room.bottom():
                above = top_left.y() - height - 4
                y = above if above >= room.top() else first_bottom + 4
                y = max(room.top(), min(y, room.bottom() - height))
            x = max(room.left(), min(x, room.right() - width))
        return QPoint(x, y)

    def edit_schema(self) -> None:
        project = self.session.project
        if project is None:
            self.message.emit(self.tr("Open a project first."))
            return
        from annotator.gui.labels.label_schema_dialog import edit_schema  # when asked for

        edit_schema(self.window, self.session)

    def entity_for(self, label: str, text: str) -> speaker_picker.EntityChoice:
        """For a new speaker-kind mention: the entity it belongs to, "new" or None (ungrouped).
        Asks only when an entity shares its name (Arabic normalisation, titles ignored)."""
        project = self.session.project
        if project is None or project.labels.kind_of(label) != "speaker":
            return None
        return speaker_picker.confirm_entity(self.window, project, text)

    # -- link mode ----------------------------------------------------------------------

    def set_link_mode(self, on: bool) -> None:
        self.viewer.set_link_mode(on)
        self.actions["leave-link-mode"].setEnabled(on)
        if on:
            self.message.emit(
                self.tr(
                    "Link mode: click a speaker or cue to link or unlink the current claim; "
                    "click a claim to make it current; Esc leaves."
                )
            )

    def _on_link_click(self, hits: list[int]) -> None:
        """Link mode: a speaker or cue clicked toggles its link to the current claim; any
        other click makes the clicked annotation current."""
        project, annotations = self.session.project, self.session.annotations
        if project is None:
            return
        claim = self.current_claim()
        for hit in hits:
            ann = annotations.get(hit)
            if ann is not None and claim is not None and self.kind_of(ann) in ("speaker", "cue"):
                attribution_actions.toggle_link(self.session, claim.id, hit)
                return
        current = self.session.annotation_id
        pick = hits[(hits.index(current) + 1) % len(hits)] if current in hits else hits[0]
        self.session.set_current(pick)
        if claim is None and self.current_claim() is None:
            self.message.emit(self.tr("Link mode: click a claim first, then its speakers."))

    # -- showing an annotation ------------------------------------------------------------

    def show_annotation(self, ann_id: int) -> None:
        """Bring an annotation of any document on screen and make it current."""
        project = self.session.project
        if project is None:
            return
        try:
            ann = project.annotations.get(ann_id)
        except NotFoundError:
            return
        self.session.show_document(ann.document_id)
        self.session.set_current(ann_id)
        self.viewer.reveal(ann_id)

    # -- tooltips -----------------------------------------------------------------------

    def tooltip(self, hits: list[int]) -> str:
        """What the annotations under the mouse are; a claim names its speakers."""
        project = self.session.project
        if project is None:
            return ""
        lines = []
        for ann_id in hits:
            ann = self.session.annotations.get(ann_id)
            if ann is None:
                continue
            kind = self.kind_of(ann)
            if kind == "claim":
                speakers = [self._speaker_line(s) for s in project.links.speakers_of(ann_id)]
                lines.append(shown_name(ann.label))
                lines.extend(speakers or [self.tr("No speaker yet (press A)")])
            elif kind == "speaker":
                claims = len(attributed_claims(project, ann_id))
                name = self._entity_name(ann)
                who = f" ({ISOLATE.format(name)})" if name else ""
                count = self.tr("%Ln claims", "", claims)
                lines.append(f"{shown_name(ann.label)}{who}: {count}")
            else:
                lines.append(shown_name(ann.label))
        return "\n".join(lines)

    def _entity_name(self, ann: Annotation) -> str:
        project = self.session.project
        if project is None or ann.entity_id is None:
            return ""
        return project.entities.get(ann.entity_id).name

    def _speaker_line(self, mention_id: int) -> str:
        """ "Speaker: mention text (entity name)"."""
        assert self.session.project is not None
        mention = self.session.annotations.get(mention_id) or self.session.project.annotations.get(
            mention_id
        )
        text = " ".join(mention.text.split())
        name = self._entity_name(mention)
        shown = ISOLATE.format(text)
        if name and name != text:
            shown += f" ({ISOLATE.format(name)})"
        return self.tr("Speaker: %1").replace("%1", shown)
