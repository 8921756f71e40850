"""Undoable review decisions: accept, reject, correct, accept what everyone agreed on.

Each command wraps one core call in `review` (one transaction) and keeps what that call
returned, so undo puts back the exact earlier review status, reviewer and time, and redo
puts back the same decision (a correction comes back with the same id and UUID, so later
commands on the stack that name it still find it). Undo and redo bring the document back
on screen first (`SessionCommand`).
"""

from __future__ import annotations

from annotator.errors import AnnotatorError
from annotator.gui.commands.annotation_commands import SessionCommand
from annotator.gui.commands.wording import named, translate
from annotator.gui.session import Session
from annotator.store.records import Annotation
from annotator.team import review


class NothingAgreed(AnnotatorError):
    """Accept-agreed found nothing to do; a note for the status bar, not an error."""


class Decide(SessionCommand):
    """Accept or reject one annotation."""

    def __init__(self, session: Session, annotation: Annotation, verdict: str) -> None:
        accept, reject = (
            translate("UndoCommands", "Accept %1"),
            translate("UndoCommands", "Reject %1"),
        )
        verb = {"accepted": accept, "rejected": reject}[verdict]
        super().__init__(session, annotation.document_id, named(verb, annotation.label))
        self.annotation_id = annotation.id
        self.verdict = verdict
        self.decision: review.Decision | None = None

    def apply(self) -> None:
        project = self.session.require_project()
        if self.decision is None:
            act = review.accept if self.verdict == "accepted" else review.reject
            self.decision = act(project, self.annotation_id, self.session.analyst)
        else:
            review.redo_decision(project, self.decision)
        self.session.set_current(self.annotation_id)

    def revert(self) -> None:
        assert self.decision is not None
        review.undo_decision(self.session.require_project(), self.decision)
        self.session.set_current(self.annotation_id)


class Correct(SessionCommand):
    """Replace an annotation by the reviewer's version (new span and/or label); the
    original is rejected and stays on record."""

    def __init__(
        self, session: Session, annotation: Annotation, start: int, end: int, label: str
    ) -> None:
        super().__init__(
            session,
            annotation.document_id,
            named(translate("UndoCommands", "Correct %1"), annotation.label),
        )
        self.annotation_id = annotation.id
        self.start, self.end, self.label = start, end, label
        self.correction: review.Correction | None = None

    def apply(self) -> None:
        project = self.session.require_project()
        if self.correction is None:
            self.correction = review.correct(
                project, self.annotation_id, self.start, self.end, self.label, self.session.analyst
            )
        else:
            review.redo_correction(project, self.correction)
        self.session.set_current(self.correction.created.id)

    def revert(self) -> None:
        assert self.correction is not None
        review.undo_correction(self.session.require_project(), self.correction)
        self.session.set_current(self.annotation_id)


class AcceptAgreed(SessionCommand):
    """Accept, once, every span all analysts of the document marked alike (one step)."""

    def __init__(self, session: Session, document_id: int) -> None:
        super().__init__(session, document_id, translate("UndoCommands", "Accept agreed spans"))
        self.decisions: list[review.Decision] | None = None

    def apply(self) -> None:
        project = self.session.require_project()
        if self.decisions is None:
            self.decisions = review.accept_agreed(project, self.document_id, self.session.analyst)
            if not self.decisions:
                raise NothingAgreed(
                    translate(
                        "UndoCommands", "there is nothing left that every analyst marked alike"
                    )
                )
            return
        with project.atomic():
            for decision in self.decisions:
                review.redo_decision(project, decision)

    def revert(self) -> None:
        assert self.decisions is not None
        project = self.session.require_project()
        with project.atomic():
            for decision in reversed(self.decisions):
                review.undo_decision(project, decision)
