"""Speaker entities: the person or organisation that several mentions refer to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from annotator.errors import InputError, NotFoundError
from annotator.store.project import Change, new_uuid, now
from annotator.store.querying import select_in
from annotator.store.records import ATTRIBUTION, ENTITY_TYPES, Annotation, Entity

if TYPE_CHECKING:
    from annotator.store.project import Project

COLUMNS = "id, uuid, name, type, role, created_at, updated_at"


class Entities:
    def __init__(self, project: Project) -> None:
        self.project = project

    def add(
        self,
        name: str,
        type: str = "person",
        role: str = "",
        *,
        uuid: str | None = None,
        id: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> Entity:
        name = name.strip()
        if not name:
            raise InputError("a speaker needs a name")
        if type not in ENTITY_TYPES:
            raise InputError(f"unknown speaker type {type!r}; use one of {', '.join(ENTITY_TYPES)}")
        self.project.ensure_free("entities", id, uuid)
        stamp = now()
        with self.project.atomic():
            cur = self.project._db.execute(
                f"INSERT INTO entities({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    id,
                    uuid or new_uuid(),
                    name,
                    type,
                    role,
                    created_at or stamp,
                    updated_at or stamp,
                ],
            )
            ent_id = int(cur.lastrowid or 0)
            self.project.changed(Change("entities", "add", (ent_id,)))
        return self.get(ent_id)

    def restore(self, entity: Entity) -> Entity:
        """Put back a deleted entity with the same id, UUID and times (undo/redo)."""
        return self.add(
            entity.name,
            entity.type,
            entity.role,
            uuid=entity.uuid,
            id=entity.id,
            created_at=entity.created_at,
            updated_at=entity.updated_at,
        )

    def get(self, ent_id: int) -> Entity:
        row = self.project._db.execute(
            f"SELECT {COLUMNS} FROM entities WHERE id = ?", [ent_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"speaker {ent_id} does not exist")
        return Entity(*row)

    def by_uuid(self, uuid: str) -> Entity | None:
        row = self.project._db.execute(
            f"SELECT {COLUMNS} FROM entities WHERE uuid = ?", [uuid]
        ).fetchone()
        return Entity(*row) if row else None

    def all(self) -> list[Entity]:
        rows = self.project._db.execute(f"SELECT {COLUMNS} FROM entities ORDER BY name, id")
        return [Entity(*r) for r in rows]

    def update(self, ent_id: int, **fields: Any) -> Entity:
        """Rename or retype a speaker (name, type, role)."""
        old = self.get(ent_id)
        allowed = {"name", "type", "role"}
        if set(fields) - allowed:
            raise TypeError(f"cannot update {sorted(set(fields) - allowed)}")
        name = fields.get("name", old.name).strip()
        type_ = fields.get("type", old.type)
        if not name:
            raise InputError("a speaker needs a name")
        if type_ not in ENTITY_TYPES:
            raise InputError(f"unknown speaker type {type_!r}")
        with self.project.atomic():
            self.project._db.execute(
                "UPDATE entities SET name = ?, type = ?, role = ?, updated_at = ? WHERE id = ?",
                [name, type_, fields.get("role", old.role), now(), ent_id],
            )
            self.project.changed(Change("entities", "update", (ent_id,)))
        return self.get(ent_id)

    def delete(self, ent_id: int) -> Entity:
        """Delete a speaker; its mentions stay, ungrouped."""
        ent = self.get(ent_id)
        with self.project.atomic():
            mentions = self.mentions(ent_id)
            self.project._db.execute("DELETE FROM entities WHERE id = ?", [ent_id])
            self.project.changed(Change("entities", "delete", (ent_id,)))
            if mentions:
                self.project.changed(Change("annotations", "update", tuple(mentions)))
        return ent

    def mentions(self, ent_id: int) -> list[int]:
        rows = self.project._db.execute(
            "SELECT id FROM annotations WHERE entity_id = ? ORDER BY document_id, start", [ent_id]
        )
        return [r[0] for r in rows]

    def mention_texts(self, ent_id: int) -> list[str]:
        """Distinct surface forms of an entity's mentions (for proposals and lists)."""
        rows = self.project._db.execute(
            "SELECT DISTINCT text FROM annotations WHERE entity_id = ? ORDER BY text", [ent_id]
        )
        return [r[0] for r in rows]

    def claims(self, ent_id: int) -> list[Annotation]:
        """The claims attributed to any mention of a speaker, in document order (one query,
        however many mentions and claims it has)."""
        where = (
            "id IN (SELECT k.source_id FROM links k JOIN annotations m ON m.id = k.target_id"
            " WHERE m.entity_id = ? AND k.type = ?)"
        )
        return list(self.project.annotations.iter_all(where, [ent_id, ATTRIBUTION]))

    def get_many(self, ids: Iterable[int]) -> dict[int, Entity]:
        """The entities among `ids` that exist, by id (one query per CHUNK ids)."""
        sql = f"SELECT {COLUMNS} FROM entities WHERE {{ids}}"
        return {r[0]: Entity(*r) for r in select_in(self.project._db, sql, "id", ids)}

    def all_mention_texts(self) -> dict[int, list[str]]:
        """Every entity's distinct mention texts in one query (speaker proposals)."""
        rows = self.project._db.execute(
            "SELECT DISTINCT entity_id, text FROM annotations WHERE entity_id IS NOT NULL"
            " ORDER BY entity_id, text"
        )
        texts: dict[int, list[str]] = {}
        for ent_id, text in rows:
            texts.setdefault(ent_id, []).append(text)
        return texts

    def owners(self, annotation_ids: Iterable[int] | None = None) -> dict[int, int]:
        """The entity of each grouped mention among `annotation_ids` (every one when None),
        so a view can tell which speakers an edit to some annotations touched."""
        sql = "SELECT id, entity_id FROM annotations WHERE entity_id IS NOT NULL AND {ids}"
        return dict(select_in(self.project._db, sql, "id", annotation_ids))

    def counts(self, ids: Iterable[int] | None = None) -> dict[int, tuple[int, int]]:
        """Per entity (all, or those among `ids`): (mentions, claims attributed to any of
        its mentions)."""
        sql = """
            SELECT e.id,
                   (SELECT count(*) FROM annotations a WHERE a.entity_id = e.id),
                   (SELECT count(DISTINCT k.source_id) FROM links k
                      JOIN annotations a ON a.id = k.target_id
                     WHERE a.entity_id = e.id AND k.type = 'attributed_to')
            FROM entities e WHERE {ids}
            """
        return {r[0]: (r[1], r[2]) for r in select_in(self.project._db, sql, "e.id", ids)}
