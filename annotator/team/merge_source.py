"""Reading an analyst's project file for a merge: opened safely, every row validated.

A source file is someone else's and may be damaged or hostile, so it is opened for reading
only (`query_only`; `storage.connect` says how, with SQLite's locks whenever another program
could be writing it) with `trusted_schema=OFF`, fully integrity-checked, refused if it holds
any trigger, view or virtual table or a generated column, and read only from its base tables
with explicit column lists. Every row is checked as an import is (types, enums, offsets
inside the text, `text == document.text[start:end]`, labels the target knows, links between
annotations that exist) before anything is written anywhere. The first problem raises `BadSource`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.formats.importing.doccano import TOO_DEEP
from annotator.store import search_index
from annotator.store.documents import text_hash
from annotator.store.file.migrations import SCHEMA_VERSION
from annotator.store.project import open_checked
from annotator.store.records import (
    ATTRIBUTION,
    DOCUMENT_STATUSES,
    ENTITY_TYPES,
    REVIEW_STATUSES,
    Annotation,
    Entity,
    Link,
)
from annotator.store.views import VIEWS, statement
from annotator.team.corpus_source import CorpusRows, corpus_rows
from annotator.text.decoding import text_problem

# The columns read from each table, in the order the readers below expect them: nothing else
# in a source file is ever looked at.
_TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("id", "uuid", "title", "source", "text", "status", "created_at", "sha256"),
    "entities": ("id", "uuid", "name", "type", "role", "created_at", "updated_at"),
    "annotations": (
        "id",
        "uuid",
        "document_id",
        "label",
        "start",
        "end",
        "text",
        "analyst",
        "entity_id",
        "note",
        "attributes",
        "review_status",
        "reviewer",
        "reviewed_at",
        "created_at",
        "updated_at",
        "origin",  # schema 4: accepted from a suggestion, or "" (by hand)
    ),
    "links": ("id", "uuid", "source_id", "target_id", "type", "analyst", "created_at"),
    # schema 2: the corpus (`corpus_source` checks these rows)
    "document_metadata": ("id", "document_id", "name", "value", "position"),
    "document_fields": ("id", "uuid", "document_id", "analyst", "field", "value", "updated_at"),
    "document_sources": ("id", "source_row"),
}
# Tables read under another name: the documents' source rows.
_FROM = {"document_sources": "documents"}


@dataclass(frozen=True)
class SourceDocument:
    id: int
    uuid: str
    title: str
    source: str
    text: str
    status: str
    created_at: str
    sha256: str


@dataclass
class SourceRows:
    documents: dict[int, SourceDocument]
    entities: dict[int, Entity]
    annotations: dict[int, Annotation]
    links: list[Link]
    corpus: CorpusRows | None = None


class BadSource(Exception):
    """The first problem found in a source; turned into a ProjectError naming the file."""


def read_source(path: Path, labels: Mapping[str, str]) -> SourceRows:
    """Read and check every row a merge would use; `labels` maps the target's label names
    to their kinds.

    Raises ProjectError for a file that is not a sound project (from `open_checked`) and
    BadSource for the first invalid row or structure. Never writes to the file.
    """
    # Header, application id, newer schema, damage; SQLite's locks guard every read, so
    # another program writing the file meanwhile is waited for, never seen half-done.
    conn, _read_only, version = open_checked(path, write=False, full=True)
    if version != SCHEMA_VERSION:
        conn.close()
        raise BadSource(
            f"it was written by an older annotator (schema {version}); open it once with this"
            " version to upgrade it, then merge it"
        )
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA cell_size_check=ON")
        _check_structure(conn)
        conn.execute("BEGIN")  # one consistent snapshot, even if someone writes meanwhile
        rows = {table: _select(conn, table) for table in _TABLES}
    except sqlite3.Error as exc:
        raise BadSource(f"it cannot be read ({exc})") from None
    finally:
        conn.close()
    documents = _documents(rows["documents"])
    entities = _entities(rows["entities"])
    annotations = _annotations(rows["annotations"], documents, entities, labels)
    links = _links(rows["links"], annotations, labels)
    corpus = corpus_rows(rows, set(documents))
    return SourceRows(documents, entities, annotations, links, corpus)


def _check_structure(conn: sqlite3.Connection) -> None:
    """Refuse anything that could run code or hide rows: triggers, views, virtual tables
    (but the search index's own, which SQLite's built-in FTS5 serves and the merge never
    reads), generated columns, and tables that are not ours."""
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    for kind, name, sql in objects:
        if kind == "view" and name in VIEWS and sql == statement(name):
            continue  # one of the documented views, word for word (it runs no code)
        if kind in ("trigger", "view"):
            raise BadSource(f"it contains a {kind} ({name!r}), which project files never have")
        if name == search_index.TABLE and sql == search_index.CREATE_SQL:
            continue  # the search index, built in, never read here
        if kind == "table" and str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            raise BadSource(
                f"it contains a virtual table ({name!r}), which project files never have"
            )
    tables = {name for kind, name, _sql in objects if kind == "table"}
    for name, wanted in _TABLES.items():
        table = _FROM.get(name, name)
        if table not in tables:
            raise BadSource(f"it has no {table} table")
        info = {r[1]: r[6] for r in conn.execute(f"PRAGMA table_xinfo({table})")}
        for column in wanted:
            if column not in info:
                raise BadSource(f"its {table} table has no {column} column")
            if info[column] != 0:
                raise BadSource(f"its {table} table has a generated or hidden {column} column")


def _select(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    columns = ", ".join(f'"{c}"' for c in _TABLES[table])
    return conn.execute(f"SELECT {columns} FROM {_FROM.get(table, table)} ORDER BY id").fetchall()


def _str(value: Any, what: str, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise BadSource(f"{what} is not text")
    if not empty and not value.strip():
        raise BadSource(f"{what} is empty")
    return value


def _int(value: Any, what: str) -> int:
    if type(value) is not int:
        raise BadSource(f"{what} is not a whole number")
    return value


def _identity(row: tuple[Any, ...], noun: str, seen: set[str]) -> tuple[str, int, str]:
    """How a row is named in messages, its id and its UUID (present, and not one that an
    earlier row of the table in `seen` has)."""
    what = f"{noun} {row[0]!r}"
    row_id = _int(row[0], what + " id")
    uuid = _str(row[1], what + " UUID", empty=False)
    if uuid in seen:
        raise BadSource(f"{what} repeats UUID {uuid}")
    seen.add(uuid)
    return what, row_id, uuid


def _documents(rows: list[tuple[Any, ...]]) -> dict[int, SourceDocument]:
    out: dict[int, SourceDocument] = {}
    uuids: set[str] = set()
    hashes: set[str] = set()
    for row in rows:
        what, doc_id, uuid = _identity(row, "document", uuids)
        title, source = _str(row[2], what + " title"), _str(row[3], what + " source")
        text = _str(row[4], what + " text")
        problem = text_problem(text)
        if problem:  # what an import refuses, a merge refuses: the export must re-import
            raise BadSource(f"{what} text {problem}")
        status = _str(row[5], what + " status")
        if status not in DOCUMENT_STATUSES:
            raise BadSource(f"{what} has unknown status {status!r}")
        created_at = _str(row[6], what + " created_at")
        digest = text_hash(text)  # recomputed: the stored hash is not trusted for matching
        if row[7] != digest:  # but a mismatch shows text damaged where no page check looks
            raise BadSource(f"{what} text does not match its recorded checksum (damaged or edited)")
        if digest in hashes:
            raise BadSource(f"{what} has the same text as another document in the file")
        hashes.add(digest)
        out[doc_id] = SourceDocument(doc_id, uuid, title, source, text, status, created_at, digest)
    return out


def _entities(rows: list[tuple[Any, ...]]) -> dict[int, Entity]:
    out: dict[int, Entity] = {}
    uuids: set[str] = set()
    for row in rows:
        what, ent_id, uuid = _identity(row, "speaker", uuids)
        name = _str(row[2], what + " name", empty=False)
        type_ = _str(row[3], what + " type")
        if type_ not in ENTITY_TYPES:
            raise BadSource(f"{what} has unknown type {type_!r}")
        role = _str(row[4], what + " role")
        created_at = _str(row[5], what + " created_at")
        updated_at = _str(row[6], what + " updated_at")
        out[ent_id] = Entity(ent_id, uuid, name, type_, role, created_at, updated_at)
    return out


def _attributes(raw: Any, what: str) -> dict[str, str]:
    try:
        value = json.loads(_str(raw, what + " attributes"))
    except ValueError:
        raise BadSource(f"{what} has attributes that are not JSON") from None
    except RecursionError:
        raise BadSource(f"{what} has attributes that {TOO_DEEP}") from None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise BadSource(f"{what} has attributes that are not names with text values")
    return value


def _annotations(
    rows: list[tuple[Any, ...]],
    documents: dict[int, SourceDocument],
    entities: dict[int, Entity],
    labels: Mapping[str, str],
) -> dict[int, Annotation]:
    out: dict[int, Annotation] = {}
    uuids: set[str] = set()
    for row in rows:
        what, ann_id, uuid = _identity(row, "annotation", uuids)
        doc = documents.get(_int(row[2], what + " document"))
        if doc is None:
            raise BadSource(f"{what} belongs to document {row[2]}, which is not in the file")
        label = _str(row[3], what + " label")
        if label not in labels:
            raise BadSource(f"{what} has label {label!r}, which the project's schema does not have")
        start, end = _int(row[4], what + " start"), _int(row[5], what + " end")
        if not 0 <= start < end <= len(doc.text):
            raise BadSource(
                f"{what} span {start}-{end} does not fit its document ({len(doc.text)})"
            )
        text = _str(row[6], what + " text")
        if text != doc.text[start:end]:
            raise BadSource(f"{what} text {text!r} does not match its document at {start}-{end}")
        analyst = _str(row[7], what + " analyst", empty=False)
        entity_id = row[8]
        if entity_id is not None and _int(entity_id, what + " speaker") not in entities:
            raise BadSource(f"{what} refers to speaker {entity_id}, which is not in the file")
        note = _str(row[9], what + " note")
        attributes = _attributes(row[10], what)
        status = _str(row[11], what + " review status")
        if status not in REVIEW_STATUSES:
            raise BadSource(f"{what} has unknown review status {status!r}")
        reviewer, reviewed_at, created_at, updated_at = (
            _str(v, what + " reviewer or time") for v in row[12:16]
        )
        origin = _str(row[16], what + " origin")
        out[ann_id] = Annotation(
            ann_id,
            uuid,
            doc.id,
            label,
            start,
            end,
            text,
            analyst,
            entity_id,
            note,
            attributes,
            status,
            reviewer,
            reviewed_at,
            created_at,
            updated_at,
            origin,
        )
    return out


def _links(
    rows: list[tuple[Any, ...]], annotations: dict[int, Annotation], labels: Mapping[str, str]
) -> list[Link]:
    out: list[Link] = []
    uuids: set[str] = set()
    for row in rows:
        what, link_id, uuid = _identity(row, "link", uuids)
        ends = []
        for value in row[2:4]:
            ann = annotations.get(_int(value, what + " end"))
            if ann is None:
                raise BadSource(f"{what} points to annotation {value}, which is not in the file")
            ends.append(ann)
        if ends[0].id == ends[1].id:
            raise BadSource(f"{what} links an annotation to itself")
        if ends[0].document_id != ends[1].document_id:
            raise BadSource(f"{what} joins annotations of two different documents")
        type_ = _str(row[4], what + " type", empty=False)
        if type_ == ATTRIBUTION:
            pair = (labels.get(ends[0].label), labels.get(ends[1].label))
            if pair != ("claim", "speaker"):  # the only kind an import accepts back
                raise BadSource(
                    f"{what} of type {ATTRIBUTION} must go from a claim to a speaker, not from "
                    f"{ends[0].label} to {ends[1].label}"
                )
        analyst = _str(row[5], what + " analyst", empty=False)
        created_at = _str(row[6], what + " created_at")
        out.append(Link(link_id, uuid, ends[0].id, ends[1].id, type_, analyst, created_at))
    return out
