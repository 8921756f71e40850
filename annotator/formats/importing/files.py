"""Bringing documents into a project: plain text files and doccano JSONL.

Each file goes in whole or not at all: it is read and checked completely first, then written
in one `project.atomic()`, so a bad line rolls back the lines before it. A text already in
the project (same SHA-256) is skipped and reported, never stored twice. A batch carries on
past a bad file and reports which files went in and which did not.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from annotator.errors import AnnotatorError, DuplicateDocumentError, InputError, ProjectError
from annotator.formats.importing.doccano import (
    JSONL_SUFFIXES,
    Line,
    Offsets,
    Span,
    Utf16Check,
    jsonl_lines,
    text_lines,
)
from annotator.formats.importing.line_meta import keep_line_meta
from annotator.formats.importing.tables import TableOptions
from annotator.store.annotations import NewAnnotation
from annotator.store.documents import text_hash
from annotator.store.file.storage import is_storage_error
from annotator.store.records import ATTRIBUTION
from annotator.text.decoding import as_text, pretty_encoding, read_text, utf8_lines
from annotator.wording import count, error, tr

if TYPE_CHECKING:
    from annotator.store.project import Project

Status = Literal["imported", "skipped", "failed"]


@dataclass
class FileReport:
    """What happened to one file; `notes` lists lines skipped or adjusted on the way."""

    path: Path
    status: Status
    documents: int = 0
    annotations: int = 0
    links: int = 0
    encoding: str = ""
    error: str = ""
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # doubts about an import that went in

    def summary(self) -> str:
        if self.status == "failed":
            return self.error
        if self.status == "skipped":
            notes = "; ".join(error(n) for n in self.notes)
            return tr("{path}: skipped, {notes}", path=self.path, notes=notes)
        parts = [count(self.documents, "document")]
        if self.annotations or self.links:
            parts += [count(self.annotations, "annotation"), count(self.links, "link")]
        text = tr("{path}: imported {parts}", path=self.path, parts=tr(", ").join(parts))
        if self.encoding and self.encoding != "UTF-8":
            text += tr(" (read as {encoding})", encoding=self.encoding)
        return text


@dataclass
class BatchReport:
    files: list[FileReport]

    @property
    def imported(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "imported"]

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


# Files written per transaction in a batch import: one commit (and disk flush) per batch
# instead of per file, while another program waits for the write lock at most about
# BATCH_SECONDS.
BATCH_FILES = 1000
BATCH_SECONDS = 1.0


def import_files(
    project: Project,
    paths: Iterable[str | Path],
    analyst: str,
    encoding: str | None = None,
    *,
    offsets: Offsets = "codepoint",
    on_file: Callable[[FileReport], None] | None = None,
    table: TableOptions | None = None,
) -> BatchReport:
    """Import each file on its own, in order; a bad file is recorded and the batch goes on.

    Files are written in batches, one transaction each, every file in its own savepoint:
    each file still goes in whole or not at all, and `on_file` hears of a file only once
    the transaction holding it has committed, so a file reported as imported is on disk
    whatever happens next. When the project itself cannot be written (locked, full,
    read-only), the files before that one are committed (or, if that fails too, tried
    again one transaction each) and the files after it are reported as not imported
    rather than tried.
    """
    files = [Path(raw) for raw in paths]
    reports: list[FileReport] = []

    def done(item: FileReport) -> None:
        reports.append(item)
        if on_file is not None:
            on_file(item)

    def one(path: Path) -> FileReport:
        return import_file(project, path, analyst, encoding, offsets=offsets, table=table)

    first, stopped = 0, ""
    if len(files) > 1 and not project.in_transaction:
        first, stopped = _import_in_batches(project, files, one, done)
    for path in files[first:]:
        if stopped:
            item = FileReport(path, "failed", error=f"{path}: not imported ({stopped})")
        else:
            try:
                item = one(path)
            except (AnnotatorError, sqlite3.Error) as exc:
                item, stopped = _failed(project, path, exc)
        done(item)
    return BatchReport(reports)


def _failed(project: Project, path: Path, exc: BaseException) -> tuple[FileReport, str]:
    """The report of a file that raised `exc`, and why the import stops ("": it goes on)."""
    stop = f"the import stopped at {path}"
    if isinstance(exc, ProjectError):  # about the project, not this file
        return FileReport(path, "failed", error=f"{path}: not imported: {exc}"), stop
    if isinstance(exc, AnnotatorError):
        return FileReport(path, "failed", error=str(exc)), ""
    where = project.path or "the project"
    error = f"{path}: not imported: {where} could not be written ({exc})"
    return FileReport(path, "failed", error=error), stop


def _import_in_batches(
    project: Project,
    files: list[Path],
    one: Callable[[Path], FileReport],
    done: Callable[[FileReport], None],
) -> tuple[int, str]:
    """Import `files` a batch per transaction. Returns how many files were settled and
    reported, and why the import stops ("" when it goes on): all files; or those up to
    the one with which the project failed; or, when a batch could not be committed, those
    before that batch (the caller tries them again one transaction each)."""
    first = 0
    while first < len(files):
        pending: list[FileReport] = []
        failure: tuple[Path, BaseException] | None = None
        began = time.monotonic()
        try:
            with project.atomic():
                for path in files[first:]:
                    try:
                        with project.atomic(bulk=True):  # this file whole or not at all
                            item = one(path)
                    except AnnotatorError as exc:
                        if isinstance(exc, ProjectError):
                            failure = (path, exc)  # the project's problem: keep what is done
                            break
                        item = FileReport(path, "failed", error=str(exc))
                    except BaseException as exc:  # the disk, a bug, Ctrl+C: as one by one,
                        failure = (path, exc)  # the files before this one are kept
                        break
                    pending.append(item)
                    if len(pending) >= BATCH_FILES or time.monotonic() - began > BATCH_SECONDS:
                        break
        except (ProjectError, sqlite3.Error):
            return first, ""  # nothing of this batch was kept: one transaction each
        for item in pending:
            done(item)
        first += len(pending)
        if failure is not None:
            path, problem = failure
            if not isinstance(problem, (ProjectError, sqlite3.Error)):
                raise problem
            item, stopped = _failed(project, path, problem)
            done(item)
            return first + 1, stopped
    return first, ""


def import_file(
    project: Project,
    path: str | Path,
    analyst: str,
    encoding: str | None = None,
    *,
    offsets: Offsets = "codepoint",
    table: TableOptions | None = None,
) -> FileReport:
    """Import one file (doccano JSONL by its suffix, plain text otherwise), all or nothing;
    tables, Word files and web pages go to `corpus` (`table` names a table's columns)."""
    from annotator.formats.importing import corpus

    path = Path(path)
    if corpus.handles(path, table):
        return corpus.import_corpus_file(project, path, encoding, table)
    if is_jsonl(path):
        return import_jsonl(project, path, analyst, encoding, offsets=offsets)
    return import_text(project, path, encoding)


def import_text(project: Project, path: str | Path, encoding: str | None = None) -> FileReport:
    """One plain-text file becomes one document titled after the file name."""
    path = Path(path)
    decoded = read_text(path, encoding)
    report = FileReport(path, "imported", encoding=pretty_encoding(decoded.encoding))
    try:  # `add` checks for the same text and inserts under one write lock
        project.documents.add(decoded.text, as_text(path.stem), as_text(path.name))
    except DuplicateDocumentError as exc:  # another program may have raced us to it
        title = project.documents.get(exc.existing_id).title
        report.status = "skipped"
        report.notes.append(f"its text is already in the project as {title!r}")
        return report
    report.documents = 1
    return report


def import_jsonl(
    project: Project,
    path: str | Path,
    analyst: str,
    encoding: str | None = None,
    *,
    offsets: Offsets = "codepoint",
) -> FileReport:
    """A doccano JSONL file (span or relation form, one document per line), all or nothing.

    `analyst` owns the annotations whose item does not name its own analyst (doccano files
    never do; this tool's export always does, so its files come back as they left).
    `offsets` is what the file's offsets count (see `parse_jsonl`); under code points, a
    file whose spans fit UTF-16 offsets better goes in with a warning.
    """
    path = Path(path)
    streamed = utf8_lines(path, encoding)  # UTF-8 (nearly every file) is read as it goes
    if streamed is None:
        decoded = read_text(path, encoding)
        raw_lines, name = text_lines(decoded.text), decoded.encoding
    else:
        raw_lines, name = streamed
    lines = jsonl_lines(raw_lines, path, project.labels.all(), offsets)
    report = FileReport(path, "imported", encoding=pretty_encoding(name))
    check = Utf16Check() if offsets == "codepoint" else None
    writer = _Writer(project, path, analyst, report)
    with project.atomic(bulk=True):  # each line written as read; a bad one undoes the file
        for line in lines:
            if check is not None:
                check.add(line)
            try:
                writer.write(line)
            except AnnotatorError as exc:
                raise InputError(f"line {line.number}: {_bare(exc)}", path) from None
            except sqlite3.Error as exc:
                if is_storage_error(exc):
                    raise  # the disk or another program, not the line: project.atomic says so
                raise InputError(f"line {line.number}: cannot be stored ({exc})", path) from None
    warning = "" if check is None else check.warning()
    if not report.documents:
        report.status = "skipped"
    elif warning:
        report.warnings.append(warning)
    return report


def _bare(exc: AnnotatorError) -> str:
    """The message without a path prefix (the caller adds the file and line)."""
    text = str(exc)
    prefix = f"{exc.path}: " if exc.path is not None else ""
    return text[len(prefix) :] if prefix and text.startswith(prefix) else text


class _Writer:
    """Writes parsed lines inside the caller's transaction, reusing speaker entities."""

    def __init__(self, project: Project, path: Path, analyst: str, report: FileReport) -> None:
        self.project = project
        self.path = path
        self.analyst = analyst
        self.report = report
        self.entities: dict[tuple[str, ...], int] = {}
        self.stem, self.name = path.stem, as_text(path.name)

    def write(self, line: Line) -> None:
        p = self.project
        if line.uuid:  # a text already here is skipped, a new one must not take a used uuid
            existing = p.documents.by_hash(text_hash(line.text))
            if existing is None and p.documents.by_uuid(line.uuid) is not None:
                raise InputError(f"document uuid {line.uuid} is already used by another text")
        title = line.title or f"{as_text(self.stem)} #{line.number}"
        try:
            doc = p.documents.add(
                line.text,
                title,
                line.source or self.name,
                uuid=line.uuid or None,
                created_at=line.created_at or None,
            )
        except DuplicateDocumentError as exc:  # refused before anything was written
            known = p.documents.get(exc.existing_id).title
            self.report.notes.append(
                f"line {line.number}: text already in the project as {known!r}"
            )
            return
        self.report.documents += 1
        keep_line_meta(p, doc.id, line)
        items = [self._new_span(doc.text, span) for span in line.spans]
        new_ids = p.annotations.add_many(doc.id, items, doc_text=doc.text)
        self.report.annotations += len(new_ids)
        ids: dict[object, int] = {
            span.key: ann_id for span, ann_id in zip(line.spans, new_ids, strict=True)
        }
        for rel in line.relations:
            if rel.uuid and p.links.all("uuid = ?", [rel.uuid]):
                raise InputError(f"relation uuid {rel.uuid} is already in the project")
            p.links.add(
                ids[rel.source],
                ids[rel.target],
                rel.analyst or self.analyst,
                rel.type,
                uuid=rel.uuid or None,
                created_at=rel.created_at or None,
            )
            self.report.links += 1
            if rel.swapped:
                self.report.notes.append(
                    f"line {line.number}: relation {rel.key!r} ({ATTRIBUTION}) pointed from the "
                    "speaker to the claim and was stored as claim -> speaker"
                )
        if line.status:
            p.documents.set_status(doc.id, line.status)

    def _new_span(self, doc_text: str, span: Span) -> NewAnnotation:
        """One span, checked (in the order the file gives them) and ready for `add_many`."""
        p = self.project
        if span.uuid and p.annotations.by_uuid(span.uuid) is not None:
            raise InputError(f"annotation uuid {span.uuid} is already in the project")
        entity_id = self._entity(span.entity)
        p.annotations.check_text_span(doc_text, span.label, span.start, span.end)
        return NewAnnotation(
            span.label,
            span.start,
            span.end,
            span.analyst or self.analyst,
            note=span.note,
            attributes=span.attributes,
            entity_id=entity_id,
            uuid=span.uuid or None,
            review_status=span.review_status or "pending",
            reviewer=span.reviewer,
            reviewed_at=span.reviewed_at,
            created_at=span.created_at or None,
            updated_at=span.updated_at or None,
            origin=span.origin,
        )

    def _entity(self, entity: dict[str, str] | None) -> int | None:
        """The project's entity for a `speaker_entity` item: by UUID, else by name and type
        within this file, created when new."""
        if not entity:
            return None
        uuid = entity.get("uuid", "")
        key = ("uuid", uuid) if uuid else ("name", entity["name"], entity.get("type", "person"))
        if key not in self.entities:
            found = self.project.entities.by_uuid(uuid) if uuid else None
            if found is None:
                found = self.project.entities.add(
                    entity["name"],
                    entity.get("type", "person"),
                    entity.get("role", ""),
                    uuid=uuid or None,
                )
            self.entities[key] = found.id
        return self.entities[key]
