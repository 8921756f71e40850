"""Grapheme- and word-aware selection helpers on the stored document text.

Offsets are code-point offsets into the stored text, end exclusive (DESIGN.md, invariant 2).
An annotation must never split what a reader sees as one character: a letter and its
harakat, an emoji ZWJ sequence, a flag, a CRLF. So every span is snapped to extended
grapheme clusters (the `regex` module's ``\\X``), and usually to whole words.

Documents reach 550,000 characters and these functions run on every mouse release, so
nothing here segments the whole text. Each call segments a small window that starts and ends
at positions where a cluster boundary is certain (see `_anchor_before`): normally the nearest
whitespace, which also bounds words, at most `_MAX_SCAN` characters away; failing that, any
position the grapheme rules cannot join across. Words longer than `_MAX_SCAN` characters
with no such whitespace (a giant URL) may therefore be cut at a window edge; clusters never.

Definitions used throughout:

* A cluster is *word* when its first code point is a letter (tatweel included), mark, digit,
  emoji, regional indicator, ZWNJ/ZWJ/soft hyphen or an Arabic number sign; *space* when it
  is made only of whitespace (NBSP, U+2028, CR, LF ...) and invisible format marks (RLM,
  LRM, ALM, other bidi controls, ZWSP, BOM); otherwise *punctuation*.
* A word is a maximal run of word clusters. A clitic-attached Arabic word ("وبوبوفا") is one
  letter run, hence one word. A ``.`` ``,`` ``٫`` ``٬`` between two digits ("٢٫٥", "1,000")
  and an apostrophe between two letters ("Qur’an") belong to the word around them.
"""

from __future__ import annotations

from typing import Literal

import regex

Side = Literal["start", "end"]
Span = tuple[int, int]

__all__ = [
    "Side",
    "Span",
    "grapheme_boundaries",
    "grapheme_ceil",
    "grapheme_floor",
    "grow",
    "shrink",
    "snap_selection",
    "word_at",
]

_MAX_SCAN = 256
_SPACE_CHARS = r"\s\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
_WORD_CHARS = (
    r"\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}"
    r"\p{GCB=Prepend}\u200c\u200d\u00ad"
)
_NUMBER_INFIX = frozenset(".,\u066b\u066c")
_LETTER_INFIX = frozenset("'\u2019")

_GRAPHEME = regex.compile(r"\X")
_ALL_SPACE = regex.compile(rf"[{_SPACE_CHARS}]+")
_WORD_CHAR = regex.compile(rf"[{_WORD_CHARS}]")
_WORD_CHAR_REV = regex.compile(rf"[{_WORD_CHARS}]", regex.REVERSE)
_NON_SPACE = regex.compile(rf"[^{_SPACE_CHARS}]")
_NON_SPACE_REV = regex.compile(rf"[^{_SPACE_CHARS}]", regex.REVERSE)

# A cluster boundary is certain just before a whitespace/format character, unless a Prepend
# character (U+0600...) glues it to the left or it is the LF of a CRLF. No word contains such
# a character, so the position bounds words too. Found at match.start().
_SPACE_ANCHOR = rf"(?<![\p{{GCB=Prepend}}\r])[{_SPACE_CHARS}]"
_SPACE_ANCHOR_FWD = regex.compile(_SPACE_ANCHOR)
_SPACE_ANCHOR_REV = regex.compile(_SPACE_ANCHOR, regex.REVERSE)
# Fallback: a boundary is certain after a Control or LF (GB4), after a CR not followed by LF,
# and after an "Other" character not followed by Extend/ZWJ/SpacingMark (nothing else can
# join to it). Found at match.end(); the trailing lookahead needs a real next character.
_ANY_ANCHOR = (
    r"(?:[\p{GCB=Control}\n]|\r(?!\n)"
    r"|\p{GCB=Other}(?![\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}]))(?=[\s\S])"
)
_ANY_ANCHOR_FWD = regex.compile(_ANY_ANCHOR)
_ANY_ANCHOR_REV = regex.compile(_ANY_ANCHOR, regex.REVERSE)

