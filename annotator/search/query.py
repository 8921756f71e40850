"""What a user typed, turned into one compiled pattern, or into one sentence saying why not.

Three switches, as in every find bar: `exact` matches characters as stored (case and
diacritics included); `word` matches whole words only; `regex` reads the query as a regular
expression (the `regex` package, which can stop a runaway pattern at a time limit). By
default the query and the text are both folded (`annotator.text.arabic.fold`), so diacritics,
tatweel, alef forms, ة/ه, ى/ي, hamza seats and Latin case do not matter, and a word may carry
the attached prefixes و ف ب ل ك and the article ال ("الحكومة" finds "للحكومة").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import regex

from annotator.errors import AnnotatorError
from annotator.text.arabic import fold, fold_char

TIME_LIMIT = 2.0  # seconds a regular expression may run over one search

# One place for what a user is told (the find bar shows these; the CLI prints them).
EMPTY = "type something to search for"
NOTHING_LEFT = (
    "the query {query!r} has nothing to search for once diacritics and tatweel are ignored "
    "(switch on exact matching to find them as written)"
)
BAD_REGEX = "{query!r} is not a valid regular expression ({reason})"
TOO_SLOW = (
    "the regular expression {query!r} was stopped after {seconds:g} seconds; "
    "make it simpler or more specific"
)

# Attached letters a word may carry in front of the query: conjunction, then preposition.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE = "ال"
_MIN_CORE = 3  # shorter words would match inside too many others once prefixes are allowed
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_EXACT_WORD = f"[\\w{_MARKS}]"  # stored text keeps its diacritics: they are part of a word


class QueryError(AnnotatorError):
    """A query that cannot be searched for: empty, nothing left once folded, an invalid or
    runaway regular expression. `str()` is the sentence to show."""


@dataclass(frozen=True)
class SearchOptions:
    exact: bool = False
    word: bool = False
    regex: bool = False


@dataclass(frozen=True)
class Query:
    """A compiled query: `pattern` runs over the folded text unless `exact`."""

    text: str
    options: SearchOptions
    pattern: Any  # re.Pattern or regex.Pattern
    literals: tuple[str, ...]  # folded strings every hit contains (for the index), or ()
    # For a query with the article: the pattern starts at the article's ل (so one scan
    # finds "الحكومة" and "للحكومة"); a match after this letter (ا) starts one character
    # earlier, any other (the ل of a preposition) one later, at the word itself.
    lead: str = ""
    # For the other matches of such a query, a zero-width test at the match's start that the
    # ل before it is a preposition at a word's start (None: the pattern checked that itself).
    fused: Any = None
    # For a query with the article (not whole-word): the pattern with the article's alef in
    # front, so a text without the fused form ("للحكومة": `fused_literal` does not occur in
    # it) is scanned once for exactly the hits, as fast as for a plain string.
    article: Any = None
    fused_literal: str = ""

    @property
    def folded(self) -> bool:
        return not self.options.exact

    def too_slow(self) -> QueryError:
        return QueryError(TOO_SLOW.format(query=self.text, seconds=TIME_LIMIT))


def compile_query(text: str, options: SearchOptions = SearchOptions()) -> Query:
    """The query ready to run, or a QueryError naming what is wrong with it."""
    if not text or not text.strip():
        raise QueryError(EMPTY)
    if options.regex:
        return _compile_regex(text, options)
    if options.exact:
        body = re.escape(text)
        if options.word:
            body += _starts_word(len(text), (), _EXACT_WORD) + f"(?!{_EXACT_WORD})"
        return Query(text, options, re.compile(body), tuple(fold(text).split()))
    words = fold(text).split()
    if not words:
        raise QueryError(NOTHING_LEFT.format(query=text))
    first, rest = words[0], "".join(" +" + re.escape(w) for w in words[1:])
    head, literal, lead, fused = _first_word(first, options.word)
    tail = rest + (r"(?!\w)" if options.word else "")
    pattern = re.compile(head + tail)
    article, fused_literal = None, ""
    if lead and fused is not None:  # the pattern leads with a plain ل + the word: see above
        article = re.compile(re.escape(lead) + head + tail)
        fused_literal = _ARTICLE[1] + _ARTICLE[1] + literal
    return Query(text, options, pattern, (literal, *words[1:]), lead, fused, article, fused_literal)


def _first_word(word: str, whole: bool) -> tuple[str, str, str, Any]:
    """The pattern for the query's first word, the part of the word every hit contains,
    and `Query.lead` and `Query.fused` ("" and None but for a word with the article).

    The pattern starts with letters of the word and looks behind them for the prefixes the
    word may carry, so `re` scans for it as fast as for a plain string."""
    has_article = word.startswith(_ARTICLE) and len(word) - len(_ARTICLE) >= _MIN_CORE
    core = word[len(_ARTICLE) :] if has_article else word
    if len(core) < _MIN_CORE:  # too short for prefixes: the word as it is
        return re.escape(word) + (_starts_word(len(word), ()) if whole else ""), word, "", None
    if has_article:
        # The article is part of the hit; after the preposition ل it is written ل alone
        # ("للحكومة"), and then the hit is the word after it. Both hold "ل" + core.
        alef, lam = _ARTICLE[0], _ARTICLE[1]
        size = len(core) + 1
        after_lam = tuple(c + lam for c in _CONJUNCTIONS)
        if not whole:  # a plain scan; which matches are hits is told from the letter before
            fused = re.compile(_starts_word(0, after_lam, required=True))
            return re.escape(lam + core), core, alef, fused
        written = tuple(p + alef for p in ("", *_prefixes(article=False)))
        article = _starts_word(size, written, required=True)
        fused_here = _starts_word(size, after_lam, required=True)
        return re.escape(lam + core) + _either(article, fused_here), core, alef, None
    if not whole:
        return re.escape(core), core, "", None  # a substring needs no prefixes
    return re.escape(core) + _starts_word(len(core), _prefixes(article=True)), core, "", None


def _either(*tests: str) -> str:
    return f"(?:{'|'.join(tests)})"


def _prefixes(*, article: bool) -> tuple[str, ...]:
    """The strings that may stand between a word's start and the query."""
    found = {c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS}
    if article:
        found |= {c + p + _ARTICLE for c in _CONJUNCTIONS for p in ("", "ب", "ك")}
        found |= {c + "لل" for c in _CONJUNCTIONS}
    return tuple(sorted(p for p in found if p))


