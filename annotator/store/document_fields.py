"""Document-level fields: questions asked once per document and analyst ("check-worthy?").

Their definitions are part of the label schema (same types as annotation attributes: a
choice list or free text); their answers are rows of (document, analyst, field, value), so
each analyst's answer survives a merge beside the others' and agreement can compare them.
An empty answer is no row at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.label_schema import validate_document_fields
from annotator.store.project import Change, new_uuid, now
from annotator.store.records import AttributeField, dumps

if TYPE_CHECKING:
    from annotator.store.project import Project


@dataclass(frozen=True)
class FieldValue:
    document_id: int
    analyst: str
    field: str
    value: str
    uuid: str = ""
    updated_at: str = ""


class DocumentFields:
    def __init__(self, project: Project) -> None:
        self.project = project
        self._defs: list[AttributeField] | None = None

    # -- definitions (part of the label schema) -------------------------------------------

    def definitions(self) -> list[AttributeField]:
        if self._defs is None:
            rows = self.project._db.execute(
                "SELECT name, type, choices FROM document_field_defs ORDER BY position, name"
            )
            self._defs = [AttributeField(n, t, tuple(json.loads(c))) for n, t, c in rows]
        return list(self._defs)

    def forget_cached(self) -> None:
        self._defs = None

    def set_definitions(self, fields: list[AttributeField]) -> None:
        """Replace the definitions; answers already given are kept (a field that comes
        back finds them again, and exports still show them)."""
        fields = validate_document_fields(fields)
        with self.project.atomic():
            self.project._db.execute("DELETE FROM document_field_defs")
            self.project._db.conn.executemany(
                "INSERT INTO document_field_defs(name, type, choices, position)"
                " VALUES (?, ?, ?, ?)",
                [(f.name, f.type, dumps(list(f.choices)), i) for i, f in enumerate(fields)],
            )
            self.forget_cached()
            self.project.changed(Change("labels", "update"))

    def names(self) -> list[str]:
        """Defined fields in order, then any other field that has answers (from a merge of
        a file with another schema), so no answer is left out of an export."""
        names = [f.name for f in self.definitions()]
        extra = self.project._db.execute("SELECT DISTINCT field FROM document_fields ORDER BY 1")
        return names + [r[0] for r in extra if r[0] not in names]

    # -- answers ------------------------------------------------------------------------------

    def get(self, doc_id: int, analyst: str) -> dict[str, str]:
        rows = self.project._db.execute(
            "SELECT field, value FROM document_fields WHERE document_id = ? AND analyst = ?",
            [doc_id, analyst],
        )
        return dict(rows)

    def for_document(self, doc_id: int) -> list[FieldValue]:
        rows = self.project._db.execute(
            "SELECT document_id, analyst, field, value, uuid, updated_at FROM document_fields"
            " WHERE document_id = ? ORDER BY analyst, field",
            [doc_id],
        )
        return [FieldValue(*r) for r in rows]

    def disagreeing_documents(self) -> set[int]:
        """Documents on which two analysts gave different answers to one field (what a
        review looks at first)."""
        rows = self.project._db.execute(
            "SELECT document_id FROM document_fields GROUP BY document_id, field"
            " HAVING count(DISTINCT value) > 1"
        )
        return {r[0] for r in rows}

    def documents_answering(self, field: str, value: str) -> set[int]:
        """Documents on which some analyst answered `field` with `value`."""
        rows = self.project._db.execute(
            "SELECT DISTINCT document_id FROM document_fields WHERE field = ? AND value = ?",
            [field, value],
        )
        return {r[0] for r in rows}

    def all(self) -> list[FieldValue]:
        rows = self.project._db.execute(
            "SELECT document_id, analyst, field, value, uuid, updated_at FROM document_fields"
            " ORDER BY document_id, analyst, field"
        )
        return [FieldValue(*r) for r in rows]

    def set(self, doc_id: int, analyst: str, field: str, value: str) -> str:
        """Answer `field` for `doc_id` as `analyst` ("" clears it), in one transaction;
        returns the previous answer ("" for none), which undo puts back."""
        definition = next((f for f in self.definitions() if f.name == field), None)
        if definition is None:
            raise InputError(f"document field {field!r} is not in the label schema")
        if value and definition.type == "choice" and value not in definition.choices:
            raise InputError(
                f"{value!r} is not a choice of document field {field!r} "
                f"({', '.join(definition.choices)})"
            )
        return self.put(doc_id, analyst, field, value)

    def put(
        self, doc_id: int, analyst: str, field: str, value: str, *, uuid: str = "", at: str = ""
    ) -> str:
        """Store an answer without checking it against the schema (a merge keeps answers
        to fields the target's schema does not have)."""
        with self.project.atomic():
            analyst = self.project.ensure_analyst(analyst)
            old = self.get(doc_id, analyst).get(field, "")
            if value:
                self.project._db.execute(
                    "INSERT INTO document_fields(uuid, document_id, analyst, field, value,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(document_id, analyst,"
                    " field) DO UPDATE SET value = excluded.value,"
                    " updated_at = excluded.updated_at",
                    [uuid or new_uuid(), doc_id, analyst, field, value, at or now()],
                )
            else:
                self.project._db.execute(
                    "DELETE FROM document_fields WHERE document_id = ? AND analyst = ?"
                    " AND field = ?",
                    [doc_id, analyst, field],
                )
            if old != value:
                self.project.changed(Change("document_fields", "update", (doc_id,), doc_id))
        return old
