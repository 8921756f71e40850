"""doccano JSONL export (relation form), the lossless format.

doccano reads the `text`, `entities` and `relations` it knows and ignores the rest; this
tool's importer also reads the extra keys (uuids, analyst, note, attributes, review status,
speaker entity, `meta`), so export -> import into a fresh project gives back every span,
link, speaker grouping and identity exactly.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from annotator.formats.export.exporting import Bundle, Reviewed, bundles, entity_map
from annotator.store.records import Annotation, Entity

if TYPE_CHECKING:
    from annotator.store.project import Project

# Characters json.dumps leaves raw that str.splitlines() (and some JSONL readers) treat as
# line breaks; escaping them keeps one document per physical line.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _entity_item(ann: Annotation, entities: dict[int, Entity]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": ann.id,
        "label": ann.label,
        "start_offset": ann.start,
        "end_offset": ann.end,
        "uuid": ann.uuid,
        "analyst": ann.analyst,
        "note": ann.note,
        "attributes": ann.attributes,
        "review_status": ann.review_status,
        "reviewer": ann.reviewer,
        "reviewed_at": ann.reviewed_at,
        "created_at": ann.created_at,
        "updated_at": ann.updated_at,
        "origin": ann.origin,
    }
    ent = entities.get(ann.entity_id) if ann.entity_id is not None else None
    if ent is not None:
        item["speaker_entity"] = {
            "uuid": ent.uuid,
            "name": ent.name,
            "type": ent.type,
            "role": ent.role,
        }
    return item


def document_line(
    bundle: Bundle, entities: dict[int, Entity], project: Project | None = None
) -> dict[str, Any]:
    doc = bundle.document
    line: dict[str, Any] = {
        "id": doc.id,
        "text": doc.text,
        "entities": [_entity_item(a, entities) for a in bundle.annotations],
        "relations": [
            {
                "id": k.id,
                "from_id": k.source_id,
                "to_id": k.target_id,
                "type": k.type,
                "uuid": k.uuid,
                "analyst": k.analyst,
                "created_at": k.created_at,
            }
            for k in bundle.links
        ],
        "meta": {
            "uuid": doc.uuid,
            "title": doc.title,
            "source": doc.source,
            "status": doc.status,
            "created_at": doc.created_at,
        },
    }
    if project is not None:
        _corpus_meta(line["meta"], project, doc.id)
    return line


def _corpus_meta(meta: dict[str, Any], project: Project, doc_id: int) -> None:
    """Where the document came from, its metadata and document-level answers (per analyst),
    which the importer reads back."""
    row = project.metadata.source_row(doc_id)
    if row is not None:
        meta["source_row"] = row
    metadata = project.metadata.get(doc_id)
    if metadata:
        meta["metadata"] = metadata
    answers: dict[str, dict[str, str]] = {}
    for v in project.document_fields.for_document(doc_id):
        answers.setdefault(v.analyst, {})[v.field] = v.value
    if answers:
        meta["document_fields"] = answers


def dump_line(value: dict[str, Any]) -> str:
    """One JSON line, Arabic kept readable, with no character a reader could split on."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text + "\n"


def write_jsonl(project: Project, out: TextIO, *, reviewed: Reviewed = "all") -> int:
    """One line per document; returns the number of lines written."""
    entities = entity_map(project)
    lines = 0
    for bundle in bundles(project, reviewed):
        out.write(dump_line(document_line(bundle, entities, project)))
        lines += 1
    return lines
