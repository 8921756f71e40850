"""Reading documents from disk: bytes in, the exact text out (invariant 1).

The text is kept exactly as decoded: CRLF, lone CR, NBSP, ZWNJ, U+2028, RLM, tatweel,
diacritics and emoji all stay. Only a byte-order mark is dropped, because it marks the
encoding, not the content. Every failure is an `InputError` naming the file and the reason,
raised before anything is written anywhere.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import AnnotatorError, InputError

BOM = "\ufeff"

# Checked longest first: a UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters a real Windows-1256 text never holds; finding one means the guess
# was wrong (the bytes are most likely not text at all).
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")

_PRETTY = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "cp1256": "Windows-1256",
}


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with (for reports)."""

    text: str
    encoding: str


def pretty_encoding(name: str) -> str:
    return _PRETTY.get(codecs.lookup(name).name, name)


def check_encoding(name: str) -> str:
    """Return the canonical name of a text encoding, or explain that there is none."""
    try:
        info = codecs.lookup(name)
        b"a".decode(info.name)  # refuses bytes-to-bytes codecs such as base64 or rot13
    except UnicodeDecodeError:
        pass  # a real text encoding that just cannot decode one byte (UTF-16)
    except LookupError:
        raise AnnotatorError(
            f"unknown encoding {name!r}; use for example utf-8, utf-16 or cp1256"
        ) from None
    return info.name


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an `InputError` that says plainly why they cannot be had."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a folder, not a file", path)
    if not path.exists():
        raise InputError("does not exist", path)
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path) from None


def decode(data: bytes, path: str | Path, encoding: str | None = None) -> Decoded:
    """Decode a document's bytes.

    Without `encoding`: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8 if the bytes
    are valid UTF-8, else Windows-1256, still the usual encoding of Arabic files saved on
    Windows. With `encoding`, that one is used and nothing is guessed.
    """
    if not data:
        raise InputError("is empty", path)
    if encoding is not None:
        name = check_encoding(encoding)
        if name == "utf-8":
            name = "utf-8-sig"  # a forced UTF-8 still drops its BOM
        text = _decode_as(data, name, path, forced=True)
    else:
        name = next((enc for bom, enc in _BOMS if data.startswith(bom)), "")
        if name:
            text = _decode_as(data, name, path, forced=False)
        else:
            if b"\x00" in data:
                raise InputError("is not a text file (it contains NUL bytes)", path)
            try:
                name, text = "utf-8", data.decode("utf-8")
            except UnicodeDecodeError:
                name, text = "cp1256", data.decode("cp1256")
                found = _NOT_TEXT.search(text)
                if found:
                    raise InputError(
                        "is neither UTF-8 nor Windows-1256 text (control byte "
                        f"0x{ord(found.group()):02x} at position {found.start()}); if it is "
                        "text, name its encoding with --encoding",
                        path,
                    ) from None
    if text.startswith(BOM):
        text = text[1:]
    if "\x00" in text:
        raise InputError("is not a text file (it contains NUL characters)", path)
    if not text:
        raise InputError("is empty", path)
    if not text.strip():
        raise InputError("is empty (it holds only white space)", path)
    return Decoded(text, name)


def _decode_as(data: bytes, name: str, path: str | Path, *, forced: bool) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        how = "" if forced else " although it starts with a byte-order mark"
        hint = "" if forced else "; name its encoding with --encoding"
        raise InputError(
            f"cannot be decoded as {pretty_encoding(name)}{how} (byte 0x{bad} at position "
            f"{exc.start}: {exc.reason}){hint}",
            path,
        ) from None


def read_text(path: str | Path, encoding: str | None = None) -> Decoded:
    """Read and decode a document file in one step."""
    return decode(read_bytes(path), path, encoding)
