"""What a JSONL line's "meta" brings besides the document: its metadata, the row it came
from, and the analysts' document-level answers (this tool's export writes all three)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.formats.importing.doccano import Line

if TYPE_CHECKING:
    from annotator.store.project import Project


def keep_line_meta(project: Project, doc_id: int, line: Line) -> None:
    """Store them for the new document, inside the import's transaction."""
    if line.metadata:
        project.metadata.add(doc_id, line.metadata)
    if line.source_row is not None:
        project.metadata.set_source_row(doc_id, line.source_row)
    for analyst, answers in line.answers.items():
        for name, value in answers.items():
            project.document_fields.put(doc_id, analyst, name, value)
