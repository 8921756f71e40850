"""Search as Arabic readers write: folding, exact code-point hits, modes and bad input."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.search.matching import _matches, deadline, find_all
from annotator.search.matching import _stored as find_stored
from annotator.search.query import QueryError, SearchOptions, compile_query
from annotator.text.arabic import fold, fold_with_offsets

LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
ALEFS = "اأإآٱ"
TATWEEL = "\u0640"
FILLERS = ["😀", "\r\n", "\u00a0", " ", "\n", "x", "A", "🇸🇦", "\u200c", "،", "؟", "\r", "\u2028"]


def hits(query: str, text: str, **options: bool) -> list[str]:
    q = compile_query(query, SearchOptions(**options))
    return [text[s:e] for s, e in find_all(q, text)]


# -- the normalisation table as a property ------------------------------------------------


@st.composite
def plain_word(draw: st.DrawFn) -> str:
    """A plain Arabic word of 3-8 letters, maybe with a bare alef, ه or ي in it."""
    letters = draw(st.lists(st.sampled_from(LETTERS + "اهي"), min_size=3, max_size=8))
    return "".join(letters)


@st.composite
def written(draw: st.DrawFn, word: str) -> str:
    """`word` as it may be written: diacritics and tatweel anywhere, any alef form for an
    alef, ة for a final ه, ى for a final ي."""
    out = []
    for i, ch in enumerate(word):
        last = i == len(word) - 1
        if ch == "ا":
            ch = draw(st.sampled_from(ALEFS))
        elif ch == "ه" and last:
            ch = draw(st.sampled_from("هة"))
        elif ch == "ي" and last:
            ch = draw(st.sampled_from("يى"))
        out.append(ch)
        out.append(draw(st.text(st.sampled_from(DIACRITICS), max_size=2)))
        if not last and draw(st.booleans()):
            out.append(TATWEEL)
    return "".join(out)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), word=plain_word())
def test_a_query_in_any_spelling_finds_the_plain_word_and_back(data: st.DataObject, word: str):
    variant = data.draw(written(word))
    before = data.draw(st.sampled_from(FILLERS))
    assert hits(variant, f"{before}{word} ") == [word]  # decorated query, plain text
    text = f"{before}{variant}{data.draw(st.sampled_from(FILLERS))}"
    start = len(before)
    assert hits(word, text) == [variant]  # plain query, decorated text: the whole word
    assert find_all(compile_query(word), text)[0] == (start, start + len(variant))


@given(st.text(max_size=40))
def test_folding_is_per_character(text: str) -> None:
    """fold(a + b) == fold(a) + fold(b): what lets hits map back to stored offsets."""
    folded = fold_with_offsets(text)
    assert folded.folded == "".join(fold(ch) for ch in text) == fold(text)
    if folded.starts is not None:
        assert len(folded.starts) == len(folded.folded) + 1  # and len(text) after the last
        assert folded.starts[-1] == len(text)
        assert list(folded.starts) == sorted(folded.starts)
    for end in range(1, len(folded.folded) + 1):  # the shortcut agrees with `span`
        assert find_stored(folded, [(0, end)]) == [folded.span(0, end)]


def test_the_unified_forms() -> None:
    assert fold("أإآٱا") == "ااااا"
    assert fold("مدرسة") == fold("مدرسه")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("شيء") == fold("شئ") == fold("شي")  # a hamza seat is the letter under it
    assert fold("مؤتمر") == fold("موتمر")
    assert fold("بوبوڤا") == fold("بوبوفا")
    assert fold("٢٠٢٦") == "2026"
    assert fold("Putin PUTIN") == "putin putin"
    assert fold("a\u00a0b\r\nc") == "a b  c"
    assert fold("\ufefb") == "لا"  # a ligature unfolds into its two letters


# -- exact code-point ranges --------------------------------------------------------------


@settings(max_examples=200)
@given(
    before=st.lists(st.sampled_from([*FILLERS, "كلام", "بُو"]), max_size=6),
    after=st.lists(st.sampled_from(FILLERS), max_size=4),
    target=st.sampled_from(["بوبوفا", "بُوبُوفَا", "Popova", "😀 بوبوفا", "ماريا\r\nبوبوفا"]),
    exact=st.booleans(),
)
def test_hits_are_exact_code_point_ranges(before, after, target, exact) -> None:
    prefix = " ".join(before) + " "
    text = prefix + target + " " + "".join(after)
    found = find_all(compile_query(target, SearchOptions(exact=exact)), text)
    start = len(prefix)
    assert (start, start + len(target)) in found
    for s, e in found:
        assert fold(text[s:e]).split() == fold(target).split()


def test_spaces_match_any_whitespace_and_crlf_is_two_code_points() -> None:
    text = "😀 قالت ماريا\r\nبوبوفا\u00a0اليوم"
    (hit,) = find_all(compile_query("ماريا بوبوفا اليوم"), text)
    assert text[hit[0] : hit[1]] == "ماريا\r\nبوبوفا\u00a0اليوم"
    assert hit == (7, 7 + len("ماريا\r\nبوبوفا\u00a0اليوم"))


def test_a_hit_takes_the_diacritics_of_its_last_letter_but_not_a_format_character() -> None:
    assert hits("بوبوفا", "بوبوفاً") == ["بوبوفاً"]
    assert hits("بوبوفا", "بوبوفا\u200fقالت") == ["بوبوفا"]


# -- modes ---------------------------------------------------------------------------------


def test_prefixes_and_the_article() -> None:
    text = "الحكومة والحكومة بالحكومة للحكومة فالحكومة حكومة"
    assert hits("الحكومة", text) == ["الحكومة", "الحكومة", "الحكومة", "حكومة", "الحكومة"]
    assert len(hits("الحكومة", text, word=True)) == 5
    assert hits("حكومة", text, word=True) == ["حكومة"] * 6
    assert hits("حكومة", "الحكومات حكومتنا", word=True) == []
    assert hits("بوبوفا", "وبوبوفا قالت", word=True) == ["بوبوفا"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("قالت الحكومةُ إن الحكومة", ["الحكومةُ", "الحكومة"]),  # no لل: the one-scan path
        ("وللحكومة رأي، والحكومة", ["حكومة", "الحكومة"]),  # fused after و
        ("فللحكومة", ["حكومة"]),
        ("الللحكومة للحكومة", ["حكومة"]),  # a word that only contains لل is no preposition
        ("قالت للحكومةِ", ["حكومةِ"]),  # its diacritic goes with it
    ],
)
def test_the_article_after_the_preposition_lam_in_one_long_text(text, found) -> None:
    """The fast path decides from the document's list of words starting with لل whether
    the fused form can occur; with or without it, the hits are those of the general path."""
    query = compile_query("الحكومة")
    folded = fold_with_offsets(text + " " + "كلمة " * 50)
    assert [folded.text[s:e] for s, e in find_all(query, folded)] == found
    general = find_stored(folded, _matches(query, folded.folded, None))
    assert find_all(query, folded) == general
    assert find_all(query, folded) == general  # the second time from the kept list


def test_whole_words() -> None:
    assert hits("قمة", "القمة قمتان قمة", word=True) == ["قمة", "قمة"]
    assert hits("من", "من ضمن منهم", word=True) == ["من"]  # short: no prefixes
    assert hits("cat", "cat concat cats", word=True) == ["cat"]


def test_exact_matches_characters_as_stored() -> None:
    text = "بُوبُوفَا بوبوفا Popova popova"
    assert hits("بوبوفا", text, exact=True) == ["بوبوفا"]
    assert hits("بُوبُوفَا", text, exact=True) == ["بُوبُوفَا"]
    assert hits("Popova", text, exact=True) == ["Popova"]
    assert hits("بوبوف", "بوبوفا بوبوف", exact=True, word=True) == ["بوبوف"]


def test_latin_is_case_insensitive() -> None:
    assert hits("putin", "Putin PUTIN putin") == ["Putin", "PUTIN", "putin"]
    assert hits("PUTIN", "Putin") == ["Putin"]


def test_regular_expressions() -> None:
    text = "بوبوفا بُوبُوفَا بوتين Putin"
    assert hits("بو.و", text, regex=True) == ["بوبو", "بُوبُو"]
    assert hits(r"put\w+", text, regex=True) == ["Putin"]
    assert hits("بو.و", text, regex=True, exact=True) == ["بوبو"]
    assert hits(r"\w+ين", text, regex=True, word=True) == ["بوتين"]
    assert hits("x*", "abc", regex=True) == []  # empty matches are no hits


# -- bad input: a sentence, never an exception --------------------------------------------


@pytest.mark.parametrize(
    ("query", "options", "says"),
    [
        ("", {}, "type something"),
        ("   ", {}, "type something"),
        ("\u064e\u0651", {}, "nothing to search for"),
        ("ـــ", {}, "nothing to search for"),
        ("(", {"regex": True}, "not a valid regular expression"),
        ("[ا-", {"regex": True}, "not a valid regular expression"),
        ("a{2,1}", {"regex": True}, "not a valid regular expression"),
    ],
)
def test_bad_queries_get_a_sentence(query: str, options: dict[str, bool], says: str) -> None:
    with pytest.raises(QueryError, match=says):
        compile_query(query, SearchOptions(**options))


def test_a_catastrophic_regex_stops_at_its_time_limit() -> None:
    query = compile_query(r"(a|aa)+$", SearchOptions(regex=True))
    with pytest.raises(QueryError, match="stopped after"):
        find_all(query, "a" * 60 + "b", until=deadline(0.05))


@pytest.fixture
def busy_processor() -> Iterator[None]:
    """This process shares one processor with a busy one, as on a loaded laptop: the
    `regex` package's timeout (processor time) then runs about twice as long on the clock."""
    if not hasattr(os, "sched_setaffinity"):
        pytest.skip("needs Linux processor affinity")
    mine = os.sched_getaffinity(0)
    cpu = min(mine)
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        os.sched_setaffinity(hog.pid, {cpu})
        os.sched_setaffinity(0, {cpu})
        yield
    finally:
        os.sched_setaffinity(0, mine)
        hog.kill()
        hog.wait()


