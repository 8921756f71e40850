"""JSON exports of posts as tables: an array of objects (.json), or one object per line.

The columns are the objects' keys in the order first seen. A string value is kept
verbatim; numbers, true/false and null are written as JSON writes them (null as empty);
a nested object or list is kept as its JSON text, so nothing a post carried is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.formats.importing.doccano import TOO_DEEP
from annotator.formats.importing.tables import Table
from annotator.text.decoding import decode, lone_surrogate, read_bytes, utf8_lines


def read_json_array(path: Path, encoding: str | None = None) -> Table:
    decoded = decode(read_bytes(path), path, encoding)
    try:
        items = json.loads(decoded.text)
    except ValueError as exc:
        raise InputError(f"is not valid JSON ({exc})", path) from None
    except RecursionError:
        raise InputError(TOO_DEEP, path) from None
    if not isinstance(items, list):
        raise InputError("is not a JSON array of objects (one object per post)", path)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(f"item {number} is not a JSON object", path)
    table = _table([(n, item) for n, item in enumerate(items, start=1)], "item", path)
    table.encoding = decoded.encoding
    return table


def read_json_lines(path: Path, encoding: str | None = None) -> Table:
    decoded = decode(read_bytes(path), path, encoding)
    objects: list[tuple[int, dict[str, Any]]] = []
    for number, raw in enumerate(decoded.text.split("\n"), start=1):
        if not raw.strip(" \t\r"):
            continue
        try:
            item = json.loads(raw)
        except ValueError as exc:
            raise InputError(f"line {number} is not valid JSON ({exc})", path) from None
        except RecursionError:
            raise InputError(f"line {number} {TOO_DEEP}", path) from None
        if not isinstance(item, dict):
            raise InputError(f"line {number} is not a JSON object", path)
        objects.append((number, item))
    table = _table(objects, "line", path)
    table.encoding = decoded.encoding
    return table


def first_object(path: Path, encoding: str | None = None) -> dict[str, Any] | None:
    """The first line of a JSON Lines file as an object (None when it is not one), to tell
    a doccano file from a table of posts. A UTF-8 file is read up to that line only."""
    streamed = utf8_lines(path, encoding)
    if streamed is None:
        return _first(decode(read_bytes(path), path, encoding).text.split("\n"))
    lines = streamed[0]
    try:
        return _first(lines)
    finally:
        lines.close()  # and the file with it


def _first(lines: Iterable[str]) -> dict[str, Any] | None:
    for raw in lines:
        if raw.strip(" \t\r"):
            try:
                item = json.loads(raw)
            except (ValueError, RecursionError):
                return None
            return item if isinstance(item, dict) else None
    return None


def _table(objects: list[tuple[int, dict[str, Any]]], word: str, path: Path) -> Table:
    if not objects:
        raise InputError("holds no objects", path)
    columns: dict[str, None] = {}
    for _n, item in objects:
        for key in item:
            columns.setdefault(key, None)
    names = list(columns)
    rows = []
    for number, item in objects:
        cells = [value_text(item.get(name)) for name in names]
        for cell in (*cells, *item.keys()):
            if lone_surrogate(cell):
                raise InputError(
                    f"{word} {number} holds a string with an unpaired surrogate, which "
                    "cannot be stored",
                    path,
                )
        rows.append((number, cells))
    return Table(names, rows, row_word=word)


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
