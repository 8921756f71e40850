"""Words of a text with their code-point offsets, folded once, and the sentences they sit in.

The rules look at words, the punctuation between them and sentence ends; tokenising the
whole text once (one regex pass, one fold per word) keeps a 550,000-character document well
under a second. A word is a run of letters, marks, digits and underscores, with a leading #
or @ kept (a hashtag or a handle is one word, as the guidelines want); emoji, URLs' slashes
and punctuation are gaps between words.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from annotator.text.arabic import fold

_WORD = regex.compile(r"[#@]?[\p{L}\p{M}\p{N}_\u200c\u200d]+")
# A sentence ends after . ! ? ؟ ۔ … before white space (or the end), or at a line break.
_SENTENCE_END = regex.compile(r"[.!?؟۔…]+(?=\s|$)|[\n\r\u2028\u2029]")
URL = regex.compile(r"(?:https?://|www\.)\S+")
QUOTE_OPEN = frozenset('"“«„”')
QUOTE_CLOSE = frozenset('"”»“')


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    folded: str


@dataclass
class Tokens:
    """The words of a text, the sentence of each, and lookups by offset."""

    text: str
    items: list[Token]
    starts: list[int]
    sentence_ends: list[int]  # offsets after which a sentence ends (sorted)
    sentence_of: list[int]  # per token: the index of its sentence

    def __len__(self) -> int:
        return len(self.items)

    def gap(self, i: int) -> str:
        """What stands between token i-1 and token i (the text start for i = 0)."""
        before = self.items[i - 1].end if i > 0 else 0
        return self.text[before : self.items[i].start]

    def punctuated(self, i: int) -> bool:
        """True when something other than white space separates token i from the one before
        (a comma, a colon, a quote mark, an emoji), or a sentence starts at token i."""
        if i == 0 or self.sentence_of[i] != self.sentence_of[i - 1]:
            return True
        return bool(self.gap(i).strip())

    def index_at(self, offset: int) -> int:
        """The first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_end(self, i: int) -> int:
        """The offset where token i's sentence ends (its end mark excluded)."""
        s = self.sentence_of[i]
        return self.sentence_bounds(s)[1]

    def sentence_start(self, i: int) -> int:
        return self.sentence_bounds(self.sentence_of[i])[0]

    def sentence_bounds(self, s: int) -> tuple[int, int]:
        ends = self.sentence_ends
        start = ends[s - 1] if s > 0 else 0
        if s < len(ends):
            end = ends[s]
            while end > start and self.text[end - 1] in ".!?؟۔…\n\r\u2028\u2029":
                end -= 1
        else:
            end = len(self.text)
        return start, end


def tokenize(text: str) -> Tokens:
    items = [Token(m.start(), m.end(), m.group(), "") for m in _WORD.finditer(text)]
    # One fold of the words joined (a table built once) instead of one per word.
    folded = fold("\x00".join(t.text for t in items)).split("\x00") if items else []
    if len(folded) != len(items):  # never expected: a fold that ate the separator
        folded = [fold(t.text) for t in items]
    items = [Token(t.start, t.end, t.text, f) for t, f in zip(items, folded, strict=True)]
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    starts = [t.start for t in items]
    sentence_of: list[int] = []
    s, n = 0, len(ends)
    for t in items:
        while s < n and ends[s] <= t.start:
            s += 1
        sentence_of.append(s)
    return Tokens(text, items, starts, ends, sentence_of)


def _is_edge_junk(ch: str, at_start: bool) -> bool:
    """Characters a span may not begin or end with: white space, punctuation, symbols and
    emoji; a leading # or @ and a closing % stay (D13)."""
    if ch.isalnum() or ch == "_":
        return False
    if at_start and ch in "#@":
        return False
    if not at_start and ch == "%":
        return False
    cat = regex.match(r"\p{M}", ch)
    return cat is None


def trim(text: str, start: int, end: int, *, tail_junk: bool = False) -> tuple[int, int]:
    """[start, end) without edge white space and punctuation; with `tail_junk` also without
    a trailing URL, hashtag block or emoji (headline and indirect claims in posts)."""
    while True:
        before = (start, end)
        while start < end and _is_edge_junk(text[start], True):
            start += 1
        while end > start and _is_edge_junk(text[end - 1], False):
            end -= 1
        if tail_junk and end > start:
            piece = text[start:end]
            url = URL.search(piece)
            if url is not None:
                end = start + url.start()
            else:
                m = regex.search(r"(?:^|\s)[#@][\p{L}\p{M}\p{N}_]+$", piece)
                if m is not None and m.start() > 0:
                    end = start + m.start()
        if (start, end) == before:
            return start, end


def cut_url(text: str, start: int, end: int) -> int:
    """A claim never holds a URL: the end, brought back to before the first one."""
    m = URL.search(text, start, end)
    return m.start() if m is not None else end
