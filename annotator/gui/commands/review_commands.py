"""Undoable review decisions: accept, reject, correct, accept what everyone agreed on.

Each command wraps one core call in `annotator.team.review` (one transaction) and keeps
what that call returned, so undo puts back the exact earlier review status, reviewer and
time, and redo puts back the same decision (a correction comes back with the same id and
UUID, so later commands on the stack that name it still find it).
"""

from __future__ import annotations

from annotator.gui.commands.command import Command, Context, Current
from annotator.gui.commands.wording import named, translate
from annotator.store.records import Annotation
from annotator.team import review


class Decide(Command):
    """Accept or reject one annotation."""

    def __init__(self, annotation: Annotation, verdict: str) -> None:
        accept, reject = (
            translate("UndoCommands", "Accept %1"),
            translate("UndoCommands", "Reject %1"),
        )
        verb = {"accepted": accept, "rejected": reject}[verdict]
        super().__init__(named(verb, annotation.label))
        self.document_id = annotation.document_id
        self.annotation_id = annotation.id
        self.verdict = verdict
        self.decision: review.Decision | None = None

    def apply(self, ctx: Context) -> Current:
        if self.decision is None:
            act = review.accept if self.verdict == "accepted" else review.reject
            self.decision = act(ctx.project, self.annotation_id, ctx.analyst)
        else:
            review.redo_decision(ctx.project, self.decision)
        return self.annotation_id

    def revert(self, ctx: Context) -> Current:
        assert self.decision is not None
        review.undo_decision(ctx.project, self.decision)
        return self.annotation_id


class Correct(Command):
    """Replace an annotation by the reviewer's version (new span and/or label); the
    original is rejected and stays on record."""

    def __init__(self, annotation: Annotation, start: int, end: int, label: str) -> None:
        super().__init__(named(translate("UndoCommands", "Correct %1"), annotation.label))
        self.document_id = annotation.document_id
        self.annotation_id = annotation.id
        self.start, self.end, self.label = start, end, label
        self.correction: review.Correction | None = None

    def apply(self, ctx: Context) -> Current:
        if self.correction is None:
            self.correction = review.correct(
                ctx.project, self.annotation_id, self.start, self.end, self.label, ctx.analyst
            )
        else:
            review.redo_correction(ctx.project, self.correction)
        return self.correction.created.id

    def revert(self, ctx: Context) -> Current:
        assert self.correction is not None
        review.undo_correction(ctx.project, self.correction)
        return self.annotation_id


class AcceptAgreed(Command):
    """Accept, once, every span all analysts of the document marked alike (one step).
    When there is nothing to accept the command is obsolete: no undo step is kept, and
    `decisions` is empty for the caller to say so."""

    def __init__(self, document_id: int) -> None:
        super().__init__(translate("UndoCommands", "Accept agreed spans"))
        self.document_id = document_id
        self.decisions: list[review.Decision] | None = None

    def apply(self, ctx: Context) -> Current:
        if self.decisions is None:
            assert self.document_id is not None
            self.decisions = review.accept_agreed(ctx.project, self.document_id, ctx.analyst)
            self.setObsolete(not self.decisions)
        else:
            review.redo_decisions(ctx.project, self.decisions)
        return None

    def revert(self, ctx: Context) -> Current:
        assert self.decisions is not None
        review.undo_decisions(ctx.project, self.decisions)
        return None