_SPACE, _PUNCT, _WORD = 0, 1, 2


def _anchor_before(text: str, i: int) -> int:
    """A certain cluster boundary <= i: the nearest whitespace within `_MAX_SCAN`, which also
    bounds words, else the nearest other certain boundary at least `_MAX_SCAN` back, so that
    a long unspaced run is cut far from i rather than next to it."""
    if i <= 0:
        return 0
    if i >= len(text):
        return len(text)
    floor = i - _MAX_SCAN
    m = _SPACE_ANCHOR_REV.search(text, max(floor, 0), i + 1)
    if m is not None:
        return m.start()
    if floor <= 0:
        return 0
    m = _ANY_ANCHOR_REV.search(text, 0, floor + 1)
    return m.end() if m is not None else 0


def _anchor_after(text: str, i: int) -> int:
    """Mirror of `_anchor_before`: a certain cluster boundary >= i."""
    n = len(text)
    if i <= 0:
        return 0
    if i >= n:
        return n
    ceiling = i + _MAX_SCAN
    m = _SPACE_ANCHOR_FWD.search(text, i, min(ceiling, n))
    if m is not None:
        return m.start()
    if ceiling >= n:
        return n
    m = _ANY_ANCHOR_FWD.search(text, ceiling - 1)
    return m.end() if m is not None else n


