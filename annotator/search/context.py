"""Keyword in context: the words before and after a hit, as a search result lists them.

The context is cut at word boundaries (never inside a word, so Arabic letters keep their
joined forms) and its runs of spaces and line breaks are shown as one space; the hit itself
is always the exact stored text.
"""

from __future__ import annotations

import re
import unicodedata

WIDTH = 40  # characters of context on each side, give or take a word
_SPACES = re.compile(r"\s+")


def left_context(text: str, start: int, width: int = WIDTH) -> str:
    """Up to about `width` characters of whole words before `start`."""
    begin = max(0, start - width)
    piece = text[begin:start]
    if begin > 0 and not text[begin - 1].isspace():  # cut inside a word: drop its tail
        cut = _first_space(piece)
        piece = piece[cut:] if cut is not None else ""
    return _SPACES.sub(" ", piece).lstrip()


def right_context(text: str, end: int, width: int = WIDTH) -> str:
    """Up to about `width` characters of whole words after `end`."""
    stop = min(len(text), end + width)
    piece = text[end:stop]
    if stop < len(text) and not text[stop].isspace():  # cut inside a word: drop its head
        cut = _last_space(piece)
        piece = piece[:cut] if cut is not None else ""
    return _SPACES.sub(" ", piece).rstrip()


def _first_space(piece: str) -> int | None:
    for i, ch in enumerate(piece):
        if ch.isspace():
            return i
    return None


def _last_space(piece: str) -> int | None:
    for i in range(len(piece) - 1, -1, -1):
        if piece[i].isspace():
            return i
    return None


def paragraph_is_rtl(text: str, offset: int) -> bool:
    """True when the paragraph holding `offset` is right to left: its first strong
    character is (as the Unicode bidi algorithm decides a paragraph's direction)."""
    start = (
        max(
            text.rfind("\n", 0, offset),
            text.rfind("\r", 0, offset),
            text.rfind("\u2029", 0, offset),
        )
        + 1
    )
    for ch in text[start:]:
        if ch in "\n\r\u2029":
            break
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
