"""Mark all: every listed hit annotated with one label, as one action that undo reverses.

Hits that already carry an annotation of that label at exactly their range are skipped, so
marking twice changes nothing. For a speaker label the new mentions are grouped into one
speaker entity, an existing one or one made for them, in the same transaction. `Marked`
records ids and UUIDs, so undo removes exactly these rows and redo puts the same rows back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.errors import InvalidSpanError
from annotator.store.annotations import Removed
from annotator.store.records import Annotation, Entity

if TYPE_CHECKING:
    from annotator.store.project import Project

Span = tuple[int, int, int]  # document id, start, end


@dataclass(frozen=True)
class Marked:
    """What one Mark all added: the annotations, the entity it made (if any), and how many
    hits were skipped as already marked."""

    added: tuple[Annotation, ...]
    created: Entity | None = None
    skipped: int = 0


def mark_hits(
    project: Project,
    spans: Iterable[Span],
    label: str,
    analyst: str,
    *,
    entity_id: int | None = None,
    new_entity: str | None = None,
) -> Marked:
    """Annotate every span with `label` in one transaction. For a speaker label, the new
    mentions join `entity_id`, or a new entity named `new_entity` when that is given."""
    found = project.labels.get(label)
    if found is None:
        raise InvalidSpanError(f"label {label!r} is not in the project's schema")
    grouped = project.labels.kind_of(label) == "speaker"
    if entity_id is not None and grouped:
        project.entities.get(entity_id)
    added: list[Annotation] = []
    skipped = 0
    created: Entity | None = None
    with project.atomic():
        if grouped and entity_id is None and new_entity:
            created = project.entities.add(new_entity)
            entity_id = created.id
        marked = _marked(project, label)
        for doc_id, start, end in dict.fromkeys(spans):  # each span once, in order
            if (doc_id, start, end) in marked:
                skipped += 1
                continue
            added.append(
                project.annotations.add(
                    doc_id, label, start, end, analyst, entity_id=entity_id if grouped else None
                )
            )
    return Marked(tuple(added), created, skipped)


def to_mark(project: Project, spans: Iterable[Span], label: str) -> list[Span]:
    """The spans `mark_hits` would annotate: each once, without those already marked with
    `label` (so the window asks which speaker only when something will be marked)."""
    marked = _marked(project, label)
    return [span for span in dict.fromkeys(spans) if span not in marked]


def _marked(project: Project, label: str) -> set[Span]:
    rows = project.annotations.iter_all("label = ?", [label])
    return {(a.document_id, a.start, a.end) for a in rows}


def places(project: Project, spans: Iterable[Span]) -> dict[Span, frozenset[str]]:
    """For each span, the label kinds of the annotations that contain it ("claim",
    "speaker", ...); an empty set means the span is not marked at all (nothing overlaps)."""
    kinds = {lab.name: lab.kind for lab in project.labels.all()}
    by_doc: dict[int, list[Annotation]] = {}
    out: dict[Span, frozenset[str]] = {}
    for span in spans:
        doc_id, start, end = span
        if doc_id not in by_doc:
            by_doc[doc_id] = project.annotations.for_document(doc_id)
        inside = {
            kinds.get(a.label, "other") for a in by_doc[doc_id] if a.start <= start and end <= a.end
        }
        overlaps = inside or any(a.start < end and start < a.end for a in by_doc[doc_id])
        out[span] = frozenset(inside) if overlaps else frozenset()
    return out


def unmark(project: Project, marked: Marked) -> None:
    """Undo a Mark all: its annotations (and the entity it made) go, in one transaction."""
    with project.atomic():
        for ann in marked.added:
            project.annotations.delete(ann.id)
        if marked.created is not None:
            project.entities.delete(marked.created.id)


def remark(project: Project, marked: Marked) -> None:
    """Redo a Mark all after its undo: the same rows, ids and UUIDs come back."""
    with project.atomic():
        if marked.created is not None:
            project.entities.restore(marked.created)
        for ann in marked.added:
            project.annotations.restore(Removed(ann, ()))
