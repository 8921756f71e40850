"""Stable SQL views: the project file as an analysis source for pandas, R and DuckDB.

The tables may change between versions; these views are the promise. Their names and
columns stay as documented in the README (new columns may be added at the end), so a
script that reads `v_annotations` keeps working after an upgrade. Column names follow the
CSV exports. They use only core SQL (no JSON functions), because the app opens projects with
`trusted_schema=OFF`, under which SQLite refuses JSON functions inside views; metadata is
therefore one row per document and name in `v_document_metadata`, ready to pivot.

A merge accepts a source's views only when each is one of these, word for word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

_CLAIM_SPEAKERS = """(SELECT group_concat(v, ' | ') FROM (
        SELECT {col} AS v FROM links k
        JOIN annotations s ON s.id = k.target_id
        LEFT JOIN entities se ON se.id = s.entity_id
        WHERE k.source_id = a.id AND k.type = 'attributed_to' ORDER BY k.id))"""

VIEWS: dict[str, str] = {
    "v_documents": """
    SELECT d.id AS document_id, d.uuid AS document_uuid, d.title AS document, d.source,
        d.source_row, d.status, d.created_at, d.sha256, length(d.text) AS length, d.text,
        (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotations,
        (SELECT group_concat(name, ' | ') FROM (SELECT DISTINCT analyst AS name
            FROM annotations a WHERE a.document_id = d.id ORDER BY analyst)) AS analysts
    FROM documents d""",
    "v_document_metadata": """
    SELECT d.id AS document_id, d.uuid AS document_uuid, d.title AS document,
        m.name, m.value, m.position
    FROM document_metadata m JOIN documents d ON d.id = m.document_id""",
    "v_annotations": """
    SELECT d.title AS document, d.id AS document_id, d.uuid AS document_uuid,
        a.id AS annotation_id, a.uuid AS annotation_uuid, a.label, l.kind, a.start, a."end",
        a.text, coalesce(e.name, '') AS entity, coalesce(e.uuid, '') AS entity_uuid,
        a.analyst, a.review_status, a.reviewer, a.note, a.created_at, a.updated_at,
        a.attributes
    FROM annotations a JOIN documents d ON d.id = a.document_id
    LEFT JOIN labels l ON l.name = a.label
    LEFT JOIN entities e ON e.id = a.entity_id""",
    "v_claims": f"""
    SELECT d.title AS document, d.id AS document_id, d.uuid AS document_uuid,
        a.id AS claim_id, a.uuid AS claim_uuid, a.label, a.start, a."end", a.text AS claim,
        coalesce({_CLAIM_SPEAKERS.format(col="coalesce(se.name, s.text)")}, '') AS speaker,
        coalesce({_CLAIM_SPEAKERS.format(col="s.text")}, '') AS speaker_text,
        coalesce({_CLAIM_SPEAKERS.format(col="coalesce(se.uuid, '')")}, '') AS speaker_entity,
        coalesce((SELECT group_concat(text, ' | ') FROM (SELECT c.text FROM links k
            JOIN annotations c ON c.id = k.target_id
            WHERE k.source_id = a.id AND k.type = 'cued_by' ORDER BY k.id)), '') AS cue,
        a.analyst, a.review_status, a.reviewer, a.note, a.created_at, a.attributes
    FROM annotations a JOIN documents d ON d.id = a.document_id
    JOIN labels l ON l.name = a.label AND l.kind = 'claim'""",
    "v_document_fields": """
    SELECT d.title AS document, d.id AS document_id, d.uuid AS document_uuid,
        f.analyst, f.field, f.value, f.updated_at, f.uuid
    FROM document_fields f JOIN documents d ON d.id = f.document_id""",
}


def statement(name: str) -> str:
    """The exact CREATE statement, as SQLite keeps it in `sqlite_master.sql`."""
    return f"CREATE VIEW {name} AS{VIEWS[name]}"


def create_views(db: sqlite_utils.Database) -> None:
    """(Re)create every view; a migration that changes one calls this again."""
    for name in VIEWS:
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(statement(name))
