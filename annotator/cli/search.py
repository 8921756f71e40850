"""`annotator search`: every hit of a query in a project, for a terminal or a script.

Exit codes follow grep: 0 when something was found, 1 when nothing was, 2 for bad input
(an empty query, one that is nothing but diacritics, an invalid or runaway regular
expression; a project that cannot be opened). Only the argument parser is built at start-up:
the search machinery is imported when the command runs, so `annotator --help` stays quick.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from annotator.text.terminal import bidi_option, formatter, say

if TYPE_CHECKING:
    from collections.abc import Iterable

    from annotator.search.project_search import ProjectHit

FORMATS = ("table", "csv", "jsonl")
CSV_HEADER = ("document_id", "document", "start", "end", "left", "hit", "right")
FOUND, NOTHING = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search",
        help="find a word or phrase in every document of a project",
        description="Print every hit of QUERY in PROJECT with the words around it. By "
        "default diacritics, tatweel, alef forms, ة/ه, ى/ي, hamza seats and Latin case do "
        "not matter, and a word may carry the prefixes و ف ب ل ك ال. Exit status: 0 when "
        "something was found, 1 when nothing was, 2 for bad input.",
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    p.add_argument("query", metavar="QUERY", help="what to search for")
    p.add_argument("--exact", action="store_true", help="match characters exactly as stored")
    p.add_argument("--word", action="store_true", help="match whole words only")
    p.add_argument(
        "--regex", action="store_true", help="QUERY is a regular expression (time-limited)"
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table for reading (default); csv (UTF-8 with BOM, for Excel): document_id, "
        "document, start, end, left, hit, right; jsonl: one hit per line",
    )
    bidi_option(p, "; CSV and JSONL are always logical")
    p.set_defaults(func=run_search)


def run_search(args: argparse.Namespace) -> int:
    from annotator.search.project_search import search_project
    from annotator.search.query import SearchOptions, compile_query
    from annotator.store.project import Project

    options = SearchOptions(exact=args.exact, word=args.word, regex=args.regex)
    query = compile_query(args.query, options)  # bad input: QueryError, exit 2
    with Project.open(args.project, read_only=True) as project:
        hits = search_project(project, query)
        if args.format == "csv":
            found = _write_csv(hits)
        elif args.format == "jsonl":
            found = _write_jsonl(hits)
        else:
            found = _write_table(hits, args.bidi)
    return FOUND if found else NOTHING


def _write_table(hits: Iterable[ProjectHit], bidi: str) -> int:
    """One heading per document, then its hits as `start-end  left[hit]right`."""
    show = formatter(bidi)
    count, documents, current = 0, 0, None
    for hit in hits:
        if hit.document_id != current:
            current = hit.document_id
            documents += 1
            say(show(f"{hit.document_id:>4}  {hit.title}"))
        count += 1
        say(show(f"      {hit.start}-{hit.end}  {hit.left}[{hit.text}]{hit.right}"))
    if count:
        hits_word = "hit" if count == 1 else "hits"
        docs_word = "document" if documents == 1 else "documents"
        say(f"{count} {hits_word} in {documents} {docs_word}")
    return count


def _write_csv(hits: Iterable[ProjectHit]) -> int:
    import csv

    from annotator.formats.csv_guard import guard
    from annotator.formats.export.outputs import open_output

    count = 0
    with open_output("-", bom=True) as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for hit in hits:
            count += 1
            writer.writerow([guard(c) for c in _cells(hit)])
    return count


def _write_jsonl(hits: Iterable[ProjectHit]) -> int:
    from annotator.formats.export.outputs import open_output

    count = 0
    with open_output("-") as out:
        for hit in hits:
            count += 1
            row = dict(zip(CSV_HEADER, _cells(hit), strict=True))
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return count


def _cells(hit: ProjectHit) -> tuple[object, ...]:
    return (hit.document_id, hit.title, hit.start, hit.end, hit.left, hit.text, hit.right)