def test_the_time_limit_holds_on_the_clock_on_a_busy_machine(busy_processor: None) -> None:
    limit = 1.0
    query = compile_query(r"(a|aa)+$", SearchOptions(regex=True))
    began = time.monotonic()
    with pytest.raises(QueryError, match="stopped after"):
        find_all(query, "a" * 60 + "b", until=deadline(limit))
    took = time.monotonic() - began
    assert limit * 0.9 <= took < limit * 1.3  # a bound on the overshoot (was 2x and more)


def test_a_project_search_stops_at_the_limit_between_documents(tmp_path) -> None:
    from annotator.search.project_search import search_project
    from annotator.store.project import Project

    with Project.create(tmp_path / "p.annotator") as project:
        for n in range(40):  # each takes about 20 ms: the whole search far more than 0.2 s
            project.documents.add("a" * 22 + f"b {n}", f"doc{n}")
        query = compile_query(r"(a|aa)+$", SearchOptions(regex=True))
        began = time.monotonic()
        with pytest.raises(QueryError, match="stopped after"):
            list(search_project(project, query, until=deadline(0.2)))
        assert time.monotonic() - began < 0.2 * 1.5


def test_a_regex_that_runs_past_the_slice_still_finds_everything() -> None:
    """A pattern slower than the caller's slice of processor time is run to its end on the
    helper thread: the same hits as a plain run."""
    text = ("a" * 20 + "b ") * 40
    query = compile_query(r"(?:(?:a|aa)+c|a+b)", SearchOptions(regex=True))
    expected = [m.span() for m in regex.finditer(r"(?:(?:a|aa)+c|a+b)", text)]
    assert find_all(query, text, until=deadline(30)) == expected


