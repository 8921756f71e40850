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
from typing import NamedTuple

import regex

from annotator.text.arabic import fold

_WORD = regex.compile(r"[#@]?[\p{L}\p{M}\p{N}_\u200c\u200d]+")
# A sentence ends after . ! ? ؟ ۔ … before white space (or the end), or at a line break.
_SENTENCE_END = regex.compile(r"[.!?؟۔…]+(?=\s|$)|[\n\r\u2028\u2029]")
_MARK = regex.compile(r"\p{M}")
_TAIL_TAG = regex.compile(r"(?:^|\s)[#@][\p{L}\p{M}\p{N}_]+$")
URL = regex.compile(r"(?:https?://|www\.)\S+")
QUOTE_OPEN = frozenset('"“«„”')
QUOTE_CLOSE = frozenset('"”»“')


class Token(NamedTuple):
    start: int
    end: int
    text: str
    folded: str


@dataclass
class Tokens:
    """The words of a text, the sentence of each, and lookups by offset."""

    text: str
    items: _Items
    starts: list[int]
    sentence_ends: list[int]  # offsets after which a sentence ends (sorted)
    sentence_of: list[int]  # per token: the index of its sentence
    breaks: _Breaks  # per token: punctuation or a sentence start before it

    def __len__(self) -> int:
        return len(self.items)

    def gap(self, i: int) -> str:
        """What stands between token i-1 and token i (the text start for i = 0)."""
        before = self.items[i - 1].end if i > 0 else 0
        return self.text[before : self.items[i].start]

    def punctuated(self, i: int) -> bool:
        """True when something other than white space separates token i from the one before
        (a comma, a colon, a quote mark, an emoji), or a sentence starts at token i."""
        return self.breaks[i]

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
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    # One fold of the words joined (a table built once) instead of one per word.
    folded = fold("\x00".join(words)).split("\x00") if words else []
    if len(folded) != len(words):  # never expected: a fold that ate the separator
        folded = [fold(w) for w in words]
    spans = [m.span() for m in matches]
    items = _Items(spans, words, folded)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    starts = items.starts
    right = bisect.bisect_right
    sentence_of = [right(ends, a) for a in starts]  # one C call a word
    return Tokens(text, items, starts, ends, sentence_of, _Breaks(text, items, sentence_of))


class _Items:
    """The tokens as a sequence, each `Token` made only when asked for: a text has some
    100,000 words and the rules look closely at few of them (`folded` is read directly)."""

    def __init__(self, spans: list[tuple[int, int]], words: list[str], folded: list[str]):
        self.spans, self.words, self.folded = spans, words, folded
        self.starts = [a for a, _b in spans]
        self._made: list[Token | None] = [None] * len(words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Token:
        if i < 0:
            raise IndexError(i)
        found = self._made[i]
        if found is None:
            a, b = self.spans[i]
            found = self._made[i] = Token(a, b, self.words[i], self.folded[i])
        return found


class _Breaks:
    """Token index -> True when punctuation or a sentence start comes before it."""

    def __init__(self, text: str, items: _Items, sentence_of: list[int]) -> None:
        self.text, self.items, self.sentence_of = text, items, sentence_of

    def __getitem__(self, i: int) -> bool:
        if i == 0:
            return True
        spans, text = self.items.spans, self.text
        a, prev_end = spans[i][0], spans[i - 1][1]
        if a - prev_end == 1 and text[prev_end] == " ":
            return False
        if self.sentence_of[i] != self.sentence_of[i - 1]:
            return True
        return bool(text[prev_end:a].strip())


def _is_edge_junk(ch: str, at_start: bool) -> bool:
    """Characters a span may not begin or end with: white space, punctuation, symbols and
    emoji; a leading # or @ and a closing % stay (D13)."""
    if ch.isalnum() or ch == "_":
        return False
    if at_start and ch in "#@":
        return False
    if not at_start and ch == "%":
        return False
    return _MARK.match(ch) is None


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
                m = _TAIL_TAG.search(piece)
                if m is not None and m.start() > 0:
                    end = start + m.start()
        if (start, end) == before:
            return start, end


def cut_url(text: str, start: int, end: int) -> int:
    """A claim never holds a URL: the end, brought back to before the first one."""
    m = URL.search(text, start, end)
    return m.start() if m is not None else end
