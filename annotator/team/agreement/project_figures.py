"""Agreement figures for a whole project: the store's annotations fed to `agreement`.

Scope. An analyst is taken to have worked on a document when they have at least one
annotation in it; nothing else in the file says who read what. A pair of analysts is
compared over the documents both worked on, so a colleague who has not reached a document
yet is not counted as disagreeing about all of it. Alpha for all analysts together treats
a document an analyst did not work on as missing values (Krippendorff's alpha allows
them). Reviewers' corrections (see `review.CORRECTS`) are not anyone's first opinion and
are left out; every analyst annotation counts whatever its review status.

Attribution. A claim's speakers are the speaker entity UUIDs of the mentions it is linked
to, or `text:` and the mention's text for a mention not grouped under an entity, so two
analysts who linked the same words agree even before the lead groups the speakers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from annotator.errors import NotFoundError
from annotator.team.agreement.document_answers import answer_rows
from annotator.team.agreement.measures import (
    ALL,
    Row,
    Span,
    Tokens,
    agreement_table,
    krippendorff_alpha_nominal,
    no_cycle_collection,
    token_labels,
    tokens,
)
from annotator.team.review import attributed_speakers, correction_ids

if TYPE_CHECKING:
    from annotator.store.project import Project


@dataclass(frozen=True)
class ProjectSpans:
    """Everything the agreement maths needs from a project, keyed by document UUID."""

    spans: list[Span]
    tokens: Tokens
    analysts_by_document: dict[str, frozenset[str]]
    claim_labels: frozenset[str]

    @property
    def analysts(self) -> list[str]:
        return sorted(set().union(*self.analysts_by_document.values()))


def _speakers(project: Project, document_id: int | None) -> dict[int, set[str]]:
    """Claim annotation id -> the speakers it is attributed to (see module docstring)."""
    return {
        claim_id: {ident if kind == "entity" else "text:" + ident for kind, ident, _ in keys}
        for claim_id, keys in attributed_speakers(project, document_id).items()
    }


def project_spans(project: Project, document_uuid: str | None = None) -> ProjectSpans:
    """The analysts' spans of the project (or of one document, by UUID) with word tokens."""
    only: int | None = None  # one document: read only its annotations and links
    if document_uuid is None:
        documents = {d.id: d.uuid for d in project.documents.all()}
    else:
        found = project.documents.by_uuid(document_uuid)
        if found is None:
            raise NotFoundError(f"has no document with UUID {document_uuid}", project.path)
        documents, only = {found.id: found.uuid}, found.id
    claim_labels = frozenset(project.labels.names_of_kind("claim"))
    skip = correction_ids(project)
    speakers = _speakers(project, only)
    spans: list[Span] = []
    analysts: dict[str, set[str]] = defaultdict(set)
    where, params = ("1", []) if only is None else ("document_id = ?", [only])
    for ann in project.annotations.iter_all(where, params):
        if ann.id in skip:
            continue
        doc_uuid = documents[ann.document_id]
        said = speakers.get(ann.id, set()) if ann.label in claim_labels else set()
        spans.append(Span(ann.analyst, doc_uuid, ann.label, ann.start, ann.end, frozenset(said)))
        analysts[doc_uuid].add(ann.analyst)
    doc_tokens = {
        documents[doc_id]: tokens(project.documents.text(doc_id))
        for doc_id in sorted(documents)
        if documents[doc_id] in analysts
    }
    return ProjectSpans(
        spans,
        doc_tokens,
        {doc: frozenset(names) for doc, names in analysts.items()},
        claim_labels,
    )


def agreement_rows(project: Project, document_uuid: str | None = None) -> list[Row]:
    """Rows for every pair of analysts (over the documents both worked on), then alpha for
    all analysts together per label and overall (`*`)."""
    data = project_spans(project, document_uuid)
    with no_cycle_collection():
        return _rows(project, data, document_uuid)


def _rows(project: Project, data: ProjectSpans, document_uuid: str | None) -> list[Row]:
    rows: list[Row] = []
    for a, b in combinations(data.analysts, 2):
        shared = {
            doc: toks
            for doc, toks in data.tokens.items()
            if {a, b} <= data.analysts_by_document[doc]
        }
        if not shared:
            continue
        pair = [s for s in data.spans if s.analyst in (a, b)]
        rows.extend(agreement_table(pair, shared, data.claim_labels, together=False))
    rows.extend(_alpha_all(data))
    only = None if document_uuid is None else project.documents.by_uuid(document_uuid)
    rows.extend(answer_rows(project, None if only is None else only.id))
    return rows


def _alpha_all(data: ProjectSpans) -> list[Row]:
    """Alpha over all analysts and the documents at least two of them worked on."""
    docs = sorted(d for d, names in data.analysts_by_document.items() if len(names) > 1)
    in_scope = [s for s in data.spans if s.document in docs]
    by_analyst_doc: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for s in in_scope:
        by_analyst_doc[s.analyst, s.document].append(s)
    labels = [ALL, *sorted({s.label for s in in_scope})]
    rows = []
    for label in labels:
        columns: list[list[Hashable | None]] = []
        for name in data.analysts:
            column: list[Hashable | None] = []
            for doc in docs:
                one_doc = {doc: data.tokens[doc]}
                if name in data.analysts_by_document[doc]:
                    column.extend(token_labels(by_analyst_doc[name, doc], one_doc, label))
                else:
                    column.extend([None] * len(data.tokens[doc]))
            columns.append(column)
        alpha = krippendorff_alpha_nominal(zip(*columns, strict=True)) if columns else None
        rows.append(Row(label, ALL, ALL, "krippendorff_alpha", alpha))
    return rows
