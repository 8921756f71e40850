"""Annotations: labelled spans of a document, with exact code-point offsets.

Every write checks the span against its document, so `text == document.text[start:end]`
holds for every row in every project file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from annotator.errors import InvalidSpanError, NotFoundError
from annotator.store.project import Change, new_uuid, now
from annotator.store.querying import CHUNK, marks
from annotator.store.records import REVIEW_STATUSES, Annotation, Link, dumps

if TYPE_CHECKING:
    from annotator.store.project import Project

COLUMNS = (
    'id, uuid, document_id, label, start, "end", text, analyst, entity_id, note, attributes,'
    " review_status, reviewer, reviewed_at, created_at, updated_at, origin"
)


def row_to_annotation(row: Any) -> Annotation:
    values = list(row)
    values[10] = json.loads(values[10] or "{}")
    return Annotation(*values)


@dataclass(frozen=True)
class NewAnnotation:
    """One annotation for `Annotations.add_many`: what `add` takes, but the document.
    `text`, when given, must be the span's text in the document."""

    label: str
    start: int
    end: int
    analyst: str
    text: str | None = None
    note: str = ""
    attributes: dict[str, str] | None = None
    entity_id: int | None = None
    uuid: str | None = None
    review_status: str = "pending"
    reviewer: str = ""
    reviewed_at: str = ""
    created_at: str | None = None
    updated_at: str | None = None
    origin: str = ""  # "" by hand; "suggested:<pattern>[:edited]"


@dataclass(frozen=True)
class Removed:
    """A deleted annotation with the links that went with it, enough to put both back."""

    annotation: Annotation
    links: tuple[Link, ...]


