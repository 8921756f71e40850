"""Reading doccano JSONL: every line checked before anything is written.

Both doccano forms are read: the span form `{"text", "label": [[start, end, "claim"]]}` and
the relation form `{"text", "entities": [...], "relations": [...]}`. Offsets are code points
into `text`. The extra keys this tool's own export adds (uuids, analyst, note, attributes,
review status, speaker entity, `meta`) are read back so an export re-imports losslessly.
Every problem is an `InputError` naming the file and the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.store.records import (
    ATTRIBUTION,
    DOCUMENT_STATUSES,
    ENTITY_TYPES,
    REVIEW_STATUSES,
    Label,
)
from annotator.text.decoding import lone_surrogate, text_problem
from annotator.text.utf16 import OFFSETS, MidPairError, Offsets, Utf16Offsets, utf16_fits_better

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
# Spans looked at to tell whether a file's offsets count UTF-16 units: enough for a verdict.
_UTF16_SAMPLE = 400
# Python's JSON reader recurses once per level and gives up near 1,000 levels.
TOO_DEEP = "is nested too deeply to read (JSON more than about 1,000 levels deep)"


@dataclass
class Span:
    key: object
    label: str
    start: int
    end: int
    uuid: str = ""
    analyst: str = ""
    note: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    review_status: str = ""
    reviewer: str = ""
    reviewed_at: str = ""
    created_at: str = ""
    updated_at: str = ""
    entity: dict[str, str] | None = None
    origin: str = ""


@dataclass
class Relation:
    key: object
    source: object
    target: object
    type: str
    uuid: str = ""
    analyst: str = ""
    created_at: str = ""
    swapped: bool = False


@dataclass
class Line:
    number: int
    text: str
    title: str = ""
    source: str = ""
    uuid: str = ""
    created_at: str = ""
    status: str = ""
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    source_row: int | None = None
    metadata: list[tuple[str, str]] = field(default_factory=list)  # from "meta"
    answers: dict[str, dict[str, str]] = field(default_factory=dict)  # analyst -> field -> value


class _LineError(Exception):
    """A problem in one line; turned into an InputError with the file and line number."""


def parse_jsonl(
    text: str, path: Path, labels: list[Label], offsets: Offsets = "codepoint"
) -> list[Line]:
    """Parse and check a whole file; the first problem stops it with a clear message."""
    return list(iter_jsonl(text, path, labels, offsets))


def iter_jsonl(
    text: str, path: Path, labels: list[Label], offsets: Offsets = "codepoint"
) -> Iterator[Line]:
    """`jsonl_lines` over a text already read."""
    return jsonl_lines(text_lines(text), path, labels, offsets)


def text_lines(text: str) -> Iterator[str]:
    """The text's lines as `text.split("\\n")` gives them, one at a time (a list of every
    line would double the memory)."""
    start, size = 0, len(text)
    while start <= size:
        stop = text.find("\n", start)
        if stop < 0:
            stop = size
        yield text[start:stop]
        start = stop + 1


def jsonl_lines(
    raw_lines: Iterable[str], path: Path, labels: list[Label], offsets: Offsets = "codepoint"
) -> Iterator[Line]:
    """Parse and check a file one line at a time, so that an import writes each line as it
    is read and holds one line's objects, not the file's. The first problem stops it with
    a clear message (an importer writes inside a transaction that it then rolls back); a
    file without a JSON line raises once it is read through.

    JSON Lines ends records at "\\n" only: U+2028 or a lone CR inside a record is content.
    `offsets` says what the file's offsets count: code points (this project's unit and
    doccano's) or UTF-16 units (JavaScript tools), which are turned into code points here.
    """
    if offsets not in OFFSETS:
        raise InputError(f"unknown offsets {offsets!r}; use {' or '.join(OFFSETS)}")
    kinds = {lab.name: lab.kind for lab in labels}
    found = False
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip(" \t\r"):
            continue
        try:
            line = _parse_line(number, raw, kinds, offsets)
        except _LineError as exc:
            raise InputError(f"line {number}: {exc}", path) from None
        found = True
        yield line
    if not found:
        raise InputError("holds no JSON lines", path)


def _parse_line(number: int, raw: str, kinds: dict[str, str], offsets: Offsets) -> Line:
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        raise _LineError(f"is not valid JSON ({exc})") from None
    except RecursionError:
        raise _LineError(TOO_DEEP) from None
    if not isinstance(obj, dict):
        raise _LineError("is not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _LineError('has no "text", or it is empty')
    _check_text(text)
    _check_strings(obj)
    units = Utf16Offsets(text) if offsets == "utf16" else None
    meta: dict[str, Any] = obj["meta"] if isinstance(obj.get("meta"), dict) else {}
    line = Line(
        number,
        text,
        title=_opt_str(meta, "title"),
        source=_opt_str(meta, "source"),
        uuid=_opt_str(meta, "uuid"),
        created_at=_opt_str(meta, "created_at"),
        status=s if (s := _opt_str(meta, "status")) in DOCUMENT_STATUSES else "",
    )
    _corpus_meta(line, meta)
    for i, item in enumerate(_list(obj, "label"), start=1):
        line.spans.append(_span_item(i, item, text, kinds, units))
    ids: dict[object, Span] = {}
    for i, item in enumerate(_list(obj, "entities"), start=1):
        span = _entity_item(i, item, text, kinds, units)
        if span.key in ids:
            raise _LineError(f"two entities have the id {span.key!r}")
        ids[span.key] = span
        line.spans.append(span)
    for i, item in enumerate(_list(obj, "relations"), start=1):
        line.relations.append(_relation_item(i, item, ids, kinds))
    return line


# Keys of "meta" this tool writes itself; any other key (other tools put the post's author,
# URL or id there) is kept as the document's metadata, as text.
_OWN_META = {"uuid", "title", "source", "status", "created_at", "source_row", "metadata"}


def _meta_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _corpus_meta(line: Line, meta: dict[str, Any]) -> None:
    """Metadata, source row and document-level answers from a line's "meta"."""
    row = meta.get("source_row")
    if isinstance(row, int) and not isinstance(row, bool):
        line.source_row = row
    items = meta.get("metadata")
    pairs = list(items.items()) if isinstance(items, dict) else []
    pairs += [(k, v) for k, v in meta.items() if k not in _OWN_META and k != "document_fields"]
    line.metadata = [(str(k), _meta_text(v)) for k, v in pairs]
    answers = meta.get("document_fields")
    if answers is None:
        return
    if not isinstance(answers, dict) or not all(
        isinstance(a, str)
        and isinstance(f, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in f.items())
        for a, f in answers.items()
    ):
        raise _LineError('"document_fields" in "meta" must map analysts to {field: value}')
    line.answers = {a.strip(): dict(f) for a, f in answers.items() if a.strip()}


