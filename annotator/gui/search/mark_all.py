"""Mark all as one undoable step: a thin command over `annotator.search.marking`.

Core does the work in one transaction and records what it added (`Marked`), so undo removes
exactly those annotations (and the speaker entity made for them) and redo brings the same
rows back with their ids and UUIDs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.commands.command import Command, Context, Current
from annotator.gui.i18n import shown_name
from annotator.search.marking import Marked, Span, mark_hits, remark, unmark


class MarkAll(Command):
    def __init__(
        self,
        spans: list[Span],
        label: str,
        *,
        entity_id: int | None = None,
        new_entity: str | None = None,
    ) -> None:
        text = QCoreApplication.translate("MarkAll", "Mark all as %1").replace(
            "%1", shown_name(label)
        )
        super().__init__(text)
        self.spans, self.label = spans, label
        self.entity_id, self.new_entity = entity_id, new_entity
        self.marked: Marked | None = None

    def apply(self, ctx: Context) -> Current:
        project = ctx.project
        if self.marked is None:
            self.marked = mark_hits(
                project,
                self.spans,
                self.label,
                ctx.analyst,
                entity_id=self.entity_id,
                new_entity=self.new_entity,
            )
            self.setObsolete(not self.marked.added)  # nothing marked: no undo step
        else:
            remark(project, self.marked)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.marked is not None
        unmark(ctx.project, self.marked)
        return None
