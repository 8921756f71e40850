"""Merging the corpus rows: metadata, source rows and document-level answers.

Metadata names a document lacks are added (what the target has is kept); a document the
source brings keeps its source row; each analyst's answer is added unless the target has
that analyst's answer to that field already, so merging a file twice adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from annotator.team.corpus_source import CorpusRows

if TYPE_CHECKING:
    from annotator.store.project import Project


class _Counts(Protocol):
    answers_added: int
    answers_skipped: int


def merge_corpus(
    target: Project, rows: CorpusRows, doc_map: dict[int, int], new: set[int], report: _Counts
) -> None:
    """Write inside the merge's transaction; `doc_map` maps source to target documents,
    `new` holds the source ids of documents this merge added."""
    for doc_id, pairs in rows.metadata.items():
        target.metadata.add(doc_map[doc_id], pairs)
    for doc_id, source_row in rows.source_rows.items():
        if doc_id in new:
            target.metadata.set_source_row(doc_map[doc_id], source_row)
    for doc_id, analyst, field, value, uuid, at in rows.answers:
        mapped = doc_map[doc_id]
        if (
            field in target.document_fields.get(mapped, analyst)
            or target._db.execute("SELECT 1 FROM document_fields WHERE uuid = ?", [uuid]).fetchone()
        ):
            report.answers_skipped += 1
            continue
        target.document_fields.put(mapped, analyst, field, value, uuid=uuid, at=at)
        report.answers_added += 1
