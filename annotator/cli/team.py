"""CLI sub-commands for teams: `merge` analysts' files and print `agreement` figures.

Each handler returns an exit code and raises `AnnotatorError` for bad input, which the
main CLI prints as one line before exiting with code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.text.terminal import bidi_option, formatter, say

if TYPE_CHECKING:
    from annotator.store.project import Project
    from annotator.team.merge import MergeReport


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the review sub-commands to the main parser."""
    merge = subparsers.add_parser(
        "merge",
        help="merge analysts' project files into one",
        description="Merge analysts' project files into TARGET (created when missing): "
        "documents are matched by their text, annotations, links and speakers by UUID, so "
        "merging a file twice changes nothing. All sources are merged or none is.",
    )
    merge.add_argument("target", type=Path, metavar="TARGET", help="project to merge into")
    merge.add_argument(
        "sources", type=Path, nargs="+", metavar="SOURCE", help="analysts' project files"
    )
    bidi_option(merge)
    merge.set_defaults(func=run_merge)

    agreement = subparsers.add_parser(
        "agreement",
        help="print inter-annotator agreement",
        description="Agreement per label (and * for all) between each pair of analysts and "
        "for all together (*): span F1 exact and overlapping, Cohen's kappa and "
        "Krippendorff's alpha over word tokens, and attribution agreement; then each "
        "document-level field as label doc:FIELD (percent agreement and Cohen's kappa per pair "
        "over the documents both answered, Krippendorff's alpha for all).",
    )
    agreement.add_argument("project", type=Path, metavar="PROJECT")
    agreement.add_argument("--format", choices=("table", "csv"), default="table")
    agreement.add_argument("--document", metavar="UUID", help="only this document")
    bidi_option(agreement, "; CSV is always logical")
    agreement.set_defaults(func=run_agreement)


def run_merge(args: argparse.Namespace) -> int:
    # Imported here: an import or an export never needs the team modules.
    from annotator.cli.commands import lock_wait
    from annotator.store.project import Project
    from annotator.team.merge import merge_into

    def merge_all(project: Project) -> list[MergeReport]:
        with project.atomic():  # one transaction: a bad source leaves the target as it was
            return [merge_into(project, source) for source in args.sources]

    # A missing target is built under a temporary name and appears only when all merged.
    reports = Project.update_or_create(args.target, merge_all, wait=lock_wait())
    show = formatter(args.bidi)
    for report in reports:
        say(show(f"merged {report.summary()}"))
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    from annotator.store.project import Project
    from annotator.team.agreement.measures import format_table, write_csv
    from annotator.team.agreement.project_figures import agreement_rows

    with Project.open(args.project, read_only=True) as project:
        rows = agreement_rows(project, args.document)
    if args.format == "csv":
        write_csv(rows, sys.stdout)  # data: logical order, never reshaped
    else:
        say(formatter(args.bidi)(format_table(rows).rstrip("\n")))
    return 0
