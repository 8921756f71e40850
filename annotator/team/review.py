"""Reviewing merged work: where analysts disagree, and the reviewer's decisions.

A disagreement is found among the analysts' own annotations; a reviewer's corrections are
left out (they are the answer, not an opinion), and are recognised by a `corrects` link
from the corrected annotation to the one it replaces, so the record of who changed what
travels with the file through merges and exports. The adjudicated set is every annotation
whose review status is `accepted`.

Every decision is one transaction and returns what undo needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from annotator.errors import InvalidSpanError
from annotator.store.annotations import Removed
from annotator.store.project import now
from annotator.store.querying import select_in
from annotator.store.records import ATTRIBUTION, Annotation, Link

if TYPE_CHECKING:
    from annotator.store.project import Project

CORRECTS = "corrects"  # link type: reviewer's corrected annotation -> the original it replaces
KINDS = ("missing", "label", "boundary", "attribution")
T = TypeVar("T")


@dataclass(frozen=True)
class Disagreement:
    """One place where analysts differ; `resolved` once each annotation in it is reviewed."""

    kind: str  # one of KINDS
    document_id: int
    annotation_ids: tuple[int, ...]
    start: int
    end: int
    description: str
    resolved: bool = False


def correction_ids(project: Project) -> set[int]:
    """Annotations a reviewer made by correcting another (the sources of `corrects` links)."""
    rows = project._db.execute("SELECT source_id FROM links WHERE type = ?", [CORRECTS])
    return {r[0] for r in rows}


def analysts_annotations(
    project: Project,
    document_id: int,
    analysts: Iterable[str] | None = None,
    corrections: set[int] | None = None,
) -> list[Annotation]:
    """The analysts' own annotations of a document (no corrections), optionally filtered;
    `corrections` is `correction_ids(project)` when the caller has it already."""
    wanted = None if analysts is None else set(analysts)
    skip = correction_ids(project) if corrections is None else corrections
    return [
        a
        for a in project.annotations.for_document(document_id)
        if a.id not in skip and (wanted is None or a.analyst in wanted)
    ]


# --- finding disagreements -------------------------------------------------------------------


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return "«" + (text if len(text) <= limit else text[: limit - 1] + "…") + "»"


def _components(spans: list[Annotation]) -> list[list[Annotation]]:
    """Groups of spans joined by overlaps between different analysts (union-find)."""
    spans = sorted(spans, key=lambda a: (a.start, a.end, a.id))
    parent = list(range(len(spans)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(spans):
        for j in range(i + 1, len(spans)):
            b = spans[j]
            if b.start >= a.end:
                break
            if a.analyst != b.analyst:
                parent[root(j)] = root(i)
    groups: dict[int, list[Annotation]] = defaultdict(list)
    for i, a in enumerate(spans):
        groups[root(i)].append(a)
    return list(groups.values())


def _per_analyst(
    group: list[Annotation], key: Callable[[Annotation], Iterable[T]]
) -> dict[str, frozenset[T]]:
    """Each analyst's set of `key` values over their spans in a group, by analyst name."""
    out: dict[str, set[T]] = defaultdict(set)
    for a in group:
        out[a.analyst].update(key(a))
    return {name: frozenset(values) for name, values in sorted(out.items())}


def attributed_speakers(
    project: Project, document_id: int | None = None
) -> dict[int, set[tuple[str, str, str]]]:
    """Claim id -> who it is attributed to, as (kind, identity, shown name): speaker
    entities by UUID, or the mention's text when it is not grouped under an entity. One
    query for a document (or the whole project), not one per claim and mention."""
    sql = """
        SELECT k.source_id, e.uuid, e.name, t.text FROM links k
        JOIN annotations t ON t.id = k.target_id
        LEFT JOIN entities e ON e.id = t.entity_id
        WHERE k.type = ?
        """
    params: list[object] = [ATTRIBUTION]
    if document_id is not None:
        sql += " AND t.document_id = ?"
        params.append(document_id)
    out: dict[int, set[tuple[str, str, str]]] = defaultdict(set)
    for claim_id, entity_uuid, entity_name, text in project._db.execute(sql, params):
        if entity_uuid is not None:
            out[claim_id].add(("entity", entity_uuid, entity_name))
        else:
            out[claim_id].add(("text", text, _quote(text)))
    return dict(out)


