"""Agreement on document-level fields ("check-worthy?"), reported as label `doc:<field>`.

Each document is one unit and each analyst's answer its value. A pair of analysts is
compared over the documents both answered (Cohen's kappa, and the share of documents on
which they gave the same answer); all analysts together get Krippendorff's nominal alpha
over the documents at least two of them answered, a missing answer being a missing value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from itertools import combinations
from typing import TYPE_CHECKING

from annotator.team.agreement.measures import (
    ALL,
    Row,
    cohen_kappa_from_labels,
    krippendorff_alpha_nominal,
)

if TYPE_CHECKING:
    from annotator.store.project import Project

PREFIX = "doc:"


def answer_rows(project: Project, document_id: int | None = None) -> list[Row]:
    """Rows per document field (in schema order) for every pair, then alpha for all."""
    by_field: dict[str, dict[int, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for v in project.document_fields.all():
        if document_id is None or v.document_id == document_id:
            by_field[v.field][v.document_id][v.analyst] = v.value
    rows: list[Row] = []
    for name in project.document_fields.names():
        if name in by_field:
            rows.extend(_field_rows(PREFIX + name, by_field[name]))
    return rows


def _field_rows(label: str, answers: dict[int, dict[str, str]]) -> list[Row]:
    analysts = sorted({a for given in answers.values() for a in given})
    rows: list[Row] = []
    for a, b in combinations(analysts, 2):
        both = [given for given in answers.values() if a in given and b in given]
        if not both:
            continue
        left, right = [g[a] for g in both], [g[b] for g in both]
        same = sum(x == y for x, y in zip(left, right, strict=True)) / len(both)
        rows.append(Row(label, a, b, "percent_agreement", same))
        rows.append(Row(label, a, b, "cohen_kappa", cohen_kappa_from_labels(left, right)))
    units: list[list[Hashable | None]] = [
        [given.get(a) for a in analysts] for given in answers.values() if len(given) > 1
    ]
    if units:
        rows.append(Row(label, ALL, ALL, "krippendorff_alpha", krippendorff_alpha_nominal(units)))
    return rows
