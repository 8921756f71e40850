"""Accepting and rejecting suggestions: the only place a suggestion becomes an annotation.

`accept` stores the spans of some groups as the analyst's annotations (each keeping its
`origin`), links each claim to its speaker (attributed_to) and cue (cued_by), and groups a
new speaker mention under the known speaker the name matching proposes, or under a new
speaker named after it (as a mention marked by hand is, so the Speakers panel lists it, and
"الحداد" later in the text joins "سامي الحداد"); all in one transaction, returning what undo
needs. `reject` remembers groups as rejected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.speakers.grouping import propose_entities
from annotator.speakers.name_index import propose_directly
from annotator.store import suggestion_rejections
from annotator.store.annotations import Removed
from annotator.store.records import ATTRIBUTION, CUE_LINK, Entity
from annotator.suggestions.project_suggestions import labels_by_kind
from annotator.suggestions.records import Group, Ref, Suggested
from annotator.text.arabic import name_tokens

if TYPE_CHECKING:
    from annotator.store.project import Project

Bounds = dict[tuple[str, int, int], tuple[int, int]]


@dataclass(frozen=True)
class Accepted:
    """The annotations one accept created (claims first), for undo."""

    document_id: int
    annotation_ids: tuple[int, ...]
    link_ids: tuple[int, ...]
    entity_ids: tuple[int, ...] = ()  # speakers the accept created


@dataclass(frozen=True)
class Undone:
    """What undoing an accept deleted, so redo puts back the same rows."""

    annotations: list[Removed]
    entities: list[Entity]


def accept(
    project: Project,
    document_id: int,
    groups: Sequence[Group],
    analyst: str,
    bounds: Bounds | None = None,
) -> Accepted:
    """Store `groups` as `analyst`'s annotations with their links, in one transaction.
    `bounds` gives new boundaries for some spans (the analyst changed them first)."""
    labels = labels_by_kind(project)
    bounds = bounds or {}
    made: dict[tuple[str, int, int], int] = {}
    links: list[int] = []
    created: list[int] = []  # speakers this accept made
    with project.atomic():
        for group in groups:
            for span in group.spans():
                if span.key not in made and span.kind in labels:
                    made[span.key] = _store(
                        project, document_id, span, labels, analyst, bounds, created
                    )
            claim = made.get(group.claim.key) if group.claim else None
            if claim is None:
                continue
            for ref, kind in ((group.speaker, ATTRIBUTION), (group.cue, CUE_LINK)):
                target = _target(ref, made)
                if target is not None and project.links.find(claim, target, kind) is None:
                    links.append(project.links.add(claim, target, analyst, kind).id)
    ordered = [i for key, i in made.items() if key[0] == "claim"]
    ordered += [i for key, i in made.items() if key[0] != "claim"]
    return Accepted(document_id, tuple(ordered), tuple(links), tuple(created))


def _store(
    project: Project,
    document_id: int,
    span: Suggested,
    labels: dict[str, str],
    analyst: str,
    bounds: Bounds,
    created: list[int],
) -> int:
    start, end = bounds.get(span.key, (span.start, span.end))
    edited = (start, end) != (span.start, span.end)
    entity_id = None
    if span.kind == "speaker":
        text = project.documents.text(document_id)[start:end]
        entity_id = _speaker_for(project, text, created)
    ann = project.annotations.add(
        document_id,
        labels[span.kind],
        start,
        end,
        analyst,
        entity_id=entity_id,
        origin=span.origin(edited),
    )
    return ann.id


def _speaker_for(project: Project, text: str, created: list[int]) -> int | None:
    """The speaker the name matching proposes, else a new speaker named after the mention.
    Once this accept has made a speaker, matching reads the database directly: the name
    index only learns of rows at commit, and "الحداد" should join the "سامي الحداد" made
    a moment ago in the same transaction."""
    proposals = propose_directly(project, text) if created else propose_entities(project, text)
    if proposals:
        return proposals[0].id
    if not name_tokens(text):
        return None
    ent_id = project.entities.add(text).id
    created.append(ent_id)
    return ent_id


def _target(ref: Ref | None, made: dict[tuple[str, int, int], int]) -> int | None:
    if ref is None:
        return None
    if isinstance(ref, int):
        return ref
    return made.get(ref.key)


def undo_accept(project: Project, accepted: Accepted) -> Undone:
    """Delete what an accept created (its links and new speakers go with it); the result
    redoes it."""
    with project.atomic():
        removed = [project.annotations.delete(ann_id) for ann_id in accepted.annotation_ids]
        entities = [project.entities.delete(ent_id) for ent_id in accepted.entity_ids]
    return Undone(removed, entities)


def redo_accept(project: Project, undone: Undone) -> None:
    """Put back exactly what `undo_accept` deleted (same ids, UUIDs and links)."""
    with project.atomic():
        for entity in undone.entities:
            project.entities.restore(entity)
        for item in reversed(undone.annotations):
            project.annotations.restore(item)


def reject(
    project: Project, document_id: int, groups: Sequence[Group], analyst: str
) -> list[tuple[str, int, int]]:
    """Remember the groups' own spans as rejected in this document; returns what undo
    forgets again."""
    keys = [(s.kind, s.start, s.end, s.pattern) for g in groups for s in g.own]
    if not keys:
        raise InputError("there is no suggestion to reject")
    return suggestion_rejections.reject(project, document_id, keys, analyst)
