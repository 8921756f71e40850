"""The `annotator` command: import, export, info, and the window.

Everything a user can get wrong ends as one line on stderr, `annotator: <file>: <problem>`,
and exit code 2, with the project as it was; no traceback reaches the user (set
ANNOTATOR_DEBUG=1 to see one for a bug). The window is imported only when it is asked for,
so scripted use never loads Qt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli import search as cli_search
from annotator.cli import team as cli_review
from annotator.errors import AnnotatorError
from annotator.formats.export.choices import FORMATS, REVIEWED
from annotator.text.terminal import bidi_option, formatter, say
from annotator.text.utf16 import OFFSETS
from annotator.wording import count, tr

if TYPE_CHECKING:
    from annotator.formats.importing.files import BatchReport, FileReport
    from annotator.store.file.storage import LockWait
    from annotator.store.project import Project

# Each command imports what it works with when it runs (the project store, importers,
# exporters): `annotator --help` and a quick `info` start in a fraction of the time.

PROG = "annotator"
WAIT_ENV = "ANNOTATOR_WAIT_SECONDS"
DEFAULT_WAIT_SECONDS = 30.0


def _fail(message: str) -> None:
    say(f"{PROG}: {message}", sys.stderr)


def _plural(n: int, one: str, many: str = "") -> str:
    return count(n, one, many)


def _default_analyst() -> str:
    try:
        return getpass.getuser() or "analyst"
    except Exception:  # no login name in some containers and services
        return "analyst"


def _notice_waiting(path: Path) -> None:
    _fail(tr("waiting for another program that is writing {path}", path=path))


def lock_wait() -> LockWait:
    """How long a command waits for another program writing the same project
    (ANNOTATOR_WAIT_SECONDS, default 30), saying so on stderr after a second."""
    from annotator.store.file.storage import LockWait

    try:
        seconds = float(os.environ.get(WAIT_ENV, "") or DEFAULT_WAIT_SECONDS)
    except ValueError:
        seconds = DEFAULT_WAIT_SECONDS
    return LockWait(seconds, _notice_waiting)


# -- sub-commands ------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from annotator.formats.importing.files import import_files
    from annotator.formats.importing.tables import TableOptions
    from annotator.store.project import Project
    from annotator.text.decoding import as_text, check_encoding

    encoding = check_encoding(args.encoding) if args.encoding else None
    if as_text(args.analyst) != args.analyst:
        raise AnnotatorError(tr("--analyst: the name holds bytes that are not UTF-8 text"))
    path = Path(args.project)
    show = formatter(args.bidi)
    reported_live = False

    def work(project: Project) -> BatchReport:
        # Files going into the project itself are reported the moment each is done (so a
        # committed file is reported whatever happens next); files going into a new project
        # under its temporary name are reported once it is in place (or not), below.
        nonlocal reported_live
        reported_live = project.file == project.path
        return import_files(
            project,
            args.files,
            args.analyst,
            encoding,
            offsets=args.offsets,
            table=TableOptions(args.text_column, args.id_column, args.title_column, args.sheet),
            on_file=(lambda item: _said(item, show)) if reported_live else None,
        )

    # A new project is filled under a temporary name and appears only if something went in.
    report = Project.update_or_create(
        path, work, keep=lambda report: bool(report.imported), wait=lock_wait()
    )
    if not reported_live:
        for item in report.files:
            _said(item, show)
    if len(report.files) > 1 or report.failed:
        skipped = len(report.files) - len(report.imported) - len(report.failed)
        line = tr(
            "{path}: {imported} of {files} files imported",
            path=path,
            imported=len(report.imported),
            files=len(report.files),
        )
        if skipped:
            line += tr(", {skipped} skipped (already in the project)", skipped=skipped)
        if report.failed:
            failed = tr(", ").join(str(f.path) for f in report.failed)
            line += tr("; not imported: {files}", files=failed)
        say(show(line), sys.stderr if report.failed else sys.stdout)
    return 0 if report.ok else 2


def _said(item: FileReport, show: Callable[[str], str]) -> None:
    """Report one file of an import the moment it is done (committed or not)."""
    if item.status == "failed":
        _fail(item.error)
    else:
        say(show(item.summary()))
        for note in item.notes if item.status == "imported" else ():
            say(show(f"  {note}"))
    if sys.stdout is not None:  # None when started with standard output closed
        sys.stdout.flush()
    for warning in item.warnings:
        _fail(tr("{path}: warning: {warning}", path=item.path, warning=warning))


def cmd_export(args: argparse.Namespace) -> int:
    from annotator.formats.export.exporting import export
    from annotator.formats.export.outputs import writes_to_stdout
    from annotator.store.project import Project

    with Project.open(args.project, read_only=True) as project:
        rows = export(
            project,
            args.format,
            args.output,
            reviewed=args.reviewed,
            formula_guard=not args.no_formula_guard,
        )
    if not writes_to_stdout(args.output):
        what = "document" if args.format == "jsonl" else "row"
        say(tr("wrote {rows} to {output}", rows=_plural(rows, what), output=args.output))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from annotator.store.project import Project

    show = formatter(args.bidi)
    with Project.open(args.project, read_only=True) as project:
        docs = project.documents.all()
        counts = project.documents.counts()
        open_claims = project.documents.unattributed_claims()
        labels = [lab.name for lab in project.labels.all()]
        total = sum(sum(c.values()) for c in counts.values())
        speakers = len(project.entities.all())
        say(
            tr(
                "{project}: {documents}, {annotations}, {speakers}; labels: {labels}",
                project=args.project,
                documents=_plural(len(docs), "document"),
                annotations=_plural(total, "annotation"),
                speakers=_plural(speakers, "speaker entity", "speaker entities"),
                labels=", ".join(labels),  # stored names: what --format and schemas use
            )
        )
        for doc in docs:
            per_label = counts.get(doc.id, {})
            cells = ", ".join(f"{name} {per_label.get(name, 0)}" for name in labels)
            line = f"  {doc.id:>4}  {doc.title}  [{doc.status}]  {cells}"
            if open_claims.get(doc.id):
                claims = _plural(open_claims[doc.id], "claim")
                line += tr("; {claims} without a speaker", claims=claims)
            say(show(line))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from annotator.store.project import Project

    with Project.open(args.project, read_only=True) as project:
        project.copy_to(args.dest)
    say(tr("copied {source} to {dest}", source=args.project, dest=args.dest))
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from annotator.cli import suggest  # loaded only for this command

    return suggest.run(args, lock_wait())


def cmd_open(args: argparse.Namespace) -> int:
    return _run_window(args.project)


def _run_window(path: str | None) -> int:
    try:
        from annotator.gui.app import run
    except ImportError as exc:
        raise AnnotatorError(tr("the window cannot start ({error})", error=exc)) from None
    return int(run(path) or 0)


# -- parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Annotate claims and speakers in Arabic text. Without a command, "
        "opens the window.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "import",
        help="add texts, tables of posts, Word files, web pages or doccano JSONL to a project",
        description="Add documents to PROJECT, creating it if missing. FILE is plain text "
        "(UTF-8, UTF-16 with BOM, or Windows-1256), doccano JSONL (.jsonl), a table of posts "
        '(.csv, .tsv, .xlsx, .json array of objects, .jsonl without a "text" key, or Excel\'s '
        '"Unicode Text" .txt: one document per row, the other columns kept as metadata), '
        "a Word file (.docx) or a web page (.html). Each file goes in whole or not at all; "
        "a text already in the project "
        "is skipped.",
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    p.add_argument("files", metavar="FILE", nargs="+", help="files to import")
    p.add_argument(
        "--analyst",
        metavar="NAME",
        default=_default_analyst(),
        help="who imported annotations belong to when the file does not say "
        "(default: your login name)",
    )
    p.add_argument("--encoding", metavar="ENC", help="force an encoding, e.g. cp1256")
    p.add_argument(
        "--offsets",
        choices=OFFSETS,
        default="codepoint",
        help="what JSONL span offsets count: code points (default, as doccano and this tool "
        "write them) or utf16 units (as JavaScript tools such as Label Studio write them)",
    )
    p.add_argument(
        "--text-column",
        metavar="NAME",
        help="a table's column holding the text (default: the one with the longest texts); "
        "naming it also reads a .txt or .jsonl file as a table",
    )
    p.add_argument("--id-column", metavar="NAME", help="a table's id column (default: detected)")
    p.add_argument(
        "--title-column", metavar="NAME", help="a table's title column (default: detected)"
    )
    p.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read (default: first)")
    bidi_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export",
        help="write annotations as CSV or doccano JSONL",
        description="Write PROJECT's annotations. csv: one row per annotation; claims-csv: "
        "one row per claim with its speakers and sentence; documents-csv: one row per "
        "document with its metadata, document fields, counts per label, status and analysts; "
        "jsonl: doccano relation form, lossless. The CSVs carry each document's metadata "
        "(meta_NAME) and document fields (doc_FIELD). CSV is UTF-8 with BOM for Excel.",
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    p.add_argument("--format", choices=FORMATS, default="csv", help="default: csv")
    p.add_argument("--output", "-o", metavar="FILE", required=True, help="file, or - for stdout")
    p.add_argument(
        "--reviewed",
        choices=REVIEWED,
        default="all",
        help="all annotations with their review status (default), or only accepted ones",
    )
    p.add_argument(
        "--no-formula-guard",
        action="store_true",
        help="do not prefix cells starting with = + - @ tab or CR with an apostrophe",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "info",
        help="list documents with their annotation counts per label",
        description="List PROJECT's documents with their annotation counts per label.",
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    bidi_option(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "copy",
        help="write a single-file copy of a project, safe even while it is being written",
        description="Write a consistent copy of PROJECT to DEST as one file (no -wal "
        "beside it), even while another program is writing PROJECT; DEST is replaced whole.",
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    p.add_argument("dest", metavar="DEST", help="file to write the copy to")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser(
        "suggest",
        help="suggest cues, speakers and claims (doccano JSONL), or accept them all",
        description="Write the suggested attributions of PROJECT's documents, one doccano "
        "relation-form line per document (labels cue, speaker, claim; relations attributed_to "
        "and cued_by); the project is not changed. With --accept --analyst NAME, store them "
        "as NAME's annotations instead, in one transaction.",
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    p.add_argument("--document", metavar="ID", type=int, help="only this document (its id)")
    p.add_argument("--format", choices=("jsonl",), default="jsonl", help="default: jsonl")
    p.add_argument("--output", "-o", metavar="FILE", default="-", help="file, or - (default)")
    p.add_argument("--accept", action="store_true", help="store the suggestions as annotations")
    p.add_argument("--analyst", metavar="NAME", help="whose annotations accepted ones become")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser(
        "open", help="open a project in the window", description="Open PROJECT in the window."
    )
    p.add_argument("project", metavar="PROJECT", help="project file")
    p.set_defaults(func=cmd_open)

    cli_review.register(sub)
    cli_search.register(sub)
    return parser


class _VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked (importlib.metadata
    scans every installed package: a cost `--help` and each command should not pay)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        say(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("annotator")
    except Exception:
        return "unknown"


def _os_message(exc: OSError) -> str:
    reason = (exc.strerror or str(exc)).lower()
    return f"{exc.filename}: {reason}" if exc.filename else reason


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 2 bad input, 1 a bug)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else 2
    func = getattr(args, "func", None)
    try:
        if func is None:
            return _run_window(None)
        return int(func(args))
    except AnnotatorError as exc:
        _fail(str(exc))
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`annotator export ... -o - | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        _fail(tr("interrupted; nothing half-written was kept"))
        return 130
    except OSError as exc:
        _fail(_os_message(exc))
        return 2
    except Exception as exc:
        if os.environ.get("ANNOTATOR_DEBUG"):
            raise
        _fail(
            tr(
                "internal error ({error}); please report it (ANNOTATOR_DEBUG=1 shows the details)",
                error=f"{type(exc).__name__}: {exc}",
            )
        )
        return 1