def _starts_word(
    length: int,
    prefixes: tuple[str, ...],
    word: str = r"\w",
    *,
    required: bool = False,
) -> str:
    """A zero-width test, right after `length` matched characters, that they start a word,
    or follow one of `prefixes` that starts one (`required`: only the latter).
    Fixed-width lookbehinds, one per prefix length, as `re` wants them."""
    by_length: dict[int, list[str]] = {}
    for p in prefixes:
        by_length.setdefault(len(p), []).append(re.escape(p))
    tests = [] if required else [rf"(?<!{word}[\s\S]{{{length}}})"]
    for _, alts in sorted(by_length.items()):
        tests.append(rf"(?<=(?<!{word})(?:{'|'.join(alts)})[\s\S]{{{length}}})")
    return tests[0] if len(tests) == 1 else _either(*tests)


def _compile_regex(text: str, options: SearchOptions) -> Query:
    flags = regex.V0
    body = text
    if not options.exact:
        body, flags = _fold_pattern(text), flags | regex.IGNORECASE
        if not body.strip():
            raise QueryError(NOTHING_LEFT.format(query=text))
    if options.word:
        word = r"\w" if not options.exact else _EXACT_WORD
        body = f"(?<!{word})(?:{body})(?!{word})"  # a user's pattern: no literal to lead
    try:
        pattern = regex.compile(body, flags)
    except (regex.error, ValueError, OverflowError, RecursionError) as exc:
        reason = str(exc).split(" at position")[0] or type(exc).__name__
        raise QueryError(BAD_REGEX.format(query=text, reason=reason)) from None
    return Query(text, options, pattern, ())


def _fold_pattern(text: str) -> str:
    """A regular expression with its letters folded as the text is, escapes left alone
    (`\\W` must not become `\\w`, so there is no casefolding here: IGNORECASE does that)."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i : i + 2])
            i += 2
            continue
        folded = fold_char(ch)
        out.append(folded if ch.lower() == ch.upper() or not folded else ch)
        i += 1
    return "".join(out)
