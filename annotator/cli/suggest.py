"""`annotator suggest`: the suggested attributions of a project, as JSONL or accepted.

Without `--accept` it only reads (the project is opened read-only) and writes one doccano
relation-form line per document. With `--accept --analyst NAME` it stores every suggestion
as NAME's annotations, all documents in one transaction: all or nothing.
"""

from __future__ import annotations

import argparse

from annotator.errors import AnnotatorError
from annotator.formats.export.doccano import dump_line
from annotator.formats.export.outputs import open_output, writes_to_stdout
from annotator.speakers.grouping import propose_entities
from annotator.store.file.storage import LockWait
from annotator.store.project import Project
from annotator.store.records import Entity
from annotator.suggestions.accepting import accept
from annotator.suggestions.jsonl import document_line
from annotator.suggestions.project_suggestions import document_suggestions
from annotator.text.terminal import say


def run(args: argparse.Namespace, wait: LockWait) -> int:
    if args.accept:
        if not (args.analyst or "").strip():
            raise AnnotatorError("--accept needs --analyst NAME: whose annotations they become")
        return _accept(args, wait)
    with Project.open(args.project, read_only=True) as project:
        doc_ids = _documents(project, args.document)
        with open_output(args.output, project_path=project.path) as out:
            for doc_id in doc_ids:
                doc = project.documents.get(doc_id)
                text = project.documents.text(doc_id)
                groups = document_suggestions(project, doc_id)
                anns = {a.id: a for a in project.annotations.for_document(doc_id)}
                line = document_line(doc, text, groups, anns, lambda t: _first(project, t))
                out.write(dump_line(line))
    if not writes_to_stdout(args.output):
        n = len(doc_ids)
        say(f"wrote suggestions for {n} document{'s' if n != 1 else ''} to {args.output}")
    return 0


def _first(project: Project, text: str) -> Entity | None:
    found = propose_entities(project, text)
    return found[0] if found else None


def _documents(project: Project, document: int | None) -> list[int]:
    if document is None:
        return [d.id for d in project.documents.all()]
    project.documents.get(document)  # NotFoundError: "document N does not exist"
    return [document]


def _accept(args: argparse.Namespace, wait: LockWait) -> int:
    with Project.open(args.project, wait=wait) as project:
        doc_ids = _documents(project, args.document)
        made = links = 0
        with project.atomic():
            for doc_id in doc_ids:
                groups = document_suggestions(project, doc_id)
                done = accept(project, doc_id, groups, args.analyst.strip())
                made += len(done.annotation_ids)
                links += len(done.link_ids)
    say(
        f"{args.project}: accepted {made} suggested annotations with {links} links"
        f" as {args.analyst}"
    )
    return 0
