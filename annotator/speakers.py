"""Grouping speaker mentions into entities: proposals, assignment, merge and split.

Each function is one user action in one transaction and returns what undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .arabic import name_tokens
from .errors import InputError
from .records import Entity

if TYPE_CHECKING:
    from .project import Project


def propose_entities(project: Project, mention_text: str) -> list[Entity]:
    """Entities whose name or mentions share a name with `mention_text`, best first.

    A match means one name's words (after Arabic normalisation) are all among the other's,
    so "بوبوفا" and "السيدة بوبوفا" both propose the entity "ماريا بوبوفا". The analyst
    confirms; nothing is grouped automatically.
    """
    wanted = set(name_tokens(mention_text))
    if not wanted:
        return []
    scored: list[tuple[int, int, Entity]] = []
    for entity in project.entities.all():
        names = [entity.name, *project.entities.mention_texts(entity.id)]
        best = 0
        for name in names:
            have = set(name_tokens(name))
            if have and (wanted <= have or have <= wanted):
                best = max(best, len(wanted & have))
        if best:
            scored.append((best, len(names), entity))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2].name))
    return [s[2] for s in scored]


@dataclass(frozen=True)
class Regrouping:
    """Mentions' entity before an action, and entities it deleted, so undo can put them back."""

    old_entity_of: tuple[tuple[int, int | None], ...]
    deleted: tuple[Entity, ...] = ()
    created: Entity | None = None


def assign(project: Project, mention_ids: list[int], entity_id: int | None) -> Regrouping:
    """Group mentions under an entity (or ungroup them with None)."""
    if entity_id is not None:
        project.entities.get(entity_id)
    old = tuple((m, project.annotations.get(m).entity_id) for m in mention_ids)
    with project.atomic():
        for mention_id in mention_ids:
            project.annotations.update(mention_id, entity_id=entity_id)
    return Regrouping(old)


def merge(project: Project, keep_id: int, other_ids: list[int]) -> Regrouping:
    """Fold other entities into `keep_id`: their mentions move, they are deleted."""
    others = [project.entities.get(i) for i in other_ids if i != keep_id]
    project.entities.get(keep_id)
    moved: list[tuple[int, int | None]] = []
    with project.atomic():
        for entity in others:
            for mention_id in project.entities.mentions(entity.id):
                moved.append((mention_id, entity.id))
                project.annotations.update(mention_id, entity_id=keep_id)
            project.entities.delete(entity.id)
    return Regrouping(tuple(moved), tuple(others))


def split(project: Project, entity_id: int, mention_ids: list[int], name: str) -> Regrouping:
    """Move some mentions of an entity into a new entity of the same type."""
    source = project.entities.get(entity_id)
    own = set(project.entities.mentions(entity_id))
    if not mention_ids or not set(mention_ids) <= own:
        raise InputError("choose mentions of this speaker to split off")
    with project.atomic():
        created = project.entities.add(name, source.type, "")
        old = tuple((m, entity_id) for m in mention_ids)
        for mention_id in mention_ids:
            project.annotations.update(mention_id, entity_id=created.id)
    return Regrouping(old, (), created)


def undo_regrouping(project: Project, regrouping: Regrouping) -> None:
    """Reverse assign/merge/split exactly: recreate deleted entities, restore each mention."""
    with project.atomic():
        for entity in regrouping.deleted:
            project.entities.add(
                entity.name,
                entity.type,
                entity.role,
                uuid=entity.uuid,
                id=entity.id,
                created_at=entity.created_at,
                updated_at=entity.updated_at,
            )
        for mention_id, entity_id in regrouping.old_entity_of:
            project.annotations.update(mention_id, entity_id=entity_id)
        if regrouping.created is not None:
            project.entities.delete(regrouping.created.id)