class Annotations:
    def __init__(self, project: Project) -> None:
        self.project = project

    def check_span(
        self, document_id: int, label: str, start: int, end: int, text: str | None = None
    ) -> str:
        """Return the span's text, or raise if the span does not fit the document or schema."""
        return self.check_text_span(
            self.project.documents.text(document_id), label, start, end, text
        )

    def check_text_span(
        self, doc_text: str, label: str, start: int, end: int, text: str | None = None
    ) -> str:
        """`check_span` against a document text at hand."""
        if not (isinstance(start, int) and isinstance(end, int)):
            raise InvalidSpanError(f"offsets must be whole numbers, got {start!r}, {end!r}")
        if not 0 <= start < end <= len(doc_text):
            raise InvalidSpanError(
                f"span {start}-{end} does not fit the document (length {len(doc_text)})"
            )
        if self.project.labels.get(label) is None:
            raise InvalidSpanError(f"label {label!r} is not in the project's schema")
        actual = doc_text[start:end]
        if text is not None and text != actual:
            raise InvalidSpanError(f"span {start}-{end} text {text!r} does not match the document")
        return actual

    def add(
        self,
        document_id: int,
        label: str,
        start: int,
        end: int,
        analyst: str,
        *,
        text: str | None = None,
        note: str = "",
        attributes: dict[str, str] | None = None,
        entity_id: int | None = None,
        uuid: str | None = None,
        id: int | None = None,
        review_status: str = "pending",
        reviewer: str = "",
        reviewed_at: str = "",
        created_at: str | None = None,
        updated_at: str | None = None,
        origin: str = "",
    ) -> Annotation:
        self.project.ensure_free("annotations", id, uuid)
        span_text = self.check_span(document_id, label, start, end, text)
        stamp = now()
        with self.project.atomic():
            analyst = self.project.ensure_analyst(analyst)
            cur = self.project._db.execute(
                f"INSERT INTO annotations({COLUMNS}) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    id,
                    uuid or new_uuid(),
                    document_id,
                    label,
                    start,
                    end,
                    span_text,
                    analyst,
                    entity_id,
                    note,
                    dumps(attributes or {}),
                    review_status,
                    reviewer,
                    reviewed_at,
                    created_at or stamp,
                    updated_at or created_at or stamp,
                    origin,
                ],
            )
            ann_id = int(cur.lastrowid or 0)
            started = self.project._db.execute(
                "UPDATE documents SET status = 'in_progress' WHERE id = ? AND status = 'new'",
                [document_id],
            )
            self.project.changed(Change("annotations", "add", (ann_id,), document_id))
            if started.rowcount:  # the first annotation starts the document: say so too
                self.project.changed(Change("documents", "update", (document_id,), document_id))
        return self.get(ann_id)

    def add_many(
        self, document_id: int, items: Iterable[NewAnnotation], *, doc_text: str | None = None
    ) -> list[int]:
        """Add annotations to one document, each checked as `add` checks it; their ids in
        order. All or none (one savepoint). For importers and merges that add thousands:
        one statement per annotation (the analysts are registered and the document's status
        moved once), and nothing read back. `doc_text` spares reading a text at hand."""
        items = list(items)
        if not items:
            return []
        if doc_text is None:
            doc_text = self.project.documents.text(document_id)
        checked = [self.check_text_span(doc_text, i.label, i.start, i.end, i.text) for i in items]
        stamp = now()
        ids: list[int] = []
        db = self.project._db
        with self.project.atomic():
            names = {n: self.project.ensure_analyst(n) for n in {i.analyst for i in items}}
            insert = (
                f"INSERT INTO annotations({COLUMNS}) VALUES "
                "(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            for item, span_text in zip(items, checked, strict=True):
                cur = db.execute(
                    insert,
                    [
                        item.uuid or new_uuid(),
                        document_id,
                        item.label,
                        item.start,
                        item.end,
                        span_text,
                        names[item.analyst],
                        item.entity_id,
                        item.note,
                        dumps(item.attributes or {}),
                        item.review_status,
                        item.reviewer,
                        item.reviewed_at,
                        item.created_at or stamp,
                        item.updated_at or item.created_at or stamp,
                        item.origin,
                    ],
                )
                ids.append(int(cur.lastrowid or 0))
            db.execute(
                "UPDATE documents SET status = 'in_progress' WHERE id = ? AND status = 'new'",
                [document_id],
            )
            self.project.changed(Change("annotations", "add", tuple(ids), document_id))
        return ids

    def ids_by_uuid(self, uuids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """UUID -> (id, document id) of the annotations holding these UUIDs, looked up a
        chunk at a time (a merge asks for thousands)."""
        wanted = list(uuids)
        found: dict[str, tuple[int, int]] = {}
        for start in range(0, len(wanted), CHUNK):
            batch = wanted[start : start + CHUNK]
            rows = self.project._db.execute(
                f"SELECT uuid, id, document_id FROM annotations WHERE uuid IN ({marks(batch)})",
                batch,
            )
            found.update((uuid, (ann_id, doc_id)) for uuid, ann_id, doc_id in rows)
        return found

    def get(self, ann_id: int) -> Annotation:
        row = self.project._db.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE id = ?", [ann_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"annotation {ann_id} does not exist")
        return row_to_annotation(row)

    def by_uuid(self, uuid: str) -> Annotation | None:
        row = self.project._db.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE uuid = ?", [uuid]
        ).fetchone()
        return row_to_annotation(row) if row else None

    def for_document(self, document_id: int, analyst: str | None = None) -> list[Annotation]:
        sql = f"SELECT {COLUMNS} FROM annotations WHERE document_id = ?"
        params: list[Any] = [document_id]
        if analyst is not None:
            sql += " AND analyst = ?"
            params.append(analyst)
        rows = self.project._db.execute(sql + ' ORDER BY start, "end", id', params)
        return [row_to_annotation(r) for r in rows]

    def page(
        self, document_id: int, after: tuple[int, int, int] | None, limit: int
    ) -> list[Annotation]:
        """Up to `limit` annotations of a document in text order, after the keyset
        `(start, end, id)` of the previous page: how a window shows 10,000 spans without
        reading them all before the first paint."""
        sql = f"SELECT {COLUMNS} FROM annotations WHERE document_id = ?"
        params: list[Any] = [document_id]
        if after is not None:
            sql += ' AND (start, "end", id) > (?, ?, ?)'
            params.extend(after)
        sql += ' ORDER BY start, "end", id LIMIT ?'
        rows = self.project._db.execute(sql, [*params, limit])
        return [row_to_annotation(r) for r in rows]

    def iter_all(self, where: str = "1", params: list[Any] | None = None) -> Iterator[Annotation]:
        """Stream annotations in document order without loading them all (for exports)."""
        cursor = self.project._db.conn.cursor()
        cursor.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE {where}"
            ' ORDER BY document_id, start, "end", id',
            params or [],
        )
        for row in cursor:
            yield row_to_annotation(row)

    def update(self, ann_id: int, **fields: Any) -> Annotation:
        """Change some of label, start, end, note, attributes, entity_id (one transaction)."""
        allowed = {"label", "start", "end", "note", "attributes", "entity_id"}
        unknown = set(fields) - allowed
        if unknown:
            raise TypeError(f"cannot update {sorted(unknown)}")
        old = self.get(ann_id)
        new = replace(old, **fields)
        text = self.check_span(new.document_id, new.label, new.start, new.end)
        with self.project.atomic():
            self.project._db.execute(
                'UPDATE annotations SET label = ?, start = ?, "end" = ?, text = ?, note = ?,'
                " attributes = ?, entity_id = ?, updated_at = ? WHERE id = ?",
                [
                    new.label,
                    new.start,
                    new.end,
                    text,
                    new.note,
                    dumps(new.attributes),
                    new.entity_id,
                    now(),
                    ann_id,
                ],
            )
            self.project.changed(Change("annotations", "update", (ann_id,), old.document_id))
        return self.get(ann_id)

    def set_review(self, ann_id: int, status: str, reviewer: str) -> Annotation:
        """Record a reviewer's decision (pending, accepted or rejected) with time."""
        if status not in REVIEW_STATUSES:
            raise InvalidSpanError(f"unknown review status {status!r}")
        old = self.get(ann_id)
        with self.project.atomic():
            if status == "pending":
                reviewer, stamp = "", ""
            else:
                reviewer, stamp = self.project.ensure_analyst(reviewer), now()
            self.project._db.execute(
                "UPDATE annotations SET review_status = ?, reviewer = ?, reviewed_at = ?"
                " WHERE id = ?",
                [status, reviewer, stamp, ann_id],
            )
            self.project.changed(Change("annotations", "update", (ann_id,), old.document_id))
        return self.get(ann_id)

    def restore_review(self, ann: Annotation) -> None:
        """Put back a review decision exactly as it was (undo)."""
        with self.project.atomic():
            self.project._db.execute(
                "UPDATE annotations SET review_status = ?, reviewer = ?, reviewed_at = ?"
                " WHERE id = ?",
                [ann.review_status, ann.reviewer, ann.reviewed_at, ann.id],
            )
            self.project.changed(Change("annotations", "update", (ann.id,), ann.document_id))

    def delete(self, ann_id: int) -> Removed:
        """Delete an annotation and its links; the result restores both (undo)."""
        ann = self.get(ann_id)
        links = tuple(self.project.links.touching(ann_id))
        with self.project.atomic():
            self.project._db.execute("DELETE FROM annotations WHERE id = ?", [ann_id])
            self.project.changed(Change("annotations", "delete", (ann_id,), ann.document_id))
            if links:
                self.project.changed(
                    Change("links", "delete", tuple(k.id for k in links), ann.document_id)
                )
        return Removed(ann, links)

    def restore(self, removed: Removed) -> Annotation:
        """Put back a deleted annotation with the same id, UUID and links."""
        a = removed.annotation
        with self.project.atomic():
            restored = self.add(
                a.document_id,
                a.label,
                a.start,
                a.end,
                a.analyst,
                note=a.note,
                attributes=a.attributes,
                entity_id=a.entity_id,
                uuid=a.uuid,
                id=a.id,
                review_status=a.review_status,
                reviewer=a.reviewer,
                reviewed_at=a.reviewed_at,
                created_at=a.created_at,
                updated_at=a.updated_at,
                origin=a.origin,
            )
            for link in removed.links:
                self.project.links.restore(link)
        return restored
