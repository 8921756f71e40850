"""The label schema: which labels a project offers, their colours, keys and attribute fields.

The default follows the source / cue / content scheme of attribution corpora (PARC 3.0,
AttImam) and the CLEF CheckThat! check-worthiness questions. Teams share a schema as a JSON
file (`schema_to_json` / `schema_from_json`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.store.records import LABEL_KINDS, AttributeField, Label

YES_NO = ("yes", "no")
YES_NO_UNSURE = ("yes", "no", "unsure")

DEFAULT_LABELS: tuple[Label, ...] = (
    Label(
        "claim",
        "claim",
        "#f7c548",
        "C",
        (
            AttributeField("verifiable", "choice", YES_NO),
            AttributeField("likely_false", "choice", YES_NO_UNSURE),
            AttributeField("harmful", "choice", YES_NO_UNSURE),
            AttributeField("check_worthy", "choice", YES_NO_UNSURE),
            AttributeField("quote_form", "choice", ("direct", "indirect")),
        ),
        0,
    ),
    Label("speaker", "speaker", "#6cb4f5", "S", (), 1),
    Label("cue", "cue", "#8fd694", "Q", (), 2),
)

# Questions about a whole document (a tweet, a post), asked once per document and analyst:
# the CLEF CheckThat! tweet-level questions.
DEFAULT_DOCUMENT_FIELDS: tuple[AttributeField, ...] = (
    AttributeField("contains_claim", "choice", YES_NO),
    AttributeField("check_worthy", "choice", YES_NO),
    AttributeField("harmful", "choice", YES_NO),
)

_NAME = re.compile(r"^[^\s\x00-\x1f]{1,40}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def validate_schema(labels: list[Label], path: str | Path | None = None) -> list[Label]:
    """Refuse a schema a project could not work with; return it renumbered in order."""
    names: set[str] = set()
    keys: set[str] = set()
    out: list[Label] = []
    for position, label in enumerate(labels):
        where = f"label {label.name!r}"
        if not _NAME.match(label.name):
            raise InputError(f"label name {label.name!r} must be 1-40 characters, no spaces", path)
        if label.name in names:
            raise InputError(f"label {label.name!r} appears twice", path)
        if label.kind not in LABEL_KINDS:
            raise InputError(f"{where} has kind {label.kind!r}; use one of {LABEL_KINDS}", path)
        if not _COLOR.match(label.color):
            raise InputError(f"{where} has colour {label.color!r}; use #rrggbb", path)
        if label.shortcut:
            if len(label.shortcut) != 1 or not label.shortcut.isalnum():
                raise InputError(f"{where} shortcut must be one letter or digit", path)
            if label.shortcut.upper() in keys:
                raise InputError(f"{where} reuses shortcut {label.shortcut!r}", path)
            keys.add(label.shortcut.upper())
        field_names = [f.name for f in label.fields]
        if len(set(field_names)) != len(field_names):
            raise InputError(f"{where} has two attribute fields with one name", path)
        for f in label.fields:
            if f.type not in ("choice", "text"):
                raise InputError(f"{where} field {f.name!r} type must be choice or text", path)
            if f.type == "choice" and not f.choices:
                raise InputError(f"{where} field {f.name!r} needs at least one choice", path)
        names.add(label.name)
        out.append(
            Label(
                label.name,
                label.kind,
                label.color.lower(),
                label.shortcut.upper(),
                label.fields,
                position,
            )
        )
    if not out:
        raise InputError("a label schema needs at least one label", path)
    return out


def validate_document_fields(
    fields: list[AttributeField], path: str | Path | None = None
) -> list[AttributeField]:
    """Refuse document fields a form could not show: the rules of attribute fields."""
    names: set[str] = set()
    for f in fields:
        where = f"document field {f.name!r}"
        if not _NAME.match(f.name):
            raise InputError(f"{where}: a name must be 1-40 characters, no spaces", path)
        if f.name in names:
            raise InputError(f"{where} appears twice", path)
        if f.type not in ("choice", "text"):
            raise InputError(f"{where} type must be choice or text", path)
        if f.type == "choice" and not f.choices:
            raise InputError(f"{where} needs at least one choice", path)
        names.add(f.name)
    return list(fields)


def field_to_json(f: AttributeField) -> dict[str, Any]:
    return {"name": f.name, "type": f.type, "choices": list(f.choices)}


def schema_to_json(labels: list[Label], document_fields: list[AttributeField] | None = None) -> str:
    data: dict[str, Any] = {"labels": [lab.to_json() for lab in labels]}
    if document_fields is not None:
        data["document_fields"] = [field_to_json(f) for f in document_fields]
    return json.dumps(data, ensure_ascii=False, indent=2)


def document_fields_from_json(data: str, path: str | Path | None = None) -> list[AttributeField]:
    """The document fields of a shared schema file (none when it has no such key)."""
    try:
        raw: Any = json.loads(data)
        fields = [
            AttributeField(
                str(f["name"]), str(f.get("type", "choice")), tuple(f.get("choices", ()))
            )
            for f in raw.get("document_fields", ())
        ]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise InputError(
            f"not a label schema file ({exc.__class__.__name__}: {exc})", path
        ) from None
    return validate_document_fields(fields, path)


def schema_from_json(data: str, path: str | Path | None = None) -> list[Label]:
    """Parse a shared schema file; any problem is one sentence naming the file."""
    try:
        raw: Any = json.loads(data)
        labels = [Label.from_json(item, i) for i, item in enumerate(raw["labels"])]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise InputError(
            f"not a label schema file ({exc.__class__.__name__}: {exc})", path
        ) from None
    return validate_schema(labels, path)
