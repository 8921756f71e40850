"""Documents: texts stored exactly as decoded, identified by UUID and by SHA-256 of the text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

from annotator.errors import DuplicateDocumentError, InputError, NotFoundError
from annotator.store.project import Change, new_uuid, now
from annotator.store.querying import select_in
from annotator.store.records import DOCUMENT_STATUSES, Document

if TYPE_CHECKING:
    from annotator.store.project import Project

_COLUMNS = "id, uuid, title, source, sha256, status, created_at"
# Texts kept after reading: the few documents a window or a command is working on. Bounded,
# so an import or a merge of 10,000 documents does not keep every text it wrote.
CACHED_TEXTS = 16


def text_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: how the same document is recognised across files."""
    import hashlib  # here: reading a project never hashes, and OpenSSL takes a while to load

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _search_index() -> ModuleType:
    """The search index's module, loaded by the first write (reading never needs it)."""
    from annotator.store import search_index

    return search_index


def _row(row: Any, text: str = "") -> Document:
    doc_id, uuid, title, source, sha256, status, created_at = row  # as _COLUMNS lists them
    return Document(doc_id, uuid, title, source, sha256, status, created_at, text)


class Documents:
    def __init__(self, project: Project) -> None:
        self.project = project
        self._texts: dict[int, str] = {}  # insertion order = least recently read first
        self._indexed: bool | None = None  # see has_search_index

    def add(
        self,
        text: str,
        title: str,
        source: str = "",
        *,
        uuid: str | None = None,
        created_at: str | None = None,
    ) -> Document:
        """Store a new document verbatim; the same text twice is refused, not duplicated."""
        if not text:
            raise InputError("is empty", source or title)
        digest = text_hash(text)
        with self.project.atomic():  # checked under the write lock another program waits for
            existing = self.by_hash(digest)
            if existing is not None:
                raise DuplicateDocumentError(
                    f"is already in the project as {existing.title!r}",
                    source or title,
                    existing.id,
                )
            uuid, created_at = uuid or new_uuid(), created_at or now()
            cur = self.project._db.execute(
                "INSERT INTO documents(uuid, title, source, text, sha256, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'new', ?)",
                [uuid, title, source, text, digest, created_at],
            )
            doc_id = int(cur.lastrowid or 0)
            _search_index().add(self.project, doc_id, text)
            self.project.changed(Change("documents", "add", (doc_id,), doc_id))
        # Built from what was written, not read back: one query less per document. The
        # text is not cached here: a rolled-back savepoint would leave it under a free id.
        return Document(doc_id, uuid, title, source, digest, "new", created_at, text=text)

    def get(self, doc_id: int) -> Document:
        row = self.project._db.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"document {doc_id} does not exist")
        return _row(row, self.text(doc_id))

    def text(self, doc_id: int) -> str:
        """The stored text; the last few read are cached, since documents never change
        once imported."""
        texts = self._texts
        if doc_id in texts:
            text = texts.pop(doc_id)  # and back at the end: most recently read
        else:
            row = self.project._db.execute("SELECT text FROM documents WHERE id = ?", [doc_id])
            found = row.fetchone()
            if found is None:
                raise NotFoundError(f"document {doc_id} does not exist")
            text = found[0]
            if len(texts) >= CACHED_TEXTS:
                del texts[next(iter(texts))]
        texts[doc_id] = text
        return text

    def forget_cached(self) -> None:
        self._texts.clear()
        self._indexed = None

    def has_search_index(self) -> bool:
        """Whether the project has its search index (asked once, not per document added)."""
        if self._indexed is None:
            self._indexed = _search_index().exists(self.project._db)
        return self._indexed

    def status_of(self, doc_id: int) -> str:
        """A document's status, without reading its text."""
        row = self.project._db.execute("SELECT status FROM documents WHERE id = ?", [doc_id])
        found = row.fetchone()
        if found is None:
            raise NotFoundError(f"document {doc_id} does not exist")
        return str(found[0])

    def by_hash(self, digest: str) -> Document | None:
        row = self.project._db.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE sha256 = ?", [digest]
        ).fetchone()
        return _row(row) if row else None

    def by_uuid(self, uuid: str) -> Document | None:
        row = self.project._db.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE uuid = ?", [uuid]
        ).fetchone()
        return _row(row) if row else None

    def all(self) -> list[Document]:
        """Every document without its text (cheap; call `text()` when it is needed)."""
        rows = self.project._db.execute(f"SELECT {_COLUMNS} FROM documents ORDER BY id")
        return [_row(r) for r in rows]

    def many(self, doc_ids: Iterable[int]) -> list[Document]:
        """These documents without their texts, in id order (a list following an import
        of thousands reads them in a few queries, not two per document)."""
        rows = select_in(
            self.project._db, f"SELECT {_COLUMNS} FROM documents WHERE {{ids}}", "id", doc_ids
        )
        return sorted((_row(r) for r in rows), key=lambda d: d.id)

    def ids(self) -> list[int]:
        """Every document's id in order: what a list of 10,000 posts needs to open."""
        return [r[0] for r in self.project._db.execute("SELECT id FROM documents ORDER BY id")]

    def first_id(self) -> int | None:
        """The first document's id (what a project opens on) without reading them all."""
        row = self.project._db.execute("SELECT min(id) FROM documents").fetchone()
        return None if row is None else row[0]

    def __iter__(self) -> Iterator[Document]:
        return iter(self.all())

    def set_status(self, doc_id: int, status: str) -> None:
        if status not in DOCUMENT_STATUSES:
            raise InputError(f"unknown document status {status!r}")
        with self.project.atomic():
            self.project._db.execute(
                "UPDATE documents SET status = ? WHERE id = ?", [status, doc_id]
            )
            self.project.changed(Change("documents", "update", (doc_id,), doc_id))

    def delete(self, doc_id: int) -> Document:
        """Delete a document with its annotations and their links (one transaction)."""
        doc = self.get(doc_id)
        with self.project.atomic():
            self.project._db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
            _search_index().remove(self.project, doc_id)
            self.project.changed(Change("documents", "delete", (doc_id,), doc_id))
        self._texts.pop(doc_id, None)
        return doc

    def counts(self, doc_ids: Iterable[int] | None = None) -> dict[int, dict[str, int]]:
        """Annotation counts per document and label, for lists and `annotator info`; only
        for `doc_ids` when given (a list refreshing after an edit reads one document)."""
        wanted = (
            [r[0] for r in self.project._db.execute("SELECT id FROM documents")]
            if doc_ids is None
            else list(doc_ids)
        )
        out: dict[int, dict[str, int]] = {i: {} for i in wanted}
        rows = select_in(
            self.project._db,
            "SELECT document_id, label, count(*) FROM annotations WHERE {ids}"
            " GROUP BY document_id, label",
            "document_id",
            None if doc_ids is None else wanted,
        )
        for doc_id, label, n in rows:
            out.setdefault(doc_id, {})[label] = n
        return out

    def unattributed_claims(self, doc_ids: Iterable[int] | None = None) -> dict[int, int]:
        """Per document (all, or `doc_ids`), claims with no speaker linked yet (what is left
        to do); a document with none is absent."""
        sql = """
            SELECT a.document_id, count(*) FROM annotations a
            JOIN labels l ON l.name = a.label AND l.kind = 'claim'
            WHERE {ids} AND NOT EXISTS (
                SELECT 1 FROM links k WHERE k.source_id = a.id AND k.type = 'attributed_to')
            GROUP BY a.document_id
            """
        return dict(select_in(self.project._db, sql, "a.document_id", doc_ids))
