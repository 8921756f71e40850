"""Inter-annotator agreement between analysts' spans: F1, Cohen's kappa, Krippendorff's alpha.

No Qt and no database (the formula guard comes from `formats.csv_guard`), so the CLI and the
tests use it directly. Callers hand in plain `Span` values (offsets are code points, end
exclusive, as everywhere in core).

Span measures (F1) compare spans as wholes. Token measures (kappa, alpha) compare labels on
units: the caller's word tokens (`tokens`) or one unit per code point (`char_units`). Every
analyst is taken to have read every document given in `doc_tokens`: a token without a span
is an "O" decision, not a missing value. Chance-corrected measures return None where their
formula divides by zero (no units, or every unit has the same value): with no variance there
is no evidence either way, and a made-up 1.0 or 0.0 would mislead a reader of the table.
"""

from __future__ import annotations

import csv
import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from heapq import heappop, heappush
from itertools import combinations
from typing import IO

from annotator.formats.csv_guard import guard

ALL = "*"
OUTSIDE = "O"

# Word characters plus the combining marks Python's `\w` leaves out (Arabic harakat, shadda,
# superscript alef, Quranic marks, Latin diacritics) and ZWNJ/ZWJ, so a vocalised Arabic
# word stays one token instead of breaking at every diacritic.
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
    "\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff\u200c\u200d"
)
_TOKEN = re.compile(rf"[\w{_MARKS}]+")

Tokens = dict[str, list[tuple[int, int]]]


@dataclass(frozen=True)
class Span:
    analyst: str
    document: str  # document uuid
    label: str
    start: int  # code-point offsets, end exclusive
    end: int
    speakers: frozenset[str] = frozenset()  # speaker entity uuids (shared across analysts)


@dataclass(frozen=True)
class Row:
    label: str
    analyst_a: str
    analyst_b: str
    measure: str
    value: float | None


def tokens(text: str) -> list[tuple[int, int]]:
    """Word tokens as (start, end) code-point offsets; whitespace and punctuation separate."""
    return [m.span() for m in _TOKEN.finditer(text)]


def char_units(documents: dict[str, int]) -> Tokens:
    """One unit per code point, for token measures when no tokenisation is wanted."""
    return {doc: [(i, i + 1) for i in range(length)] for doc, length in documents.items()}


# --- span F1 -------------------------------------------------------------------------------


def _with_label(spans: Iterable[Span], label: str) -> list[Span]:
    return [s for s in spans if label == ALL or s.label == label]


def _f1(matches: int, n_a: int, n_b: int) -> float | None:
    """Symmetric F1 = 2·matches / (|A| + |B|); None when neither side has a span."""
    return None if n_a + n_b == 0 else 2 * matches / (n_a + n_b)


def f1_exact(a_spans: Iterable[Span], b_spans: Iterable[Span], label: str = ALL) -> float | None:
    """F1 where a match needs the same document, label, start and end (one-to-one)."""
    a = Counter((s.document, s.label, s.start, s.end) for s in _with_label(a_spans, label))
    b = Counter((s.document, s.label, s.start, s.end) for s in _with_label(b_spans, label))
    return _f1(sum((a & b).values()), a.total(), b.total())


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _overlapping(
    a_group: list[tuple[int, Span]], b_group: list[tuple[int, Span]]
) -> Iterator[tuple[int, int]]:
    """Yield (i, j) for every a and b in one document and label that share a code point.

    Sort and sweep by start: when a span begins, every span of the other side still open
    (begun earlier, ending after this start) overlaps it, so the work is the sort plus the
    pairs found, never every a against every b. Empty spans share nothing and are skipped.
    """
    events = sorted(
        [(s.start, 0, k, s.end) for k, (_i, s) in enumerate(a_group) if s.end > s.start]
        + [(s.start, 1, k, s.end) for k, (_j, s) in enumerate(b_group) if s.end > s.start]
    )
    open_spans: tuple[dict[int, int], dict[int, int]] = ({}, {})  # side -> {k: end}
    closing: list[tuple[int, int, int]] = []  # heap of (end, side, k)
    for start, side, k, end in events:
        while closing and closing[0][0] <= start:
            _end, closed_side, closed = heappop(closing)
            del open_spans[closed_side][closed]
        other = open_spans[1 - side]
        if side == 0:
            yield from ((k, m) for m in other)
        else:
            yield from ((m, k) for m in other)
        open_spans[side][k] = end
        heappush(closing, (end, side, k))


