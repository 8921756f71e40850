"""Offsets that count UTF-16 units, as JavaScript tools write them (Label Studio and others).

This project counts code points (DESIGN.md, invariant 2); JavaScript counts UTF-16 units, in
which every character beyond U+FFFF (most emoji, some CJK) takes two. The two agree until the
first such character and drift by one after each. `Utf16Offsets` turns UTF-16 offsets into
code points for `import --offsets utf16`; `utf16_fits_better` notices, under the default,
a file whose spans cut words after such characters but would not as UTF-16 offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Literal

# What a span's offsets count: code points (doccano, this tool) or UTF-16 units.
Offsets = Literal["codepoint", "utf16"]
OFFSETS: tuple[Offsets, ...] = ("codepoint", "utf16")

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class MidPairError(ValueError):
    """A UTF-16 offset falls between the two halves of a character beyond U+FFFF."""


class Utf16Offsets:
    """Converts UTF-16 offsets into one text to code-point offsets."""

    def __init__(self, text: str) -> None:
        # UTF-16 start of each astral character: its code-point index plus those before it.
        self._starts = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(text))]
        self.length = len(text) + len(self._starts)  # the text's length in UTF-16 units

    def to_codepoint(self, unit: int) -> int:
        """The code-point offset of UTF-16 offset `unit` (0 <= unit <= length)."""
        before = bisect.bisect_left(self._starts, unit - 1)  # pairs that end at or before unit
        if before < len(self._starts) and self._starts[before] == unit - 1:
            raise MidPairError(f"UTF-16 offset {unit} falls inside a surrogate pair")
        return unit - before

    def first_astral(self) -> int | None:
        """Code-point index of the first character beyond U+FFFF, if any."""
        return self._starts[0] if self._starts else None


def clean_boundary(text: str, offset: int) -> bool:
    """True where a span may sensibly start or end: not inside a character cluster (a letter
    and its marks, an emoji sequence) nor inside a word."""
    if offset in (0, len(text)):
        return True
    # Imported here: segments loads `regex`, which reading or writing offsets never needs.
    from annotator.text.segments import grapheme_floor, word_at

    if grapheme_floor(text, offset) != offset:
        return False
    word = word_at(text, offset)
    return word is None or not word[0] < offset < word[1]


def utf16_fits_better(
    text: str, spans: Iterable[tuple[int, int]], limit: int | None = None
) -> tuple[int, int]:
    """Of the (start, end) spans into `text` that end after a character beyond U+FFFF, how
    many sit on clean boundaries only when read as UTF-16 offsets, and how many only when
    read as code points. More of the first than the second: the offsets most likely count
    UTF-16 units. With `limit`, only that many of those spans, spread evenly, are looked at
    (a verdict, not a count, is wanted, and each look segments some text)."""
    units = Utf16Offsets(text)
    first = units.first_astral()
    if first is None:
        return 0, 0
    # Before the first astral character both readings agree.
    after = [(start, end) for start, end in spans if end > first]
    if limit is not None and len(after) > limit:
        after = [after[i * len(after) // limit] for i in range(limit)]
    as_utf16 = as_codepoints = 0
    for start, end in after:
        fits_cp = clean_boundary(text, start) and clean_boundary(text, end)
        try:
            s, e = units.to_codepoint(start), units.to_codepoint(end)
            fits_16 = s < e and clean_boundary(text, s) and clean_boundary(text, e)
        except MidPairError:
            fits_16 = False
        if fits_16 and not fits_cp:
            as_utf16 += 1
        elif fits_cp and not fits_16:
            as_codepoints += 1
    return as_utf16, as_codepoints
