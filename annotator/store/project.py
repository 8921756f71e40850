"""The project file: one SQLite database per project, opened safely and written atomically.

`Project` owns the connection and hands out one repository per kind of row
(`project.documents`, `.annotations`, `.links`, `.entities`, `.labels`). Every user action
is one call on a repository, which runs in one transaction (`project.atomic()`) and then
tells listeners what changed, so a window refreshes from the report instead of re-reading.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from annotator.errors import InputError, ProjectError
from annotator.store.file import storage
from annotator.store.file.connection import Database
from annotator.store.file.file_marks import APPLICATION_ID, SCHEMA_VERSION
from annotator.store.file.storage import LockWait

if TYPE_CHECKING:
    from annotator.store.annotations import Annotations
    from annotator.store.document_fields import DocumentFields
    from annotator.store.documents import Documents
    from annotator.store.entities import Entities
    from annotator.store.labels import Labels
    from annotator.store.links import Links
    from annotator.store.metadata import DocumentMetadata

R = TypeVar("R")
DEFAULT_WAIT = LockWait()
CLOSE_CHECKPOINT_TRIES = 10

SQLITE_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """UTC timestamp with seconds, sortable as text."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def new_uuid() -> str:
    """A random (version 4) UUID as text, as str(uuid.uuid4()) gives it, made without the
    UUID object: an import of 100,000 annotations makes as many."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class Change:
    """What one action changed: `table` is 'documents', 'annotations', 'links', 'entities',
    'labels', 'document_fields' (an answer; a change of their definitions is reported as
    'labels', as the schema they belong to) or 'suggestion_rejections' (ids: the document);
    `op` is 'add', 'update' or 'delete'."""

    table: str
    op: str
    ids: tuple[int, ...] = ()
    document_id: int | None = None


def _identity(path: Path | None) -> tuple[int, int] | None:
    """Which file `path` names now (device, inode); None when nothing is there."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass
class _Batch:
    changes: list[Change] = field(default_factory=list)


def check_project(
    conn: sqlite3.Connection, path: Path, *, full: bool = False, pages: bool = True
) -> int:
    """Check that the open file is a project this version can open; returns its schema
    version. `full` runs `integrity_check` instead of the faster `quick_check` (for files
    from elsewhere, such as a merge source); `pages=False` leaves both out (a file this
    program checked and closed, unchanged since). Runs in one read transaction."""
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("BEGIN")
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
        if pages:
            pragma = "integrity_check" if full else "quick_check"
            check = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
            if check != "ok":
                raise ProjectError(f"is damaged ({' '.join(str(check).split())})", path)
    except sqlite3.Error as exc:
        found = storage.storage_error(exc, path, "opened")
        raise found or ProjectError(f"is damaged or not a project ({exc})", path) from None
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    return version