def _describe_speakers(keys: frozenset[tuple[str, str, str]]) -> str:
    names = sorted(key[2] for key in keys)
    return ", ".join(names) if names else "nobody"


def disagreements(
    project: Project, document_id: int, analysts: Iterable[str] | None = None
) -> list[Disagreement]:
    """Every disagreement in a document among `analysts` (default: all), in text order.

    `missing`: a span some analysts of the document marked and others did not mark with that
    label anywhere overlapping (unless the others marked the same range with another label,
    which is a `label` disagreement). `label`: the same range with different labels.
    `boundary`: overlapping same-label spans whose ranges differ. `attribution`: matched
    claims attributed to different speakers. Only analysts with some annotation in the
    document take part: one who has not started it is not disagreeing.
    """
    return disagreements_among(
        project, document_id, analysts_annotations(project, document_id, analysts)
    )


def disagreements_among(
    project: Project, document_id: int, anns: list[Annotation]
) -> list[Disagreement]:
    """`disagreements` among the analysts' annotations `anns` of the document (for a
    caller that has read them already)."""
    names = sorted({a.analyst for a in anns})
    if len(names) < 2:
        return []
    text = project.documents.text(document_id)
    claim_labels = project.labels.names_of_kind("claim")
    speakers = attributed_speakers(project, document_id)
    found: list[Disagreement] = []

    def add(kind: str, group: Iterable[Annotation], description: str) -> None:
        group = sorted(group, key=lambda a: (a.start, a.end, a.id))
        found.append(
            Disagreement(
                kind,
                document_id,
                tuple(a.id for a in group),
                min(a.start for a in group),
                max(a.end for a in group),
                description,
                all(a.review_status != "pending" for a in group),
            )
        )

    by_range: dict[tuple[int, int], list[Annotation]] = defaultdict(list)
    for a in anns:
        by_range[a.start, a.end].append(a)
    for (start, end), group in by_range.items():
        labels = _per_analyst(group, lambda a: {a.label})
        if len(labels) > 1 and len(set(labels.values())) > 1:
            who = "; ".join(f"{name} {', '.join(sorted(ls))}" for name, ls in labels.items())
            add("label", group, f"different labels for {_quote(text[start:end])}: {who}")

    by_label: dict[str, list[Annotation]] = defaultdict(list)
    ranges_of: dict[str, set[tuple[int, int]]] = defaultdict(set)  # any label, per analyst
    for a in anns:
        by_label[a.label].append(a)
        ranges_of[a.analyst].add((a.start, a.end))
    for label, spans in sorted(by_label.items()):
        for group in _components(spans):
            quoted = _quote(text[min(a.start for a in group) : max(a.end for a in group)])
            present = {a.analyst for a in group}
            ranges = {(a.start, a.end) for a in group}
            absent = [
                name for name in names if name not in present and not ranges & ranges_of[name]
            ]
            if absent:
                add(
                    "missing",
                    group,
                    f"{label} {quoted} marked by {', '.join(sorted(present))},"
                    f" not by {', '.join(absent)}",
                )
            bounds = _per_analyst(group, lambda a: {(a.start, a.end)})
            if len(bounds) > 1 and len(set(bounds.values())) > 1:
                who = "; ".join(
                    f"{name} {', '.join(f'{s}-{e}' for s, e in sorted(r))}"
                    for name, r in bounds.items()
                )
                add("boundary", group, f"{label} {quoted} has different boundaries: {who}")
            if label in claim_labels and len(present) > 1:
                said = _per_analyst(group, lambda a: speakers.get(a.id, ()))
                if len(set(said.values())) > 1:
                    who = "; ".join(f"{n} → {_describe_speakers(k)}" for n, k in said.items())
                    add("attribution", group, f"{label} {quoted} attributed differently: {who}")
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(found, key=lambda d: (d.start, d.end, order[d.kind], d.annotation_ids))