def _check_text(text: str) -> None:
    problem = text_problem(text)
    if problem:
        raise _LineError(f"the text {problem}")


def _check_strings(obj: Any) -> None:
    """Every string in the line (names, notes, keys...) must be storable: JSON escapes can
    spell a lone surrogate, which SQLite cannot hold. Walked without recursion: the line
    may be nested almost as deep as the JSON reader allows."""
    todo = [obj]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, str) and (found := lone_surrogate(item)):
            raise _LineError(
                f"holds a string with an unpaired surrogate (U+{ord(found):04X}), "
                "which cannot be stored"
            )


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _LineError(f'"{key}" must be a list')
    return value


def _opt_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def _str_field(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _LineError(f'{where}: "{key}" must be a string, got {value!r}')
    return value


def _offsets(
    where: str,
    start: Any,
    end: Any,
    label: Any,
    text: str,
    kinds: dict[str, str],
    units: Utf16Offsets | None,
) -> tuple[int, int, str]:
    """The checked (start, end, label) of a span item, in code points."""
    for value in (start, end):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _LineError(f"{where}: offsets must be whole numbers, got {start!r}, {end!r}")
    if start >= end:
        raise _LineError(f"{where}: span {start}-{end} has start >= end")
    length = len(text) if units is None else units.length
    if start < 0 or end > length:
        unit = "code points" if units is None else "UTF-16 units"
        hint = ""
        if units is None and start >= 0 and end <= Utf16Offsets(text).length:
            hint = "; if the file counts UTF-16 units, as JavaScript tools do, use --offsets utf16"
        raise _LineError(
            f"{where}: span {start}-{end} is outside the text (length {length} {unit}){hint}"
        )
    if units is not None:
        try:
            start, end = units.to_codepoint(start), units.to_codepoint(end)
        except MidPairError as exc:
            raise _LineError(
                f"{where}: span {start}-{end} cuts a character beyond U+FFFF in two ({exc})"
            ) from None
    if not isinstance(label, str) or label not in kinds:
        raise _LineError(
            f"{where}: label {label!r} is not in the project's schema "
            f"({', '.join(kinds) or 'no labels'})"
        )
    return start, end, label


def _span_item(
    i: int, item: Any, text: str, kinds: dict[str, str], units: Utf16Offsets | None
) -> Span:
    where = f"label item {i}"
    if not isinstance(item, list | tuple) or len(item) != 3:
        raise _LineError(f"{where} is {item!r}, not [start, end, label]")
    start, end, label = _offsets(where, item[0], item[1], item[2], text, kinds, units)
    return Span(("label", i), label, start, end)


def _entity_item(
    i: int, item: Any, text: str, kinds: dict[str, str], units: Utf16Offsets | None
) -> Span:
    if not isinstance(item, dict):
        raise _LineError(f"entity {i} is not a JSON object")
    key = item.get("id", ("entity", i))
    if not isinstance(key, int | str | tuple) or isinstance(key, bool):
        raise _LineError(f'entity {i}: "id" must be a number or a string')
    where = f"entity {key!r}" if "id" in item else f"entity {i}"
    start, end, label = _offsets(
        where,
        item.get("start_offset"),
        item.get("end_offset"),
        item.get("label"),
        text,
        kinds,
        units,
    )
    attributes = item.get("attributes") or {}
    if not isinstance(attributes, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in attributes.items()
    ):
        raise _LineError(f'{where}: "attributes" must map names to strings')
    review = _str_field(item, "review_status", where)
    if review and review not in REVIEW_STATUSES:
        raise _LineError(f"{where}: review status {review!r} is not one of {REVIEW_STATUSES}")
    return Span(
        key,
        label,
        start,
        end,
        uuid=_str_field(item, "uuid", where),
        analyst=_str_field(item, "analyst", where).strip(),
        note=_str_field(item, "note", where),
        attributes=dict(attributes),
        review_status=review,
        reviewer=_str_field(item, "reviewer", where),
        reviewed_at=_str_field(item, "reviewed_at", where),
        created_at=_str_field(item, "created_at", where),
        updated_at=_str_field(item, "updated_at", where),
        entity=_speaker_entity(item.get("speaker_entity"), where),
        origin=_str_field(item, "origin", where),
    )


def _speaker_entity(value: Any, where: str) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _LineError(f'{where}: "speaker_entity" must be a JSON object')
    out = {k: _str_field(value, k, where + " speaker_entity") for k in ("uuid", "name", "role")}
    out["type"] = _str_field(value, "type", where) or "person"
    if not out["name"].strip():
        raise _LineError(f"{where}: the speaker entity needs a name")
    if out["type"] not in ENTITY_TYPES:
        raise _LineError(f"{where}: speaker type {out['type']!r} is not one of {ENTITY_TYPES}")
    return out


def _relation_item(i: int, item: Any, ids: dict[object, Span], kinds: dict[str, str]) -> Relation:
    if not isinstance(item, dict):
        raise _LineError(f"relation {i} is not a JSON object")
    key = item.get("id", i)
    where = f"relation {key!r}"
    source, target, type_ = item.get("from_id"), item.get("to_id"), item.get("type")
    for end_id in (source, target):
        if not isinstance(end_id, int | str) or end_id not in ids:
            raise _LineError(f"{where} refers to entity {end_id!r}, which is not in this line")
    if source == target:
        raise _LineError(f"{where} links an entity to itself")
    if not isinstance(type_, str) or not type_.strip():
        raise _LineError(f"{where} has no type")
    rel = Relation(
        key,
        source,
        target,
        type_,
        uuid=_str_field(item, "uuid", where),
        analyst=_str_field(item, "analyst", where).strip(),
        created_at=_str_field(item, "created_at", where),
    )
    if type_ == ATTRIBUTION:
        pair = (kinds[ids[source].label], kinds[ids[target].label])
        if pair == ("speaker", "claim"):  # doccano arrows are often drawn either way
            rel.source, rel.target, rel.swapped = target, source, True
        elif pair != ("claim", "speaker"):
            raise _LineError(
                f"{where} of type {ATTRIBUTION} must join a claim and a speaker, "
                f"not {ids[source].label} and {ids[target].label}"
            )
    return rel


class Utf16Check:
    """Whether a file's offsets most likely count UTF-16 units, told from its lines as
    they stream past: its spans, read as code points, cut words after characters beyond
    U+FFFF (emoji) more often than they would as UTF-16 offsets.

    About _UTF16_SAMPLE spans are enough for a verdict, however big the file: every span is
    looked at in a file with no more, and the first lines' spans up to that many in a
    bigger one."""

    def __init__(self) -> None:
        self.as_utf16 = self.as_codepoints = 0
        self.budget = _UTF16_SAMPLE

    def add(self, line: Line) -> None:
        if self.budget <= 0 or not line.spans:
            return
        spans = [(sp.start, sp.end) for sp in line.spans]
        u, c = utf16_fits_better(line.text, spans, self.budget)
        self.as_utf16, self.as_codepoints = self.as_utf16 + u, self.as_codepoints + c
        self.budget -= len(spans)

    def warning(self) -> str:
        """The warning to give ("" when the offsets look like code points)."""
        if self.as_utf16 <= self.as_codepoints:
            return ""
        spans = "1 span" if self.as_utf16 == 1 else f"{self.as_utf16} spans"
        return (
            f"{spans} after emoji (or other characters beyond U+FFFF) cut words as code "
            "points but fit words as UTF-16 offsets, which JavaScript tools write; if this "
            "file comes from one, delete its documents and import it again with --offsets "
            "utf16"
        )


def utf16_warning(lines: list[Line]) -> str:
    """`Utf16Check`'s warning for lines already read."""
    check = Utf16Check()
    for line in lines:
        check.add(line)
    return check.warning()