def overlap_pairs(a_spans: Iterable[Span], b_spans: Iterable[Span]) -> list[tuple[Span, Span]]:
    """One-to-one matching of same-document, same-label spans that share a code point.

    Greedy by largest overlap (ties by position) rather than optimal assignment: it is
    predictable, explainable to a reviewer, and differs only in rare chains of partial overlaps.
    Candidates come from a sweep per document and label (`_overlapping`), so the time grows
    with the spans and the overlaps found, not with |A| x |B|.
    """
    a_by_key: dict[tuple[str, str], list[tuple[int, Span]]] = defaultdict(list)
    for i, a in enumerate(a_spans):
        a_by_key[a.document, a.label].append((i, a))
    b_by_key: dict[tuple[str, str], list[tuple[int, Span]]] = defaultdict(list)
    for b in b_spans:
        group = b_by_key[b.document, b.label]
        group.append((len(group), b))  # j: position among b's of the same document and label
    candidates = []
    for key, a_group in a_by_key.items():
        b_group = b_by_key.get(key)
        if not b_group:
            continue
        for ka, kb in _overlapping(a_group, b_group):
            (i, a), (j, b) = a_group[ka], b_group[kb]
            size = _overlap(a, b)
            candidates.append((-size, a.start, a.end, b.start, b.end, i, j, a, b))
    candidates.sort(key=lambda c: c[:7])
    used_a: set[int] = set()
    used_b: set[tuple[str, str, int]] = set()
    pairs = []
    for *_, i, j, a, b in candidates:
        if i not in used_a and (a.document, a.label, j) not in used_b:
            used_a.add(i)
            used_b.add((a.document, a.label, j))
            pairs.append((a, b))
    return pairs


def f1_overlap(a_spans: Iterable[Span], b_spans: Iterable[Span], label: str = ALL) -> float | None:
    """F1 where a match is same document and label with overlapping ranges (one-to-one)."""
    a, b = _with_label(a_spans, label), _with_label(b_spans, label)
    return _f1(len(overlap_pairs(a, b)), len(a), len(b))


def attribution(
    a_spans: Iterable[Span],
    b_spans: Iterable[Span],
    claim_labels: Iterable[str] = ("claim",),
    label: str = ALL,
) -> float | None:
    """Share of overlap-matched claim pairs whose speaker sets are equal.

    Pairs where neither analyst named a speaker are left out: they say nothing about who said
    it. None when no pair is left. Speaker ids must already be shared across analysts (merged
    entities), otherwise two analysts naming the same person never agree.
    """
    wanted = set(claim_labels) if label == ALL else set(claim_labels) & {label}
    a = [s for s in a_spans if s.label in wanted]
    b = [s for s in b_spans if s.label in wanted]
    pairs = [(x, y) for x, y in overlap_pairs(a, b) if x.speakers or y.speakers]
    if not pairs:
        return None
    return sum(x.speakers == y.speakers for x, y in pairs) / len(pairs)


# --- token labels --------------------------------------------------------------------------


