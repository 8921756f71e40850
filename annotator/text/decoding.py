"""Reading documents from disk: bytes in, the exact text out (invariant 1).

The text is kept exactly as decoded: CRLF, lone CR, NBSP, ZWNJ, U+2028, RLM, tatweel,
diacritics and emoji all stay. Only a byte-order mark is dropped, because it marks the
encoding, not the content. Every failure is an `InputError` naming the file and the reason,
raised before anything is written anywhere.

Without a byte-order mark or `--encoding`, valid UTF-8 is UTF-8. Bytes that are not are read
as Windows-1256 only when nothing in them looks like UTF-8 (a word of UTF-8 Arabic letters
or other multi-byte characters, or a character cut off at the end) and the decoded text
reads as Arabic (mostly Arabic letters and signs beyond ASCII): a Windows-1256 guess on
damaged UTF-8 or on binary data gives mojibake ("ظ‚ط§ظ„") that would be stored for good, so
such files are refused with the line and column of the first bad byte.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from annotator.errors import AnnotatorError, InputError, os_reason

BOM = "\ufeff"
_CHUNK = 1 << 20  # bytes read at a time when a file is streamed

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

# Well-formed UTF-8 sequences of three or four bytes (no surrogates, nothing past U+10FFFF),
# then of two to four bytes.
_UTF8_LONG = (
    rb"\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_CHAR = re.compile(rb"(?:[\xc2-\xdf][\x80-\xbf]|" + _UTF8_LONG + rb")")
# Two sequences in a row that spell Arabic letters (D8-DB) or take three or four bytes: a
# UTF-8 word. Windows-1256 text almost never forms one: it would take a letter ط ظ ع غ, a
# sign or Persian letter (،, «, گ), and the same again with no space. (Other two-byte
# sequences are left out: "دگرگون" in Windows-1256 spells two of them.)
_UTF8_RUN = re.compile(rb"(?:[\xd8-\xdb][\x80-\xbf]|" + _UTF8_LONG + rb"){2}")
_ASCII_BYTES = bytes(range(0x80))

# What Windows-1256 Arabic text is made of beyond ASCII: the Arabic block, NBSP, « », and
# the joiners and direction marks. Mojibake and random bytes are mostly other symbols.
_ARABIC = re.compile(r"[\u0600-\u06ff\u00a0\u00ab\u00bb\u200c-\u200f]")
_ARABIC_SHARE = 0.75

_SURROGATE = re.compile(r"[\ud800-\udfff]")

_PRETTY = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "cp1256": "Windows-1256",
}

_INSIST = "if it is in another encoding, name it with --encoding"


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
    except (UnicodeError, ValueError):  # "undefined", which refuses everything
        raise AnnotatorError(
            f"encoding {name!r} cannot read text; use for example utf-8, utf-16 or cp1256"
        ) from None
    return info.name


def where(text: str, index: int) -> str:
    """`line L, column C` (both from 1, columns in characters) of `text[index]`."""
    line_start = text.rfind("\n", 0, index) + 1
    return f"line {text.count(chr(10), 0, index) + 1}, column {index - line_start + 1}"


def _where_byte(data: bytes, offset: int) -> str:
    """`line L, column C` of the byte at `offset`, counting the characters before it on its
    line as UTF-8 (the reader's view of a file that is UTF-8 up to there)."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    if line_start == 0 and data.startswith(codecs.BOM_UTF8):
        line_start = len(codecs.BOM_UTF8)  # the mark is not a character of the text
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    line = data.count(b"\n", 0, offset) + 1
    return f"line {line}, column {column}"


def text_problem(text: str) -> str | None:
    """Why `text` cannot be a document's text, or None; the same rules for every way a text
    comes in (a text file, a JSONL line, a merged project), so whatever one accepts the
    others re-import. The phrase fits after "the text"."""
    if "\x00" in text:
        at = where(text, text.index("\x00"))
        return f"contains a NUL character ({at} of the text), which a document cannot hold"
    found = _SURROGATE.search(text)
    if found:
        return (
            f"holds an unpaired surrogate (U+{ord(found.group()):04X} at "
            f"{where(text, found.start())} of the text), which a document cannot hold"
        )
    if not text:
        return "is empty"
    if not text.strip():
        return "holds only white space"
    return None


def lone_surrogate(text: str) -> str:
    """The first unpaired surrogate in `text` (UTF-8 and SQLite cannot hold one), or ""."""
    found = _SURROGATE.search(text)
    return found.group() if found else ""


def as_text(name: str) -> str:
    """A file name fit to store: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which SQLite cannot hold) become U+FFFD."""
    if not lone_surrogate(name):
        return name
    return os.fsencode(name).decode("utf-8", "replace")


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an `InputError` that says plainly why they cannot be had.

    Only a regular file is read: a FIFO would block until some other program writes to it,
    and a device may never end. The file is opened without blocking and checked through its
    open descriptor, so it cannot be swapped for a FIFO between the check and the read.
    """
    path = Path(path)
    with _open_regular(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(f"cannot be read ({os_reason(exc)})", path) from None


def _open_regular(path: Path) -> BinaryIO:
    """The file opened for reading, once it is known to be a regular file (see read_bytes)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError("does not exist", path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path) from None
    except PermissionError:
        kind = _kind(path)
        if kind:
            raise InputError(f"is {kind}, not a file", path) from None
        raise InputError("cannot be read (permission denied)", path) from None
    except OSError as exc:
        kind = _kind(path)
        if kind:
            raise InputError(f"is {kind}, not a file", path) from None
        raise InputError(f"cannot be read ({os_reason(exc)})", path) from None
    try:
        kind = _kind_of(os.fstat(fd).st_mode)
        if kind:
            raise InputError(f"is {kind}, not a file", path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        raise InputError(f"cannot be read ({os_reason(exc)})", path) from None
    except BaseException:
        os.close(fd)
        raise


Lines = Generator[str, None, None]


def utf8_lines(path: str | Path, encoding: str | None = None) -> tuple[Lines, str] | None:
    """The file's lines (without their "\\n") read one at a time, and the encoding, when
    `read_text` would read it as UTF-8 without a complaint; None otherwise (the caller then
    uses `read_text`, which reads it another way or says why it cannot).

    For files too big to hold twice (a JSONL file of a million posts): a first pass checks
    the bytes a chunk at a time, the second hands out one line at a time, so memory does
    not grow with the file.
    """
    path = Path(path)
    if encoding is not None and check_encoding(encoding) != "utf-8":
        return None
    fh = _open_regular(path)
    try:
        name = _utf8_checked(fh)
        if name is None:
            fh.close()
            return None
        fh.seek(0)
    except OSError as exc:
        fh.close()
        raise InputError(f"cannot be read ({os_reason(exc)})", path) from None
    except BaseException:
        fh.close()
        raise
    return _lines(fh, path, drop_bom=name == "utf-8-sig"), name


def _utf8_checked(fh: BinaryIO) -> str | None:
    """ "utf-8" (or "utf-8-sig" after a UTF-8 byte-order mark) when the whole file is UTF-8
    that `decode` takes as it is: no NUL, not empty, not only white space; else None."""
    chunk = fh.read(max(_CHUNK, 4))  # a byte-order mark whole
    if chunk.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    elif any(chunk.startswith(bom) for bom, _enc in _BOMS):
        return None
    else:
        name = "utf-8"
    decoder = codecs.getincrementaldecoder(name)()
    content = False
    second_mark = name == "utf-8-sig"  # `decode` drops a mark right after the mark too
    try:
        while chunk:
            if b"\x00" in chunk:
                return None
            text = decoder.decode(chunk)
            if second_mark and text:
                text, second_mark = text.removeprefix(BOM), False
            content = content or bool(text.strip())
            chunk = fh.read(_CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return name if content else None


def _lines(fh: BinaryIO, path: Path, *, drop_bom: bool) -> Lines:
    with fh:
        for number, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:  # it was UTF-8 a moment ago
                raise InputError(f"changed while it was read (line {number})", path) from None
            if number == 1 and drop_bom:  # the mark, and one more right after it (`decode`)
                line = line.removeprefix(BOM).removeprefix(BOM)
            if not line.endswith("\n"):
                yield line
                return
            yield line[:-1]
        yield ""  # after the last "\n", as str.split("\n") gives it


def _kind(path: Path) -> str:
    try:
        return _kind_of(os.stat(path).st_mode)
    except OSError:
        return ""


def _kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words ("" for a regular file)."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def decode(data: bytes, path: str | Path, encoding: str | None = None) -> Decoded:
    """Decode a document's bytes.

    Without `encoding`: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8 if the bytes
    are valid UTF-8, else Windows-1256 if they read as Arabic in it (see the module's
    docstring). With `encoding`, that one is used and nothing is guessed.
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
            name, text = _guess(data, path)
    if text.startswith(BOM):
        text = text[1:]
    if "\x00" in text:
        raise InputError("is not a text file (it contains NUL characters)", path)
    if not text:
        raise InputError("is empty", path)
    if not text.strip():
        raise InputError("is empty (it holds only white space)", path)
    problem = text_problem(text)
    if problem:  # a codec such as UTF-7 can produce what no document can hold
        raise InputError(f"read as {pretty_encoding(name)}, its text {problem}", path)
    return Decoded(text, name)


def _guess(data: bytes, path: str | Path) -> tuple[str, str]:
    """UTF-8, or Windows-1256 when the bytes are plainly not UTF-8 and read as Arabic."""
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc
    at = _where_byte(data, first.start)
    bad_byte = f"0x{data[first.start]:02x}"
    if first.reason == "unexpected end of data":
        raise InputError(
            f"ends in the middle of a UTF-8 character ({at}), as if it was cut short; {_INSIST}",
            path,
        )
    rest, good = _UTF8_CHAR.subn(b"", data)
    bad = len(rest.translate(None, _ASCII_BYTES))  # high bytes outside valid sequences
    run = _UTF8_RUN.search(data)  # the first UTF-8 word, if any
    utf8_words = run is not None
    if utf8_words and bad <= max(8, good // 20):  # a few bad bytes in UTF-8
        many = (
            f"{bad} bytes that are not (the first, {bad_byte},"
            if bad > 1
            else f"one byte that is not ({bad_byte}"
        )
        raise InputError(f"is UTF-8 except for {many} at {at}); {_INSIST}", path)
    text = data.decode("cp1256")
    control = _NOT_TEXT.search(text)
    if control:
        raise InputError(
            f"is neither UTF-8 nor Windows-1256 text (control byte 0x{ord(control.group()):02x} "
            f"at {where(text, control.start())}); if it is text, name its encoding with --encoding",
            path,
        )
    if run is not None and run.end() <= first.start:
        raise InputError(
            f"is UTF-8 only up to {at}, where byte {bad_byte} is not UTF-8; {_INSIST}", path
        )
    if utf8_words or not _reads_as_arabic(text):
        raise InputError(
            f"is not UTF-8 (byte {bad_byte} at {at}) and does not read as Windows-1256 Arabic "
            "either; if it is text, name its encoding with --encoding",
            path,
        )
    return "cp1256", text


def _reads_as_arabic(text: str) -> bool:
    """Mostly Arabic beyond ASCII: what a Windows-1256 Arabic file decodes to."""
    beyond = len(text) - len(text.encode("ascii", "ignore"))
    return beyond > 0 and _ARABIC.subn("", text)[1] >= _ARABIC_SHARE * beyond


def _decode_as(data: bytes, name: str, path: str | Path, *, forced: bool) -> str:
    how = "" if forced else " although it starts with a byte-order mark"
    hint = "" if forced else "; name its encoding with --encoding"
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        start = exc.start
        if name == "utf-8-sig" and data.startswith(codecs.BOM_UTF8):
            start += len(codecs.BOM_UTF8)  # its positions count from after the mark
        bad = data[start : start + 1].hex()
        utf8 = name in ("utf-8", "utf-8-sig")
        at = _where_byte(data, start) if utf8 else f"position {start}"
        raise InputError(
            f"cannot be decoded as {pretty_encoding(name)}{how} (byte 0x{bad} at {at}: "
            f"{exc.reason}){hint}",
            path,
        ) from None
    except (UnicodeError, ValueError) as exc:  # codecs such as idna raise plain UnicodeError
        raise InputError(
            f"cannot be decoded as {pretty_encoding(name)}{how} ({exc}){hint}", path
        ) from None


def read_text(path: str | Path, encoding: str | None = None) -> Decoded:
    """Read and decode a document file in one step."""
    return decode(read_bytes(path), path, encoding)
