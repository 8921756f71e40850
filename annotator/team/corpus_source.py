"""The corpus rows of a merge source (schema 2): metadata, source rows, document answers.

Checked like every other row of a source (types, documents that exist, one answer per
document, analyst and field) before anything is written; the first problem is `BadSource`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CorpusRows:
    metadata: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # doc -> pairs
    source_rows: dict[int, int] = field(default_factory=dict)
    answers: list[tuple[int, str, str, str, str, str]] = field(default_factory=list)
    # (document id, analyst, field, value, uuid, updated_at)


def corpus_rows(rows: Mapping[str, list[tuple[Any, ...]]], documents: set[int]) -> CorpusRows:
    from annotator.team.merge_source import BadSource

    def text(value: Any, what: str, *, empty: bool = True) -> str:
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise BadSource(f"{what} is not text" if empty else f"{what} is empty or not text")
        return value

    def document(value: Any, what: str) -> int:
        if type(value) is not int or value not in documents:
            raise BadSource(f"{what} belongs to document {value!r}, which is not in the file")
        return value

    out = CorpusRows()
    for row_id, doc, name, value, _position in rows["document_metadata"]:
        what = f"metadata row {row_id!r}"
        pair = (text(name, what + " name", empty=False), text(value, what + " value"))
        out.metadata.setdefault(document(doc, what), []).append(pair)
    for doc_id, source_row in rows["document_sources"]:
        if source_row is not None:
            if type(source_row) is not int:
                raise BadSource(f"document {doc_id!r} source row is not a whole number")
            out.source_rows[doc_id] = source_row
    seen: set[str] = set()
    for row_id, uuid, doc, analyst, name, value, at in rows["document_fields"]:
        what = f"document answer {row_id!r}"
        uuid = text(uuid, what + " UUID", empty=False)
        if uuid in seen:
            raise BadSource(f"{what} repeats UUID {uuid}")
        seen.add(uuid)
        out.answers.append(
            (
                document(doc, what),
                text(analyst, what + " analyst", empty=False),
                text(name, what + " field", empty=False),
                text(value, what + " value", empty=False),
                uuid,
                text(at, what + " time"),
            )
        )
    return out
