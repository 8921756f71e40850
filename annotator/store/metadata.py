"""Document metadata: what came with a text (a table's other columns, a page's URL, date and
author) and where it came from (file name and row).

Metadata is name -> text, kept in the order of the file's columns (`position`), so exports
give the columns back as the user had them. It is one row per document and name in
`document_metadata`, so SQL tools can filter and pivot it without JSON functions. Documents
from a table are added in bulk here (`add_documents`): one statement per row and per
metadata batch inside the caller's transaction, not a read-back per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.store.documents import text_hash
from annotator.store.project import Change, new_uuid, now
from annotator.store.querying import CHUNK, marks, select_in

if TYPE_CHECKING:
    from annotator.store.project import Project


@dataclass(frozen=True)
class NewDocument:
    """A document about to be added, with its metadata as (name, value) pairs in order."""

    text: str
    title: str
    source: str = ""
    source_row: int | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    uuid: str = ""
    created_at: str = ""
    sha256: str = ""  # when the caller has hashed the text already


@dataclass(frozen=True)
class Added:
    """What `add_document` did: the new id, or the title of the document that has the text."""

    id: int | None
    existing_title: str = ""


class DocumentMetadata:
    def __init__(self, project: Project) -> None:
        self.project = project

    def get(self, doc_id: int) -> dict[str, str]:
        rows = self.project._db.execute(
            "SELECT name, value FROM document_metadata WHERE document_id = ? ORDER BY position, id",
            [doc_id],
        )
        return dict(rows)

    def source_row(self, doc_id: int) -> int | None:
        row = self.project._db.execute(
            "SELECT source_row FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        return None if row is None else row[0]

    def names(self) -> list[str]:
        """Every metadata name in the project, in the order of the files' columns."""
        rows = self.project._db.execute(
            "SELECT name FROM document_metadata GROUP BY name ORDER BY min(position), min(id)"
        )
        return [r[0] for r in rows]

    def for_documents(self, doc_ids: Iterable[int] | None = None) -> dict[int, dict[str, str]]:
        """Metadata of many documents at once (all, or `doc_ids`)."""
        out: dict[int, dict[str, str]] = {}
        rows = select_in(
            self.project._db,
            "SELECT document_id, name, value FROM document_metadata WHERE {ids}"
            " ORDER BY document_id, position, id",
            "document_id",
            doc_ids,
        )
        for doc_id, name, value in rows:
            out.setdefault(doc_id, {})[name] = value
        return out

    def add(self, doc_id: int, items: Sequence[tuple[str, str]]) -> int:
        """Add the names a document does not have yet (a merge or a re-import never
        overwrites what is there); returns how many were added."""
        if not items:
            return 0
        with self.project.atomic():
            before = self.project._db.conn.total_changes
            self.project._db.conn.executemany(
                "INSERT OR IGNORE INTO document_metadata(document_id, name, value, position)"
                " VALUES (?, ?, ?, ?)",
                [(doc_id, name, value, i) for i, (name, value) in enumerate(items)],
            )
            added = self.project._db.conn.total_changes - before
            if added:
                self.project.changed(Change("documents", "update", (doc_id,), doc_id))
        return added

    def add_documents(self, items: Sequence[NewDocument]) -> list[Added]:
        """Store documents with their metadata inside the caller's transaction, each unless
        its text is already in the project (or earlier in `items`); listeners hear of all
        the new ones in one change.

        Written in bulk: the texts already there are looked up a chunk at a time, and the
        new rows go in with `executemany`, their ids given in order after the largest one
        (what SQLite would give them, decided here because the metadata rows need them; the
        write lock is held, so no other program can take them meanwhile). All are stamped
        with one time: a table of 10,000 posts is one import, made at one moment."""
        p = self.project
        assert p.in_transaction, "documents are added inside project.atomic()"
        conn = p._db.conn
        digests = [new.sha256 or text_hash(new.text) for new in items]
        known: dict[str, str] = {}
        unique = sorted(set(digests))
        for start in range(0, len(unique), CHUNK):
            batch = unique[start : start + CHUNK]
            rows = conn.execute(
                f"SELECT sha256, title FROM documents WHERE sha256 IN ({marks(batch)})", batch
            )
            known.update(rows)
        next_id = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0] + 1
        stamp = now()
        out: list[Added] = []
        documents: list[tuple[object, ...]] = []
        metadata: list[tuple[int, str, str, int]] = []
        for new, digest in zip(items, digests, strict=True):
            if not new.text:
                raise InputError("is empty", new.source or new.title)
            if digest in known:
                out.append(Added(None, known[digest]))
                continue
            known[digest] = new.title
            doc_id, next_id = next_id, next_id + 1
            documents.append(
                (
                    doc_id,
                    new.uuid or new_uuid(),
                    new.title,
                    new.source,
                    new.text,
                    digest,
                    new.created_at or stamp,
                    new.source_row,
                )
            )
            metadata += [(doc_id, k, v, i) for i, (k, v) in enumerate(new.metadata)]
            out.append(Added(doc_id))
        conn.executemany(
            "INSERT INTO documents(id, uuid, title, source, text, sha256, status, created_at,"
            " source_row) VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?)",
            documents,
        )
        conn.executemany(
            "INSERT INTO document_metadata(document_id, name, value, position) VALUES (?, ?, ?, ?)",
            metadata,
        )
        ids = tuple(a.id for a in out if a.id is not None)
        if ids:
            p.changed(Change("documents", "add", ids))
        return out

    def set_source_row(self, doc_id: int, row: int | None) -> None:
        """Where in its file a document was (a merge copies it from the analyst's file)."""
        with self.project.atomic():
            self.project._db.execute(
                "UPDATE documents SET source_row = ? WHERE id = ?", [row, doc_id]
            )
