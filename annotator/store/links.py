"""Links between annotations: a claim attributed to a speaker mention, or any typed relation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from annotator.errors import InvalidSpanError, NotFoundError
from annotator.store.project import Change, new_uuid, now
from annotator.store.querying import select_in
from annotator.store.records import ATTRIBUTION, Link

if TYPE_CHECKING:
    from annotator.store.project import Project

COLUMNS = "id, uuid, source_id, target_id, type, analyst, created_at"


class Links:
    def __init__(self, project: Project) -> None:
        self.project = project

    def add(
        self,
        source_id: int,
        target_id: int,
        analyst: str,
        type: str = ATTRIBUTION,
        *,
        uuid: str | None = None,
        id: int | None = None,
        created_at: str | None = None,
    ) -> Link:
        """Link two annotations of one document; linking the same pair twice is refused."""
        self.project.ensure_free("links", id, uuid)
        source = self.project.annotations.get(source_id)
        target = self.project.annotations.get(target_id)
        if source.document_id != target.document_id:
            raise InvalidSpanError("a link must join two annotations of the same document")
        if source_id == target_id:
            raise InvalidSpanError("an annotation cannot be linked to itself")
        if not type.strip():
            raise InvalidSpanError("a link needs a type")
        if self.find(source_id, target_id, type) is not None:
            raise InvalidSpanError("these two annotations are already linked")
        with self.project.atomic():
            analyst = self.project.ensure_analyst(analyst)
            cur = self.project._db.execute(
                f"INSERT INTO links({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [id, uuid or new_uuid(), source_id, target_id, type, analyst, created_at or now()],
            )
            link_id = int(cur.lastrowid or 0)
            self.project.changed(Change("links", "add", (link_id,), source.document_id))
        return self.get(link_id)

    def restore(self, link: Link) -> Link:
        return self.add(
            link.source_id,
            link.target_id,
            link.analyst,
            link.type,
            uuid=link.uuid,
            id=link.id,
            created_at=link.created_at,
        )

    def get(self, link_id: int) -> Link:
        row = self.project._db.execute(
            f"SELECT {COLUMNS} FROM links WHERE id = ?", [link_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"link {link_id} does not exist")
        return Link(*row)

    def find(self, source_id: int, target_id: int, type: str = ATTRIBUTION) -> Link | None:
        row = self.project._db.execute(
            f"SELECT {COLUMNS} FROM links WHERE source_id = ? AND target_id = ? AND type = ?",
            [source_id, target_id, type],
        ).fetchone()
        return Link(*row) if row else None

    def delete(self, link_id: int) -> Link:
        link = self.get(link_id)
        doc_id = self.project.annotations.get(link.source_id).document_id
        with self.project.atomic():
            self.project._db.execute("DELETE FROM links WHERE id = ?", [link_id])
            self.project.changed(Change("links", "delete", (link_id,), doc_id))
        return link

    def touching(self, ann_id: int) -> list[Link]:
        rows = self.project._db.execute(
            f"SELECT {COLUMNS} FROM links WHERE source_id = ? OR target_id = ? ORDER BY id",
            [ann_id, ann_id],
        )
        return [Link(*r) for r in rows]

    def for_document(self, document_id: int) -> list[Link]:
        rows = self.project._db.execute(
            f"SELECT {', '.join('k.' + c.strip() for c in COLUMNS.split(','))} FROM links k"
            " JOIN annotations a ON a.id = k.source_id WHERE a.document_id = ? ORDER BY k.id",
            [document_id],
        )
        return [Link(*r) for r in rows]

    def attributions(self, document_id: int) -> list[tuple[int, int, int]]:
        """(link id, claim id, speaker mention id) of every attribution in a document: what
        a view of its claims needs, without building a record per link (opening a
        document)."""
        return self.project._db.execute(
            "SELECT k.id, k.source_id, k.target_id FROM links k"
            " JOIN annotations a ON a.id = k.source_id"
            " WHERE a.document_id = ? AND k.type = ? ORDER BY k.id",
            [document_id, ATTRIBUTION],
        ).fetchall()

    def all(self, where: str = "1", params: list[Any] | None = None) -> list[Link]:
        rows = self.project._db.execute(
            f"SELECT {COLUMNS} FROM links WHERE {where} ORDER BY id", params or []
        )
        return [Link(*r) for r in rows]

    def speakers_of(self, claim_id: int) -> list[int]:
        """Annotation ids of the speaker mentions a claim is attributed to."""
        rows = self.project._db.execute(
            "SELECT target_id FROM links WHERE source_id = ? AND type = ? ORDER BY id",
            [claim_id, ATTRIBUTION],
        )
        return [r[0] for r in rows]

    def attribution_targets(self, link_ids: Iterable[int] | None = None) -> dict[int, int]:
        """The mention each attribution link among `link_ids` (every one when None) points
        to, so a view can tell which speaker a deleted link counted for."""
        sql = "SELECT id, target_id FROM links WHERE type = ? AND {ids}"
        return dict(select_in(self.project._db, sql, "id", link_ids, [ATTRIBUTION]))
