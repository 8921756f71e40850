"""Which annotations touch a stretch of text, answered without scanning all of them.

The viewer asks this for every paint (the blocks on screen) and updates it on every edit, so
both must cost in proportion to what changed, not to the document. Spans are filed in fixed
buckets of `BUCKET` code points, each span in every bucket it covers; a query looks in the
buckets of its range only. Pure Python, no Qt, so it is easy to test on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

BUCKET = 512


@dataclass(frozen=True)
class Span:
    id: int
    label: str
    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


class SpanIndex:
    def __init__(self) -> None:
        self._spans: dict[int, Span] = {}
        self._buckets: dict[int, set[int]] = {}

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._spans

    def get(self, span_id: int) -> Span | None:
        return self._spans.get(span_id)

    def clear(self) -> None:
        self._spans.clear()
        self._buckets.clear()

    def put(self, span: Span) -> Span | None:
        """Add or replace a span; returns the span it replaced, if any."""
        old = self.remove(span.id)
        self._spans[span.id] = span
        for b in range(span.start // BUCKET, (span.end - 1) // BUCKET + 1):
            bucket = self._buckets.get(b)
            if bucket is None:
                self._buckets[b] = {span.id}
            else:
                bucket.add(span.id)
        return old

    def remove(self, span_id: int) -> Span | None:
        span = self._spans.pop(span_id, None)
        if span is not None:
            for b in range(span.start // BUCKET, (span.end - 1) // BUCKET + 1):
                bucket = self._buckets.get(b)
                if bucket is not None:
                    bucket.discard(span_id)
                    if not bucket:
                        del self._buckets[b]
        return span

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans with at least one character in [start, end), ordered by (start, -length, id)."""
        if end <= start:
            return []
        ids: set[int] = set()
        for b in range(start // BUCKET, (end - 1) // BUCKET + 1):
            bucket = self._buckets.get(b)
            if bucket:
                ids.update(bucket)
        spans = self._spans
        found = [s for s in (spans[i] for i in ids) if s.start < end and s.end > start]
        found.sort(key=lambda s: (s.start, -s.end, s.id))
        return found

    def at(self, offset: int) -> list[Span]:
        """Spans containing the character at `offset`, innermost (shortest) first."""
        return sorted(self.overlapping(offset, offset + 1), key=lambda s: (s.length, s.id))


def depths(spans: list[Span]) -> dict[int, int]:
    """How many other spans of `spans` enclose each one (a speaker inside a claim is 1).

    Quadratic in the spans on screen, which are a few dozen; identical spans nest by id so
    two analysts' equal marks both stay visible.
    """
    out: dict[int, int] = {}
    for s in spans:
        out[s.id] = sum(
            1
            for o in spans
            if o.id != s.id
            and o.start <= s.start
            and s.end <= o.end
            and (o.length > s.length or o.id < s.id)
        )
    return out
