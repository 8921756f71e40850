"""Grouping speaker mentions into entities: proposals, assignment, merge and split.

Each function is one user action in one transaction and returns what undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.speakers.name_index import name_index
from annotator.store.records import Entity

if TYPE_CHECKING:
    from annotator.store.project import Project


def propose_entities(project: Project, mention_text: str) -> list[Entity]:
    """Entities whose name or mentions share a name with `mention_text`, best first.

    A match means one name's words (after Arabic normalisation) are all among the other's,
    so "بوبوفا" and "السيدة بوبوفا" both propose the entity "ماريا بوبوفا". The analyst
    confirms; nothing is grouped automatically. An entity scores the most words one of its
    names (its own or a mention's text) shares; ties go to the entity with more names, then
    by name. Asked at every speaker mention, so it is answered from the project's name index
    (`name_index`), which re-reads only what edits touched.
    """
    return name_index(project).propose(mention_text)


@dataclass(frozen=True)
class Regrouping:
    """What one grouping action did: each moved mention's entity before and after, the
    entities it deleted and the one it created, so undo and redo replay it exactly (an entity
    created again keeps its id and UUID, so later commands naming it still find it)."""

    old_entity_of: tuple[tuple[int, int | None], ...]
    deleted: tuple[Entity, ...] = ()
    created: Entity | None = None
    new_entity_of: tuple[tuple[int, int | None], ...] = ()


def assign(project: Project, mention_ids: list[int], entity_id: int | None) -> Regrouping:
    """Group mentions under an entity (or ungroup them with None)."""
    if entity_id is not None:
        project.entities.get(entity_id)
    old = tuple((m, project.annotations.get(m).entity_id) for m in mention_ids)
    with project.atomic():
        for mention_id in mention_ids:
            project.annotations.update(mention_id, entity_id=entity_id)
    return Regrouping(old, new_entity_of=tuple((m, entity_id) for m in mention_ids))


def assign_new(
    project: Project, mention_ids: list[int], name: str, type: str = "person", role: str = ""
) -> Regrouping:
    """Make a new entity and group the mentions under it (one action)."""
    with project.atomic():
        created = project.entities.add(name, type, role)
        moved = assign(project, mention_ids, created.id)
    return replace(moved, created=created)


def delete_entity(project: Project, entity_id: int) -> Regrouping:
    """Delete an entity; its mentions stay, ungrouped."""
    with project.atomic():
        mentions = project.entities.mentions(entity_id)
        entity = project.entities.delete(entity_id)
    return Regrouping(
        tuple((m, entity_id) for m in mentions), (entity,), None, tuple((m, None) for m in mentions)
    )


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
    after = tuple((m, keep_id) for m, _ in moved)
    return Regrouping(tuple(moved), tuple(others), new_entity_of=after)


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
    return Regrouping(old, (), created, tuple((m, created.id) for m in mention_ids))


def undo_regrouping(project: Project, regrouping: Regrouping) -> None:
    """Reverse assign/merge/split exactly: recreate deleted entities, restore each mention."""
    with project.atomic():
        for entity in regrouping.deleted:
            project.entities.restore(entity)
        for mention_id, entity_id in regrouping.old_entity_of:
            project.annotations.update(mention_id, entity_id=entity_id)
        if regrouping.created is not None:
            project.entities.delete(regrouping.created.id)


def redo_regrouping(project: Project, regrouping: Regrouping) -> None:
    """Replay a grouping action from its record, with the same ids, after an undo."""
    with project.atomic():
        if regrouping.created is not None:
            project.entities.restore(regrouping.created)
        for mention_id, entity_id in regrouping.new_entity_of:
            project.annotations.update(mention_id, entity_id=entity_id)
        for entity in regrouping.deleted:
            project.entities.delete(entity.id)
