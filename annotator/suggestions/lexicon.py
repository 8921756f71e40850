"""The attribution lexicon: reporting verbs, participles, expressions and titles, kept as data.

A team extends `resources/attribution_lexicon.json` and shares it with its label schema, so
the words live in a file, not in code. Every word is compared after `fold` (diacritics,
hamza seats, ة/ه and ى/ي ignored), so the file may be written with or without them.
A file that is not valid gets one sentence naming the file, the line and the problem, and
whoever loaded it keeps the last good lexicon (`LexiconStore`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.text.arabic import fold

DEFAULT_NAME = "attribution_lexicon.json"
_WORD_LISTS = (
    "proclitics",
    "participles",
    "noun_complement_verbs",
    "noun_complement_prepositions",
    "unmarked_speech_verbs",
    "complementizers",
    "skip_before_complement",
    "postposed_markers",
    "clause_connectors",
    "comment_markers",
    "titles_of_office",
    "courtesy_titles",
    "honorifics",
    "descriptors",
    "document_sources",
    "colon_labels",
    "subject_stops",
)
_NUMBERS = (
    "max_subject_words",
    "max_name_words",
    "max_headline_speaker_words",
    "max_cue_reach_words",  # how far after a cue its claim may open (أن، إن، :، «)
)


class LexiconError(InputError):
    """A lexicon file that cannot be used: `str()` names the file, the line and the problem."""


@dataclass(frozen=True)
class Expression:
    """A multi-word source expression (وفقا ل، بحسب، نقلا عن); `attached_last`: its last
    word may be written glued to the noun after it (لصحيفة)."""

    words: tuple[str, ...]
    attached_last: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Folded word sets the rules look words up in."""

    verb_forms: dict[str, str]  # folded form -> lemma (folded)
    participles: frozenset[str]
    expressions: tuple[Expression, ...]
    verb_particles: dict[str, str]  # lemma -> particle taken with it when adjacent (أعلن عن)
    proclitics: tuple[str, ...]
    noun_complement_verbs: frozenset[str]
    noun_complement_prepositions: frozenset[str]
    unmarked_speech_verbs: frozenset[str]  # lemmas: a present-tense form may carry bare speech
    complementizers: frozenset[str]
    skip_before_complement: frozenset[str]
    postposed_markers: frozenset[str]
    clause_connectors: frozenset[str]
    comment_markers: frozenset[str]  # a writer's own comment starts here (وهذا كذب)
    titles_of_office: frozenset[str]
    courtesy_titles: frozenset[str]
    honorifics: frozenset[str]
    descriptors: frozenset[str]
    document_sources: frozenset[str]
    colon_labels: frozenset[str]
    subject_stops: frozenset[str]
    numbers: dict[str, int] = field(default_factory=dict)

    def number(self, name: str) -> int:
        return self.numbers[name]


def _line_of(raw: str, key: str) -> int:
    """The line where `key` first appears in the file (1 when it does not)."""
    at = raw.find(f'"{key}"')
    return raw.count("\n", 0, at) + 1 if at >= 0 else 1


def _words(value: Any, key: str, raw: str, path: Path) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise LexiconError(
            f'line {_line_of(raw, key)}: "{key}" must be a list of non-empty words', path
        )
    return frozenset(fold(w.strip()) for w in value)


def parse(raw: str, path: Path) -> Lexicon:
    """The lexicon in `raw` (the text of `path`), or LexiconError naming line and problem."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"line {exc.lineno}: not valid JSON ({exc.msg})", path) from None
    if not isinstance(data, dict):
        raise LexiconError("line 1: the lexicon must be a JSON object", path)
    missing = [k for k in ("verbs", "expressions", *_WORD_LISTS, *_NUMBERS) if k not in data]
    if missing:
        raise LexiconError(f'line 1: "{missing[0]}" is missing', path)
    lists = {key: _words(data[key], key, raw, path) for key in _WORD_LISTS}
    numbers = {}
    for key in _NUMBERS:
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 50:
            raise LexiconError(
                f'line {_line_of(raw, key)}: "{key}" must be a whole number from 1 to 50', path
            )
        numbers[key] = value
    return Lexicon(
        verb_forms=_verbs(data["verbs"], raw, path),
        expressions=_expressions(data["expressions"], raw, path),
        verb_particles=_particles(data.get("verb_particles", {}), raw, path),
        proclitics=tuple(sorted(lists.pop("proclitics"), key=len, reverse=True)),
        numbers=numbers,
        **lists,
    )


def _verbs(value: Any, raw: str, path: Path) -> dict[str, str]:
    line = _line_of(raw, "verbs")
    if not isinstance(value, list):
        raise LexiconError(f'line {line}: "verbs" must be a list of {{"lemma", "forms"}}', path)
    forms: dict[str, str] = {}
    for i, verb in enumerate(value):
        lemma = verb.get("lemma") if isinstance(verb, dict) else None
        if not isinstance(lemma, str) or not lemma.strip():
            raise LexiconError(f'line {line}: verb {i + 1} has no "lemma"', path)
        where = _line_of(raw, lemma)
        words = verb.get("forms")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise LexiconError(f'line {where}: verb "{lemma}" needs "forms", a list of words', path)
        for word in (lemma, *words):
            forms[fold(word.strip())] = fold(lemma.strip())
    return forms


def _expressions(value: Any, raw: str, path: Path) -> tuple[Expression, ...]:
    line = _line_of(raw, "expressions")
    if not isinstance(value, list):
        raise LexiconError(f'line {line}: "expressions" must be a list of {{"words"}}', path)
    found = []
    for i, item in enumerate(value):
        words = item.get("words") if isinstance(item, dict) else None
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise LexiconError(f"line {line}: expression {i + 1} needs a list of words", path)
        found.append(Expression(tuple(fold(w) for w in words), bool(item.get("attached_last"))))
    return tuple(found)


def _particles(value: Any, raw: str, path: Path) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        line = _line_of(raw, "verb_particles")
        raise LexiconError(f'line {line}: "verb_particles" must map a verb to a word', path)
    return {fold(k): fold(v) for k, v in value.items()}


def load(path: str | Path) -> Lexicon:
    """Read and check a lexicon file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise LexiconError("line 1: the file is not UTF-8 text", path) from None
    except OSError as exc:
        raise LexiconError(f"cannot be read ({exc.strerror or exc})", path) from None
    return parse(raw, path)


def default_path() -> Path:
    return Path(str(resources.files("annotator.resources").joinpath(DEFAULT_NAME)))


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The shipped lexicon (read once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load(default_path())
    return _DEFAULT


class LexiconStore:
    """The lexicon in use: reloading a bad file reports it and keeps the last good one."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.path: Path | None = None

    def reload(self, path: str | Path) -> str | None:
        """Use the lexicon at `path`; returns None, or the sentence saying why it was not
        taken (the previous lexicon stays in use)."""
        try:
            lexicon = load(path)
        except LexiconError as exc:
            return str(exc)
        self.lexicon, self.path = lexicon, Path(path)
        return None
