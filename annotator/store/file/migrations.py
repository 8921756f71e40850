"""The project file's schema and its migrations.

The schema version lives in `PRAGMA user_version` and the file is marked as ours with
`PRAGMA application_id`, so a foreign SQLite file or one from a newer release is recognised
before anything is written to it. Each step is a named sqlite-utils migration.

Version 4 adds suggestions: an `origin` on each annotation (empty when marked by hand,
`suggested:<pattern>` or `suggested:project-match` when accepted from a suggestion, with
`:edited` when its boundaries were changed first) and the suggestions an analyst rejected
(`suggestion_rejections`), never suggested again in that document.

Version 2 adds the corpus: per-document metadata (a table's other columns, a page's URL),
where a document came from (`source_row`), document-level fields (their definitions are
part of the label schema, their values are per document and analyst), and the stable SQL
views that other tools read (`views.py`).
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from annotator.label_schema import DEFAULT_DOCUMENT_FIELDS, DEFAULT_LABELS
from annotator.store import search_index
from annotator.store.file.file_marks import APPLICATION_ID, SCHEMA_VERSION
from annotator.store.records import dumps
from annotator.store.views import create_views

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "migrations"]

migrations = Migrations("annotator")


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE analysts (
            name TEXT PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE labels (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            color TEXT NOT NULL,
            shortcut TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'new',
            created_at TEXT NOT NULL
        );
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'person',
            role TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            analyst TEXT NOT NULL REFERENCES analysts(name) ON UPDATE CASCADE,
            entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            attributes TEXT NOT NULL DEFAULT '{}',
            review_status TEXT NOT NULL DEFAULT 'pending',
            reviewer TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX idx_annotations_document ON annotations(document_id, start);
        CREATE INDEX idx_annotations_entity ON annotations(entity_id);
        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            analyst TEXT NOT NULL REFERENCES analysts(name) ON UPDATE CASCADE,
            created_at TEXT NOT NULL,
            UNIQUE (source_id, target_id, type)
        );
        CREATE INDEX idx_links_target ON links(target_id);
        """
    )
    db.table("labels").insert_all(
        {
            "name": lab.name,
            "kind": lab.kind,
            "color": lab.color,
            "shortcut": lab.shortcut,
            "fields": dumps(lab.to_json()["fields"]),
            "position": lab.position,
        }
        for lab in DEFAULT_LABELS
    )


@migrations(name="0002_corpus")
def _corpus(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        ALTER TABLE documents ADD COLUMN source_row INTEGER;
        CREATE TABLE document_metadata (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (document_id, name)
        );
        CREATE TABLE document_field_defs (
            name TEXT PRIMARY KEY,
            type TEXT NOT NULL DEFAULT 'choice',
            choices TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE document_fields (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            analyst TEXT NOT NULL REFERENCES analysts(name) ON UPDATE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (document_id, analyst, field)
        );
        CREATE INDEX idx_document_fields_field ON document_fields(field, document_id);
        """
    )
    db.table("document_field_defs").insert_all(
        {"name": f.name, "type": f.type, "choices": dumps(list(f.choices)), "position": i}
        for i, f in enumerate(DEFAULT_DOCUMENT_FIELDS)
    )
    create_views(db)


@migrations(name="0003_search_index")
def _search_index(db: sqlite_utils.Database) -> None:
    """Project search's index of folded texts (`search_index`), filled for the documents
    already there."""
    search_index.create(db)


@migrations(name="0004_suggestions")
def _suggestions(db: sqlite_utils.Database) -> None:
    """Where an annotation came from, and the suggestions rejected per document."""
    db.executescript(
        """
        ALTER TABLE annotations ADD COLUMN origin TEXT NOT NULL DEFAULT '';
        CREATE TABLE suggestion_rejections (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            pattern TEXT NOT NULL DEFAULT '',
            analyst TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (document_id, kind, start, "end")
        );
        """
    )
