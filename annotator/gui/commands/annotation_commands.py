"""Undoable user actions on annotations and documents, each one core call (see `undo.py`).

Undoing or redoing brings its document back on screen first, so the analyst sees what
changed. A deleted annotation comes back with its id, UUID and links (`Annotations.restore`),
so a later command that names it by id still finds it.
"""

from __future__ import annotations

from annotator.gui.commands.undo import CoreCommand
from annotator.gui.commands.wording import named, translate
from annotator.gui.session import Session
from annotator.store.annotations import Removed
from annotator.store.records import Annotation

RESIZE_ID = 1001  # QUndoCommand.id(): consecutive resizes of one annotation merge


class SessionCommand(CoreCommand):
    document_id: int  # a session command always belongs to one document

    def __init__(self, session: Session, document_id: int, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.document_id = document_id


class AddAnnotation(SessionCommand):
    def __init__(
        self, session: Session, document_id: int, label: str, start: int, end: int
    ) -> None:
        super().__init__(session, document_id, named(translate("UndoCommands", "Add %1"), label))
        self.label, self.start, self.end = label, start, end
        self.added: Annotation | None = None

    def apply(self) -> None:
        project = self.session.require_project()
        if self.added is None:
            self.added = project.annotations.add(
                self.document_id, self.label, self.start, self.end, self.session.analyst
            )
        else:
            project.annotations.restore(Removed(self.added, ()))
        self.session.set_current(self.added.id)

    def revert(self) -> None:
        assert self.added is not None
        self.session.require_project().annotations.delete(self.added.id)


class DeleteAnnotation(SessionCommand):
    def __init__(self, session: Session, annotation: Annotation) -> None:
        super().__init__(
            session,
            annotation.document_id,
            named(translate("UndoCommands", "Delete %1"), annotation.label),
        )
        self.annotation_id = annotation.id
        self.removed: Removed | None = None

    def apply(self) -> None:
        self.removed = self.session.require_project().annotations.delete(self.annotation_id)

    def revert(self) -> None:
        assert self.removed is not None
        self.session.require_project().annotations.restore(self.removed)
        self.session.set_current(self.annotation_id)


class UpdateAnnotation(SessionCommand):
    """Change label and/or boundaries; successive resizes of one annotation merge into one
    undo step, so growing a span word by word is undone in one go."""

    def __init__(self, session: Session, old: Annotation, text: str, **new: object) -> None:
        super().__init__(session, old.document_id, text)
        self.annotation_id = old.id
        self.old = {key: getattr(old, key) for key in new}
        self.new = dict(new)
        self.resize_only = set(new) <= {"start", "end"}

    def apply(self) -> None:
        self.session.require_project().annotations.update(self.annotation_id, **self.new)
        self.session.set_current(self.annotation_id)

    def revert(self) -> None:
        self.session.require_project().annotations.update(self.annotation_id, **self.old)
        self.session.set_current(self.annotation_id)

    def id(self) -> int:
        return RESIZE_ID if self.resize_only else -1

    def mergeWith(self, other: object) -> bool:
        if not (
            isinstance(other, UpdateAnnotation)
            and other.resize_only
            and other.annotation_id == self.annotation_id
        ):
            return False
        self.new = {**self.new, **other.new}
        return True


class SetDocumentStatus(SessionCommand):
    def __init__(self, session: Session, document_id: int, old: str, new: str) -> None:
        text = named(translate("UndoCommands", "Mark document %1"), new)
        super().__init__(session, document_id, text)
        self.old, self.new = old, new

    def _show(self) -> None:  # a status is visible in the documents list; stay where we are
        pass

    def apply(self) -> None:
        self.session.require_project().documents.set_status(self.document_id, self.new)

    def revert(self) -> None:
        self.session.require_project().documents.set_status(self.document_id, self.old)
