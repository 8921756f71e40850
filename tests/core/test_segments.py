"""Selection snapping on Arabic text: clusters are never split, snapping is idempotent."""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from annotator.text import segments
from annotator.text.segments import (
    grapheme_boundaries,
    grapheme_ceil,
    grapheme_floor,
    grow,
    shrink,
    snap_selection,
    word_at,
)

SHADDA = "\u0651"
NBSP, LS, RLM, LRM, ALM = "\u00a0", "\u2028", "\u200f", "\u200e", "\u061c"
ZWNJ, ZWJ, TATWEEL = "\u200c", "\u200d", "\u0640"
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧
FLAG = "\U0001f1f8\U0001f1e6"  # 🇸🇦

LETTERS = list("بوفالمنيةءأإىرتabZ")
DIGITS = list("19١٢")
MARKS = [chr(c) for c in range(0x064B, 0x0653)]
EMOJI = [FAMILY, FLAG, "\U0001f469", "\U0001f1f8", "\U0001f1e6", ZWJ]
SPACES = [" ", NBSP, LS, RLM, LRM, ALM, "\r\n", "\r", "\n"]
PUNCT = list("،.:“”\"«»()'٫")
TOKENS = LETTERS + DIGITS + MARKS + EMOJI + SPACES + PUNCT + [TATWEEL, ZWNJ]

# The test's own reading of the definitions in annotator.text.segments, on this alphabet.
WORD_BASES = set("".join(LETTERS + DIGITS + MARKS + EMOJI)) | {TATWEEL, ZWNJ}
SPACE_CHARS = set("".join(SPACES))

texts = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def clusters(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in regex.finditer(r"\X", text)]


def boundaries(text: str) -> set[int]:
    return {s for s, _, _ in clusters(text)} | {len(text)}


def is_word(g: str) -> bool:
    return g[0] in WORD_BASES


def is_space(g: str) -> bool:
    return set(g) <= SPACE_CHARS


@st.composite
def text_and_span(draw: st.DrawFn, text_strategy: st.SearchStrategy[str] = texts):
    text = draw(text_strategy)
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return text, min(a, b), max(a, b)