def open_checked(
    path: Path, *, write: bool, full: bool = False, pages: bool = True
) -> tuple[sqlite3.Connection, str | None, int]:
    """A connection to the project at `path` (see `storage.connect`) after checking that it
    is one this version can open: the connection, why it is read-only, its schema version."""
    if not path.is_file():
        raise ProjectError("does not exist" if not path.exists() else "is not a file", path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise ProjectError(f"cannot be read ({exc.strerror})", path) from None
    if header != SQLITE_HEADER:
        raise ProjectError("is not an annotator project (it is not a SQLite database)", path)
    conn, reason = storage.connect(path, write=write)
    try:
        version = check_project(conn, path, full=full, pages=pages)
    except BaseException:
        conn.close()
        raise
    return conn, reason, version


class Project:
    """An open project file. Use `Project.open` or `Project.create`, or `Project.memory()`."""

    def __init__(
        self,
        db: Database,
        path: Path | None,
        *,
        read_only: str | None = None,
        wait: LockWait = DEFAULT_WAIT,
        file: Path | None = None,
    ) -> None:
        self._db = db
        self.path = path  # the project's name, as messages give it
        self.file = file or path  # the file on disk (a temporary name while being created)
        self.read_only = read_only  # why this project cannot be changed here (None: it can)
        self.wait = wait
        self.unsaved_in_wal = False  # committed work not yet copied into the main file
        self._identity = _identity(self.file)
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._batch: _Batch | None = None
        self._flat = False  # inside atomic(bulk=True): nested blocks make no savepoints
        self._analysts: set[str] = set()  # names known to be registered (see ensure_analyst)

    # -- the repositories, each made (and its module imported) when first used: a command
    # that lists documents never loads the code for links or document fields ------------

    @cached_property
    def documents(self) -> Documents:
        from annotator.store.documents import Documents

        return Documents(self)

    @cached_property
    def annotations(self) -> Annotations:
        from annotator.store.annotations import Annotations

        return Annotations(self)

    @cached_property
    def links(self) -> Links:
        from annotator.store.links import Links

        return Links(self)

    @cached_property
    def entities(self) -> Entities:
        from annotator.store.entities import Entities

        return Entities(self)

    @cached_property
    def labels(self) -> Labels:
        from annotator.store.labels import Labels

        return Labels(self)

    @cached_property
    def metadata(self) -> DocumentMetadata:
        from annotator.store.metadata import DocumentMetadata

        return DocumentMetadata(self)

    @cached_property
    def document_fields(self) -> DocumentFields:
        from annotator.store.document_fields import DocumentFields

        return DocumentFields(self)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        read_only: bool | None = False,
        wait: LockWait = DEFAULT_WAIT,
        check_pages: bool = True,
    ) -> Project:
        """Open a project; with `create`, make a new one when `path` is free.

        `read_only`: True to only read (no side effects on the file; everything read comes
        from one snapshot, until `close`), None to open it read-only only when this process
        cannot write it (`project.read_only` says why). `check_pages=False` leaves out
        SQLite's check of every page, whose time grows with the file: only for a file this
        program checked and closed and that nothing changed since.
        """
        path = Path(path)
        if create and storage.is_free(path):
            return cls.create(path, wait=wait, exist_ok=True)
        if read_only is None:
            read_only = storage.read_only_reason(path) is not None
        conn, reason, version = open_checked(path, write=not read_only, pages=check_pages)
        try:
            project = cls(
                Database(conn),
                path,
                read_only=reason or ("opened read-only" if read_only else None),
                wait=wait,
            )
            project._configure()
            if version < SCHEMA_VERSION:
                if project.read_only:
                    raise ProjectError(
                        f"was written by an older annotator (schema {version}); open it once "
                        "where it can be changed to upgrade it",
                        path,
                    )
                project._migrate()
            if read_only:
                # One consistent state for a command that reads and exits, however long
                # it takes and whoever writes meanwhile (ends when the project is closed).
                conn.execute("BEGIN")
        except sqlite3.Error as exc:
            conn.close()
            found = storage.storage_error(exc, path, "opened")
            raise found or ProjectError(f"cannot be opened ({exc})", path) from None
        except BaseException:
            conn.close()
            raise
        return project

    @classmethod
    def create(
        cls, path: str | Path, *, wait: LockWait = DEFAULT_WAIT, exist_ok: bool = False
    ) -> Project:
        """Create a new, empty project file and open it.

        It is built under a temporary name and linked into place only while the name is
        free, so nothing half-made is ever seen and a project another program created
        meanwhile is never touched: `exist_ok` then opens that one, else it is refused.
        """
        path = Path(path)
        staged = cls.stage(path)
        file = staged.file
        assert file is not None
        try:
            staged.close()
            won = storage.publish(file, path)
        except OSError as exc:
            raise storage.os_error(exc, path, "created") from None
        finally:
            storage.remove_staged(file)
        if not won and not exist_ok:
            raise ProjectError("already exists", path)
        return cls.open(path, wait=wait)

    @classmethod
    def stage(cls, path: str | Path) -> Project:
        """A new project under a temporary name beside `path`, for `storage.publish`; the
        caller removes it (`storage.remove_staged`) whatever happens."""
        path = Path(path)
        if path.exists() and not storage.is_free(path):
            raise ProjectError("already exists", path)
        if not path.parent.is_dir():
            raise ProjectError(f"cannot be created: folder {path.parent} does not exist", path)
        reason = storage.read_only_reason(path)
        if reason:
            raise storage.ProjectReadOnlyError(f"cannot be created: {reason}", path)
        storage.refuse_stale_wal(path, "created")
        staged = storage.staging_path(path)
        try:
            db = Database(sqlite3.connect(str(staged), isolation_level=None))
            project = cls(db, path, file=staged)  # messages name the project, not `staged`
            project._configure()
            project._migrate()
        except sqlite3.Error as exc:
            storage.remove_staged(staged)
            found = storage.storage_error(exc, path, "created")
            raise found or ProjectError(f"cannot be created ({exc})", path) from None
        return project

    @classmethod
    def update_or_create(
        cls,
        path: str | Path,
        work: Callable[[Project], R],
        *,
        keep: Callable[[R], bool] = lambda _result: True,
        wait: LockWait = DEFAULT_WAIT,
    ) -> R:
        """Run `work` on the project at `path`, creating it when the name is free.

        A new project is filled under a temporary name and put in place only when
        `keep(result)` and the name is still free; if another program created the project
        meanwhile, `work` runs again on that one. So a failed first import leaves nothing
        behind, and nothing deletes a project another program made.
        """
        path = Path(path)
        if storage.is_free(path):
            staged = cls.stage(path)
            file = staged.file
            assert file is not None
            try:
                with staged:
                    result = work(staged)
                if not keep(result):
                    return result
                if storage.publish(file, path):
                    return result
            except OSError as exc:
                raise storage.os_error(exc, path, "created") from None
            finally:
                storage.remove_staged(file)
        with cls.open(path, wait=wait) as project:
            return work(project)

    @classmethod
    def memory(cls) -> Project:
        """An in-memory project, for tests and scratch work."""
        db = Database(sqlite3.connect(":memory:", isolation_level=None))
        project = cls(db, None)
        project._configure()
        project._migrate()
        return project

    def _configure(self) -> None:
        conn = self._db.conn
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA trusted_schema=OFF")
        storage.set_busy_timeout(conn, self.wait.seconds)
        if self.path is not None and not self.read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit the user was told about survives a power cut, not just a crash.
            conn.execute("PRAGMA synchronous=FULL")

    def _migrate(self) -> None:
        # sqlite-utils runs the migrations; imported only here, and without its plugin
        # scan, so that opening an up-to-date project never pays for it.
        import sqlite_utils

        from annotator.store.file.migrations import migrations

        with self._db.atomic():
            self._db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        migrations.apply(sqlite_utils.Database(self._db.conn, execute_plugins=False))
        self._forget_cached()  # what was known of the schema before
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def reader(self) -> Callable[[], Project] | None:
        """A way to open a second, read-only connection to this project's file, to be called
        on another thread (a connection belongs to the thread that made it), so a long read
        such as a project search never holds up the window. It skips the checks `open`
        makes (this project passed them) and reads one snapshot until it is closed.
        None for an in-memory project, which has no file to reopen."""
        file, name, wait = self.file, self.path, self.wait
        if file is None:
            return None

        def open_reader() -> Project:
            conn, _reason = storage.connect(file, write=False)
            try:
                project = Project(
                    Database(conn),
                    name,
                    read_only="opened read-only",
                    wait=wait,
                    file=file,
                )
                project._configure()
                conn.execute("BEGIN")  # one snapshot, as `open(read_only=True)` reads
            except sqlite3.Error as exc:
                conn.close()
                found = storage.storage_error(exc, name or file, "read")
                raise found or ProjectError(f"cannot be read ({exc})", name or file) from None
            return project

        return open_reader

    def close(self) -> None:
        """Close the file, first copying this run's work from the WAL into the main file."""
        for _attempt in range(CLOSE_CHECKPOINT_TRIES):
            if not self.unsaved_in_wal or self.checkpoint():
                break
            time.sleep(0.05)  # another program's reader is in the way for a moment
        self._db.conn.close()

    def checkpoint(self) -> bool:
        """Copy committed work from the `-wal` file into the main file, so that the main
        file alone holds everything (what users copy and mail). Never waits for anyone:
        True when done, False when a reader or a fault was in the way (try again later)."""
        if self.path is None or self.read_only:
            return True
        if self.in_transaction or self._db.conn.in_transaction:
            return False
        try:
            busy, log, copied = self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return False
        done = busy == 0 and log == copied
        if done:
            self.unsaved_in_wal = False
        return bool(done)

    def copy_to(self, dest: str | Path) -> None:
        """Write a consistent single-file copy of the project to `dest`, at any moment."""
        if self.path is None:
            raise ProjectError("an in-memory project cannot be copied")
        storage.backup_to(self._db.conn, self.file or self.path, Path(dest))

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and change reports ------------------------------------------------

    @contextmanager
    def atomic(self, *, bulk: bool = False) -> Iterator[None]:
        """One transaction; listeners hear about all its changes once it has committed.

        Inside a transaction, a savepoint: an error rolls back this block alone. With
        `bulk`, the `atomic()` blocks nested in this one make no savepoints of their own
        (two statements less for each row an import or a merge writes): an error anywhere
        inside rolls back the whole block, so code inside must not catch an error from a
        write and carry on.
        """
        outer = self._batch is None
        if not outer:
            if self._flat:  # inside a bulk block: it rolls back as a whole
                try:
                    yield
                except BaseException:
                    self._forget_cached()
                    raise
                return
            self._flat = bulk
            try:
                with self._db.atomic():  # a savepoint inside the open transaction
                    yield
            except BaseException:
                self._forget_cached()  # ids rolled back here may be given out again
                raise
            finally:
                self._flat = False
            return
        self._begin()
        self._batch = _Batch()
        self._flat = bulk
        try:
            yield
            self._db.conn.execute("COMMIT")
        except BaseException as exc:
            self._batch = None
            self._flat = False
            self._rollback()
            self._forget_cached()
            if isinstance(exc, sqlite3.Error) and self.path is not None:
                found = storage.storage_error(exc, self.path)
                if found is not None:
                    raise found from None
            raise
        self.unsaved_in_wal = self.path is not None
        self._flat = False
        batch, self._batch = self._batch, None
        if batch and batch.changes:
            for listener in list(self._listeners):
                listener(batch.changes)

    def _forget_cached(self) -> None:
        """Nothing rolled back may linger in a cache: a document text, a schema."""
        made = self.__dict__  # only the repositories already made can hold anything
        for name in ("documents", "labels", "document_fields"):
            if name in made:
                made[name].forget_cached()
        self._analysts.clear()

    def _begin(self) -> None:
        """Start a write transaction holding the write lock (BEGIN IMMEDIATE, so the wait
        for another writer happens here, where the busy timeout applies, and never as a
        failure halfway through); refuse writes to a read-only, moved or deleted project."""
        if self.path is None:
            self._db.conn.execute("BEGIN IMMEDIATE")
            return
        if self.read_only:
            raise storage.ProjectReadOnlyError(f"cannot be changed: {self.read_only}", self.path)
        if self.moved():
            raise ProjectError(
                "was moved, renamed or deleted while it was open; nothing more can be saved "
                "to it here (open it again where it is now)",
                self.path,
            )
        storage.begin_immediate(self._db.conn, self.path, self.wait)

    def moved(self) -> bool:
        """True when the file was moved, renamed, deleted or replaced since it was opened:
        writing on would go to a file the user no longer sees under this name."""
        return self.file is not None and _identity(self.file) != self._identity

    def _rollback(self) -> None:
        if self._db.conn.in_transaction:
            with suppress(sqlite3.Error):  # SQLite rolls back by itself when it closes
                self._db.conn.execute("ROLLBACK")

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
                and self._db.execute(
                    f"SELECT 1 FROM {table} WHERE {column} = ?", [value]
                ).fetchone()
            ):
                raise InputError(f"cannot put this {noun} back: another {noun} has its {column}")

    @property
    def in_transaction(self) -> bool:
        """True inside `atomic()`: what is written now is not reported (nor final) yet."""
        return self._batch is not None

    def changed(self, change: Change) -> None:
        """Record a change inside the current transaction (repositories call this); kept
        only while someone listens (a window), so that a command importing a million lines
        does not hold a report of each until its commit."""
        assert self._batch is not None, "changes are recorded inside project.atomic()"
        if self._listeners:
            self._batch.changes.append(change)

    def subscribe(self, listener: Callable[[list[Change]], None], *, first: bool = False) -> None:
        """Hear of each transaction committed from now on (one that is open already may
        have dropped its earlier changes). `first` puts a cache before the
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
        if name not in self._analysts:  # analysts are never removed; a rollback forgets
            self._db.execute(
                "INSERT OR IGNORE INTO analysts(name, uuid, created_at) VALUES (?, ?, ?)",
                [name, new_uuid(), now()],
            )
            self._analysts.add(name)
        return name

    def analysts(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT name FROM analysts ORDER BY name")]
