"""The project's search index: every document's folded text in an SQLite FTS5 table.

Project search must not fold and scan ten million characters for each query. The index
holds each document's folded text (`annotator.text.arabic.fold`) under the document's id,
tokenised into trigrams, so `LIKE '%word%'` finds the documents that contain a folded word
(of three or more characters) without reading the others; the matching itself, and the way
back to code-point offsets, is then done on those documents alone (`annotator.search`).

It is written in the same transaction as the document (`Documents.add`, `Documents.delete`),
so imports and merges keep it in step. The index only narrows the search: a document it
does not list (a project made where SQLite has no FTS5, a row written by other means) is
still searched, the slow way, and a row left for a deleted document finds nothing.
FTS5 tables cannot be touched by triggers while `trusted_schema` is off (as we run), which
is why this is done here and not in SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from heapq import merge
from typing import TYPE_CHECKING

from annotator.text.arabic import fold

if TYPE_CHECKING:
    import sqlite_utils

    from annotator.store.file.connection import Database
    from annotator.store.project import Project

TABLE = "search_text"
# Exactly as stored in sqlite_master: a merge source may hold this virtual table, no other.
CREATE_SQL = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(folded, tokenize='trigram', detail=none)"
MIN_LITERAL = 3  # trigrams: shorter strings cannot be looked up in the index
_BATCH = 200  # documents read per query when texts are fetched


def fts5_available(db: Database | sqlite_utils.Database) -> bool:
    """True when this SQLite can make FTS5 tables (nearly every build; not all)."""
    try:
        db.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x, tokenize='trigram')")
    except sqlite3.Error:
        return False
    db.execute("DROP TABLE temp.fts5_probe")
    return True


def create(db: Database | sqlite_utils.Database) -> None:
    """Make the index and fill it from the documents already there (a migration step)."""
    if not fts5_available(db):
        return
    db.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(folded, tokenize='trigram', detail=none)")
    rows = db.execute("SELECT id, text FROM documents")
    db.conn.executemany(
        f"INSERT INTO {TABLE}(rowid, folded) VALUES (?, ?)",
        ((doc_id, fold(text)) for doc_id, text in rows.fetchall()),
    )


def exists(db: Database | sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone() is not None


def add(project: Project, doc_id: int, text: str) -> None:
    """Index a new document (inside the transaction that stores it)."""
    if project.documents.has_search_index():
        project._db.execute(
            f"INSERT OR REPLACE INTO {TABLE}(rowid, folded) VALUES (?, ?)", [doc_id, fold(text)]
        )


def remove(project: Project, doc_id: int) -> None:
    """Drop a deleted document from the index (inside the transaction that deletes it)."""
    if exists(project._db):
        project._db.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", [doc_id])


def indexed_ids(project: Project) -> list[int]:
    """The documents the index lists, in id order (tests check it is in step)."""
    if not exists(project._db):
        return []
    return [r[0] for r in project._db.execute(f"SELECT rowid FROM {TABLE} ORDER BY rowid")]


def documents_to_search(project: Project, literals: Iterable[str]) -> Iterator[int]:
    """The ids, in order, of the documents that may hold a hit: those whose folded text
    contains every literal the index can look up, and any the index does not list."""
    usable = sorted({w for w in literals if len(w) >= MIN_LITERAL}, key=len, reverse=True)
    db = project._db
    if not usable or not exists(db):
        yield from (r[0] for r in db.conn.execute("SELECT id FROM documents ORDER BY id"))
        return
    where = " AND ".join(["folded LIKE ? ESCAPE '\\'"] * len(usable))
    found = db.conn.execute(
        f"SELECT rowid FROM {TABLE} WHERE {where} ORDER BY rowid",
        [f"%{_escape_like(w)}%" for w in usable],
    )
    missing = db.conn.execute(
        f"SELECT id FROM documents WHERE id NOT IN (SELECT rowid FROM {TABLE}) ORDER BY id"
    ).fetchall()
    yield from merge((r[0] for r in found), (r[0] for r in missing))


def documents(project: Project, doc_ids: Iterable[int]) -> Iterator[tuple[int, str, str]]:
    """(id, title, text) of each document in `doc_ids` that exists, in the order given,
    read a batch at a time and kept in no cache (a search may pass over every text)."""
    batch: list[int] = []
    for doc_id in doc_ids:
        batch.append(doc_id)
        if len(batch) >= _BATCH:
            yield from _read(project, batch)
            batch = []
    if batch:
        yield from _read(project, batch)


def _read(project: Project, ids: list[int]) -> Iterator[tuple[int, str, str]]:
    marks = ", ".join("?" * len(ids))
    rows = project._db.execute(
        f"SELECT id, title, text FROM documents WHERE id IN ({marks})", ids
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    for doc_id in ids:
        if doc_id in by_id:
            yield by_id[doc_id]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
