"""Arabic for terminals, which mostly neither join letters nor lay text out right to left.

For human-readable output only (`annotator info`, import and merge reports). Shaping
(arabic-reshaper) and reordering (python-bidi) are applied at the last moment to a copy of
each line; the stored text and every data export stay in logical order, and nothing here is
ever handed to Qt, which shapes Arabic itself (invariant 3).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

BIDI_MODES = ("auto", "visual", "logical")


def wants_visual(mode: str, stream: TextIO | None = None) -> bool:
    """`auto` means visual order on a terminal and logical text when piped or redirected."""
    if mode not in BIDI_MODES:
        raise ValueError(f"unknown bidi mode {mode!r}")
    if mode == "auto":
        stream = sys.stdout if stream is None else stream
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty())
    return mode == "visual"


def visual(line: str) -> str:
    """Shape and reorder one line for a terminal without its own bidi support.

    The base direction is left to right: our report lines are laid out left to right
    (numbers, titles, counts), so only the Arabic runs inside them are turned round.
    """
    if not any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in line):
        return line  # nothing right-to-left: leave it alone
    # Imported on first use: only a terminal showing Arabic needs them, not a pipe or --help.
    import arabic_reshaper  # type: ignore[import-untyped]
    from bidi import get_display  # type: ignore[import-untyped]

    return str(get_display(arabic_reshaper.reshape(line), base_dir="L"))


def formatter(mode: str, stream: TextIO | None = None) -> Callable[[str], str]:
    """A function that prepares text for printing to `stream` under `mode`."""
    if not wants_visual(mode, stream):
        return lambda text: text
    return lambda text: "\n".join(visual(line) for line in text.split("\n"))


def bidi_option(parser: argparse.ArgumentParser, note: str = "") -> None:
    """The `--bidi` option of every command that prints Arabic; `note` ends its help."""
    parser.add_argument(
        "--bidi",
        choices=BIDI_MODES,
        default="auto",
        help="Arabic in terminal output: visual (shaped, right to left), logical (as "
        f"stored), or auto: visual on a terminal, logical when piped (default){note}",
    )


def say(text: str, stream: TextIO | None = None) -> None:
    """Print a line (to stdout by default) without ever failing on a terminal whose
    encoding cannot show Arabic."""
    stream = sys.stdout if stream is None else stream
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        enc = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(enc, "backslashreplace").decode(enc), file=stream)
