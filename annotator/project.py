"""The project file: one SQLite database per project, opened safely and written atomically.

`Project` owns the connection and hands out one repository per kind of row
(`project.documents`, `.annotations`, `.links`, `.entities`, `.labels`). Every user action
is one call on a repository, which runs in one transaction (`project.atomic()`) and then
tells listeners what changed, so a window refreshes from the report instead of re-reading.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from .errors import InputError, ProjectError
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """UTC timestamp with seconds, sortable as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


@dataclass(frozen=True)
class Change:
    """What one action changed: `table` is 'documents', 'annotations', 'links', 'entities'
    or 'labels'; `op` is 'add', 'update' or 'delete'."""

    table: str
    op: str
    ids: tuple[int, ...] = ()
    document_id: int | None = None


@dataclass
class _Batch:
    changes: list[Change] = field(default_factory=list)


def remove_project_file(path: Path, keep_placeholder: bool = False) -> None:
    """Delete a project file and its `-wal`/`-shm` companions (a project that should not
    have been left behind); with `keep_placeholder` the file stays, empty, as it was."""
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if keep_placeholder:
        path.write_bytes(b"")
    else:
        path.unlink(missing_ok=True)


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only and leaves its folder as it was.

    Without a `-wal` file beside it (no writer has it open) the file is also opened
    `immutable`, so SQLite creates no `-wal`/`-shm` files next to someone else's file.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return uri


def inspect_file(path: Path, *, full: bool = False) -> int:
    """Check that `path` is a project this version can open, without writing to it.

    Returns the file's schema version. Opens read-only so a foreign or damaged file is left
    exactly as it was. `full` runs `integrity_check` instead of the faster `quick_check`
    (for files from elsewhere, such as a merge source).
    """
    if not path.is_file():
        raise ProjectError("is not a file", path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise ProjectError(f"cannot be read ({exc.strerror})", path) from None
    if header != SQLITE_HEADER:
        raise ProjectError("is not an annotator project (it is not a SQLite database)", path)
    uri = read_only_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot be opened ({exc})", path) from None
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectError("is a SQLite database but not an annotator project", path)
        if version > SCHEMA_VERSION:
            raise ProjectError(
                f"was written by a newer annotator (schema {version}; this version reads up "
                f"to {SCHEMA_VERSION}); update annotator to open it",
                path,
            )
        pragma = "integrity_check" if full else "quick_check"
        check = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        if check != "ok":
            raise ProjectError(f"is damaged ({' '.join(str(check).split())})", path)
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"is damaged or not a project ({exc})", path) from None
    finally:
        conn.close()
    return version


class Project:
    """An open project file. Use `Project.open` or `Project.create`, or `Project.memory()`."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        from .annotations import Annotations
        from .documents import Documents
        from .entities import Entities
        from .labels import Labels
        from .links import Links

        self.db = db
        self.path = path
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._batch: _Batch | None = None
        self.documents = Documents(self)
        self.annotations = Annotations(self)
        self.links = Links(self)
        self.entities = Entities(self)
        self.labels = Labels(self)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> Project:
        """Open a project; with `create`, make a new one when `path` does not exist."""
        path = Path(path)
        if not path.exists() or (create and path.is_file() and path.stat().st_size == 0):
            if not create:
                raise ProjectError("does not exist", path)
            return cls.create(path)
        version = inspect_file(path)
        try:
            db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
            project = cls(db, path)
            project._configure()
            if version < SCHEMA_VERSION:
                project._migrate()
        except sqlite3.Error as exc:
            raise ProjectError(f"cannot be opened for writing ({exc})", path) from None
        return project

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project file; nothing is left behind if that fails."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise ProjectError("already exists", path)
        if not path.parent.exists():
            raise ProjectError(f"cannot be created: folder {path.parent} does not exist", path)
        try:
            db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
            project = cls(db, path)
            project._configure()
            project._migrate()
        except sqlite3.Error as exc:
            remove_project_file(path)
            raise ProjectError(f"cannot be created ({exc})", path) from None
        return project

    @classmethod
    def memory(cls) -> Project:
        """An in-memory project, for tests and scratch work."""
        db = sqlite_utils.Database(sqlite3.connect(":memory:", isolation_level=None))
        project = cls(db, None)
        project._configure()
        project._migrate()
        return project

    def _configure(self) -> None:
        conn = self.db.conn
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA busy_timeout=5000")
        if self.path is not None:
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit the user was told about survives a power cut, not just a crash.
            conn.execute("PRAGMA synchronous=FULL")

    def _migrate(self) -> None:
        with self.db.atomic():
            self.db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        migrations.apply(self.db)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and change reports ------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; listeners hear about all its changes once it has committed."""
        outer = self._batch is None
        if outer:
            self._batch = _Batch()
        try:
            with self.db.atomic():
                yield
        except BaseException:
            if outer:
                self._batch = None
                # Nothing rolled back may linger in a cache: a document text, a schema.
                self.documents.forget_cached()
                self.labels.forget_cached()
            raise
        if outer:
            batch, self._batch = self._batch, None
            if batch and batch.changes:
                for listener in list(self._listeners):
                    listener(batch.changes)

    def ensure_free(self, table: str, row_id: int | None, uuid: str | None) -> None:
        """Refuse to put a row back (undo, redo) where another row now holds its id or
        UUID, with a sentence instead of a database error; nothing is written. A new row
        (no id given) is not checked: importers and merges look its UUID up themselves."""
        if row_id is None:
            return
        noun = {"annotations": "annotation", "links": "link", "entities": "speaker"}[table]
        for column, value in (("id", row_id), ("uuid", uuid)):
            if (
                value is not None
                and self.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [value]).fetchone()
            ):
                raise InputError(f"cannot put this {noun} back: another {noun} has its {column}")

    @property
    def in_transaction(self) -> bool:
        """True inside `atomic()`: what is written now is not reported (nor final) yet."""
        return self._batch is not None

    def changed(self, change: Change) -> None:
        """Record a change inside the current transaction (repositories call this)."""
        assert self._batch is not None, "changes are recorded inside project.atomic()"
        self._batch.changes.append(change)

    def subscribe(self, listener: Callable[[list[Change]], None], *, first: bool = False) -> None:
        """Hear of each committed transaction's changes. `first` puts a cache before the
        other listeners, so one that queries it while hearing a change gets the new state."""
        if first:
            self._listeners.insert(0, listener)
        else:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[list[Change]], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- analysts ------------------------------------------------------------------------

    def ensure_analyst(self, name: str) -> str:
        """Register an analyst by name (inside the caller's transaction) and return the name."""
        name = name.strip()
        if not name:
            raise ProjectError("an analyst needs a name")
        self.db.execute(
            "INSERT OR IGNORE INTO analysts(name, uuid, created_at) VALUES (?, ?, ?)",
            [name, new_uuid(), now()],
        )
        return name

    def analysts(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM analysts ORDER BY name")]
