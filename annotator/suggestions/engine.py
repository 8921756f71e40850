"""Suggestions for one text, from its words alone: pure Python, safe off the GUI thread.

`compute` runs the patterns and the project-match recommender over the text (`Found`);
`Found.groups` then fits them to what the document already holds, which is cheap and
is redone whenever annotations change: a suggestion the analyst already made (same kind,
same span) becomes a link to that annotation, one overlapping an annotation of its kind or
rejected before is dropped, and what is left is grouped into what one accept stores.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from annotator.suggestions.lexicon import Lexicon
from annotator.suggestions.patterns import find_attributions
from annotator.suggestions.project_match import MarkedTexts, find_matches
from annotator.suggestions.records import Attribution, Group, Ref, Suggested
from annotator.suggestions.tokens import tokenize

Key = tuple[str, int, int]


class Existing(NamedTuple):
    """An annotation already in the document, by the kind of its label."""

    id: int
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Found:
    """What the patterns and the recommender found in one text, before fitting."""

    attributions: tuple[Attribution, ...]
    matches: tuple[Suggested, ...]

    def groups(
        self, existing: Iterable[Existing] = (), rejected: Iterable[Key] = ()
    ) -> list[Group]:
        return fit(self, list(existing), set(rejected))


class Cancelled(Exception):
    """A computation given up because its result is no longer wanted."""


def compute(
    text: str,
    lexicon: Lexicon,
    marked: MarkedTexts | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Found:
    """`cancelled` is asked between steps; when it says True, `Cancelled` is raised (the
    window gives up a document the analyst already left)."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    tokens = tokenize(text)
    check()
    attributions = _without_overlaps(find_attributions(tokens, lexicon, check))
    check()
    function_words = lexicon.subject_stops | lexicon.complementizers
    matches = find_matches(tokens, marked, function_words) if marked else []
    return Found(tuple(attributions), tuple(matches))


def _without_overlaps(found: list[Attribution]) -> list[Attribution]:
    """One attribution per stretch of text: a claim overlapping an earlier kept claim is
    dropped (a quote inside an indirect claim, a second rule on the same words)."""
    kept: list[Attribution] = []
    last_end = -1
    for att in found:
        if att.claim.start < last_end:
            continue
        kept.append(att)
        last_end = att.claim.end
    return kept


class _Spans:
    """Existing annotations of one kind, for overlap and equality lookups."""

    def __init__(self, items: list[Existing]) -> None:
        self.items = sorted(items, key=lambda e: (e.start, e.end))
        self.starts = [e.start for e in self.items]
        self.exact = {(e.start, e.end): e.id for e in self.items}
        self.longest = max((e.end - e.start for e in self.items), default=0)

    def overlapping(self, start: int, end: int) -> int | None:
        i = bisect.bisect_left(self.starts, start - self.longest)
        j = bisect.bisect_left(self.starts, end)
        for e in self.items[i:j]:
            if e.end > start and e.start < end:
                return e.id
        return None

    def before(self, offset: int) -> int | None:
        """The id of the last annotation starting before `offset`."""
        i = bisect.bisect_left(self.starts, offset)
        return self.items[i - 1].id if i else None


def fit(found: Found, existing: list[Existing], rejected: set[Key]) -> list[Group]:
    by_kind = {k: _Spans([e for e in existing if e.kind == k]) for k in ("claim", "speaker", "cue")}

    def resolve(span: Suggested | None) -> Ref | None:
        """The span itself, the annotation that is already there, or None (rejected)."""
        if span is None:
            return None
        spans = by_kind[span.kind]
        same = spans.exact.get((span.start, span.end))
        if same is not None:
            return same
        if span.kind == "speaker":
            over = spans.overlapping(span.start, span.end)
            if over is not None:
                return over
        if span.key in rejected or spans.overlapping(span.start, span.end) is not None:
            return None
        return span

    groups: list[Group] = []
    speakers = _Mentions()
    for e in by_kind["speaker"].items:
        speakers.add(e.start, e.id)
    for att in found.attributions:
        claim = att.claim
        if (
            claim.key in rejected
            or by_kind["claim"].overlapping(claim.start, claim.end) is not None
        ):
            if att.speaker is not None and not att.inherited:
                spk = resolve(att.speaker)
                if spk is not None:
                    speakers.add(att.speaker.start, spk)
            continue
        cue = resolve(att.cue)
        speaker = resolve(att.speaker) if not att.inherited else None
        if speaker is not None:
            speakers.add(att.speaker.start if att.speaker else 0, speaker)
        elif att.inherited:
            at = att.cue.start if att.cue else claim.start
            speaker = speakers.before(at)
        own = tuple(
            s for s in (claim, cue, None if att.inherited else speaker) if isinstance(s, Suggested)
        )
        groups.append(Group(own, claim, speaker, cue))
    taken = {s.key for g in groups for s in g.spans()}
    suggested = {
        k: _Spans([Existing(0, k, s.start, s.end) for g in groups for s in g.own if s.kind == k])
        for k in ("speaker", "cue")
    }
    for match in found.matches:
        if match.key in taken or resolve(match) is not match:
            continue
        if suggested[match.kind].overlapping(match.start, match.end) is not None:
            continue  # a pattern already suggests these words
        groups.append(Group((match,)))
        taken.add(match.key)
    groups.sort(key=lambda g: (g.start, g.end))
    return groups


class _Mentions:
    """Speaker mentions by start offset, for "the nearest earlier speaker"."""

    def __init__(self) -> None:
        self.starts: list[tuple[int, int]] = []  # (start, serial), sorted
        self.refs: dict[int, Ref] = {}

    def add(self, start: int, ref: Ref) -> None:
        serial = len(self.refs)
        self.refs[serial] = ref
        bisect.insort(self.starts, (start, serial))

    def before(self, offset: int) -> Ref | None:
        i = bisect.bisect_left(self.starts, (offset, -1))
        return self.refs[self.starts[i - 1][1]] if i else None
