"""Suggestions for a document of a project: read what the project knows, compute, fit.

`document_suggestions` is the one entry point for the CLI and the benchmark. The window
splits the same steps (`Inputs` read on its thread, `compute` on a worker, `fit` back on
its thread) so the text is never scanned on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.store import suggestion_rejections
from annotator.suggestions.engine import Existing, Found, Key, compute
from annotator.suggestions.lexicon import Lexicon, default_lexicon
from annotator.suggestions.project_match import MarkedTexts
from annotator.suggestions.records import KINDS, Group

if TYPE_CHECKING:
    from annotator.store.project import Project


def labels_by_kind(project: Project) -> dict[str, str]:
    """The label each suggested kind is stored under: the first of that kind in the schema."""
    found: dict[str, str] = {}
    for label in project.labels.all():
        if label.kind in KINDS and label.kind not in found:
            found[label.kind] = label.name
    return found


def existing(project: Project, document_id: int) -> list[Existing]:
    kinds = {lab.name: lab.kind for lab in project.labels.all()}
    return [
        Existing(a.id, kinds.get(a.label, "other"), a.start, a.end)
        for a in project.annotations.for_document(document_id)
    ]


def marked(project: Project) -> MarkedTexts:
    speakers, cues = suggestion_rejections.marked_texts(project)
    return MarkedTexts.of(speakers, cues)


@dataclass(frozen=True)
class Inputs:
    """Everything a computation needs from the project, read at once."""

    text: str
    marked: MarkedTexts
    existing: tuple[Existing, ...]
    rejected: frozenset[Key]

    @classmethod
    def read(cls, project: Project, document_id: int) -> Inputs:
        return cls(
            project.documents.text(document_id),
            marked(project),
            tuple(existing(project, document_id)),
            frozenset(suggestion_rejections.rejected(project, document_id)),
        )


def document_suggestions(
    project: Project, document_id: int, lexicon: Lexicon | None = None
) -> list[Group]:
    """The suggestions for one document, fitted to its annotations and rejections."""
    inputs = Inputs.read(project, document_id)
    found: Found = compute(inputs.text, lexicon or default_lexicon(), inputs.marked)
    return found.groups(inputs.existing, inputs.rejected)
