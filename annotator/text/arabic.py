"""Arabic text folded for comparison: one normalisation for names and for search.

`fold` removes what makes "السيدة بوبوفا", "بوبوڤا" and "بُوبوفا" look different to a computer
but not to a reader: diacritics (tashkeel), tatweel and invisible format characters go; the
alef forms (أ إ آ ٱ), ة/ه, ى/ي and the hamza seats (ؤ ئ: the hamza is a mark on its seat
letter, ء a hamza alone) are unified; Latin is casefolded and stripped of accents; every
space (NBSP, line breaks) is one space and Eastern Arabic digits are ASCII digits. The
result is a comparison key, never shown or stored as the text.

Folding works character by character, so `fold_with_offsets` can tell for each folded
character which stored character it came from: search runs over the folded text and turns
every hit back into exact code-point offsets of the stored text (invariant 2).
`FOLD_VERSION` changes whenever the table does, since folded text is kept in project files.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from typing import Any

FOLD_VERSION = 1

# Letters read as one (after accents and hamza marks have been split off by NFKD).
_LETTERS = {
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ڤ": "ف",
    "گ": "ك",
    "ک": "ك",
    "ی": "ي",
    "ۀ": "ه",
}
# Removed outright though not combining marks: tatweel, the lone hamza, Quranic signs.
_REMOVED = re.compile("[\u0640\u0621\u0610-\u061a\u06d6-\u06ed]")
_CHARS: dict[str, str] = {}  # character -> its folding (a memo filled as text is seen)
_ATTACHED: dict[str, bool] = {}  # character -> removed, and belongs to the letter before it


def fold_char(ch: str) -> str:
    """The folding of one character: usually one character, "" for a mark, sometimes two
    (a ligature such as ﻻ)."""
    found = _CHARS.get(ch)
    if found is None:
        found = _CHARS[ch] = _fold_new(ch)
    return found


def _fold_new(ch: str) -> str:
    if ch.isspace():
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", ch).casefold():
        for c in unicodedata.normalize("NFKD", part):
            if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Cf"):
                continue
            if _REMOVED.match(c):
                continue
            digit = unicodedata.decimal(c, None)
            out.append(str(digit) if digit is not None else _LETTERS.get(c, c))
    return "".join(out)


def attached(ch: str) -> bool:
    """True for a character that folds away and belongs to the letter before it (a
    diacritic, tatweel, a hamza), so a hit ending at that letter takes it along."""
    found = _ATTACHED.get(ch)
    if found is None:
        found = _ATTACHED[ch] = fold_char(ch) == "" and unicodedata.category(ch) != "Cf"
    return found


def _table(text: str) -> dict[int, str]:
    return {ord(ch): fold_char(ch) for ch in set(text)}


# Code point -> its folding, for every character seen so far that folding changes (one
# table for every text: an import folds thousands of short texts). A plain dict, which
# `str.translate` reads fastest; characters that stay as they are are left out.
_FOLD_TABLE: dict[int, str] = {}
_FOLD_SEEN: set[str] = set()


def fold(text: str) -> str:
    """Letters only: diacritics and tatweel removed, variant forms unified, Latin casefolded."""
    new = set(text).difference(_FOLD_SEEN)
    if new:
        for ch in new:
            if (folded := fold_char(ch)) != ch:
                _FOLD_TABLE[ord(ch)] = folded
        _FOLD_SEEN.update(new)
    return text.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class FoldedText:
    """A text and its folding, with the way back: `span` turns a range of `folded` into
    the code-point range of `text` that produced it."""

    text: str
    folded: str
    # folded index -> stored index, and len(text) after the last; None when all are equal
    starts: array | None
    marks: frozenset[str] = frozenset()  # characters of `text` that are `attached`
    expands: bool = False  # some character folds into two (a ligature)
    # Every character folded away belongs to the letter before it (no format characters):
    # then the stored end of folded[:i] is simply starts[i].
    ends_at_next: bool = False
    # What callers derive from this text once and keep with it (a search's list of words,
    # say): whoever keeps a document's folding keeps these too.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stored range behind folded[start:end] (end > start): from the character the
        first folded one came from to after the last one's, with the diacritics and
        tatweel that follow it (they belong to that letter)."""
        if self.starts is None:
            first, last = start, end - 1
        else:
            first, last = self.starts[start], self.starts[end - 1]
        text, marks = self.text, self.marks
        stop, n = last + 1, len(text)
        while stop < n and text[stop] in marks:
            stop += 1
        return first, stop


def fold_with_offsets(text: str) -> FoldedText:
    """`text` folded, remembering where each folded character came from."""
    table = _table(text)
    folded = text.translate(table)
    lengths = {chr(k): len(v) for k, v in table.items()}
    if all(n == 1 for n in lengths.values()):
        return FoldedText(text, folded, None)
    removed = {ch for ch, n in lengths.items() if n == 0}
    marks = frozenset(ch for ch in removed if attached(ch))
    counts = map(lengths.__getitem__, text)
    expands = any(n > 1 for n in lengths.values())
    if not expands:
        starts = array("q", compress(range(len(text)), counts))
    else:
        starts = array("q", chain.from_iterable(map(repeat, range(len(text)), counts)))
    starts.append(len(text))
    ends_at_next = not expands and len(marks) == len(removed)
    return FoldedText(text, folded, starts, marks, expands, ends_at_next)


# Honorifics and titles, already normalised (they are compared after folding).
TITLES = frozenset(
    {
        "السيد",
        "السيده",
        "سيد",
        "سيده",
        "الانسه",
        "د",
        "دكتور",
        "الدكتور",
        "الدكتوره",
        "الاستاذ",
        "الاستاذه",
        "استاذ",
        "الشيخ",
        "المهندس",
        "م",
        "ا",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
    }
)
_NON_WORD = re.compile(r"[^\w\s]")


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name that identify a person: folded, punctuation and titles removed."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    return tuple(w for w in words if w not in TITLES)


def normalize_name(name: str) -> str:
    return " ".join(name_tokens(name))


def names_match(a: str, b: str) -> bool:
    """True when one name's words are all among the other's ("بوبوفا" in "ماريا بوبوفا")."""
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    return bool(ta and tb) and (ta <= tb or tb <= ta)
