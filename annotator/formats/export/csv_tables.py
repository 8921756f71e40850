"""CSV exports for Excel, R and pandas: one row per annotation, or one row per claim.

RFC 4180 quoting and CRLF row ends come from the `csv` module; the caller's stream adds the
UTF-8 BOM Excel needs to show Arabic. Cells that a spreadsheet would run as a formula are
neutralised with a leading apostrophe (OWASP "CSV injection") unless the guard is off.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from annotator.formats.csv_guard import guard
from annotator.formats.export.document_columns import DocumentColumns
from annotator.formats.export.exporting import (
    Bundle,
    Reviewed,
    attribute_names,
    bundles,
    entity_map,
    speaker_name,
)
from annotator.store.records import Annotation, Document, Entity

if TYPE_CHECKING:
    from annotator.store.project import Project

JOIN = " | "

ANNOTATION_COLUMNS = (
    "document",
    "document_id",
    "document_uuid",
    "annotation_id",
    "annotation_uuid",
    "label",
    "start",
    "end",
    "text",
    "entity",
    "entity_uuid",
    "speaker",
    "speaker_text",
    "speaker_entity",
    "speaker_type",
    "speaker_role",
    "analyst",
    "review_status",
    "reviewer",
    "note",
    "origin",
    "created_at",
    "updated_at",
)

CLAIM_COLUMNS = (
    "document",
    "document_id",
    "document_uuid",
    "claim_id",
    "claim_uuid",
    "label",
    "start",
    "end",
    "claim",
    "speaker",
    "speaker_text",
    "speaker_entity",
    "speaker_type",
    "speaker_role",
    "sentence",
    "analyst",
    "review_status",
    "reviewer",
    "note",
    "origin",
    "created_at",
)

# A sentence ends after . ! ? ؟ ۔ or … followed by white space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?؟۔…]+(?=\s|$)|[\n\r\u2028\u2029]")


def sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def sentence_around(text: str, start: int, end: int, ends: list[int] | None = None) -> str:
    """The sentence(s) holding text[start:end], trimmed; `ends` from `sentence_ends`."""
    ends = sentence_ends(text) if ends is None else ends
    i = bisect.bisect_right(ends, start) - 1
    lo = ends[i] if i >= 0 else 0
    j = bisect.bisect_left(ends, end)
    hi = ends[j] if j < len(ends) else len(text)
    return text[lo:hi].strip()


def _speaker_cells(mentions: Sequence[Annotation], entities: dict[int, Entity]) -> list[str]:
    """speaker, speaker_text, speaker_entity, speaker_type, speaker_role (joined with |)."""
    found = [entities.get(m.entity_id) if m.entity_id is not None else None for m in mentions]
    return [
        JOIN.join(speaker_name(m, entities) for m in mentions),
        JOIN.join(m.text for m in mentions),
        JOIN.join(e.uuid if e else "" for e in found),
        JOIN.join(e.type if e else "" for e in found),
        JOIN.join(e.role if e else "" for e in found),
    ]


def _row(
    doc: Document,
    ann: Annotation,
    middle: Sequence[Any],
    after: Sequence[Any],
    attrs: Sequence[str],
) -> list[Any]:
    """The cells both CSVs share, in column order, around the ones only one of them has:
    document and span, `middle`, who and when, `after`, then the attr_ columns."""
    return [
        doc.title,
        doc.id,
        doc.uuid,
        ann.id,
        ann.uuid,
        ann.label,
        ann.start,
        ann.end,
        ann.text,
        *middle,
        ann.analyst,
        ann.review_status,
        ann.reviewer,
        ann.note,
        ann.origin,
        ann.created_at,
        *after,
        *(ann.attributes.get(a, "") for a in attrs),
    ]


class _Writer:
    def __init__(self, out: TextIO, header: Sequence[str], guarded: bool) -> None:
        self.csv = csv.writer(out, lineterminator="\r\n")
        self.guarded = guarded
        self.rows = 0
        self.csv.writerow(header)

    def row(self, cells: Sequence[Any]) -> None:
        self.csv.writerow([guard(c) for c in cells] if self.guarded else cells)
        self.rows += 1


def write_annotations_csv(
    project: Project, out: TextIO, *, reviewed: Reviewed = "all", guard: bool = True
) -> int:
    """One row per annotation; claims carry their linked speakers. Returns the row count."""
    attrs = attribute_names(project)
    columns = DocumentColumns(project)
    header = (*ANNOTATION_COLUMNS, *(f"attr_{a}" for a in attrs), *columns.header)
    writer = _Writer(out, header, guard)
    entities = entity_map(project)
    for bundle in bundles(project, reviewed):
        doc = bundle.document
        for ann in bundle.annotations:
            own = entities.get(ann.entity_id) if ann.entity_id is not None else None
            middle = [
                own.name if own else "",
                own.uuid if own else "",
                *_speaker_cells(bundle.speakers(ann.id), entities),
            ]
            cells = _row(doc, ann, middle, [ann.updated_at], attrs)
            writer.row([*cells, *columns.cells(doc.id, ann.analyst)])
    return writer.rows


def write_claims_csv(
    project: Project, out: TextIO, *, reviewed: Reviewed = "all", guard: bool = True
) -> int:
    """One row per claim with its speaker(s), attributes and the sentence around it."""
    claim_labels = project.labels.names_of_kind("claim")
    attrs = attribute_names(project, {"claim"})
    columns = DocumentColumns(project)
    header = (*CLAIM_COLUMNS, *(f"attr_{a}" for a in attrs), *columns.header)
    writer = _Writer(out, header, guard)
    entities = entity_map(project)
    for bundle in bundles(project, reviewed):
        _claim_rows(writer, bundle, claim_labels, entities, attrs, columns)
    return writer.rows


def _claim_rows(
    writer: _Writer,
    bundle: Bundle,
    claim_labels: set[str],
    entities: dict[int, Entity],
    attrs: list[str],
    columns: DocumentColumns,
) -> None:
    doc = bundle.document
    ends: list[int] | None = None
    for ann in bundle.annotations:
        if ann.label not in claim_labels:
            continue
        ends = sentence_ends(doc.text) if ends is None else ends
        middle = [
            *_speaker_cells(bundle.speakers(ann.id), entities),
            sentence_around(doc.text, ann.start, ann.end, ends),
        ]
        writer.row([*_row(doc, ann, middle, [], attrs), *columns.cells(doc.id, ann.analyst)])