def token_labels(spans: Iterable[Span], doc_tokens: Tokens, label: str = ALL) -> list[Hashable]:
    """One analyst's value for every token of every document, in a fixed order.

    For a label: True if the token overlaps a span with that label (a yes/no decision). For
    `*`: the label of the smallest overlapping span (nesting is read as "the inner span is the
    more specific decision"; equal lengths fall to the alphabetically first label), "O" if
    none. Empty spans cover nothing. Spans in documents not in `doc_tokens` are ignored.
    """
    by_doc: dict[str, list[Span]] = defaultdict(list)
    for s in _with_label(spans, label):
        if s.end > s.start:
            by_doc[s.document].append(s)
    values: list[Hashable] = []
    for doc in sorted(doc_tokens):
        toks = sorted(doc_tokens[doc])
        starts, ends = [t[0] for t in toks], [t[1] for t in toks]
        best: list[tuple[int, str] | None] = [None] * len(toks)
        for s in by_doc.get(doc, ()):
            # tokens with end > s.start and start < s.end overlap the span
            for i in range(bisect_right(ends, s.start), bisect_left(starts, s.end)):
                cand, current = (s.end - s.start, s.label), best[i]
                if current is None or cand < current:
                    best[i] = cand
        if label == ALL:
            values.extend(OUTSIDE if b is None else b[1] for b in best)
        else:
            values.extend(b is not None for b in best)
    return values


# --- chance-corrected coefficients ---------------------------------------------------------


