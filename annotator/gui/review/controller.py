"""What the reviewer does: review mode on/off, move between disagreements, decide.

The window creates one `Reviewing`, docks its `panel`, puts its `menu` in the menu bar and
`merge.action` in the File menu; everything else of the review feature hangs off it. Keys
N / P / A / R / E work only in review mode and then win over any other use of those letters
(`review_keys`). Each decision is one undoable command (`review_commands`) acting on the
session's current annotation; N and P make an annotation of the next disagreement current,
which the window scrolls into view like any other current annotation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui.commands.review_commands import AcceptAgreed, Correct, Decide
from annotator.gui.i18n import shown_name
from annotator.gui.review.keys import ReviewKeys
from annotator.gui.review.merge_actions import MergeActions
from annotator.gui.review.overlay import ReviewOverlay
from annotator.gui.review.panel import ReviewPanel
from annotator.gui.review.state import ReviewState
from annotator.gui.session import Session
from annotator.gui.viewer.text_viewer import Viewer
from annotator.gui.window import keymap
from annotator.store.records import Annotation

if TYPE_CHECKING:
    from annotator.gui.review.agreement_dialog import AgreementDialog

MODE_KEY = keymap.shown("review-mode")


class Reviewing(QObject):
    message = Signal(str)

    def __init__(
        self,
        session: Session,
        viewer: Viewer,
        selection: Callable[[], tuple[int, int] | None],
        show_error: Callable[[str], object],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.viewer = viewer
        self.selection = selection
        self.show_error = show_error
        self.window = window
        self.state = ReviewState(session, self)
        self.overlay = ReviewOverlay(session, self.state)
        self.merge = MergeActions(session, window, show_error)
        self.merge.message.connect(self.message)
        self.agreement_dialog: AgreementDialog | None = None

        self.actions = self._make_actions()
        self.keys = ReviewKeys(
            window,
            {
                keymap.qt_key("review-next"): self.next,
                keymap.qt_key("review-previous"): self.previous,
                keymap.qt_key("review-accept"): self.accept,
                keymap.qt_key("review-reject"): self.reject,
                keymap.qt_key("review-correct"): self.correct,
            },
        )
        self.panel = ReviewPanel(session, self.state, self.actions)
        self.panel.picked.connect(self.go_to)
        self.menu = self._make_menu()
        self.state.toggled.connect(self._on_toggled)
        self.state.updated.connect(self._on_updated)
        session.currentAnnotationChanged.connect(self._follow_annotation)
        self._on_toggled(False)

    # -- actions and menu -------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        def action(
            name: str, text: str, short: str, slot: Callable[[], object], tip: str
        ) -> QAction:
            """`text` for the menu, `short` for the panel's buttons; the review key of the
            keymap's `review-<name>`, if any, is shown after both (shown only: see keys.py)."""
            binding = keymap.BY_NAME.get(f"review-{name}")
            if binding is not None:
                text, short = f"{text}\t{binding.shown()}", f"{short} ({binding.shown()})"
            act = QAction(text, self.window)
            act.setIconText(short)
            act.setToolTip(tip)
            act.setObjectName(f"review-{name}")
            act.triggered.connect(lambda _checked=False: slot())
            return act

        mode = QAction(self.tr("&Review Mode"), self.window)
        mode.setObjectName("review-mode")
        mode.setCheckable(True)
        keymap.bind(mode, "review-mode")
        mode.setToolTip(
            self.tr("Show every analyst's annotations and their disagreements (%1)").replace(
                "%1", MODE_KEY
            )
        )
        mode.toggled.connect(self.set_enabled)
        self.window.addAction(mode)
        return {
            "mode": mode,
            "next": action(
                "next",
                self.tr("&Next Disagreement"),
                self.tr("Next"),
                self.next,
                self.tr("Next open disagreement"),
            ),
            "previous": action(
                "previous",
                self.tr("&Previous Disagreement"),
                self.tr("Prev"),
                self.previous,
                self.tr("Previous open disagreement"),
            ),
            "accept": action(
                "accept",
                self.tr("&Accept Annotation"),
                self.tr("Accept"),
                self.accept,
                self.tr("Accept the selected annotation"),
            ),
            "reject": action(
                "reject",
                self.tr("Re&ject Annotation"),
                self.tr("Reject"),
                self.reject,
                self.tr("Reject the selected annotation"),
            ),
            "correct": action(
                "correct",
                self.tr("&Correct with Selection"),
                self.tr("Correct"),
                self.correct,
                self.tr(
                    "Replace the selected annotation by the text selection (or its own span),"
                    " with the label chosen in the Review panel"
                ),
            ),
            "accept-agreed": action(
                "accept-agreed",
                self.tr("Accept Spans Everyone A&greed On"),
                self.tr("Accept agreed"),
                self.accept_agreed,
                self.tr("Accept, once, every span all analysts of this document marked alike"),
            ),
            "agreement": action(
                "agreement",
                self.tr("A&greement…"),
                self.tr("Agreement"),
                self.show_agreement,
                self.tr("Agreement between analysts: F1, kappa, alpha, attribution"),
            ),
        }

    def _make_menu(self) -> QMenu:
        menu = QMenu(self.tr("Re&view"), self.window)
        a = self.actions
        menu.addAction(a["mode"])
        menu.addSeparator()
        menu.addActions([a["next"], a["previous"]])
        menu.addSeparator()
        menu.addActions([a["accept"], a["reject"], a["correct"], a["accept-agreed"]])
        menu.addSeparator()
        menu.addActions([a["agreement"], self.merge.action])
        return menu

    # -- review mode ---------------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        if on and self.session.project is not None:
            self.session.finish_loading()  # the filter and the marks need every annotation
        self.state.set_enabled(on)

    def _on_toggled(self, on: bool) -> None:
        mode = self.actions["mode"]
        if mode.isChecked() != on:
            mode.setChecked(on)
        mode.setIconText(
            self.tr("Review mode: on") if on else self.tr("Review mode: off — switch on")
        )
        for name in ("next", "previous", "accept", "reject", "correct", "accept-agreed"):
            self.actions[name].setEnabled(on)
        self.keys.set_active(on)
        if on:
            self.overlay.install(self.viewer.highlights)
            key = keymap.shown
            self.message.emit(
                self.tr(
                    "Review mode: %1 / %2 next or previous disagreement, %3 accept, %4 reject,"
                    " %5 correct with the selection"
                )
                .replace("%1", key("review-next"))
                .replace("%2", key("review-previous"))
                .replace("%3", key("review-accept"))
                .replace("%4", key("review-reject"))
                .replace("%5", key("review-correct"))
            )
        else:
            self.overlay.uninstall(self.viewer.highlights)

    def _on_updated(self) -> None:
        current = self.session.current()
        if current is not None and not self.state.shows(current):
            self.session.set_current(None)  # its analyst was hidden
        self.viewer.viewport().update()

    # -- moving ------------------------------------------------------------------------------

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        index = self.state.step(delta)
        if index < 0:
            self.message.emit(self.tr("No disagreements in this document."))
            return
        self.go_to(index)

    def go_to(self, index: int) -> None:
        """Make disagreement `index` current, and its first undecided annotation."""
        self.state.set_current(index)
        item = self.state.current_item()
        if item is None:
            return
        self.session.finish_loading()
        anns = [a for i in item.annotation_ids if (a := self.session.annotations.get(i))]
        pick = next((a for a in anns if a.review_status == "pending"), anns[0] if anns else None)
        if pick is not None:
            self.session.set_current(pick.id)
            self.viewer.reveal(pick.id)
        self.message.emit(item.description)

    def _follow_annotation(self, ann_id: int | None) -> None:
        """A clicked annotation selects a disagreement it is part of (if the current one is
        not), so the list and the marks follow the viewer."""
        if not self.state.enabled or ann_id is None:
            return
        item = self.state.current_item()
        if item is not None and ann_id in item.annotation_ids:
            return
        found = self.state.items_with(ann_id)
        if found:
            self.state.set_current(found[0])
            self.viewer.viewport().update()

    # -- deciding ----------------------------------------------------------------------------

    def _target(self) -> Annotation | None:
        ann = self.session.current()
        if ann is None:
            self.message.emit(
                self.tr("Select an annotation first (N goes to the next disagreement).")
            )
        return ann

    def accept(self) -> None:
        self._decide("accepted")

    def reject(self) -> None:
        self._decide("rejected")

    def _decide(self, verdict: str) -> None:
        ann = self._target()
        if ann is None or not self.state.enabled:
            return
        if ann.review_status == verdict:
            already = {
                "accepted": self.tr("Already accepted."),
                "rejected": self.tr("Already rejected."),
            }
            self.message.emit(already[verdict])
        elif not self.session.run(Decide(ann, verdict)):
            return
        else:
            done = {
                "accepted": self.tr("Accepted: %1 by %2"),
                "rejected": self.tr("Rejected: %1 by %2"),
            }
            self.message.emit(
                done[verdict].replace("%1", shown_name(ann.label)).replace("%2", ann.analyst)
            )
        self._advance(ann.id)

    def _advance(self, decided: int) -> None:
        """Move to the next undecided annotation of the current disagreement, if any."""
        item = self.state.current_item()
        if item is None or decided not in item.annotation_ids:
            return
        ids = list(item.annotation_ids)
        start = ids.index(decided)
        for ann_id in ids[start + 1 :] + ids[:start]:
            ann = self.session.annotations.get(ann_id)
            if ann is not None and ann.review_status == "pending" and self.state.shows(ann):
                self.session.set_current(ann_id)
                return

    def correct(self) -> None:
        ann = self._target()
        if ann is None or not self.state.enabled:
            return
        span = self.selection() or (ann.start, ann.end)
        if span[1] <= ann.start or span[0] >= ann.end:
            self.show_error(
                self.tr(
                    "The selection does not overlap the annotation being corrected; select the"
                    " right words over it (or nothing, to change only its label)."
                )
            )
            return
        label = self.panel.correction_label() or ann.label
        if self.session.run(Correct(ann, span[0], span[1], label)):
            words = self.session.text[span[0] : span[1]]
            corrected = self.tr("Corrected: %1 “%2”").replace("%1", shown_name(label))
            self.message.emit(corrected.replace("%2", words))

    def accept_agreed(self) -> None:
        doc_id = self.session.document_id
        if doc_id is None or not self.state.enabled:
            return
        command = AcceptAgreed(doc_id)
        if not self.session.run(command):
            return
        if not command.decisions:  # nothing to do: a note, and no undo step was kept
            self.message.emit(self.tr("There is nothing left that every analyst marked alike."))
        else:
            kept = sum(d.after.review_status == "accepted" for d in command.decisions)
            self.message.emit(self.tr("Accepted %Ln spans every analyst marked alike.", "", kept))

    # -- agreement ---------------------------------------------------------------------------

    def show_agreement(self) -> None:
        project = self.session.project
        if project is None:
            self.show_error(self.tr("Open a project first."))
            return
        doc = None
        if self.session.document_id is not None:
            d = project.documents.get(self.session.document_id)
            doc = (d.uuid, d.title)
        from annotator.gui.review.agreement_dialog import AgreementDialog  # when asked for

        self.agreement_dialog = AgreementDialog(project, doc, self.window)
        self.agreement_dialog.open()
