"""Where an export's bytes go: a whole new file, a special file as it is, or standard output.

A regular file (or a new name) is written as a hidden `.NAME.annotator-PID-XXXXXXXX.part`
file in the same folder and renamed over NAME only when complete, so an interrupted export
never leaves half a file under NAME. A symbolic link is followed: its target is replaced
that way and the link stays. A device, FIFO or other special file (`/dev/null`, a pipe from
`>(gzip)`) is written in place: renaming over it would replace `/dev/null` with a plain file.
`/dev/stdout` and the like are written through their open descriptor.

Part files left by a killed export are removed by the next export to that folder: those of
this tool whose writer has gone (its PID, in the name, no longer runs here) and that have
not been written for a minute. A running export's part file is never touched.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from annotator.errors import AnnotatorError, os_reason

STALE_AFTER = 60.0  # seconds without a write before a dead writer's part file is removed
_LEGACY_STALE_AFTER = 3600.0  # part files of older versions carry no PID
_TAG = "annotator"
_DESCRIPTOR = re.compile(r"/dev/(?:(stdout|stderr)|fd/(\d+))|/proc/self/fd/(\d+)")
_PART = re.compile(rf"\..+\.{_TAG}-(\d+)-[a-z0-9_]{{8}}\.part")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _check_target(path: Path, project_path: Path | None) -> None:
    if str(path) == "":
        raise AnnotatorError("an export needs an output file name (or - for the terminal)")
    if path.is_dir():
        raise AnnotatorError("is a folder; give a file name for the export", path)
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        raise AnnotatorError(
            "cannot be written (its symbolic links go round in a loop)", path
        ) from None
    if project_path is not None:
        own = project_path.resolve()
        if target in {own, Path(f"{own}-wal"), Path(f"{own}-shm"), Path(f"{own}-journal")}:
            raise AnnotatorError("is the project file itself; choose another name", path)


def _descriptor(path: Path) -> int | None:
    """The number of an open descriptor that `path` names (/dev/stdout, /dev/fd/3): written
    through as it is, so `-o /dev/stdout >> log` adds to the log instead of replacing it."""
    found = _DESCRIPTOR.fullmatch(str(path))
    if found is None or sys.platform == "win32":
        return None
    named = {"stdout": 1, "stderr": 2}.get(found.group(1) or "")
    return named if named is not None else int(found.group(2) or found.group(3))


def writes_to_stdout(target: str | Path) -> bool:
    """True when `target` is standard output (`-`, /dev/stdout, /dev/fd/1): then no report
    line may go there, or it would end up inside the data."""
    return str(target) == "-" or _descriptor(Path(target)) == 1


def _is_special(path: Path) -> bool:
    """True for an existing file that is not a regular file or folder (links followed)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # missing (or a dangling link): a new file is made
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextmanager
def open_output(
    target: str | Path, *, bom: bool = False, project_path: Path | None = None
) -> Iterator[TextIO]:
    """A UTF-8 text stream (newline="" so CSV controls its own line ends) onto `target`:
    a regular file becomes `target` only if the block finishes; `-` is standard output."""
    if str(target) == "-":
        yield from _stdout(bom)
        return
    path = Path(target)
    _check_target(path, project_path)
    descriptor = _descriptor(path)
    if descriptor is not None or _is_special(path):
        yield from _in_place(path, bom, descriptor)
    else:
        yield from _replace(path, bom)


def _in_place(path: Path, bom: bool, descriptor: int | None) -> Iterator[TextIO]:
    try:
        where: int | Path = path if descriptor is None else os.dup(descriptor)
        fh = open(where, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise AnnotatorError(f"cannot be written ({os_reason(exc)})", path) from None
    try:
        with fh:
            if bom:
                fh.write("\ufeff")
            yield fh
    except OSError as exc:
        raise AnnotatorError(f"cannot be written ({os_reason(exc)})", path) from None


def _replace(path: Path, bom: bool) -> Iterator[TextIO]:
    final = Path(os.path.realpath(path))  # the file a symlink names, so the link stays
    if not final.parent.is_dir():
        raise AnnotatorError(f"cannot be written: folder {final.parent} does not exist", path)
    remove_stale_parts(final.parent)
    mode = final.stat().st_mode & 0o777 if final.is_file() else 0o666 & ~_umask()
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=final.parent, prefix=f".{final.name}.{_TAG}-{os.getpid()}-", suffix=".part"
        )
    except OSError as exc:
        raise AnnotatorError(f"cannot be written ({os_reason(exc)})", path) from None
    tmp = Path(tmp_name)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            if bom:
                fh.write("\ufeff")
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, final)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AnnotatorError(f"cannot be written ({os_reason(exc)})", path) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale_parts(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the part files that killed exports of this tool left in `folder`; returns them.

    A part file is stale when nothing has written to it for `STALE_AFTER` seconds and the
    PID in its name does not run on this machine (on Windows, where a file that is open
    cannot be deleted, the age alone decides). Nameless older ones go after an hour.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.endswith(".part"):
            continue
        found = _PART.fullmatch(entry.name)
        legacy = re.fullmatch(r"\..+\.[a-z0-9_]{8}\.part", entry.name) and _has_export_beside(
            folder, entry.name
        )
        if not (found or legacy):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        age = now - info.st_mtime
        if not stat.S_ISREG(info.st_mode):
            continue
        if found:
            stale = age > STALE_AFTER and not _running(int(found.group(1)))
        else:
            stale = age > _LEGACY_STALE_AFTER
        if stale:
            with contextlib.suppress(OSError):  # in use (Windows), or removed meanwhile
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _has_export_beside(folder: Path, part_name: str) -> bool:
    """A `.NAME.XXXXXXXX.part` of an older version: only when NAME itself is there (an
    export that succeeded before), so another program's part files are left alone."""
    name = part_name[1:].rsplit(".", 2)[0]
    return (folder / name).exists()


def _running(pid: int) -> bool:
    """Whether a process with this PID runs on this machine (True when it cannot be told)."""
    if sys.platform == "win32":
        return False  # os.kill would end it; an open file cannot be deleted there anyway
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _stdout(bom: bool) -> Iterator[TextIO]:
    """Standard output as UTF-8 whatever the locale, so Arabic never fails to encode."""
    if sys.stdout is None:  # started with standard output closed
        raise AnnotatorError("standard output is closed; nothing was written")
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a plain text stream (tests, embedding)
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    try:
        if bom:
            stream.write("\ufeff")
        yield stream
        stream.flush()
    finally:
        stream.detach()
