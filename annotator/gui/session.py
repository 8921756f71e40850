"""The window's state in one QObject: the open project, undo stack, analyst and what is current.

Panels take a `Session` and listen to its signals instead of talking to each other or to
the project. Two paths, one each way:

- In: every change goes through `run(command)` (a `commands.command.Command`): it runs
  once, goes on the undo stack, and what the command names becomes current; a refusal
  from core is reported through the one `refused(str)` signal (the window shows it),
  the first time as on a later undo or redo, and nothing is pushed.
- Out: core reports every committed action through `project.subscribe`; the session
  first brings its cache of the current document's annotations up to date and then
  re-emits the report as `changed(list[Change])`, so every listener reads the same,
  already updated, cache. No view subscribes to the project itself.

A document's annotations are read in pages (in document order): the first screenful before
`documentChanged` is emitted, the rest on later event-loop turns (`annotationsLoaded`), so a
document with 10,000 annotations opens as fast as plain Qt shows its text.

What a newly shown document's first paint does not need (the rest of its annotations, the
tables' rows, counts, the speakers list) waits for that paint: `after_paint`. Qt may run
zero-delay timers before it paints a window that was just shown, so a timer alone is not
enough.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotator.errors import AnnotatorError, NotFoundError
from annotator.gui.commands.command import Command, Context
from annotator.gui.viewer.offsets import OffsetMap
from annotator.store.project import Change, Project
from annotator.store.records import Annotation, Label

FIRST_SCREEN_CHARS = 6_000  # read at least the annotations starting before this offset at once
FIRST_PAGE = 64  # ... in pages this small, so the first paint reads little more than it shows
PAGE = 1_000  # annotations read per event-loop turn afterwards
NO_DOCUMENT = -1
PAINT_WAIT_MS = 500  # run what waits for a paint that does not come (a minimised window)


class Session(QObject):
    changed = Signal(list)  # list[Change], after the session's cache is updated
    projectChanged = Signal()  # a project was opened or closed (see `project`)
    projectClosed = Signal(str)  # the file of a project just closed
    documentChanged = Signal(int)  # the current document id, NO_DOCUMENT when none
    currentAnnotationChanged = Signal(object)  # int | None
    annotationsLoaded = Signal(list)  # list[Annotation]: another page of the current document
    analystChanged = Signal(str)
    refused = Signal(str)  # one sentence: why core refused a command (run, undo or redo)

    def __init__(self, analyst: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)
        self.analyst = analyst
        self.document_id: int | None = None
        self.annotation_id: int | None = None
        self.text = ""
        self.offsets: OffsetMap | None = None
        self.annotations: dict[int, Annotation] = {}
        self.loading = False
        self._after: tuple[int, int, int] | None = None  # keyset of the last page read
        self._generation = 0
        # Set by the viewer: True while it is on screen, so a paint of it will come.
        self.paint_expected: Callable[[], bool] = lambda: False
        self._painted = True  # the current document has been painted since it was shown
        self._waiting: list[Callable[[], object]] = []
        self._paint_wait = QTimer(self, singleShot=True, interval=PAINT_WAIT_MS)
        self._paint_wait.timeout.connect(lambda: self._run_waiting(force=True))

    # -- project ------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Make `project` the open one (closing the previous); the undo history starts afresh."""
        old = self.project
        self.set_document(None)
        self.undo_stack.clear()
        if old is not None:
            old.unsubscribe(self._on_changes)
            old.close()
            if old.file is not None:
                self.projectClosed.emit(str(old.file))
        self.project = project
        if project is not None:
            project.subscribe(self._on_changes)
        self.projectChanged.emit()

    def require_project(self) -> Project:
        if self.project is None:
            raise NotFoundError(QCoreApplication.translate("Session", "no project is open"))
        return self.project

    def set_analyst(self, name: str) -> None:
        self.analyst = name.strip()
        self.analystChanged.emit(self.analyst)

    def labels(self) -> list[Label]:
        return self.project.labels.all() if self.project is not None else []

    def label(self, name: str) -> Label | None:
        return self.project.labels.get(name) if self.project is not None else None

    # -- changing the project: the one way in ----------------------------------------------

    def context(self) -> Context:
        return Context(self.require_project(), self.analyst)

    def run(self, command: Command) -> bool:
        """Do `command` and make it undoable; False (and `refused` emitted, nothing pushed)
        when core refuses it. What it names becomes current."""
        if self.project is None:
            self.refused.emit(QCoreApplication.translate("Session", "Open a project first."))
            return False
        try:
            current = command.run_first(self.context(), self)
        except AnnotatorError as exc:
            self.refused.emit(str(exc))
            return False
        self.undo_stack.push(command)  # an obsolete command (it changed nothing) is dropped
        if current is not None:
            self.set_current(current)
        return True

    def replay(self, command: Command, forward: bool) -> None:
        """Redo or undo `command` (called by the undo stack): its document comes on screen
        first; a refusal (the file changed underneath, say) is reported and the command
        made obsolete, never raised inside Qt."""
        if self.project is None:
            return
        if command.document_id is not None:
            self.show_document(command.document_id)
        try:
            current = (command.apply if forward else command.revert)(self.context())
        except AnnotatorError as exc:
            command.setObsolete(True)
            self.refused.emit(str(exc))
            return
        if current is not None:
            self.set_current(current)

    # -- current document and annotation ------------------------------------------------

    def set_document(self, doc_id: int | None) -> None:
        if doc_id == self.document_id and doc_id is not None:
            return
        self._generation += 1
        self._painted = False
        self.set_current(None)
        self.annotations = {}
        self._after = None
        self.document_id = doc_id
        if doc_id is None or self.project is None:
            self.document_id, self.text, self.offsets, self.loading = None, "", None, False
            self.documentChanged.emit(NO_DOCUMENT)
            return
        self.text = self.project.documents.text(doc_id)
        self.offsets = OffsetMap(self.text)
        self.loading = True
        while self.loading and (self._after is None or self._after[0] < FIRST_SCREEN_CHARS):
            self._read_page(FIRST_PAGE)
        self.documentChanged.emit(doc_id)
        if self.loading:
            generation = self._generation
            self.after_paint(lambda: self._load_more(generation))

    # -- after the first paint ------------------------------------------------------------

    def after_paint(self, work: Callable[[], object]) -> None:
        """Run `work` once the viewer has painted the document just shown (on the turn
        after that paint), or on the next turn when it has been painted already or no
        viewer is on screen."""
        self._waiting.append(work)
        if len(self._waiting) == 1:
            QTimer.singleShot(0, self, self._run_waiting)

    def painted(self) -> None:
        """The viewer painted: what waited for it runs on the next turn."""
        self._painted = True
        if self._waiting:
            QTimer.singleShot(0, self, self._run_waiting)

    def _run_waiting(self, force: bool = False) -> None:
        """Run what waits, unless the viewer is on screen and has not painted the document
        yet (a window shown after its project was opened): then at that paint."""
        if not (force or self._painted or not self.paint_expected()):
            if not self._paint_wait.isActive():
                self._paint_wait.start()
            return
        self._paint_wait.stop()
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()

    def show_document(self, doc_id: int) -> None:
        """Bring a document on screen with all its annotations (undo and redo of an edit in
        another document, or a claim chosen in a side panel)."""
        if self.document_id != doc_id:
            self.set_document(doc_id)
            self.finish_loading()

    def set_current(self, ann_id: int | None) -> None:
        """Make `ann_id` current (None, or an annotation not on screen: none is)."""
        if ann_id is not None and ann_id not in self.annotations:
            ann_id = None
        if ann_id != self.annotation_id:
            self.annotation_id = ann_id
            self.currentAnnotationChanged.emit(ann_id)

    def current(self) -> Annotation | None:
        return self.annotations.get(self.annotation_id) if self.annotation_id else None

    def finish_loading(self) -> None:
        """Read the rest of the current document's annotations now (a side panel showing a
        claim, the review, tests), hand them to the views as the pages would have, and do
        now what was waiting for the first paint (the tables' rows among it)."""
        fresh: list[Annotation] = []
        while self.loading:
            fresh.extend(self._read_page(PAGE * 10))
        if fresh:
            self.annotationsLoaded.emit(fresh)
        self._run_waiting(force=True)

    def sorted_annotations(self) -> list[Annotation]:
        return sorted(self.annotations.values(), key=lambda a: (a.start, a.end, a.id))

    # -- loading in pages ---------------------------------------------------------------

    def _read_page(self, size: int) -> list[Annotation]:
        assert self.project is not None and self.document_id is not None
        page = self.project.annotations.page(self.document_id, self._after, size)
        if len(page) < size:
            self.loading = False
        if page:
            last = page[-1]
            self._after = (last.start, last.end, last.id)
        fresh = [a for a in page if a.id not in self.annotations]
        for ann in fresh:
            self.annotations[ann.id] = ann
        return fresh

    def _load_more(self, generation: int) -> None:
        if generation != self._generation or not self.loading or self.project is None:
            return
        fresh = self._read_page(PAGE)
        if fresh:
            self.annotationsLoaded.emit(fresh)
        if self.loading:
            QTimer.singleShot(0, lambda: self._load_more(generation))

    # -- change reports from core -------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        project = self.project
        assert project is not None
        for change in changes:
            if change.table != "annotations":
                continue
            if change.document_id not in (None, self.document_id):
                continue  # another document's rows (a merge, an import): none is cached
            for ann_id in change.ids:
                if change.op == "delete":
                    self.annotations.pop(ann_id, None)
                    continue
                try:
                    ann = project.annotations.get(ann_id)
                except NotFoundError:
                    self.annotations.pop(ann_id, None)
                    continue
                if ann.document_id == self.document_id and not self._unread(ann):
                    self.annotations[ann.id] = ann
                else:
                    self.annotations.pop(ann_id, None)
        if self.annotation_id is not None and self.annotation_id not in self.annotations:
            self.set_current(None)
        self.changed.emit(changes)

    def _unread(self, ann: Annotation) -> bool:
        """True when the loader has not reached `ann` yet and will bring it itself."""
        return self.loading and (self._after is None or (ann.start, ann.end, ann.id) > self._after)
