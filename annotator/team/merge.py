"""Bringing analysts' project files together: documents by text, everything else by UUID.

The source is read and validated whole first (`merge_source`); then the whole merge is one
transaction on the target. A bad source is refused with one sentence naming it and the
first problem, and the target is left as it was. Rows the target already has (same UUID,
or for documents the same text) are skipped, so merging a file twice changes nothing; each
row keeps the analyst who made it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import AnnotatorError, ProjectError
from annotator.store.annotations import NewAnnotation
from annotator.store.file.storage import storage_error
from annotator.team.corpus_merge import merge_corpus
from annotator.team.merge_source import BadSource, SourceDocument, SourceRows, read_source
from annotator.wording import count, tr

if TYPE_CHECKING:
    from annotator.store.project import Project
    from annotator.store.records import Annotation


@dataclass
class MergeReport:
    """What one merge added, and what it skipped because the target already had it."""

    source: Path
    documents_added: int = 0
    documents_skipped: int = 0
    entities_added: int = 0
    entities_skipped: int = 0
    annotations_added: int = 0
    annotations_skipped: int = 0
    links_added: int = 0
    links_skipped: int = 0
    answers_added: int = 0  # document-level answers
    answers_skipped: int = 0

    @property
    def added(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name.endswith("_added"))

    def summary(self) -> str:
        parts = []
        for kind, noun in _NOUNS.items():
            added, skipped = getattr(self, kind + "_added"), getattr(self, kind + "_skipped")
            parts.append(
                tr(
                    "{added} added ({skipped} already there)",
                    added=count(added, noun),
                    skipped=skipped,
                )
            )
        if self.answers_added or self.answers_skipped:
            parts.append(
                tr(
                    "{added} added ({skipped} already there)",
                    added=count(self.answers_added, "document answer"),
                    skipped=self.answers_skipped,
                )
            )
        return f"{self.source}: " + tr(", ").join(parts)


_NOUNS = {
    "documents": "document",
    "entities": "speaker",
    "annotations": "annotation",
    "links": "link",
}


def merge_into(target: Project, source_path: str | Path) -> MergeReport:
    """Merge the project file at `source_path` into `target` in one transaction.

    Re-merging the same file adds nothing. Raises ProjectError (target unchanged) for a
    source that is not a sound project of this version or holds any invalid row.
    """
    path = Path(source_path)
    if (
        target.file is not None
        and target.file.exists()
        and path.exists()
        and path.samefile(target.file)
    ):
        raise ProjectError("cannot be merged into itself", path)
    labels = {lab.name: lab.kind for lab in target.labels.all()}
    try:
        source = read_source(path, labels)
    except BadSource as exc:
        raise ProjectError(f"cannot be merged: {exc}", path) from None
    report = MergeReport(path)
    try:
        with target.atomic(bulk=True):  # a bad row undoes the whole merge of this source
            _write(target, source, report)
    except (BadSource, AnnotatorError) as exc:
        if isinstance(exc, AnnotatorError) and exc.path is not None and exc.path == target.path:
            raise  # the target cannot be written (full disk, lock): not the source's fault
        raise ProjectError(f"cannot be merged: {exc}", path) from None
    except sqlite3.Error as exc:
        found = storage_error(exc, target.path) if target.path is not None else None
        if found is not None:
            raise found from None
        problem = f"cannot be merged: the project could not be written ({exc})"
        raise ProjectError(problem, path) from None
    return report


# --- writing into the target ---------------------------------------------------------------


def _write(target: Project, source: SourceRows, report: MergeReport) -> None:
    doc_map: dict[int, int] = {}
    new_docs: list[SourceDocument] = []
    for doc in source.documents.values():
        existing = target.documents.by_hash(doc.sha256)
        if existing is not None:
            doc_map[doc.id] = existing.id
            report.documents_skipped += 1
            continue
        if target.documents.by_uuid(doc.uuid) is not None:
            raise BadSource(
                f"document {doc.id} has the UUID of a different document in the project"
            )
        added = target.documents.add(
            doc.text, doc.title, doc.source, uuid=doc.uuid, created_at=doc.created_at
        )
        doc_map[doc.id] = added.id
        new_docs.append(doc)
        report.documents_added += 1

    entity_map: dict[int, int] = {}
    for ent in source.entities.values():
        found = target.entities.by_uuid(ent.uuid)
        if found is None:
            found = target.entities.add(
                ent.name,
                ent.type,
                ent.role,
                uuid=ent.uuid,
                created_at=ent.created_at,
                updated_at=ent.updated_at,
            )
            report.entities_added += 1
        else:
            report.entities_skipped += 1
        entity_map[ent.id] = found.id

    ann_map: dict[int, int] = {}
    # The target's annotations with the source's UUIDs, looked up a chunk at a time; then
    # each run of one document's annotations goes in with `add_many`, in the source's order.
    known = target.annotations.ids_by_uuid(a.uuid for a in source.annotations.values())
    run: list[Annotation] = []
    for ann in source.annotations.values():
        doc_id = doc_map[ann.document_id]
        there = known.get(ann.uuid)
        if there is not None:
            if there[1] != doc_id:
                raise BadSource(
                    f"annotation {ann.id} has the UUID of an annotation in another document"
                )
            ann_map[ann.id] = there[0]
            report.annotations_skipped += 1
            continue
        if run and run[0].document_id != ann.document_id:
            _add_run(target, run, doc_map, entity_map, ann_map, report)
        run.append(ann)
    _add_run(target, run, doc_map, entity_map, ann_map, report)

    for link in source.links:
        source_id, target_id = ann_map[link.source_id], ann_map[link.target_id]
        if target.links.all("uuid = ?", [link.uuid]) or target.links.find(
            source_id, target_id, link.type
        ):
            report.links_skipped += 1
            continue
        target.links.add(
            source_id,
            target_id,
            link.analyst,
            link.type,
            uuid=link.uuid,
            created_at=link.created_at or None,
        )
        report.links_added += 1

    if source.corpus is not None:
        merge_corpus(target, source.corpus, doc_map, {d.id for d in new_docs}, report)

    for doc in new_docs:  # keep the source's progress for documents it brought
        new_id = doc_map[doc.id]
        if doc.status != "new" and target.documents.status_of(new_id) != doc.status:
            target.documents.set_status(new_id, doc.status)


def _add_run(
    target: Project,
    run: list[Annotation],
    doc_map: dict[int, int],
    entity_map: dict[int, int],
    ann_map: dict[int, int],
    report: MergeReport,
) -> None:
    """Add one document's new annotations (and empty `run`)."""
    if not run:
        return
    items = [
        NewAnnotation(
            ann.label,
            ann.start,
            ann.end,
            ann.analyst,
            text=ann.text,
            note=ann.note,
            attributes=ann.attributes,
            entity_id=None if ann.entity_id is None else entity_map[ann.entity_id],
            uuid=ann.uuid,
            review_status=ann.review_status,
            reviewer=ann.reviewer,
            reviewed_at=ann.reviewed_at,
            created_at=ann.created_at or None,
            updated_at=ann.updated_at or None,
            origin=ann.origin,
        )
        for ann in run
    ]
    ids = target.annotations.add_many(doc_map[run[0].document_id], items)
    ann_map.update(zip((ann.id for ann in run), ids, strict=True))
    report.annotations_added += len(ids)
    run.clear()
