"""Rules of attribution, the same for the window and any other caller.

Which link a claim makes to an annotation (a speaker link or a cue link, by the target's
label kind), which claims a speaker mention carries, which mentions a claim can be given
(nearest first), and deleting a speaker mention while handing its claims to another mention
of the same speaker, as one transaction that can be undone and redone exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.store.records import ATTRIBUTION, CUE_LINK, Link
from annotator.text.arabic import fold

if TYPE_CHECKING:
    from annotator.store.annotations import Removed
    from annotator.store.project import Project


def link_type_for(project: Project, target_id: int) -> str:
    """The link a claim makes to `target_id`: a cue link for a cue-kind label, else speaker."""
    kind = project.labels.kind_of(project.annotations.get(target_id).label)
    return CUE_LINK if kind == "cue" else ATTRIBUTION


def attributed_claims(project: Project, mention_id: int) -> list[int]:
    """The claims attributed to one speaker mention, in the order they were linked."""
    return [
        k.source_id
        for k in project.links.touching(mention_id)
        if k.target_id == mention_id and k.type == ATTRIBUTION
    ]


def linked_to(project: Project, ann_id: int) -> set[int]:
    """Annotations linked to `ann_id` either way: a claim's speakers and cue, or the claims
    of a speaker mention or a cue."""
    return {
        link.target_id if link.source_id == ann_id else link.source_id
        for link in project.links.touching(ann_id)
    }


def same_speaker_mentions(project: Project, mention_id: int) -> list[int]:
    """Other mentions of the mention's entity in its document, nearest first (a link stays
    inside one document)."""
    mention = project.annotations.get(mention_id)
    if mention.entity_id is None:
        return []
    others = [
        a
        for a in project.annotations.for_document(mention.document_id)
        if a.entity_id == mention.entity_id and a.id != mention_id
    ]
    others.sort(key=lambda a: (abs(a.start - mention.start), a.id))
    return [a.id for a in others]


# -- speaker candidates for a claim --------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    ann_id: int
    text: str
    entity: str  # canonical name of its speaker entity, "" when ungrouped
    distance: int  # code points between the claim and the mention, 0 when they overlap
    context: str  # a few words around the mention, for telling equal mentions apart
    key: str  # folded text a filter matches against


def context_of(text: str, start: int, end: int, width: int = 28) -> str:
    """The mention with some text either side, on one line (display only, never stored)."""
    left, right = max(0, start - width), min(len(text), end + width)
    snippet = text[left:right]
    snippet = " ".join(snippet.split())
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


def speaker_candidates(
    project: Project, claim_id: int, kinds: tuple[str, ...] = ("speaker",)
) -> list[Candidate]:
    """Mentions of the claim's document with a label of `kinds`, nearest first; mentions
    the claim is already linked to are left out."""
    claim = project.annotations.get(claim_id)
    labels: set[str] = set()
    for kind in kinds:
        labels |= project.labels.names_of_kind(kind)
    linked = {k.target_id for k in project.links.touching(claim_id) if k.source_id == claim_id}
    text = project.documents.text(claim.document_id)
    names: dict[int, str] = {}
    found: list[Candidate] = []
    for ann in project.annotations.for_document(claim.document_id):
        if ann.label not in labels or ann.id == claim_id or ann.id in linked:
            continue
        entity = ""
        if ann.entity_id is not None:
            if ann.entity_id not in names:
                names[ann.entity_id] = project.entities.get(ann.entity_id).name
            entity = names[ann.entity_id]
        distance = max(0, claim.start - ann.end, ann.start - claim.end)
        found.append(
            Candidate(
                ann.id,
                ann.text,
                entity,
                distance,
                context_of(text, ann.start, ann.end),
                fold(f"{ann.text} {entity}"),
            )
        )
    found.sort(key=lambda c: (c.distance, c.ann_id))
    return found


def linked_texts(project: Project, claim_id: int, kinds: tuple[str, ...]) -> list[str]:
    """Texts of the mentions of `kinds` the claim is already linked to."""
    out = []
    for link in project.links.touching(claim_id):
        if link.source_id == claim_id:
            target = project.annotations.get(link.target_id)
            if project.labels.kind_of(target.label) in kinds:
                out.append(target.text)
    return out


# -- deleting a speaker mention ------------------------------------------------------------


@dataclass(frozen=True)
class MentionDeletion:
    """What deleting a mention did: links it added (claims handed to another mention) and
    the mention removed with its links; enough to undo and redo it exactly."""

    added: tuple[Link, ...]
    removed: Removed


def delete_mention(
    project: Project, mention_id: int, analyst: str, reattribute_to: int | None = None
) -> MentionDeletion:
    """Delete a speaker mention in one transaction; with `reattribute_to`, its claims are
    first attributed to that mention (unless they already are), else they are left without
    this speaker."""
    added: list[Link] = []
    with project.atomic():
        if reattribute_to is not None:
            for claim_id in attributed_claims(project, mention_id):
                if project.links.find(claim_id, reattribute_to) is None:
                    added.append(project.links.add(claim_id, reattribute_to, analyst, ATTRIBUTION))
        removed = project.annotations.delete(mention_id)
    return MentionDeletion(tuple(added), removed)


def undo_mention_deletion(project: Project, deletion: MentionDeletion) -> None:
    with project.atomic():
        project.annotations.restore(deletion.removed)
        for link in reversed(deletion.added):
            project.links.delete(link.id)


def redo_mention_deletion(project: Project, deletion: MentionDeletion) -> None:
    with project.atomic():
        for link in deletion.added:
            project.links.restore(link)
        project.annotations.delete(deletion.removed.annotation.id)
