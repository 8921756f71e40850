"""How a project file is reached on disk: connections, locks, faults, creation and copies.

Several programs may use one project at once (two terminals, the window and a script), and
the disk may be full, read-only or pulled away. This module holds the rules that keep each
of them safe, so `Project` can stay about rows:

- A project we can write is always opened read-write, so SQLite's locks and WAL index work
  even when we only read (a reader never sees half a transaction). Read-only commands add
  `query_only`. Only a file we cannot write is opened `mode=ro`, and `immutable` only when
  no `-wal` shows that a writer has it open, so nothing is created beside it.
- Writers take the write lock at `BEGIN IMMEDIATE` and wait for it (`LockWait`), telling the
  user after a second, then give up with one sentence naming the project.
- SQLite's fault codes become sentences (`storage_error`): a full disk, a read-only file or
  a lock are never reported as a damaged project or an internal error.
- A new project is built under a temporary name beside its final one and linked into place
  only while the name is still free (`publish`), so two programs creating the same project
  never overwrite each other, and nothing ever deletes a file another program made.
- `backup_to` writes a consistent single-file copy through SQLite's online backup API.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import ProjectError

WAIT_NOTICE_SECONDS = 1.0  # tell the user they are waiting after this long
FULL_DISK_BYTES = 1 << 20  # an I/O error with less free space than this is a full disk
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN = 5, 6, 8, 10, 13, 14


class ProjectBusyError(ProjectError):
    """Another program held the project's write lock for longer than we wait."""


class ProjectReadOnlyError(ProjectError):
    """The project cannot be written here (read-only file, folder or disk)."""


@dataclass(frozen=True)
class LockWait:
    """How long a writer waits for another program's write to finish, and whom it tells
    (once, after `WAIT_NOTICE_SECONDS`). The command line waits long; the window waits a
    moment and asks the user to try again, so it never freezes."""

    seconds: float = 5.0
    notice: Callable[[Path], None] | None = None


def primary_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_storage_error(exc: sqlite3.Error) -> bool:
    """A fault of the disk, the file or another program, never of the data being written."""
    return primary_code(exc) in (_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN)


def disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent if not path.is_dir() else path).free < FULL_DISK_BYTES
    except OSError:
        return False


def storage_error(exc: sqlite3.Error, path: Path, doing: str = "saved") -> ProjectError | None:
    """The sentence for a fault of the disk, the file or another program; None for others.

    `doing` is what could not be done ("saved", "opened", "created", "written").
    """
    code = primary_code(exc)
    if code == _FULL or (code == _IOERR and disk_is_full(path)):
        return ProjectError(f"cannot be {doing}: no space left on the disk holding it", path)
    if code in (_BUSY, _LOCKED):
        return ProjectBusyError(
            "another program is writing it; try again when it has finished", path
        )
    if code == _READONLY:
        return ProjectReadOnlyError(f"cannot be changed: {_why_read_only(path)}", path)
    if code == _IOERR:
        return ProjectError(f"cannot be {doing} (the disk reported an error: {exc})", path)
    if code == _CANTOPEN:
        return ProjectError(f"cannot be {doing} (it or its folder cannot be opened)", path)
    return None