def overlapping(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [c for c in clusters(text) if c[0] < end and c[1] > start]


def assert_valid(text: str, span: tuple[int, int]) -> None:
    s, e = span
    assert 0 <= s < e <= len(text)
    assert s in boundaries(text) and e in boundaries(text)


# --- properties -------------------------------------------------------------------------


@given(text_and_span(), st.booleans())
def test_snap_is_valid_and_idempotent(case: tuple[str, int, int], words: bool) -> None:
    text, start, end = case
    snapped = snap_selection(text, start, end, words=words)
    if snapped is not None:
        assert_valid(text, snapped)
        assert snap_selection(text, *snapped, words=words) == snapped


@given(text_and_span())
def test_snap_chars_keeps_all_visible_content(case: tuple[str, int, int]) -> None:
    text, start, end = case
    snapped = snap_selection(text, start, end, words=False)
    content = [c for c in overlapping(text, start, end) if not is_space(c[2])]
    if not content or start == end:
        assert snapped is None
        return
    assert snapped is not None
    assert snapped == (content[0][0], content[-1][1])


@given(text_and_span())
def test_snap_words_keeps_words_and_stops_at_word_edges(case: tuple[str, int, int]) -> None:
    text, start, end = case
    snapped = snap_selection(text, start, end, words=True)
    selected = overlapping(text, start, end) if start < end else []
    if not any(is_word(g) for _, _, g in selected):
        # Punctuation only: it is kept, only whitespace is trimmed.
        assert snapped == snap_selection(text, start, end, words=False)
        return
    assert snapped is not None
    s, e = snapped
    assert all(s <= cs and ce <= e for cs, ce, g in selected if is_word(g))
    inside = [g for cs, ce, g in clusters(text) if s <= cs and ce <= e]
    assert is_word(inside[0]) and is_word(inside[-1])
    before = [g for _, ce, g in clusters(text) if ce == s]
    after = [g for cs, _, g in clusters(text) if cs == e]
    assert not (before and is_word(before[0]))
    assert not (after and is_word(after[0]))


@given(st.data())
def test_grapheme_helpers_match_whole_text_segmentation(data: st.DataObject) -> None:
    text = data.draw(st.one_of(texts, st.text(max_size=60)))
    offset = data.draw(st.integers(0, len(text)))
    truth = sorted(boundaries(text))
    assert grapheme_floor(text, offset) == max(b for b in truth if b <= offset)
    assert grapheme_ceil(text, offset) == min(b for b in truth if b >= offset)
    other = data.draw(st.integers(offset, len(text)))
    assert grapheme_boundaries(text, offset, other) == [b for b in truth if offset <= b <= other]


@given(text_and_span(st.text(max_size=60)), st.booleans())
def test_snap_never_splits_clusters_in_any_unicode(case: tuple[str, int, int], words: bool):
    text, start, end = case
    snapped = snap_selection(text, start, end, words=words)
    if snapped is not None:
        assert_valid(text, snapped)
        assert snap_selection(text, *snapped, words=words) == snapped


@given(text_and_span(), st.sampled_from(["start", "end"]), st.integers(1, 3))
def test_grow_and_shrink_stay_valid(case: tuple[str, int, int], side: str, n: int) -> None:
    text, start, end = case
    assume(start < end)
    grown = grow(text, start, end, side, n)  # type: ignore[arg-type]
    assert grown[0] <= start and end <= grown[1]
    shrunk = shrink(text, start, end, side, n)  # type: ignore[arg-type]
    assert start <= shrunk[0] < shrunk[1] <= end
    snapped = snap_selection(text, start, end)
    if snapped is None or not any(is_word(g) for _, _, g in overlapping(text, *snapped)):
        return  # a punctuation-only span grows into a word and is then trimmed: by design
    for span in (grow(text, *snapped, side, n), shrink(text, *snapped, side, n)):  # type: ignore[arg-type]
        assert_valid(text, span)
        assert snap_selection(text, *span) == span


@given(text_and_span(), st.sampled_from(["start", "end"]))
def test_shrink_undoes_grow_on_snapped_spans(case: tuple[str, int, int], side: str) -> None:
    text, start, end = case
    snapped = snap_selection(text, start, end)
    assume(snapped is not None and any(is_word(g) for _, _, g in overlapping(text, *snapped)))
    assert snapped is not None
    grown = grow(text, *snapped, side)  # type: ignore[arg-type]
    if grown != snapped:
        assert shrink(text, *grown, side) == snapped  # type: ignore[arg-type]


@given(st.data())
def test_word_at_is_a_snapped_word_touching_the_offset(data: st.DataObject) -> None:
    text = data.draw(texts)
    offset = data.draw(st.integers(0, len(text)))
    word = word_at(text, offset)
    if word is None:
        return
    assert_valid(text, word)
    assert word[0] <= offset <= word[1]
    assert snap_selection(text, *word) == word


# --- examples ---------------------------------------------------------------------------

SENTENCE = "تشير ماريا بوبوفا ، أستاذة العلوم السياسية في جامعة ماكجيل"


def span_of(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def test_middle_of_a_name_snaps_to_the_name() -> None:
    s, e = span_of(SENTENCE, "بوبوفا")
    assert snap_selection(SENTENCE, s + 2, s + 4) == (s, e)


def test_end_between_letter_and_shadda_takes_the_shadda() -> None:
    text = "رب" + SHADDA + " العالمين"
    assert snap_selection(text, 0, 2, words=False) == (0, 3)
    assert snap_selection(text, 1, 2) == (0, 3)


def test_clitic_attached_word_is_one_word() -> None:
    text = "قالت وبوبوفا ذلك"
    s, e = span_of(text, "وبوبوفا")
    assert snap_selection(text, s + 3, s + 4) == (s, e)
    assert word_at(text, s) == (s, e)


def test_tatweel_zwnj_and_diacritics_stay_inside_the_word() -> None:
    word = "كـــتَاب" + ZWNJ + "ها"
    text = f"هذا {word} جديد"
    s, e = span_of(text, word)
    assert snap_selection(text, s + 4, s + 5) == (s, e)


@pytest.mark.parametrize("emoji", [FAMILY, FLAG])
def test_emoji_sequences_are_never_split(emoji: str) -> None:
    text = f"قال {emoji} اليوم"
    s, e = span_of(text, emoji)
    assert snap_selection(text, s + 1, s + 2, words=False) == (s, e)
    assert grapheme_floor(text, s + 1) == s and grapheme_ceil(text, s + 1) == e


def test_whitespace_and_bidi_marks_are_trimmed() -> None:
    text = f"أ{NBSP}{RLM}بوبوفا{LRM}\r\n{LS}ب"
    s, e = span_of(text, "بوبوفا")
    assert snap_selection(text, 1, len(text) - 1, words=False) == (s, e)
    assert snap_selection(text, e, len(text) - 1) is None


def test_crlf_is_one_cluster() -> None:
    text = "أ\r\nب"
    assert grapheme_boundaries(text, 0, len(text)) == [0, 1, 3, 4]
    assert snap_selection(text, 1, 2, words=False) is None


def test_surrounding_punctuation_is_trimmed_but_lone_punctuation_kept() -> None:
    text = "قال: «بوبوفا»، “غير رسمي”."
    s, e = span_of(text, "بوبوفا")
    assert snap_selection(text, s - 1, e + 2) == (s, e)
    quote = span_of(text, "“غير رسمي”")
    assert snap_selection(text, *quote) == (quote[0] + 1, quote[1] - 1)
    assert snap_selection(text, *quote, words=False) == quote
    comma = span_of(text, "،")
    assert snap_selection(text, *comma) == comma


def test_numbers_keep_their_separators() -> None:
    text = "نما ٢٫٥ في المئة، أي 1,200.5 دولار."
    for number in ("٢٫٥", "1,200.5"):
        s, e = span_of(text, number)
        assert snap_selection(text, s + 2, s + 3) == (s, e)


def test_grow_and_shrink_by_words() -> None:
    s, e = span_of(SENTENCE, "بوبوفا")
    assert grow(SENTENCE, s, e, "end") == span_of(SENTENCE, "بوبوفا ، أستاذة")
    assert grow(SENTENCE, s, e, "start", 2) == span_of(SENTENCE, "تشير ماريا بوبوفا")
    assert grow(SENTENCE, 0, 4, "start") == (0, 4)
    wide = span_of(SENTENCE, "ماريا بوبوفا ، أستاذة")
    assert shrink(SENTENCE, *wide, "end") == span_of(SENTENCE, "ماريا بوبوفا")
    assert shrink(SENTENCE, *wide, "start") == span_of(SENTENCE, "بوبوفا ، أستاذة")
    assert shrink(SENTENCE, *wide, "start", 5) == span_of(SENTENCE, "أستاذة")
    assert shrink(SENTENCE, s, e, "end") == (s, e)


def test_word_at_after_the_last_letter() -> None:
    s, e = span_of(SENTENCE, "بوبوفا")
    assert word_at(SENTENCE, e) == (s, e)
    assert word_at(SENTENCE, e + 1) is None
    assert word_at("", 0) is None


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError):
        snap_selection("abc", 2, 1)
    with pytest.raises(ValueError):
        word_at("abc", 4)
    with pytest.raises(ValueError):
        grow("abc", 0, 1, "left")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        shrink("abc", 0, 1, "end", 0)


def test_long_unspaced_runs_keep_clusters_whole() -> None:
    # Regional-indicator pairing depends on parity from the run's start, far behind.
    flags = "x" + "\U0001f1f8" * 1001 + " " + "ب" + SHADDA * 700
    truth = sorted(boundaries(flags))
    for offset in range(0, len(flags), 37):
        assert grapheme_floor(flags, offset) == max(b for b in truth if b <= offset)
        assert grapheme_ceil(flags, offset) == min(b for b in truth if b >= offset)


def test_a_long_document_is_read_only_around_the_selection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Snapping and growing split into clusters only the text near the selection, never the
    whole document: the cost of a call does not grow with the text (timed in the window
    benchmark, not here)."""
    line = "تشير ماريا بوبوفا ، أستاذة العلوم السياسية، إلى أن “الرئيس” يأمل.\r\n"
    text = (line * 9000)[:550_000]
    read: list[int] = []
    real = segments._clusters
    monkeypatch.setattr(
        segments, "_clusters", lambda t, lo, hi: read.append(hi - lo) or real(t, lo, hi)
    )
    for i in range(0, 550_000, 550):
        snap_selection(text, i, i + 40)
        grow(text, i, i + 40, "end")
    assert read and max(read) < len(line)
