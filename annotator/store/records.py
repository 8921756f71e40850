"""Plain data records that core hands to the CLI and the GUI.

They are frozen snapshots of rows: callers never hold live database objects, so a record can
be kept by an undo command and written back exactly as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

DOCUMENT_STATUSES = ("new", "in_progress", "done")
REVIEW_STATUSES = ("pending", "accepted", "rejected")
ENTITY_TYPES = ("person", "organisation", "media", "document", "unknown")
LABEL_KINDS = ("claim", "speaker", "cue", "other")
ATTRIBUTION = "attributed_to"  # a claim linked to its speaker mention
CUE_LINK = "cued_by"  # a claim linked to its reporting expression (قال، أكد…)


@dataclass(frozen=True)
class Document:
    id: int
    uuid: str
    title: str
    source: str
    sha256: str
    status: str
    created_at: str
    text: str = field(repr=False, default="")


@dataclass(frozen=True)
class Annotation:
    id: int
    uuid: str
    document_id: int
    label: str
    start: int
    end: int
    text: str
    analyst: str
    entity_id: int | None = None
    note: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    review_status: str = "pending"
    reviewer: str = ""
    reviewed_at: str = ""
    created_at: str = ""
    updated_at: str = ""
    origin: str = ""  # "" by hand; "suggested:<pattern>[:edited]" accepted from a suggestion


@dataclass(frozen=True)
class Link:
    id: int
    uuid: str
    source_id: int
    target_id: int
    type: str
    analyst: str
    created_at: str = ""


@dataclass(frozen=True)
class Entity:
    id: int
    uuid: str
    name: str
    type: str = "person"
    role: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class AttributeField:
    name: str
    type: str = "choice"  # "choice" or "text"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Label:
    name: str
    kind: str
    color: str
    shortcut: str = ""
    fields: tuple[AttributeField, ...] = ()
    position: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "color": self.color,
            "shortcut": self.shortcut,
            "fields": [
                {"name": f.name, "type": f.type, "choices": list(f.choices)} for f in self.fields
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], position: int = 0) -> Label:
        fields = tuple(
            AttributeField(
                str(f["name"]), str(f.get("type", "choice")), tuple(f.get("choices", ()))
            )
            for f in data.get("fields", ())
        )
        return cls(
            name=str(data["name"]),
            kind=str(data.get("kind", "other")),
            color=str(data.get("color", "#cccccc")),
            shortcut=str(data.get("shortcut", "")),
            fields=fields,
            position=position,
        )


def dumps(value: Any) -> str:
    """JSON as stored in the project: Arabic kept readable, keys sorted for stable diffs."""
    if value == {}:
        return "{}"  # most annotations' attributes: spared the JSON encoder
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
