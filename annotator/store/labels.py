"""The project's stored label schema (`annotator.label_schema` has defaults and JSON)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from annotator.errors import InputError
from annotator.label_schema import validate_schema
from annotator.store.project import Change
from annotator.store.querying import marks
from annotator.store.records import Label, dumps

if TYPE_CHECKING:
    from annotator.store.project import Project


class Labels:
    def __init__(self, project: Project) -> None:
        self.project = project
        self._cache: list[Label] | None = None

    def all(self) -> list[Label]:
        if self._cache is None:
            rows = self.project._db.execute(
                "SELECT name, kind, color, shortcut, fields, position FROM labels"
                " ORDER BY position, name"
            )
            self._cache = [
                Label.from_json(
                    {"name": n, "kind": k, "color": c, "shortcut": s, "fields": json.loads(f)}, p
                )
                for n, k, c, s, f, p in rows
            ]
        return list(self._cache)

    def forget_cached(self) -> None:
        """Read the schema again next time (it changed, or a transaction rolled back)."""
        self._cache = None

    def get(self, name: str) -> Label | None:
        return next((lab for lab in self.all() if lab.name == name), None)

    def kind_of(self, name: str) -> str:
        """What an annotation labelled `name` is (claim, speaker, cue, other); "" for a
        label the schema no longer has. The one place a label's kind is looked up."""
        label = self.get(name)
        return label.kind if label is not None else ""

    def names_of_kind(self, kind: str) -> set[str]:
        return {lab.name for lab in self.all() if lab.kind == kind}

    def set_schema(self, labels: list[Label], renames: dict[str, str] | None = None) -> list[Label]:
        """Replace the schema in one transaction. `renames` maps old names to new ones so
        existing annotations follow; a label still in use cannot be dropped."""
        labels = validate_schema(labels)
        renames = renames or {}
        new_names = {lab.name for lab in labels}
        used = {r[0] for r in self.project._db.execute("SELECT DISTINCT label FROM annotations")}
        for old in used:
            if renames.get(old, old) not in new_names:
                raise InputError(
                    f"label {old!r} is still used by annotations and cannot be removed"
                )
        with self.project.atomic():
            # Two steps through temporary names, so swapping two names never collides.
            moves = [(old, new) for old, new in renames.items() if old != new]
            # Their annotations follow (ON UPDATE CASCADE); say so, so views re-read them.
            moved: dict[int, list[int]] = {}
            if moves:
                olds = [old for old, _new in moves]
                for ann_id, doc_id in self.project._db.execute(
                    f"SELECT id, document_id FROM annotations WHERE label IN ({marks(olds)})",
                    olds,
                ):
                    moved.setdefault(doc_id, []).append(ann_id)
            for i, (old, _new) in enumerate(moves):
                self.project._db.execute(
                    "UPDATE labels SET name = ? WHERE name = ?", [f"\x00renaming{i}", old]
                )
            for i, (_old, new) in enumerate(moves):
                self.project._db.execute(
                    "UPDATE labels SET name = ? WHERE name = ?", [new, f"\x00renaming{i}"]
                )
            self.project._db.execute(
                f"DELETE FROM labels WHERE name NOT IN ({marks(new_names)})",
                sorted(new_names),
            )
            for lab in labels:
                self.project._db.execute(
                    "INSERT INTO labels(name, kind, color, shortcut, fields, position)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                    " kind = excluded.kind,"
                    " color = excluded.color, shortcut = excluded.shortcut,"
                    " fields = excluded.fields, position = excluded.position",
                    [
                        lab.name,
                        lab.kind,
                        lab.color,
                        lab.shortcut,
                        dumps(lab.to_json()["fields"]),
                        lab.position,
                    ],
                )
            # Listeners hear of the change at commit, before this method returns: the
            # cache must already be gone so they read the new schema, not the old one.
            self.forget_cached()
            for doc_id, ann_ids in moved.items():
                self.project.changed(Change("annotations", "update", tuple(ann_ids), doc_id))
            self.project.changed(Change("labels", "update"))
        return self.all()
