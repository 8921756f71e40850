"""Finding documents by a few words: title, metadata and text, Arabic-normalised.

The same folding as the speaker proposals (`text.arabic.fold`: diacritics and tatweel
ignored, alef, ة/ه and ى/ي forms unified, Latin case ignored), so "الاقتصاد" finds
"الإقتصاد" and "اقتصادُ". Each document's folded text is built once and kept (texts never
change; metadata is re-read when a document is reported updated), so filtering 10,000
posts is a substring test per document, not a database query per keystroke.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.store.querying import select_in
from annotator.text.arabic import fold

if TYPE_CHECKING:
    from annotator.store.project import Change, Project


class DocumentSearch:
    def __init__(self, project: Project) -> None:
        self.project = project
        self._folded: dict[int, str] = {}

    def _build(self, doc_ids: list[int] | None = None) -> None:
        meta = self.project.metadata.for_documents(doc_ids)
        rows = select_in(
            self.project._db, "SELECT id, title, text FROM documents WHERE {ids}", "id", doc_ids
        )
        for doc_id, title, text in rows:
            values = " ".join(meta.get(doc_id, {}).values())
            self._folded[doc_id] = fold(f"{title}\n{values}\n{text}")

    def matching(self, query: str) -> set[int]:
        """Ids of the documents holding every word of `query` (all documents for "")."""
        if not self._folded:
            self._build()
        words = fold(query).split()
        if not words:
            return set(self._folded)
        return {i for i, hay in self._folded.items() if all(w in hay for w in words)}

    def follow(self, changes: list[Change]) -> None:
        """Keep up with added, updated and deleted documents (call with change reports)."""
        if not self._folded:
            return
        ids = [i for c in changes if c.table == "documents" for i in c.ids]
        if ids:
            for i in ids:
                self._folded.pop(i, None)
            self._build(ids)


def annotated_ids(project: Project) -> set[int]:
    """Documents with at least one annotation (the rest are "no annotations yet")."""
    return {r[0] for r in project._db.execute("SELECT DISTINCT document_id FROM annotations")}


def with_status(project: Project, status: str) -> set[int]:
    """Documents whose status is `status` (new, in_progress, done)."""
    rows = project._db.execute("SELECT id FROM documents WHERE status = ?", [status])
    return {r[0] for r in rows}
