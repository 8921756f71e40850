"""Bringing documents into a project: plain text files and doccano JSONL.

Each file goes in whole or not at all: it is read and checked completely first, then written
in one `project.atomic()`, so a bad line rolls back the lines before it. A text already in
the project (same SHA-256) is skipped and reported, never stored twice. A batch carries on
past a bad file and reports which files went in and which did not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from annotator.errors import AnnotatorError, InputError, ProjectError
from annotator.formats.importing.doccano import (
    JSONL_SUFFIXES,
    Line,
    Offsets,
    Span,
    parse_jsonl,
    utf16_warning,
)
from annotator.formats.importing.line_meta import keep_line_meta
from annotator.formats.importing.tables import TableOptions
from annotator.store.documents import text_hash
from annotator.store.records import ATTRIBUTION
from annotator.store.storage import is_storage_error
from annotator.text.decoding import as_text, pretty_encoding, read_text

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
            return f"{self.path}: skipped, " + "; ".join(self.notes)
        parts = [_plural(self.documents, "document")]
        if self.annotations or self.links:
            parts += [_plural(self.annotations, "annotation"), _plural(self.links, "link")]
        text = f"{self.path}: imported {', '.join(parts)}"
        if self.encoding and self.encoding != "UTF-8":
            text += f" (read as {self.encoding})"
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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


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

    When the project itself cannot be written (locked, full, read-only), the files after
    that one are reported as not imported rather than tried. `on_file` hears of each file
    as soon as it is done, so the files already committed are reported whatever happens next.
    """
    reports = []
    stopped = ""
    for raw in paths:
        path = Path(raw)
        if stopped:
            item = FileReport(path, "failed", error=f"{path}: not imported ({stopped})")
        else:
            try:
                item = import_file(project, path, analyst, encoding, offsets=offsets, table=table)
            except ProjectError as exc:  # about the project, not this file
                item = FileReport(path, "failed", error=f"{path}: not imported: {exc}")
                stopped = f"the import stopped at {path}"
            except AnnotatorError as exc:
                item = FileReport(path, "failed", error=str(exc))
            except sqlite3.Error as exc:
                where = project.path or "the project"
                item = FileReport(
                    path,
                    "failed",
                    error=f"{path}: not imported: {where} could not be written ({exc})",
                )
                stopped = f"the import stopped at {path}"
        reports.append(item)
        if on_file is not None:
            on_file(item)
    return BatchReport(reports)


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
    with project.atomic():  # the check and the insert under one write lock: another
        existing = project.documents.by_hash(text_hash(decoded.text))  # program may race
        if existing is not None:
            report.status = "skipped"
            report.notes.append(f"its text is already in the project as {existing.title!r}")
            return report
        project.documents.add(decoded.text, as_text(path.stem), as_text(path.name))
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
    decoded = read_text(path, encoding)
    lines = parse_jsonl(decoded.text, path, project.labels.all(), offsets)
    report = FileReport(path, "imported", encoding=pretty_encoding(decoded.encoding))
    warning = utf16_warning(lines) if offsets == "codepoint" else ""
    writer = _Writer(project, path, analyst, report)
    with project.atomic():
        for line in lines:
            try:
                writer.write(line)
            except AnnotatorError as exc:
                raise InputError(f"line {line.number}: {_bare(exc)}", path) from None
            except sqlite3.Error as exc:
                if is_storage_error(exc):
                    raise  # the disk or another program, not the line: project.atomic says so
                raise InputError(f"line {line.number}: cannot be stored ({exc})", path) from None
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

    def write(self, line: Line) -> None:
        p = self.project
        existing = p.documents.by_hash(text_hash(line.text))
        if existing is not None:
            self.report.notes.append(
                f"line {line.number}: text already in the project as {existing.title!r}"
            )
            return
        if line.uuid and p.documents.by_uuid(line.uuid) is not None:
            raise InputError(f"document uuid {line.uuid} is already used by another text")
        title = line.title or f"{as_text(self.path.stem)} #{line.number}"
        doc = p.documents.add(
            line.text,
            title,
            line.source or as_text(self.path.name),
            uuid=line.uuid or None,
            created_at=line.created_at or None,
        )
        self.report.documents += 1
        keep_line_meta(p, doc.id, line)
        ids: dict[object, int] = {}
        for span in line.spans:
            ids[span.key] = self._add_span(doc.id, span)
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

    def _add_span(self, doc_id: int, span: Span) -> int:
        p = self.project
        if span.uuid and p.annotations.by_uuid(span.uuid) is not None:
            raise InputError(f"annotation uuid {span.uuid} is already in the project")
        ann = p.annotations.add(
            doc_id,
            span.label,
            span.start,
            span.end,
            span.analyst or self.analyst,
            note=span.note,
            attributes=span.attributes,
            entity_id=self._entity(span.entity),
            uuid=span.uuid or None,
            review_status=span.review_status or "pending",
            reviewer=span.reviewer,
            reviewed_at=span.reviewed_at,
            created_at=span.created_at or None,
            updated_at=span.updated_at or None,
            origin=span.origin,
        )
        self.report.annotations += 1
        return ann.id

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
