"""The window's suggestions: computed when a document opens, refitted as annotations
change, stepped through and accepted or rejected with the keyboard.

Keys (in the text viewer): F8 / Shift+F8 go to the next / previous suggestion; while one
is current, Enter accepts it with its links (one undo step), Backspace rejects it (never
suggested again in this document), Shift+Enter accepts every suggestion of its sentence,
Esc leaves it. A selection overlapping the current suggestion when it is accepted gives
that span new boundaries (its origin then says `:edited`). Suggestions are never stored
until accepted, so tables, counts, exports and agreement never see them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from annotator.gui import settings
from annotator.gui.commands.suggestion_commands import AcceptSuggestions, RejectSuggestions
from annotator.gui.i18n import number
from annotator.gui.session import Session
from annotator.gui.suggestions.computing import Computing
from annotator.gui.suggestions.keys import SuggestionKeys
from annotator.gui.suggestions.painter import SuggestionPainter
from annotator.gui.viewer.text_viewer import Viewer
from annotator.gui.window import keymap
from annotator.store import suggestion_rejections
from annotator.store.project import Change
from annotator.suggestions.engine import Existing, Found, Key
from annotator.suggestions.lexicon import LexiconStore
from annotator.suggestions.project_suggestions import labels_by_kind, marked
from annotator.suggestions.records import Group, Suggested

_SENTENCE_END = re.compile(r"[.!?؟۔…]+(?=\s|$)|[\n\r\u2028\u2029]")
START_DELAY_MS = 50  # after a document opens: its first paint and pages come first
REFIT_DELAY_MS = 1000  # suggestions follow annotation edits once the edits pause


class Suggesting(QObject):
    message = Signal(str)

    def __init__(
        self,
        session: Session,
        viewer: Viewer,
        show_error: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.viewer, self.show_error = session, viewer, show_error
        self.lexicons = LexiconStore()
        self.painter = SuggestionPainter(viewer)
        self.computing = Computing(self)
        self.found: Found | None = None
        self.groups: list[Group] = []
        self.spans: list[Suggested] = []
        self.current: int | None = None  # index into groups
        self.rejected: set[Key] = set()
        self._span_ids: dict[tuple[str, int, int], int] = {}  # stable ids for the painter
        self._sentence_ends: list[int] | None = None
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(REFIT_DELAY_MS)
        self._refit_timer.timeout.connect(lambda: self.refit(background=True))
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_DELAY_MS)
        self._start_timer.timeout.connect(self._start)
        self.actions = self._make_actions()
        self.computing.done.connect(self._computed)
        self.computing.fitted.connect(self._fitted)
        session.documentChanged.connect(self._on_document)
        session.projectChanged.connect(self._on_project)
        session.changed.connect(self._on_changes)
        session.currentAnnotationChanged.connect(self._on_current_annotation)
        self.keys = SuggestionKeys(self)
        viewer.installEventFilter(self.keys)
        viewer.extra_painters.append(self.painter)

    # -- actions -------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        parent = self.parent() if isinstance(self.parent(), QWidget) else None

        def action(text: str, slot: Callable[[], object], key: str = "") -> QAction:
            act = QAction(text, parent)
            if key:
                keymap.bind(act, key)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        show = action(self.tr("Show &Suggestions"), lambda: self.set_enabled(show.isChecked()))
        show.setCheckable(True)
        show.setChecked(True)
        show.setToolTip(self.tr("Suggest cues, speakers and claims in this project"))
        return {
            "show": show,
            "next": action(self.tr("&Next Suggestion"), lambda: self.step(1), "next-suggestion"),
            "previous": action(
                self.tr("&Previous Suggestion"), lambda: self.step(-1), "previous-suggestion"
            ),
            # Read by `keys.SuggestionKeys` while a suggestion is current: shown, not bound.
            "accept": action(
                self.tr("&Accept Suggestion") + "\t" + keymap.shown("accept-suggestion"),
                self.accept_current,
            ),
            "reject": action(
                self.tr("&Reject Suggestion") + "\t" + keymap.shown("reject-suggestion"),
                self.reject_current,
            ),
            "accept-sentence": action(
                self.tr("Accept Suggestions of the Sente&nce")
                + "\t"
                + keymap.shown("accept-sentence-suggestions"),
                self.accept_sentence,
            ),
            "lexicon": action(self.tr("Load Suggestion &Lexicon…"), self.choose_lexicon),
        }

    @property
    def enabled(self) -> bool:
        return self.actions["show"].isChecked() and not self.paused

    paused = False  # review mode: adjudicating what analysts marked, not proposing more

    def set_paused(self, on: bool) -> None:
        """Hide suggestions while reviewing (the View setting stays as the analyst left it)."""
        if on != self.paused:
            self.paused = on
            self.recompute()

    def set_enabled(self, on: bool) -> None:
        """Turn suggestions on or off for the open project (remembered per project)."""
        self.actions["show"].setChecked(on)
        project = self.session.project
        if project is not None and project.path is not None:
            off = [p for p in settings.SUGGESTIONS_OFF.get() if p != str(project.path)]
            if not on:
                off.append(str(project.path))
            settings.SUGGESTIONS_OFF.set(off)
        self.recompute()

    def choose_lexicon(self) -> None:
        owner = self.parent()
        parent = owner if isinstance(owner, QWidget) else None
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Suggestion Lexicon"), "", self.tr("Lexicon (*.json)")
        )
        if path:
            self.load_lexicon(path)

    def load_lexicon(self, path: str) -> bool:
        """Use the lexicon at `path`; a bad file is reported and the last good one kept."""
        problem = self.lexicons.reload(path)
        if problem is not None:
            self.show_error(problem)
            return False
        self.recompute()
        return True

    # -- computing and fitting -----------------------------------------------------------

    def _on_project(self) -> None:
        project = self.session.project
        on = (
            project is None
            or project.path is None
            or (str(project.path) not in settings.SUGGESTIONS_OFF.get())
        )
        self.actions["show"].setChecked(on)

    def _on_document(self, _doc_id: int) -> None:
        self.recompute()

    def recompute(self) -> None:
        """Compute the current document's suggestions again (off the GUI thread)."""
        self._start_timer.stop()
        self.computing.cancel()
        self.found, self._sentence_ends = None, None
        self._span_ids = {}
        self.painter.set_spans(None, {})
        self._show([])
        session = self.session
        if not self.enabled or session.project is None or session.document_id is None:
            return
        self._start_timer.start()

    def _start(self) -> None:
        """Start the computation once the document's annotations are all loaded (the
        first paint and the loading in pages never share the processor with it)."""
        session = self.session
        if not self.enabled or session.project is None or session.document_id is None:
            return
        if session.loading:
            self._start_timer.start()
            return
        project = session.project
        self.rejected = suggestion_rejections.rejected(project, session.document_id)
        self.computing.start(
            session.document_id, session.text, self.lexicons.lexicon, marked(project)
        )

    def _computed(self, generation: int, document_id: int, found: Found) -> None:
        if generation != self.computing.generation or document_id != self.session.document_id:
            return
        self.found = found
        self.refit()

    def refit(self, *, background: bool = False) -> None:
        """Fit the computed suggestions to the document's annotations and rejections: now
        (after the analyst accepted or rejected), or on the worker (after edits)."""
        self._refit_timer.stop()
        project = self.session.project
        if self.found is None or project is None or self.session.document_id is None:
            return
        kinds = {lab.name: lab.kind for lab in project.labels.all()}
        existing = [
            Existing(a.id, kinds.get(a.label, "other"), a.start, a.end)
            for a in self.session.annotations.values()
        ]
        if background:
            self.computing.fit(self.session.document_id, self.found, existing, set(self.rejected))
        else:
            self.computing.cancel_fit()
            self._show(self.found.groups(existing, self.rejected))

    def _fitted(self, generation: int, document_id: int, groups: list[Group]) -> None:
        if generation != self.computing.fit_generation or document_id != self.session.document_id:
            return
        self._show(groups)

    def _show(self, groups: list[Group]) -> None:
        project = self.session.project
        labels = labels_by_kind(project) if project is not None else {}
        groups = [g for g in groups if _storable(g, labels)]
        before = self.groups[self.current] if self.current is not None else None
        self.groups = groups
        shown: dict[int, Suggested] = {}
        ids = self._span_ids
        for group in groups:
            for span in group.spans():
                span_id = ids.get(span.key)
                if span_id is None:
                    span_id = ids[span.key] = len(ids)
                shown[span_id] = span
        self.spans = list(shown.values())
        if project is not None:
            self.painter.set_colors(
                {
                    k: lab.color
                    for lab in project.labels.all()
                    for k, n in labels.items()
                    if n == lab.name
                }
            )
        self.painter.set_spans(self.session.offsets, shown)
        self.current = None
        if before is not None and groups:
            starts = [g.start for g in groups]
            i = bisect.bisect_left(starts, before.start)
            self.set_current(min(i, len(groups) - 1), reveal=False)
        else:
            self.painter.set_highlighted(set())

    def _on_changes(self, changes: list[Change]) -> None:
        """Refit once after the event loop turn that reported the changes; a rejection (or
        its undo) in this document at once, so the next step skips it."""
        session = self.session
        if session.project is not None and any(
            c.table == suggestion_rejections.TABLE and c.document_id == session.document_id
            for c in changes
        ):
            assert session.document_id is not None
            self.rejected = suggestion_rejections.rejected(session.project, session.document_id)
            self.refit()
        touched = any(
            c.table == "labels"
            or (c.table == "annotations" and c.document_id in (None, self.session.document_id))
            for c in changes
        )
        if touched and self.found is not None:
            self._refit_timer.start()  # once edits pause: never inside an edit's own time

    def _on_current_annotation(self, ann_id: int | None) -> None:
        if ann_id is not None and self.current is not None:
            self.set_current(None)

    # -- stepping ------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        """Make the next (or previous) suggestion current and bring it on screen."""
        if not self.groups:
            self.message.emit(
                self.tr("No suggestions in this document.")
                if self.found is not None or not self.enabled
                else self.tr("Suggestions are still being computed.")
            )
            return
        if self.current is None:
            cursor = (
                self.session.offsets.to_core(self.viewer.textCursor().position())
                if self.session.offsets
                else 0
            )
            starts = [g.start for g in self.groups]
            i = (
                bisect.bisect_left(starts, cursor)
                if delta > 0
                else bisect.bisect_left(starts, cursor) - 1
            )
        else:
            i = self.current + delta
        self.set_current(i % len(self.groups))

    def set_current(self, index: int | None, reveal: bool = True) -> None:
        self.current = index
        if index is None:
            self.painter.set_highlighted(set())
            return
        group = self.groups[index]
        ids = {self._span_ids[s.key] for s in group.spans() if s.key in self._span_ids}
        self.painter.set_highlighted(ids)
        if self.session.annotation_id is not None:
            self.session.set_current(None)
        if reveal:
            self.viewer.reveal_range(group.start, group.end)
        self.message.emit(self._describe(group))

    def _describe(self, group: Group) -> str:
        text = self.session.text
        kinds = {"claim": self.tr("claim"), "speaker": self.tr("speaker"), "cue": self.tr("cue")}
        parts = [f"{kinds[s.kind]}: {text[s.start : s.end][:40]}" for s in group.own]
        return self.tr("Suggestion ({0} of {1}) — {2}").format(
            number((self.current or 0) + 1), number(len(self.groups)), " · ".join(parts)
        )

    def current_group(self) -> Group | None:
        return self.groups[self.current] if self.current is not None else None

    # -- accepting and rejecting ---------------------------------------------------------

    def accept_current(self) -> bool:
        group = self.current_group()
        if group is None:
            self.message.emit(self.tr("Press F8 to go to a suggestion first."))
            return False
        return self._accept([group], self._edited_bounds(group))

    def accept_sentence(self) -> bool:
        group = self.current_group()
        if group is None:
            self.message.emit(self.tr("Press F8 to go to a suggestion first."))
            return False
        lo, hi = self._sentence_of(group.start)
        chosen = [g for g in self.groups if g.start < hi and g.end > lo]
        return self._accept(chosen, {})

    def _accept(self, groups: list[Group], bounds: dict) -> bool:
        session = self.session
        if session.document_id is None:
            return False
        position = groups[0].start
        if not session.run(AcceptSuggestions(session.document_id, groups, bounds)):
            return False  # refused: the session said why
        self.refit()
        self._go_after(position)
        return True

    def reject_current(self) -> bool:
        group = self.current_group()
        session = self.session
        if group is None or session.document_id is None:
            return False
        position = group.start
        if not session.run(RejectSuggestions(session.document_id, [group])):
            return False
        self._go_after(position)
        return True

    def _go_after(self, position: int) -> None:
        if not self.groups:
            self.set_current(None)
            return
        starts = [g.start for g in self.groups]
        self.set_current(min(bisect.bisect_left(starts, position), len(self.groups) - 1))

    def _edited_bounds(self, group: Group) -> dict:
        """New boundaries from a selection the analyst made over one of the group's spans."""
        selected = self.viewer.selected_range()
        if selected is None:
            return {}
        a, b = selected
        for span in group.own:
            if span.start < b and a < span.end and (a, b) != (span.start, span.end):
                return {span.key: (a, b)}
        return {}

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.session.text)]
        ends = self._sentence_ends
        i = bisect.bisect_right(ends, offset)
        return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(self.session.text))

    # -- keys and painting ---------------------------------------------------------------


def _storable(group: Group, labels: dict[str, str]) -> bool:
    """Only what the project's label schema can hold is suggested."""
    return all(s.kind in labels for s in group.own)
