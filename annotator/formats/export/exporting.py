"""Exports: what every format shares, and `export()` to pick one.

Exports read one document at a time (constant memory however large the project) and write
through `outputs.open_output`: a temporary file in the target folder renamed into place only
when complete (special files such as `/dev/null` in place), so an interrupted export never
leaves a half file under the target name. `-` writes to standard output. Data exports are
always in logical order: nothing is reshaped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from annotator.errors import AnnotatorError
from annotator.formats.export.choices import FORMATS, REVIEWED, Reviewed
from annotator.formats.export.outputs import open_output
from annotator.store.records import ATTRIBUTION, Annotation, Document, Entity, Link

if TYPE_CHECKING:
    from annotator.store.project import Project


@dataclass
class Bundle:
    """One document with its exported annotations and the links among them."""

    document: Document
    annotations: list[Annotation]
    links: list[Link]
    speakers_of: dict[int, list[Annotation]] = field(default_factory=dict)

    def speakers(self, claim_id: int) -> list[Annotation]:
        """Speaker mentions a claim is attributed to, in the order they were linked."""
        return self.speakers_of.get(claim_id, [])


def bundles(project: Project, reviewed: Reviewed = "all") -> Iterator[Bundle]:
    """Each document in turn; with `reviewed="accepted"` only accepted annotations (and the
    links whose both ends are accepted) are included, every document still appears."""
    if reviewed not in REVIEWED:
        raise AnnotatorError(f"unknown review selection {reviewed!r}; use all or accepted")
    for meta in project.documents.all():
        # Read the text directly: the documents cache would keep every text in memory.
        row = project._db.execute("SELECT text FROM documents WHERE id = ?", [meta.id]).fetchone()
        doc = replace(meta, text=row[0])
        anns = project.annotations.for_document(doc.id)
        if reviewed == "accepted":
            anns = [a for a in anns if a.review_status == "accepted"]
        by_id = {a.id: a for a in anns}
        links = [
            k
            for k in project.links.for_document(doc.id)
            if k.source_id in by_id and k.target_id in by_id
        ]
        # Indexed once: a CSV row per annotation asks for its speakers, and scanning every
        # link of the document for each row is quadratic in a large document.
        speakers_of: dict[int, list[Annotation]] = {}
        for k in links:
            if k.type == ATTRIBUTION:
                speakers_of.setdefault(k.source_id, []).append(by_id[k.target_id])
        yield Bundle(doc, anns, links, speakers_of)


def entity_map(project: Project) -> dict[int, Entity]:
    return {e.id: e for e in project.entities.all()}


def speaker_name(mention: Annotation, entities: dict[int, Entity]) -> str:
    """The speaker's canonical name when the mention is grouped, else the mention itself."""
    if mention.entity_id is not None and mention.entity_id in entities:
        return entities[mention.entity_id].name
    return mention.text


def attribute_names(project: Project, kinds: set[str] | None = None) -> list[str]:
    """Attribute fields of the schema in order (for labels of `kinds`), then any other
    attribute names found in the data, so no value is left out of a CSV."""
    labels = [lab for lab in project.labels.all() if kinds is None or lab.kind in kinds]
    names: list[str] = []
    for lab in labels:
        names += [f.name for f in lab.fields if f.name not in names]
    marks = ",".join("?" * len(labels)) or "NULL"
    extra = project._db.execute(
        "SELECT DISTINCT j.key FROM annotations a, json_each(a.attributes) j"
        f" WHERE a.label IN ({marks}) ORDER BY j.key",
        [lab.name for lab in labels],
    )
    names += [r[0] for r in extra if r[0] not in names]
    return names


def _check_choices(fmt: str, reviewed: str) -> None:
    if fmt not in FORMATS:
        raise AnnotatorError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if reviewed not in REVIEWED:
        raise AnnotatorError(f"unknown review selection {reviewed!r}; use all or accepted")


def write_format(
    project: Project,
    fmt: str,
    out: TextIO,
    *,
    reviewed: Reviewed = "all",
    formula_guard: bool = True,
) -> int:
    """Write the project as `fmt` (csv, claims-csv or jsonl) to an open stream (one from
    `open_output`, or a wrapper round it); returns the rows (CSV) or lines (JSONL) written."""
    from annotator.formats.export.csv_tables import write_annotations_csv, write_claims_csv
    from annotator.formats.export.doccano import write_jsonl
    from annotator.formats.export.documents_csv import write_documents_csv

    _check_choices(fmt, reviewed)
    if fmt == "documents-csv":
        return write_documents_csv(project, out, reviewed=reviewed, guard_cells=formula_guard)
    if fmt == "csv":
        return write_annotations_csv(project, out, reviewed=reviewed, guard=formula_guard)
    if fmt == "claims-csv":
        return write_claims_csv(project, out, reviewed=reviewed, guard=formula_guard)
    return write_jsonl(project, out, reviewed=reviewed)


def export(
    project: Project,
    fmt: str,
    output: str | Path,
    *,
    reviewed: Reviewed = "all",
    formula_guard: bool = True,
) -> int:
    """Write the project as `fmt` to the file `output` (`-`: standard output); returns the
    number of rows (CSV) or lines (JSONL) written."""
    _check_choices(fmt, reviewed)  # before a file is made
    with open_output(output, bom=fmt != "jsonl", project_path=project.path) as out:
        return write_format(project, fmt, out, reviewed=reviewed, formula_guard=formula_guard)
