"""Errors meant for people: one sentence that names the file and the problem.

Everything a user can trigger with bad input raises a subclass of `AnnotatorError`; the CLI
prints `str(error)` and exits with code 2, the window shows it in a dialog. Anything else is a
bug and is reported as such.
"""

from __future__ import annotations

from pathlib import Path


class AnnotatorError(Exception):
    """A problem the user can understand and fix; `str()` is the whole message."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        from annotator.wording import error  # read in the message language

        message = error(message)
        self.path = Path(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path is not None else message)


class ProjectError(AnnotatorError):
    """The project file cannot be opened: not SQLite, not a project, too new, damaged."""


class InputError(AnnotatorError):
    """A file to import cannot be read, decoded or parsed; nothing was imported."""


class DuplicateDocumentError(InputError):
    """The same text is already in the project (matched by SHA-256)."""

    def __init__(self, message: str, path: str | Path | None, existing_id: int) -> None:
        super().__init__(message, path)
        self.existing_id = existing_id


class InvalidSpanError(AnnotatorError):
    """An annotation's offsets or label do not fit its document or the label schema."""


class NotFoundError(AnnotatorError):
    """A row the caller named does not exist (it may have been deleted)."""


def os_reason(exc: OSError) -> str:
    """The system's reason in the middle of our sentence: "no space left on device"."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]
