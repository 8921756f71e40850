"""Run the review commands (merge, agreement) as the command line would, letting errors
through so a test can see which one was raised."""

from __future__ import annotations

import argparse

from annotator.cli import team as cli_review


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="annotator")
    cli_review.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)
