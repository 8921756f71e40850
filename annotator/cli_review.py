"""CLI sub-commands for teams: `merge` and `agreement` (filled in by the review work)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the review sub-commands to the main parser."""