def cohen_kappa_from_labels(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa = (p_o - p_e) / (1 - p_e), from two equally long lists of labels.

    Computed in integers so published examples check exactly. None when there are no units
    or p_e = 1 (both analysts used one and the same label throughout).
    """
    if len(a) != len(b):
        raise ValueError(f"label lists differ in length: {len(a)} and {len(b)}")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True))
    count_a, count_b = Counter(a), Counter(b)
    chance = sum(count_a[k] * count_b[k] for k in count_a)  # = p_e · n²
    if n == 0 or chance == n * n:
        return None
    return float(Fraction(n * observed - chance, n * n - chance))


def coincidence_matrix(units: Iterable[Sequence[Hashable | None]]) -> dict[tuple, Fraction]:
    """Krippendorff's o_ck: each ordered pair of values within a unit, weighted 1/(m_u - 1).

    None marks a missing value; units with fewer than two values are not pairable and add
    nothing (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
    """
    # Identical units (most tokens: "O" from everyone) are counted once; integer pair counts
    # are kept per unit size m and divided by m - 1 at the end: exact and fast.
    pairs_by_m: dict[int, Counter[tuple]] = defaultdict(Counter)
    for unit, repeats in Counter(map(tuple, units)).items():
        counts = Counter(v for v in unit if v is not None)
        m = counts.total()
        if m < 2:
            continue
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                if pairs := n_c * (n_k - (c == k)):
                    pairs_by_m[m][c, k] += pairs * repeats
    matrix: dict[tuple, Fraction] = defaultdict(Fraction)
    for m, pairs_counter in pairs_by_m.items():
        for ck, pairs in pairs_counter.items():
            matrix[ck] += Fraction(pairs, m - 1)
    return dict(matrix)


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Nominal alpha = 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.

    `units` holds one list per unit with one value per coder (None = missing). None when no
    unit is pairable or only one value occurs (expected disagreement is zero).
    """
    matrix = coincidence_matrix(units)
    n_c: dict[Hashable, Fraction] = defaultdict(Fraction)
    for (c, _k), o in matrix.items():
        n_c[c] += o
    n = sum(n_c.values())
    expected = n * n - sum(v * v for v in n_c.values())  # Σ_{c≠k} n_c · n_k
    if expected == 0:
        return None
    observed = sum(o for (c, k), o in matrix.items() if c != k)
    return float(1 - (n - 1) * observed / expected)


def cohen_kappa(
    a_spans: Iterable[Span], b_spans: Iterable[Span], doc_tokens: Tokens, label: str = ALL
) -> float | None:
    """Kappa over token labels of two analysts (binary per label, categorical for `*`)."""
    a = token_labels(a_spans, doc_tokens, label)
    return cohen_kappa_from_labels(a, token_labels(b_spans, doc_tokens, label))


def krippendorff_alpha(
    spans: Iterable[Span],
    doc_tokens: Tokens,
    label: str = ALL,
    analysts: Iterable[str] | None = None,
) -> float | None:
    """Nominal alpha over tokens for any number of analysts (default: all in `spans`).

    Pass `analysts` to count someone who marked nothing at all; they cannot be seen in spans.
    """
    by_analyst: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        by_analyst[s.analyst].append(s)
    names = sorted(set(analysts) if analysts is not None else by_analyst)
    columns = [token_labels(by_analyst[name], doc_tokens, label) for name in names]
    return krippendorff_alpha_nominal(zip(*columns, strict=True))


# --- the table -----------------------------------------------------------------------------


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while the tables are computed: they make millions of
    small tuples and lists, none in a cycle, and each collection would walk every object
    alive (the spans, the tokens) again, which makes twice the spans cost 2.5x the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def agreement_table(
    spans: Iterable[Span],
    doc_tokens: Tokens,
    claim_labels: Iterable[str] = ("claim",),
    *,
    together: bool = True,
) -> list[Row]:
    """Every measure for every pair of analysts, then (with `together`) alpha for all
    analysts together.

    The documents in `doc_tokens` are the scope: spans elsewhere are ignored by every measure,
    so F1 and kappa describe the same material. Labels are those found in the spans plus `*`;
    attribution rows appear for `*` and for claim labels only. A pair row's value is None
    when the measure is undefined (see each function), and so is alpha for fewer than two
    analysts.
    """
    with no_cycle_collection():
        return _agreement_table(spans, doc_tokens, claim_labels, together)


def _agreement_table(
    spans: Iterable[Span], doc_tokens: Tokens, claim_labels: Iterable[str], together: bool
) -> list[Row]:
    claim_labels = set(claim_labels)
    spans = [s for s in spans if s.document in doc_tokens]
    by_analyst: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        by_analyst[s.analyst].append(s)
    labels = [ALL, *sorted({s.label for s in spans})]
    rows: list[Row] = []
    for a, b in combinations(sorted(by_analyst), 2):
        a_spans, b_spans = by_analyst[a], by_analyst[b]
        for label in labels:
            # Each analyst's token labels once: kappa and the pair's alpha share them.
            a_tokens = token_labels(a_spans, doc_tokens, label)
            b_tokens = token_labels(b_spans, doc_tokens, label)
            values = {
                "f1_exact": f1_exact(a_spans, b_spans, label),
                "f1_overlap": f1_overlap(a_spans, b_spans, label),
                "cohen_kappa": cohen_kappa_from_labels(a_tokens, b_tokens),
                "krippendorff_alpha": krippendorff_alpha_nominal(
                    zip(a_tokens, b_tokens, strict=True)
                ),
            }
            if label == ALL or label in claim_labels:
                values["attribution"] = attribution(a_spans, b_spans, claim_labels, label)
            rows.extend(Row(label, a, b, measure, value) for measure, value in values.items())
    for label in labels if together else ():
        alpha = krippendorff_alpha(spans, doc_tokens, label)
        rows.append(Row(label, ALL, ALL, "krippendorff_alpha", alpha))
    return rows


def _cell(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_table(rows: Iterable[Row]) -> str:
    """Aligned plain-text table, values to three decimals and "n/a" for undefined."""
    header = ("label", "analyst_a", "analyst_b", "measure", "value")
    body = [(r.label, r.analyst_a, r.analyst_b, r.measure, _cell(r.value)) for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(
            cell.rjust(w) if i == 4 else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in [header, *body]
    ]
    return "\n".join(lines) + "\n"


def write_csv(rows: Iterable[Row], fileobj: IO[str]) -> None:
    """Write rows as CSV; an undefined value is an empty cell, which R and pandas read as NA.

    Open `fileobj` with newline="" (and encoding="utf-8-sig" for Excel). Values are written
    in full precision; only the text columns are guarded against formula injection, so a
    negative kappa stays a number.
    """
    writer = csv.writer(fileobj)
    writer.writerow(["label", "analyst_a", "analyst_b", "measure", "value"])
    for r in rows:
        value = "" if r.value is None else repr(r.value)
        writer.writerow(
            [
                guard(r.label),
                guard(r.analyst_a),
                guard(r.analyst_b),
                r.measure,
                value,
            ]
        )
