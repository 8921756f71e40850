"""Suggestions as doccano relation-form JSONL: one line per document.

Entities are the suggested spans (labels claim, speaker, cue, with the pattern that found
them, and for a speaker the known speaker it would be grouped with, `speaker_entity`);
an annotation already in the project that a suggestion links to (an earlier
speaker) is listed too, marked `"existing": true` with its annotation id. Relations are
`attributed_to` (claim → speaker) and `cued_by` (claim → cue).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from annotator.store.records import ATTRIBUTION, CUE_LINK, Annotation, Document, Entity
from annotator.suggestions.records import Group, Ref, Suggested


def document_line(
    doc: Document,
    text: str,
    groups: Sequence[Group],
    annotations: dict[int, Annotation],
    propose: Callable[[str], Entity | None] | None = None,
) -> dict[str, Any]:
    """`propose` names the known speaker a suggested speaker would be grouped with (the
    project's name matching), given as `speaker_entity` {"uuid", "name"}."""
    entities: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    ids: dict[object, int] = {}

    def entity(ref: Ref) -> int:
        key: object = ref.key if isinstance(ref, Suggested) else ("annotation", ref)
        found = ids.get(key)
        if found is not None:
            return found
        found = ids[key] = len(entities) + 1
        if isinstance(ref, Suggested):
            entities.append(
                {
                    "id": found,
                    "label": ref.kind,
                    "start_offset": ref.start,
                    "end_offset": ref.end,
                    "text": text[ref.start : ref.end],
                    "pattern": ref.pattern,
                }
            )
            if ref.kind == "speaker" and propose is not None:
                entity = propose(text[ref.start : ref.end])
                if entity is not None:
                    entities[-1]["speaker_entity"] = {"uuid": entity.uuid, "name": entity.name}
        else:
            ann = annotations[ref]
            entities.append(
                {
                    "id": found,
                    "label": ann.label,
                    "start_offset": ann.start,
                    "end_offset": ann.end,
                    "text": ann.text,
                    "existing": True,
                    "annotation_id": ann.id,
                }
            )
        return found

    for group in groups:
        for span in group.own:
            entity(span)
        if group.claim is None:
            continue
        claim = entity(group.claim)
        for ref, kind in ((group.speaker, ATTRIBUTION), (group.cue, CUE_LINK)):
            if ref is not None and (not isinstance(ref, int) or ref in annotations):
                relations.append(
                    {"id": len(relations) + 1, "from_id": claim, "to_id": entity(ref), "type": kind}
                )
    return {
        "text": text,
        "meta": {"document_id": doc.id, "document_uuid": doc.uuid, "title": doc.title},
        "entities": entities,
        "relations": relations,
    }
