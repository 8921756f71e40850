"""The per-document columns every CSV export shares: metadata and document fields.

`meta_<name>` holds a document's metadata (a table's other columns, a page's URL), in the
order of the files' columns; `doc_<field>` holds a document-level answer. In a row about
one analyst's annotation the answer is that analyst's; in a row about the whole document
(documents CSV) it is the answer when every analyst who gave one agrees, else each
analyst's, as `huda: yes | omar: no`. Read one document at a time, as exports are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.store.project import Project

JOIN = " | "


class DocumentColumns:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.meta_names = project.metadata.names()
        self.fields = project.document_fields.names()
        self._doc: int | None = None
        self._meta: dict[str, str] = {}
        self._answers: dict[str, dict[str, str]] = {}  # analyst -> field -> value

    @property
    def header(self) -> list[str]:
        return [f"meta_{n}" for n in self.meta_names] + [f"doc_{f}" for f in self.fields]

    def _load(self, doc_id: int) -> None:
        if doc_id == self._doc:
            return
        self._doc = doc_id
        self._meta = self.project.metadata.get(doc_id)
        self._answers = {}
        for v in self.project.document_fields.for_document(doc_id):
            self._answers.setdefault(v.analyst, {})[v.field] = v.value

    def cells(self, doc_id: int, analyst: str | None = None) -> list[str]:
        """Metadata then answers: `analyst`'s, or everyone's when None."""
        self._load(doc_id)
        meta = [self._meta.get(n, "") for n in self.meta_names]
        if analyst is not None:
            own = self._answers.get(analyst, {})
            return meta + [own.get(f, "") for f in self.fields]
        return meta + [self.merged(f) for f in self.fields]

    def merged(self, field: str) -> str:
        given = {a: ans[field] for a, ans in sorted(self._answers.items()) if field in ans}
        if len(set(given.values())) <= 1:
            return next(iter(given.values()), "")
        return JOIN.join(f"{a}: {v}" for a, v in given.items())

    def analysts(self, doc_id: int) -> list[str]:
        self._load(doc_id)
        return sorted(self._answers)
