"""What the annotating keys do: label a selection, relabel, delete, grow, shrink, step.

Each action reads the viewer's selection through the OffsetMap, shapes the span with
`segments` (whole words by default, never half a grapheme, no edge spaces) and performs one
undoable command through `Session.run`; a refusal from core is reported by the session's
`refused` signal (one sentence, never raised).

Growing and shrinking are named by screen side, because that is what the analyst sees:
in a right-to-left paragraph the left edge of a span is its logical end, in a left-to-right
one its start.

A new speaker mention is grouped in the same undo step as it is marked: the window's
`entity_for` hook asks which speaker it belongs to (before anything is written, so no
transaction waits on a dialog), then marking and grouping run as one `Sequence`. Deleting a
speaker mention that has claims goes through `attribution.actions.delete_annotation`,
which asks what becomes of those claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextCursor

from annotator.gui.attribution import actions as attribution_actions
from annotator.gui.commands.annotation_commands import (
    AddAnnotation,
    UpdateAnnotation,
)
from annotator.gui.commands.attribution_commands import assign_command, new_entity_command
from annotator.gui.commands.command import Command, Sequence
from annotator.gui.commands.wording import named, shown_name
from annotator.gui.session import Session
from annotator.gui.tables.annotation_model import AnnotationTableModel, one_line
from annotator.gui.viewer.text_viewer import Viewer
from annotator.store.records import Annotation
from annotator.text import segments

ScreenSide = Literal["left", "right"]
SHORT = 40  # characters of a span quoted in a status message
# Which speaker a new mention belongs to: an entity id, "new", or None (leave it ungrouped).
EntityFor = Callable[[str, str], int | Literal["new"] | None]


class Annotating(QObject):
    message = Signal(str)  # a short status-bar note about what just happened

    def __init__(
        self,
        session: Session,
        viewer: Viewer,
        table: AnnotationTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.viewer = viewer
        self.table = table
        self.snap_words = True
        # (label, mention text) -> speaker entity of a new mention; set by the window.
        self.entity_for: EntityFor = lambda label, text: None
        viewer.stepRequested.connect(self.step)
        viewer.annotationClicked.connect(session.set_current)

    # -- adding ------------------------------------------------------------------------

    def snapped_selection(self) -> tuple[int, int] | None:
        raw = self.viewer.selected_range()
        if raw is None:
            return None
        words = self.snap_words and raw != self.viewer.exact_range  # a search hit as found
        return segments.snap_selection(self.session.text, *raw, words=words)

    def label_selection(self, label: str) -> Annotation | None:
        """Mark the selected text with `label`; the new annotation becomes current."""
        session = self.session
        if session.document_id is None:
            self.message.emit(self.tr("Open a document first."))
            return None
        span = self.snapped_selection()
        if span is None:
            self.message.emit(self.tr("Select some text first, then press the label's key."))
            return None
        command = AddAnnotation(session.document_id, label, *span)
        entity = self.entity_for(label, session.text[span[0] : span[1]])
        if not session.run(command if entity is None else grouped(command, entity)):
            return None
        self._collapse_selection(span[1])
        saved = self.tr("Saved: %1 “%2”").replace("%1", shown_name(label))
        self.message.emit(saved.replace("%2", one_line(session.text[span[0] : span[1]], SHORT)))
        return command.added

    def _collapse_selection(self, end: int) -> None:
        """Drop the selection after labelling it, so a second key press does not add twice."""
        assert self.session.offsets is not None
        cursor = self.viewer.textCursor()
        cursor.setPosition(self.session.offsets.to_qt(end), QTextCursor.MoveMode.MoveAnchor)
        self.viewer.setTextCursor(cursor)

    # -- changing the current annotation -------------------------------------------------

    def relabel_current(self, label: str) -> None:
        ann = self.session.current()
        if ann is None or ann.label == label:
            return
        self.session.run(UpdateAnnotation(ann, named(self.tr("Change to %1"), label), label=label))

    def delete_current(self) -> None:
        ann = self.session.current()
        if ann is None:
            self.message.emit(self.tr("No annotation is selected."))
            return
        done = attribution_actions.delete_annotation(self.viewer.window(), self.session, ann)
        if done:
            deleted = self.tr("Deleted %1 “%2”").replace("%1", shown_name(ann.label))
            self.message.emit(deleted.replace("%2", one_line(ann.text, SHORT)))

    def logical_side(self, ann: Annotation, side: ScreenSide) -> segments.Side:
        """Which end of `ann` lies on the given side of the screen."""
        assert self.session.offsets is not None
        block = self.viewer.document().findBlock(self.session.offsets.to_qt(ann.start))
        rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
        return "end" if (side == "left") == rtl else "start"

    def resize_current(self, side: ScreenSide, grow: bool) -> None:
        """Grow or shrink the current annotation by one word on a side of the screen."""
        ann = self.session.current()
        if ann is None:
            self.message.emit(self.tr("No annotation is selected."))
            return
        logical = self.logical_side(ann, side)
        step = segments.grow if grow else segments.shrink
        start, end = step(self.session.text, ann.start, ann.end, logical)
        if (start, end) == (ann.start, ann.end):
            further = (
                self.tr("Cannot grow it further.") if grow else self.tr("Cannot shrink it further.")
            )
            self.message.emit(further)
            return
        verb = self.tr("Grow %1") if grow else self.tr("Shrink %1")
        self.session.run(UpdateAnnotation(ann, named(verb, ann.label), start=start, end=end))

    # -- moving between annotations ------------------------------------------------------

    def step(self, delta: int) -> None:
        """Make the next (or previous) annotation in document order current."""
        count = self.table.rowCount()
        if not count:
            return
        current = self.session.annotation_id
        row = self.table.row_of(current) if current is not None else None
        row = (0 if delta > 0 else count - 1) if row is None else (row + delta) % count
        ann = self.table.annotation_at(row)
        if ann is not None:
            self.session.set_current(ann.id)


def grouped(command: AddAnnotation, entity: int | Literal["new"]) -> Command:
    """Mark a speaker mention and group it, as one undo step and one transaction."""

    def group() -> Command:
        assert command.added is not None
        mention = [command.added.id]
        if entity == "new":
            return new_entity_command(mention, command.added.text)
        return assign_command(mention, entity)

    return Sequence(command.text(), [command, group])