def os_error(exc: OSError, path: Path, doing: str = "saved") -> ProjectError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ProjectError(f"cannot be {doing}: no space left on the disk holding it", path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ProjectReadOnlyError(f"cannot be {doing}: {_why_read_only(path)}", path)
    return ProjectError(f"cannot be {doing} ({(exc.strerror or str(exc)).lower()})", path)


def _why_read_only(path: Path) -> str:
    return read_only_reason(path) or "it is read-only here"


def read_only_reason(path: Path) -> str | None:
    """Why this process cannot write the project (None: it can).

    SQLite needs to write the file and to create its `-wal`/`-shm` files in the folder.
    `os.access` answers for the real user and knows read-only mounts.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        ro_fs = _read_only_filesystem(folder)
        return "the disk holding it is read-only" if ro_fs else "its folder is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


def _read_only_filesystem(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def connect(path: Path, *, write: bool) -> tuple[sqlite3.Connection, str | None]:
    """A connection to an existing project file, and why it is read-only (None: writable).

    Raises ProjectReadOnlyError when `write` is asked of a file this process cannot write.
    """
    reason = read_only_reason(path)
    if write and reason:
        raise ProjectReadOnlyError(f"cannot be changed: {reason}", path)
    uri = path.resolve().as_uri()
    if reason is None:
        uri += "?mode=rw"  # never create a file that vanished since it was looked at
    else:
        uri += "?mode=ro"
        if not Path(f"{path}-wal").exists():
            # No writer has it open; SQLite could not create its -shm here anyway.
            uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise storage_error(exc, path, "opened") or ProjectError(
            f"cannot be opened ({exc})", path
        ) from None
    if not write:
        conn.execute("PRAGMA query_only=ON")
    return conn, reason


def set_busy_timeout(conn: sqlite3.Connection, seconds: float) -> None:
    conn.execute(f"PRAGMA busy_timeout={max(0, int(seconds * 1000))}")


def begin_immediate(conn: sqlite3.Connection, path: Path, wait: LockWait) -> None:
    """Take the write lock, waiting for another program's write to finish (telling the user
    after a second), or raise ProjectBusyError naming the project."""
    first = min(WAIT_NOTICE_SECONDS, wait.seconds)
    try:
        set_busy_timeout(conn, first)
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if primary_code(exc) not in (_BUSY, _LOCKED) or wait.seconds <= first:
                raise
        if wait.notice is not None:
            wait.notice(path)
        set_busy_timeout(conn, wait.seconds - first)
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or ProjectError(f"cannot be saved ({exc})", path) from None
    finally:
        set_busy_timeout(conn, wait.seconds)


# -- creating a project atomically ------------------------------------------------------------


def is_free(path: Path) -> bool:
    """No project has this name yet (nothing there, or an empty placeholder file)."""
    try:
        return path.stat().st_size == 0 and path.is_file()
    except FileNotFoundError:
        return True


def refuse_stale_wal(path: Path, doing: str) -> None:
    """SQLite would replay a `-wal` file it finds beside a new file as if it were that
    file's own, so a left-over one (from a project of that name that was deleted, or one
    that is open) must not meet the new file. It is not ours to delete."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ProjectError(
            f"cannot be {doing}: {wal.name} beside it belongs to another project of that "
            "name (perhaps still open); close it or remove that file, or choose another name",
            path,
        )


def staging_path(path: Path) -> Path:
    """A hidden temporary name in the project's own folder (same disk, so it can be linked)."""
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.creating")


def remove_staged(staged: Path) -> None:
    """Delete a temporary project this run built (never a published one)."""
    for suffix in ("", *SIDE_SUFFIXES):
        Path(f"{staged}{suffix}").unlink(missing_ok=True)


def publish(staged: Path, path: Path) -> bool:
    """Give the finished project at `staged` the name `path` if that name is still free.

    False when another program took the name first (its project is left alone). An empty
    placeholder file at `path` is replaced, under a lock so that only one program does it.
    """
    for _attempt in range(5):
        try:
            os.link(staged, path)
            return True
        except FileExistsError:
            pass
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            return _rename_if_free(staged, path)  # a file system without hard links
        taken = _replace_placeholder(staged, path)
        if taken is not None:
            return taken
    return False


def _replace_placeholder(staged: Path, path: Path) -> bool | None:
    """True: replaced the empty placeholder; False: a real project is there; None: the
    file changed while we looked (try again)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        _lock(fd)
        held, now = os.fstat(fd), _stat(path)
        if now is None:
            return None
        if (held.st_ino, held.st_dev) != (now.st_ino, now.st_dev) or held.st_size != 0:
            return False
        os.replace(staged, path)
        return True
    finally:
        os.close(fd)


def _rename_if_free(staged: Path, path: Path) -> bool:
    if not is_free(path):
        return False
    os.replace(staged, path)
    return True


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; the check above is all we have
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


# -- copies ------------------------------------------------------------------------------------


def backup_to(conn: sqlite3.Connection, source: Path, dest: Path) -> None:
    """Write a consistent single-file copy of the open project to `dest`, whatever other
    programs are writing meanwhile: SQLite's online backup into a temporary file beside
    `dest`, then a rename, so `dest` is never half-written."""
    dest = Path(dest)
    if dest.exists() and source.exists() and dest.samefile(source):
        raise ProjectError("is the project itself; choose another file for the copy", dest)
    if dest.is_dir():
        raise ProjectError("is a folder; give the copy a file name", dest)
    if not dest.parent.is_dir():
        raise ProjectError(f"cannot be written: folder {dest.parent} does not exist", dest)
    refuse_stale_wal(dest, "written")
    tmp = staging_path(dest)
    try:
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal beside it
        finally:
            target.close()
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise storage_error(exc, dest, "written") or ProjectError(
            f"cannot be written ({exc})", dest
        ) from None
    except OSError as exc:
        raise os_error(exc, dest, "written") from None
    finally:
        remove_staged(tmp)