# --- decisions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """An annotation before and after a review decision; undo restores `before`."""

    before: Annotation
    after: Annotation


def accept(project: Project, ann_id: int, reviewer: str) -> Decision:
    before = project.annotations.get(ann_id)
    return Decision(before, project.annotations.set_review(ann_id, "accepted", reviewer))


def reject(project: Project, ann_id: int, reviewer: str) -> Decision:
    before = project.annotations.get(ann_id)
    return Decision(before, project.annotations.set_review(ann_id, "rejected", reviewer))


def undo_decision(project: Project, decision: Decision) -> None:
    project.annotations.restore_review(decision.before)


def redo_decision(project: Project, decision: Decision) -> None:
    project.annotations.restore_review(decision.after)


def undo_decisions(project: Project, decisions: Iterable[Decision]) -> None:
    """Put back what several decisions (accept-agreed) changed, last first, in one transaction."""
    with project.atomic():
        for decision in reversed(list(decisions)):
            undo_decision(project, decision)


def redo_decisions(project: Project, decisions: Iterable[Decision]) -> None:
    """Make the same decisions again, in their order, in one transaction."""
    with project.atomic():
        for decision in decisions:
            redo_decision(project, decision)


def accept_agreed(project: Project, document_id: int, reviewer: str) -> list[Decision]:
    """Accept what every analyst of the document marked identically, once (one transaction).

    A range marked with the same label by each analyst, and in no disagreement, is kept as
    the first analyst's (by name) annotation and the identical copies are rejected, so the
    adjudicated set holds it once. Taking every copy from the same analyst keeps a kept
    claim linked to a kept speaker mention. Only pending annotations are touched.
    """
    anns = analysts_annotations(project, document_id)
    names = sorted({a.analyst for a in anns})
    if len(names) < 2:
        return []
    found = disagreements_among(project, document_id, anns)
    disputed = {i for d in found for i in d.annotation_ids}
    groups: dict[tuple[str, int, int], list[Annotation]] = defaultdict(list)
    for a in anns:
        groups[a.label, a.start, a.end].append(a)
    decisions: list[Decision] = []
    with project.atomic():
        for group in groups.values():
            if sorted(a.analyst for a in group) != names:  # everyone, each exactly once
                continue
            if any(a.id in disputed or a.review_status != "pending" for a in group):
                continue
            for a in sorted(group, key=lambda a: a.analyst):  # `a` is as read: the before
                status = "accepted" if a.analyst == names[0] else "rejected"
                decisions.append(
                    Decision(a, project.annotations.set_review(a.id, status, reviewer))
                )
    return decisions


@dataclass(frozen=True)
class Correction:
    """A correction: the original before and after (rejected), the reviewer's new annotation
    and the links made for it (copies of the original's links, and `corrects`)."""

    original: Annotation
    rejected: Annotation
    created: Annotation
    links: tuple[Link, ...]


def correct(
    project: Project, ann_id: int, start: int, end: int, label: str, reviewer: str
) -> Correction:
    """Replace an annotation by the reviewer's accepted version, in one transaction.

    The original is rejected, not deleted, so the analyst's work and the decision stay on
    record. The new annotation keeps the original's speaker entity, note, links (a claim
    stays attributed) and, when the label is unchanged, its attributes.
    """
    original = project.annotations.get(ann_id)
    if (start, end, label) == (original.start, original.end, original.label):
        raise InvalidSpanError("the correction is the same as the annotation; accept it instead")
    old_links = project.links.touching(ann_id)
    with project.atomic():
        reviewer = project.ensure_analyst(reviewer)
        created = project.annotations.add(
            original.document_id,
            label,
            start,
            end,
            reviewer,
            note=original.note,
            attributes=original.attributes if label == original.label else {},
            entity_id=original.entity_id,
            review_status="accepted",
            reviewer=reviewer,
            reviewed_at=now(),
        )
        links = [project.links.add(created.id, ann_id, reviewer, CORRECTS)]
        for link in old_links:
            source = created.id if link.source_id == ann_id else link.source_id
            target = created.id if link.target_id == ann_id else link.target_id
            if project.links.find(source, target, link.type) is None:
                links.append(project.links.add(source, target, reviewer, link.type))
        rejected = project.annotations.set_review(ann_id, "rejected", reviewer)
    return Correction(original, rejected, created, tuple(links))


