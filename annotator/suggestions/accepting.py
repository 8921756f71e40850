"""Accepting and rejecting suggestions: the only place a suggestion becomes an annotation.

`accept` stores the spans of some groups as the analyst's annotations (each keeping its
`origin`), links each claim to its speaker (attributed_to) and cue (cued_by), and groups a
new speaker mention under the known speaker the name matching proposes; all in one
transaction, returning what undo needs. `reject` remembers groups as rejected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.speakers.grouping import propose_entities
from annotator.store import suggestion_rejections
from annotator.store.annotations import Removed
from annotator.store.records import ATTRIBUTION, CUE_LINK
from annotator.suggestions.project_suggestions import labels_by_kind
from annotator.suggestions.records import Group, Ref, Suggested

if TYPE_CHECKING:
    from annotator.store.project import Project

Bounds = dict[tuple[str, int, int], tuple[int, int]]


@dataclass(frozen=True)
class Accepted:
    """The annotations one accept created (claims first), for undo."""

    document_id: int
    annotation_ids: tuple[int, ...]
    link_ids: tuple[int, ...]


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
    with project.atomic():
        for group in groups:
            for span in group.spans():
                if span.key not in made and span.kind in labels:
                    made[span.key] = _store(project, document_id, span, labels, analyst, bounds)
            claim = made.get(group.claim.key) if group.claim else None
            if claim is None:
                continue
            for ref, kind in ((group.speaker, ATTRIBUTION), (group.cue, CUE_LINK)):
                target = _target(ref, made)
                if target is not None and project.links.find(claim, target, kind) is None:
                    links.append(project.links.add(claim, target, analyst, kind).id)
    ordered = [i for key, i in made.items() if key[0] == "claim"]
    ordered += [i for key, i in made.items() if key[0] != "claim"]
    return Accepted(document_id, tuple(ordered), tuple(links))


def _store(
    project: Project,
    document_id: int,
    span: Suggested,
    labels: dict[str, str],
    analyst: str,
    bounds: Bounds,
) -> int:
    start, end = bounds.get(span.key, (span.start, span.end))
    edited = (start, end) != (span.start, span.end)
    entity_id = None
    if span.kind == "speaker":
        text = project.documents.text(document_id)[start:end]
        proposals = propose_entities(project, text)
        entity_id = proposals[0].id if proposals else None
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


def _target(ref: Ref | None, made: dict[tuple[str, int, int], int]) -> int | None:
    if ref is None:
        return None
    if isinstance(ref, int):
        return ref
    return made.get(ref.key)


def undo_accept(project: Project, accepted: Accepted) -> list[Removed]:
    """Delete what an accept created (its links go with it); the result redoes it."""
    removed: list[Removed] = []
    with project.atomic():
        for ann_id in accepted.annotation_ids:
            removed.append(project.annotations.delete(ann_id))
    return removed


def redo_accept(project: Project, removed: list[Removed]) -> None:
    """Put back exactly what `undo_accept` deleted (same ids, UUIDs and links)."""
    with project.atomic():
        for item in reversed(removed):
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