@settings(max_examples=150)
@given(
    st.text(
        alphabet=st.sampled_from("()[]{}*+?|\\^$.,-0123456789abwWdsSpPL<>=!:ابة\u064e "),
        max_size=12,
    ),
    st.booleans(),
    st.booleans(),
)
@example("\\", False, False)
@example("(?P<", False, False)
def test_any_regex_is_searched_or_refused_with_a_sentence(pattern: str, exact: bool, word: bool):
    try:
        query = compile_query(pattern, SearchOptions(regex=True, exact=exact, word=word))
        find_all(query, "بوبوفا قالت abc 123 😀\r\n", until=deadline(0.5))
    except QueryError as exc:
        assert str(exc)


@settings(max_examples=150)
@given(
    text=st.text(st.sampled_from("الحكومةللو بُ\u200c😀\ufefbxX"), max_size=30),
    query=st.sampled_from(["الحكومة", "حكومة", "ل", "xx", "لا"]),
    word=st.booleans(),
)
def test_the_fast_path_agrees_with_the_general_one(text: str, query: str, word: bool) -> None:
    q = compile_query(query, SearchOptions(word=word))
    folded = fold_with_offsets(text)
    general = find_stored(folded, _matches(q, folded.folded, None))
    assert find_all(q, folded) == general


@settings(max_examples=200)
@given(
    query=st.text(max_size=12),
    text=st.text(max_size=40),
    exact=st.booleans(),
    word=st.booleans(),
    regex=st.booleans(),
)
def test_any_query_gives_hits_inside_the_text_or_a_sentence(query, text, exact, word, regex):
    options = SearchOptions(exact=exact, word=word, regex=regex)
    try:
        found = find_all(compile_query(query, options), text, until=deadline(0.5))
    except QueryError as exc:
        assert str(exc)
        return
    assert all(0 <= s < e <= len(text) for s, e in found)
    assert found == sorted(found)