def undo_correction(project: Project, correction: Correction) -> None:
    with project.atomic():
        project.annotations.delete(correction.created.id)  # its links go with it
        project.annotations.restore_review(correction.original)


def redo_correction(project: Project, correction: Correction) -> None:
    """Put the same correction back (same ids and UUIDs), as redo must."""
    with project.atomic():
        project.annotations.restore(Removed(correction.created, correction.links))
        project.annotations.restore_review(correction.rejected)


# --- document fields --------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldDisagreement:
    """A document on which analysts gave different answers to one document field."""

    document_id: int
    title: str
    field: str
    answers: tuple[tuple[str, str], ...]  # (analyst, answer), by analyst name


def field_disagreements(project: Project, hidden: Iterable[str] = ()) -> list[FieldDisagreement]:
    """Every (document, field) whose analysts, less the `hidden` ones, answered in more than
    one way: in document order, then the schema's order of fields (what the reviewer walks
    through, project-wide, as the documents list filter "fields disagree" shows them)."""
    skip = set(hidden)
    rows = project._db.execute(
        """
        SELECT f.document_id, d.title, f.field, f.analyst, f.value
        FROM document_fields f JOIN documents d ON d.id = f.document_id
        WHERE f.value != '' AND (f.document_id, f.field) IN (
            SELECT document_id, field FROM document_fields WHERE value != ''
            GROUP BY document_id, field HAVING count(DISTINCT value) > 1)
        ORDER BY f.document_id, f.analyst
        """
    )
    found: dict[tuple[int, str], tuple[str, list[tuple[str, str]]]] = {}
    for doc_id, title, name, analyst, value in rows:
        if analyst not in skip:
            found.setdefault((doc_id, name), (title, []))[1].append((analyst, value))
    order = {name: i for i, name in enumerate(project.document_fields.names())}
    return [
        FieldDisagreement(doc_id, title, name, tuple(answers))
        for (doc_id, name), (title, answers) in sorted(
            found.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], len(order)), kv[0][1])
        )
        if len({value for _analyst, value in answers}) > 1
    ]


# --- progress and result -----------------------------------------------------------------------


def review_progress(
    project: Project, doc_ids: Iterable[int] | None = None
) -> dict[int, tuple[int, int]]:
    """Per document (all, or `doc_ids`): (analysts' annotations reviewed, analysts'
    annotations in all)."""
    sql = """
        SELECT d.id, count(a.id), coalesce(sum(a.review_status != 'pending'), 0)
        FROM documents d
        LEFT JOIN annotations a ON a.document_id = d.id
             AND a.id NOT IN (SELECT source_id FROM links WHERE type = ?)
        WHERE {ids} GROUP BY d.id ORDER BY d.id
        """
    rows = select_in(project._db, sql, "d.id", doc_ids, [CORRECTS])
    return {doc_id: (reviewed, total) for doc_id, total, reviewed in rows}


def adjudicated(project: Project, document_id: int | None = None) -> list[Annotation]:
    """The reviewed result: every accepted annotation (corrections included)."""
    where, params = "review_status = 'accepted'", []
    if document_id is not None:
        where += " AND document_id = ?"
        params.append(document_id)
    return list(project.annotations.iter_all(where, params))
