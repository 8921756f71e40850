"""Agreement maths checked against published examples and cases worked by hand."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.team.agreement.measures import (
    Row,
    Span,
    agreement_table,
    attribution,
    char_units,
    cohen_kappa,
    cohen_kappa_from_labels,
    coincidence_matrix,
    f1_exact,
    f1_overlap,
    format_table,
    krippendorff_alpha,
    krippendorff_alpha_nominal,
    overlap_pairs,
    token_labels,
    tokens,
    write_csv,
)

# "aa bb cc dd": four tokens, used by the hand-worked token cases.
TEXT = "aa bb cc dd"
DOC_TOKENS = {"d1": tokens(TEXT)}


def span(analyst: str, label: str, start: int, end: int, doc: str = "d1", speakers=()) -> Span:
    return Span(analyst, doc, label, start, end, frozenset(speakers))


# --- published examples --------------------------------------------------------------------


def test_cohen_kappa_wikipedia_worked_example() -> None:
    # Source: Wikipedia, "Cohen's kappa", section "Simple example": 50 proposals, both say
    # yes 20, A yes/B no 5, A no/B yes 10, both no 15 -> p_o = 0.7, p_e = 0.5, kappa = 0.4.
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa_from_labels(a, b) == 0.4


# Source: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C
# ("Nominal data, any number of observers, missing values"): 4 observers, 12 units.
N = None
KRIPPENDORFF_2011_C = list(
    zip(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],  # observer A
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],  # observer B
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],  # observer C
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],  # observer D
        strict=True,
    )
)


def test_krippendorff_2011_coincidence_matrix() -> None:
    # The paper's coincidence matrix: row 1 is 7, 4/3, 1/3, 1/3, 0 and the margins are
    # n_1..n_5 = 9, 13, 10, 5, 3 with n = 40 (unit 12 has one value and is not pairable).
    o = coincidence_matrix(KRIPPENDORFF_2011_C)
    assert [o.get((1, k), 0) for k in range(1, 6)] == [
        7,
        Fraction(4, 3),
        Fraction(1, 3),
        Fraction(1, 3),
        0,
    ]
    margins = [sum(o.get((c, k), 0) for k in range(1, 6)) for c in range(1, 6)]
    assert margins == [9, 13, 10, 5, 3]


def test_krippendorff_2011_nominal_alpha() -> None:
    # Paper: alpha_nominal = 0.743; exactly 1 - 39 * 8 / (40² - (9²+13²+10²+5²+3²)) = 904/1216.
    alpha = krippendorff_alpha_nominal(KRIPPENDORFF_2011_C)
    assert alpha == pytest.approx(904 / 1216)
    assert round(alpha, 3) == 0.743


def test_krippendorff_2011_binary_two_observers() -> None:
    # Source: Krippendorff (2011), section A ("Binary data, two observers, no missing data"):
    # alpha = 1 - 19 * 4 / (14 * 6) = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    alpha = krippendorff_alpha_nominal(list(zip(a, b, strict=True)))
    assert alpha == pytest.approx(1 - 19 * 4 / (14 * 6))
    assert round(alpha, 3) == 0.095


# --- span F1, worked by hand ---------------------------------------------------------------

A_SPANS = [
    span("amal", "claim", 0, 5),
    span("amal", "claim", 10, 20),
    span("amal", "speaker", 0, 3),
]
B_SPANS = [
    span("badr", "claim", 0, 5),
    span("badr", "claim", 10, 19),
    span("badr", "speaker", 0, 3),
    span("badr", "speaker", 30, 35),
]


def test_f1_exact_by_hand() -> None:
    # Exact matches: claim 0-5 and speaker 0-3, so F1 = 2*2 / (3+4).
    assert f1_exact(A_SPANS, B_SPANS) == pytest.approx(4 / 7)
    assert f1_exact(A_SPANS, B_SPANS, "claim") == pytest.approx(2 * 1 / (2 + 2))
    assert f1_exact(A_SPANS, B_SPANS, "speaker") == pytest.approx(2 * 1 / (1 + 2))


def test_f1_overlap_by_hand() -> None:
    # Claim 10-20 now matches 10-19: three matches, F1 = 2*3 / (3+4).
    assert f1_overlap(A_SPANS, B_SPANS) == pytest.approx(6 / 7)
    assert f1_overlap(A_SPANS, B_SPANS, "claim") == 1.0


def test_f1_needs_same_document_and_label() -> None:
    a = [span("amal", "claim", 0, 5)]
    assert f1_overlap(a, [span("badr", "claim", 0, 5, doc="d2")]) == 0.0
    assert f1_overlap(a, [span("badr", "speaker", 0, 5)]) == 0.0
    assert f1_exact(a, [span("badr", "claim", 0, 5, doc="d2")]) == 0.0


def test_f1_overlap_is_one_to_one_by_largest_overlap() -> None:
    # One span of A overlaps two of B by 4 and 5 code points: only the larger one matches.
    a = [span("amal", "claim", 0, 10)]
    b = [span("badr", "claim", 0, 4), span("badr", "claim", 5, 10)]
    assert f1_overlap(a, b) == pytest.approx(2 * 1 / 3)
    # Two spans of A compete for one of B: still one match.
    a = [span("amal", "claim", 0, 6), span("amal", "claim", 4, 10)]
    assert f1_overlap(a, [span("badr", "claim", 3, 9)]) == pytest.approx(2 / 3)
    # Largest first leaves the second pair free: A1-B1 (9) then A2-B2 (3).
    a = [span("amal", "claim", 0, 10), span("amal", "claim", 8, 12)]
    b = [span("badr", "claim", 0, 9), span("badr", "claim", 9, 12)]
    assert f1_overlap(a, b) == 1.0


def test_touching_spans_do_not_overlap() -> None:
    assert f1_overlap([span("amal", "claim", 0, 5)], [span("badr", "claim", 5, 9)]) == 0.0


def test_f1_of_nothing_is_undefined() -> None:
    assert f1_exact([], []) is None
    assert f1_overlap([], []) is None
    assert f1_exact(A_SPANS, B_SPANS, "quote") is None
    assert f1_exact(A_SPANS, []) == 0.0


# --- token labels and token measures -------------------------------------------------------


def test_tokens_keep_vocalised_arabic_words_whole() -> None:
    text = "😀 قال الرئيسُ: «السَّلامُ» ١٢٣ word."
    assert [text[s:e] for s, e in tokens(text)] == ["قال", "الرئيسُ", "السَّلامُ", "١٢٣", "word"]
    assert tokens(text)[0] == (2, 5)  # code points: the emoji counts one


def test_char_units() -> None:
    assert char_units({"d1": 3, "d2": 0}) == {"d1": [(0, 1), (1, 2), (2, 3)], "d2": []}


def test_token_labels_nesting_and_partial_overlap() -> None:
    spans = [span("amal", "claim", 0, 11), span("amal", "speaker", 4, 5)]
    assert token_labels(spans, DOC_TOKENS) == ["claim", "speaker", "claim", "claim"]
    assert token_labels(spans, DOC_TOKENS, "speaker") == [False, True, False, False]
    # A span touching two tokens by one code point each labels both; an empty span none.
    assert token_labels([span("amal", "claim", 1, 4)], DOC_TOKENS) == ["claim", "claim", "O", "O"]
    assert token_labels([span("amal", "claim", 4, 4)], DOC_TOKENS) == ["O"] * 4


def test_token_measures_by_hand() -> None:
    # A marks tokens 0-1, B tokens 1-2: A = T T F F, B = F T T F.
    a = [span("amal", "claim", 0, 5)]
    b = [span("badr", "claim", 3, 8)]
    # kappa: p_o = 2/4, p_e = .5*.5 + .5*.5 = .5 -> 0.
    assert cohen_kappa(a, b, DOC_TOKENS, "claim") == 0.0
    # alpha: n = 8, n_T = n_F = 4, off-diagonal o = 4 -> 1 - 7*4 / (64 - 32) = 0.125.
    assert krippendorff_alpha(a + b, DOC_TOKENS, "claim") == pytest.approx(0.125)
    # The overall figure uses the categorical labels (claim/O), the same here.
    assert cohen_kappa(a, b, DOC_TOKENS) == 0.0


def test_total_agreement() -> None:
    a = [span("amal", "claim", 0, 5), span("amal", "speaker", 9, 11)]
    b = [span("badr", "claim", 0, 5), span("badr", "speaker", 9, 11)]
    assert f1_exact(a, b) == f1_overlap(a, b) == 1.0
    assert cohen_kappa(a, b, DOC_TOKENS) == 1.0
    assert krippendorff_alpha(a + b, DOC_TOKENS) == 1.0


def test_no_variance_is_undefined() -> None:
    # Both analysts label every token "claim": p_e = 1 and D_e = 0, so no coefficient.
    a, b = [span("amal", "claim", 0, 11)], [span("badr", "claim", 0, 11)]
    assert cohen_kappa(a, b, DOC_TOKENS) is None
    assert krippendorff_alpha(a + b, DOC_TOKENS) is None
    assert cohen_kappa([], [], DOC_TOKENS) is None
    assert cohen_kappa_from_labels([], []) is None
    assert krippendorff_alpha_nominal([]) is None


def test_one_analyst_or_missing_values_only() -> None:
    assert krippendorff_alpha([span("amal", "claim", 0, 5)], DOC_TOKENS) is None
    assert krippendorff_alpha_nominal([[1, None], [None, 2], [3]]) is None


def test_analyst_who_marked_nothing_counts_when_named() -> None:
    a = [span("amal", "claim", 0, 5)]
    # amal: T T F F, badr: F F F F -> n_T = 2, n_F = 6, o_TF = 2 -> 1 - 7*4 / (64 - 40).
    expected = 1 - 7 * 4 / (64 - 4 - 36)
    assert krippendorff_alpha(a, DOC_TOKENS, "claim", analysts=["amal", "badr"]) == pytest.approx(
        expected
    )


def test_kappa_rejects_unequal_lists() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        cohen_kappa_from_labels([1, 2], [1])


# --- attribution ---------------------------------------------------------------------------


def test_attribution_by_hand() -> None:
    a = [
        span("amal", "claim", 0, 5, speakers={"s1"}),
        span("amal", "claim", 10, 15, speakers={"s1"}),
        span("amal", "claim", 20, 25),
        span("amal", "claim", 30, 35, speakers={"s1"}),
        span("amal", "speaker", 40, 45, speakers={"s1"}),
    ]
    b = [
        span("badr", "claim", 0, 4, speakers={"s1"}),  # equal
        span("badr", "claim", 10, 15, speakers={"s2"}),  # different
        span("badr", "claim", 20, 25),  # nobody named a speaker: left out
        span("badr", "claim", 30, 35),  # one side named one: counts, unequal
        span("badr", "speaker", 40, 45, speakers={"s2"}),  # not a claim label
    ]
    assert attribution(a, b) == pytest.approx(1 / 3)
    assert attribution(a, b, claim_labels={"claim", "speaker"}) == pytest.approx(1 / 4)
    assert attribution(a, b, label="speaker") is None
    assert attribution(a[2:3], b[2:3]) is None


# --- the table and its output --------------------------------------------------------------


def test_agreement_table_shape_and_values() -> None:
    doc_tokens = {**DOC_TOKENS, "d2": tokens("ee ff")}
    spans = [
        span("badr", "claim", 3, 8),
        span("amal", "claim", 0, 5),
        span("amal", "speaker", 9, 11),
        span("badr", "claim", 0, 2, doc="elsewhere"),  # not in scope: ignored
    ]
    rows = agreement_table(spans, doc_tokens)
    pair = {(r.label, r.measure): r.value for r in rows if r.analyst_a == "amal"}
    assert {(r.analyst_a, r.analyst_b) for r in rows} == {("amal", "badr"), ("*", "*")}
    assert len(rows) == 5 + 5 + 4 + 3  # *, claim (with attribution), speaker; then alpha x3
    assert pair["claim", "f1_exact"] == 0.0
    assert pair["claim", "f1_overlap"] == 1.0
    assert pair["speaker", "f1_overlap"] == 0.0
    assert pair["*", "f1_overlap"] == pytest.approx(2 / 3)
    assert pair["claim", "attribution"] is None
    assert ("speaker", "attribution") not in pair
    everyone = {r.label: r.value for r in rows if r.analyst_a == "*"}
    assert everyone["claim"] == pair["claim", "krippendorff_alpha"]


def test_agreement_table_pairs_are_sorted() -> None:
    spans = [span(name, "claim", 0, 5) for name in ("chadi", "amal", "badr")]
    pairs = [(r.analyst_a, r.analyst_b) for r in agreement_table(spans, DOC_TOKENS)]
    assert list(dict.fromkeys(pairs)) == [
        ("amal", "badr"),
        ("amal", "chadi"),
        ("badr", "chadi"),
        ("*", "*"),
    ]


def test_agreement_table_edge_cases() -> None:
    assert agreement_table([], DOC_TOKENS) == [Row("*", "*", "*", "krippendorff_alpha", None)]
    one = agreement_table([span("amal", "claim", 0, 5)], DOC_TOKENS)
    assert [(r.label, r.analyst_a, r.value) for r in one] == [
        ("*", "*", None),
        ("claim", "*", None),
    ]


def test_format_table() -> None:
    rows = [
        Row("*", "amal", "badr", "cohen_kappa", 0.4),
        Row("*", "*", "*", "krippendorff_alpha", None),
    ]
    lines = format_table(rows).splitlines()
    assert lines[0].split() == ["label", "analyst_a", "analyst_b", "measure", "value"]
    assert lines[1].split() == ["*", "amal", "badr", "cohen_kappa", "0.400"]
    assert lines[2].endswith("n/a")


def test_write_csv() -> None:
    rows = [
        Row("claim", "=cmd", "badr", "cohen_kappa", -0.25),
        Row("*", "*", "*", "krippendorff_alpha", None),
    ]
    out = io.StringIO(newline="")
    write_csv(rows, out)
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["label", "analyst_a", "analyst_b", "measure", "value"],
        ["claim", "'=cmd", "badr", "cohen_kappa", "-0.25"],
        ["*", "*", "*", "krippendorff_alpha", ""],
    ]


# --- properties ----------------------------------------------------------------------------

spans_strategy = st.lists(
    st.builds(
        lambda label, start, length: span("x", label, start, start + length),
        st.sampled_from(["claim", "speaker"]),
        st.integers(0, 10),
        st.integers(0, 4),
    ),
    max_size=6,
)


@given(spans_strategy, spans_strategy)
def test_measures_are_bounded_and_kappa_symmetric(a: list[Span], b: list[Span]) -> None:
    assert f1_exact(a, b) == f1_exact(b, a)
    for value in (f1_exact(a, b), f1_overlap(a, b)):
        assert value is None or 0.0 <= value <= 1.0
    kappa = cohen_kappa(a, b, DOC_TOKENS)
    assert kappa == cohen_kappa(b, a, DOC_TOKENS)
    assert kappa is None or -1.0 <= kappa <= 1.0


def _overlap_pairs_all_pairs(a_spans: list[Span], b_spans: list[Span]) -> list[tuple[Span, Span]]:
    """The former all-pairs matcher, word for word: the oracle for the sweep."""
    b_by_key: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for b in b_spans:
        b_by_key[b.document, b.label].append(b)
    candidates = []
    for i, a in enumerate(a_spans):
        for j, b in enumerate(b_by_key.get((a.document, a.label), ())):
            if (size := min(a.end, b.end) - max(a.start, b.start)) > 0:
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


random_spans = st.lists(
    st.builds(
        lambda doc, label, start, length, who: Span(
            "x", doc, label, start, start + length, frozenset(who)
        ),
        st.sampled_from(["d1", "d2"]),
        st.sampled_from(["claim", "speaker"]),
        st.integers(0, 40),
        st.integers(0, 12),
        st.sets(st.sampled_from(["s1", "s2"]), max_size=1),
    ),
    max_size=30,
)


@given(random_spans, random_spans)
def test_sweep_finds_the_same_pairs_as_all_pairs(a: list[Span], b: list[Span]) -> None:
    # Same pairs in the same order: nested, touching, equal, empty and duplicate spans,
    # across documents and labels; every measure built on the pairs is then unchanged.
    assert overlap_pairs(a, b) == _overlap_pairs_all_pairs(a, b)
    assert overlap_pairs(iter(a), iter(b)) == _overlap_pairs_all_pairs(a, b)