def _clusters(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, kind) of each cluster in text[lo:hi]; lo and hi must be certain boundaries."""
    out = []
    for m in _GRAPHEME.finditer(text[lo:hi]):
        g = m.group()
        if _WORD_CHAR.match(g):
            kind = _WORD
        elif _ALL_SPACE.fullmatch(g):
            kind = _SPACE
        else:
            kind = _PUNCT
        out.append((lo + m.start(), lo + m.end(), kind))
    return out


def _in_word(text: str, clusters: list[tuple[int, int, int]]) -> list[bool]:
    """Which clusters belong to a word: word clusters plus number/letter infixes."""
    flags = [kind == _WORD for _, _, kind in clusters]
    for k in range(1, len(clusters) - 1):
        s, e, kind = clusters[k]
        if kind != _PUNCT or e - s != 1 or not (flags[k - 1] and flags[k + 1]):
            continue
        before, after = text[clusters[k - 1][0]], text[clusters[k + 1][0]]
        ch = text[s]
        if (ch in _NUMBER_INFIX and before.isdecimal() and after.isdecimal()) or (
            ch in _LETTER_INFIX and before.isalpha() and after.isalpha()
        ):
            flags[k] = True
    return flags


def _locate(text: str, i: int) -> tuple[int, int, Span | None]:
    """The cluster containing index i (0 <= i < len(text)) and the word it is part of."""
    lo, hi = _anchor_before(text, i), _anchor_after(text, i + 1)
    clusters = _clusters(text, lo, hi)
    k = next(k for k, (_, e, _) in enumerate(clusters) if e > i)
    cs, ce, _ = clusters[k]
    flags = _in_word(text, clusters)
    if not flags[k]:
        return cs, ce, None
    first = last = k
    while first > 0 and flags[first - 1]:
        first -= 1
    while last + 1 < len(clusters) and flags[last + 1]:
        last += 1
    return cs, ce, (clusters[first][0], clusters[last][1])


def _first_word(text: str, lo: int, hi: int) -> Span | None:
    """The first word with a word character in text[lo:hi]."""
    while (m := _WORD_CHAR.search(text, lo, hi)) is not None:
        _, ce, word = _locate(text, m.start())
        if word is not None:
            return word
        lo = ce
    return None


def _last_word(text: str, lo: int, hi: int) -> Span | None:
    """The last word with a word character in text[lo:hi]."""
    while (m := _WORD_CHAR_REV.search(text, lo, hi)) is not None:
        cs, _, word = _locate(text, m.start())
        if word is not None:
            return word
        hi = cs
    return None


def _check_range(text: str, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span ({start}, {end}) does not fit a text of length {len(text)}")


def grapheme_floor(text: str, offset: int) -> int:
    """The nearest grapheme cluster boundary at or before `offset`."""
    _check_range(text, offset, offset)
    if offset in (0, len(text)):
        return offset
    return _locate(text, offset)[0]


def grapheme_ceil(text: str, offset: int) -> int:
    """The nearest grapheme cluster boundary at or after `offset`."""
    _check_range(text, offset, offset)
    if offset in (0, len(text)):
        return offset
    cs, ce, _ = _locate(text, offset)
    return offset if cs == offset else ce


def grapheme_boundaries(text: str, start: int, end: int) -> list[int]:
    """All grapheme cluster boundaries b with start <= b <= end, in order."""
    _check_range(text, start, end)
    lo, hi = _anchor_before(text, start), _anchor_after(text, end)
    bounds = [s for s, _, _ in _clusters(text, lo, hi)] + [hi]
    return [b for b in bounds if start <= b <= end]


def word_at(text: str, offset: int) -> Span | None:
    """The word containing the character at `offset`, else the word ending at `offset`.

    The fallback makes a click just after the last letter of a word (the usual place in
    right-to-left text where the caret lands) still find that word.
    """
    _check_range(text, offset, offset)
    if offset < len(text):
        word = _locate(text, offset)[2]
        if word is not None:
            return word
    if offset > 0:
        word = _locate(text, offset - 1)[2]
        if word is not None and word[1] == offset:
            return word
    return None


def snap_selection(text: str, start: int, end: int, *, words: bool = True) -> Span | None:
    """Turn a raw selection into the span an annotation should have, or None if nothing is left.

    Widens to grapheme clusters (and, with `words`, to whole words), then trims edge clusters
    that are whitespace or bidi marks (and, with `words`, punctuation such as ، . « » “ ”,
    unless the selection holds no word at all, so that a lone "،" can still be marked).
    Idempotent: snapping a snapped span returns it unchanged.
    """
    _check_range(text, start, end)
    if start == end:
        return None
    s = grapheme_floor(text, start)
    e = grapheme_ceil(text, end)
    if words:
        first = _locate(text, s)[2]
        last = _locate(text, e - 1)[2]
        s = first[0] if first is not None else s
        e = last[1] if last is not None else e
        head, tail = _first_word(text, s, e), _last_word(text, s, e)
        if head is not None and tail is not None:
            return head[0], tail[1]
    head_m = _NON_SPACE.search(text, s, e)
    if head_m is None:
        return None
    tail_m = _NON_SPACE_REV.search(text, s, e)
    assert tail_m is not None
    return _locate(text, head_m.start())[0], _locate(text, tail_m.start())[1]


def _check_step(side: str, words: int) -> None:
    if side not in ("start", "end"):
        raise ValueError(f"side must be 'start' or 'end', not {side!r}")
    if words < 1:
        raise ValueError(f"words must be at least 1, not {words}")


def grow(text: str, start: int, end: int, side: Side, words: int = 1) -> Span:
    """Extend the span by `words` words at its logical start or end.

    A partial word at that edge counts as the first word to take. Stops at the text's edge,
    so the span may grow by fewer words (or not at all).
    """
    _check_range(text, start, end)
    _check_step(side, words)
    for _ in range(words):
        if side == "end":
            word = _first_word(text, end, len(text))
            if word is None:
                break
            end = word[1]
        else:
            word = _last_word(text, 0, start)
            if word is None:
                break
            start = word[0]
    return start, end


def shrink(text: str, start: int, end: int, side: Side, words: int = 1) -> Span:
    """Drop `words` words (with what separates them) from the span's logical start or end.

    Never empties the span: it keeps at least one word, so a one-word span comes back
    unchanged.
    """
    _check_range(text, start, end)
    _check_step(side, words)
    for _ in range(words):
        if side == "end":
            last = _last_word(text, start, end)
            before = _last_word(text, start, last[0]) if last is not None else None
            if before is None:
                break
            end = before[1]
        else:
            first = _first_word(text, start, end)
            after = _first_word(text, first[1], end) if first is not None else None
            if after is None:
                break
            start = after[0]
    return start, end
