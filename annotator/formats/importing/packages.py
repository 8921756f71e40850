"""Office files are zip packages: checked before a reader opens them.

An `.xlsx` or `.docx` from a stranger may be no package at all, a password-protected file
(Office then writes an OLE compound file holding an encrypted package), an old binary
`.xls`/`.doc`, or a small file that expands to gigabytes (a zip bomb). Each is refused here
with a sentence, before any XML is parsed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from annotator.errors import InputError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_EXPANDED = 512 * 1024 * 1024  # bytes a package may expand to
MAX_RATIO = 200  # expanded size per compressed byte, past which a large package is a bomb
MAX_MEMBERS = 20_000


def open_package(data: bytes, path: Path, kind: str, save_as: str) -> zipfile.ZipFile:
    """The package as a zip file, or an InputError saying what the file is instead.

    `kind` names what the file should be ("an Excel workbook"), `save_as` the format to
    save it in ("xlsx")."""
    if data.startswith(OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError(
                f"is encrypted (password-protected); save it in {save_as.upper()} without a "
                "password and import it again",
                path,
            )
        raise InputError(
            f"is an old binary Office file, not {kind} ({save_as}); save it as .{save_as} "
            "and import it again",
            path,
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise InputError(f"is not {kind} (it is not a valid .{save_as} package)", path) from None
    expanded = sum(m.file_size for m in members)
    compressed = max(1, sum(m.compress_size for m in members))
    if (
        len(members) > MAX_MEMBERS
        or expanded > MAX_EXPANDED
        or (expanded > 50 * 1024 * 1024 and expanded / compressed > MAX_RATIO)
    ):
        raise InputError(
            f"expands to an absurd size ({expanded // (1024 * 1024)} MB in {len(members)} "
            "parts); it is refused as a possible zip bomb",
            path,
        )
    return package
