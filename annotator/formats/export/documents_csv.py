"""The documents CSV (`--format documents-csv`): one row per document, for a spreadsheet of
the corpus: what the document is and where it came from, its metadata and document-level
answers, how many annotations of each label it has, its status and who worked on it."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

from annotator.formats.csv_guard import guard
from annotator.formats.export.document_columns import JOIN, DocumentColumns
from annotator.formats.export.exporting import Reviewed, bundles

if TYPE_CHECKING:
    from annotator.store.project import Project

DOCUMENT_COLUMNS = (
    "document",
    "document_id",
    "document_uuid",
    "source",
    "source_row",
    "status",
    "created_at",
    "analysts",
    "annotations",
    "text",
)


def write_documents_csv(
    project: Project, out: TextIO, *, reviewed: Reviewed = "all", guard_cells: bool = True
) -> int:
    """One row per document; returns the number of rows."""
    labels = [lab.name for lab in project.labels.all()]
    columns = DocumentColumns(project)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*DOCUMENT_COLUMNS, *(f"count_{n}" for n in labels), *columns.header])
    rows = 0
    for bundle in bundles(project, reviewed):
        doc = bundle.document
        per_label = {n: 0 for n in labels}
        for ann in bundle.annotations:
            per_label[ann.label] = per_label.get(ann.label, 0) + 1
        analysts = sorted({a.analyst for a in bundle.annotations} | set(columns.analysts(doc.id)))
        source_row = project.metadata.source_row(doc.id)
        cells = [
            doc.title,
            doc.id,
            doc.uuid,
            doc.source,
            "" if source_row is None else source_row,
            doc.status,
            doc.created_at,
            JOIN.join(analysts),
            len(bundle.annotations),
            doc.text,
            *(per_label[n] for n in labels),
            *columns.cells(doc.id),
        ]
        writer.writerow([guard(c) for c in cells] if guard_cells else cells)
        rows += 1
    return rows
