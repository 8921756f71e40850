"""doccano files from JavaScript tools: UTF-16 offsets turned into code points, or noticed."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import commands as cli
from annotator.errors import InputError
from annotator.formats.importing.files import import_file
from annotator.store.project import Project
from annotator.text.utf16 import MidPairError, Utf16Offsets, utf16_fits_better

# Words of Arabic letters (some with harakat), emoji of every shape (astral, skin tone, ZWJ
# family, flag, and one inside the BMP), separated by spaces, CRLF or NBSP.
_letter = st.tuples(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي"), st.sampled_from(["", "َ", "ُّ"]))
_word = st.lists(_letter.map("".join), min_size=1, max_size=6).map("".join)
_emoji = st.sampled_from(["😀", "👍🏽", "👨\u200d👩\u200d👧", "🇸🇦", "☕", "𝒳"])
_gap = st.sampled_from([" ", "\r\n", "\u00a0", " "])
_token = st.one_of(_word, _emoji)
pieces = st.lists(st.tuples(_token, _gap), min_size=1, max_size=25)


def u16(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


def build(items: list[tuple[str, str]], picks: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """The text, and the code-point spans of the words chosen by `picks`."""
    text, spans = "", []
    for i, (token, gap) in enumerate(items):
        if i in picks and not _is_emoji(token):
            spans.append((len(text), len(text) + len(token)))
        text += token + gap
    return text, spans


def _is_emoji(token: str) -> bool:
    return token in {"😀", "👍🏽", "👨\u200d👩\u200d👧", "🇸🇦", "☕", "𝒳"}


@given(st.text(min_size=1, max_size=60))
def test_every_utf16_offset_of_a_character_boundary_maps_back(text):
    units = Utf16Offsets(text)
    assert units.length == len(text.encode("utf-16-le", "surrogatepass")) // 2
    for cp in range(len(text) + 1):
        assert units.to_codepoint(u16(text, cp)) == cp


def test_an_offset_inside_a_surrogate_pair_is_refused():
    units = Utf16Offsets("a😀b")
    assert [units.to_codepoint(u) for u in (0, 1, 3, 4)] == [0, 1, 2, 3]
    with pytest.raises(MidPairError):
        units.to_codepoint(2)


def jsonl_file(folder: Path, text: str, spans: list[tuple[int, int]]) -> Path:
    path = folder / "from-js.jsonl"
    line = {"text": text, "label": [[s, e, "claim"] for s, e in spans]}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@settings(max_examples=40, deadline=None)
@given(pieces, st.lists(st.integers(0, 24), max_size=6, unique=True))
def test_utf16_spans_are_stored_as_the_same_words(items, picks):
    text, spans = build(items, picks)
    with tempfile.TemporaryDirectory() as tmp:
        as_js = [(u16(text, s), u16(text, e)) for s, e in spans]
        path = jsonl_file(Path(tmp), text, as_js)
        project = Project.memory()
        report = import_file(project, path, "huda", offsets="utf16")
        got = sorted((a.start, a.end, a.text) for a in project.annotations.iter_all())
        assert got == sorted((s, e, text[s:e]) for s, e in spans)
        assert report.warnings == []
        # read as code points, the same file is never mistaken for a code-point file that
        # fits: it is refused (a span past the end) or goes in with a warning, unless no
        # span comes after an emoji beyond U+FFFF (then both readings agree)
        agree = as_js == spans
        project = Project.memory()
        try:
            report = import_file(project, path, "huda")
        except InputError as exc:
            assert not agree and "--offsets utf16" in str(exc)
        else:
            assert agree or report.warnings or utf16_fits_better(text, as_js) == (0, 0)


@settings(max_examples=40, deadline=None)
@given(pieces, st.lists(st.integers(0, 24), max_size=6, unique=True))
def test_code_point_files_get_no_warning(items, picks):
    text, spans = build(items, picks)
    assert utf16_fits_better(text, spans)[0] == 0


NEWS = "عاجل 😀 قال الوزير 👍🏽 إن الوضع مستقر\r\nوأضاف 🇸🇦 المتحدث أن الاتفاق قريب جدا اليوم"


def test_utf16_offsets_under_the_default_warn_and_still_import(tmp_path, capsys):
    words = ["الوزير", "الوضع مستقر", "المتحدث"]
    spans = [(NEWS.index(w), NEWS.index(w) + len(w)) for w in words]
    path = jsonl_file(tmp_path, NEWS, [(u16(NEWS, s), u16(NEWS, e)) for s, e in spans])
    project = tmp_path / "p.annotator"
    assert cli.main(["import", str(project), str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == f"{path}: imported 1 document, 3 annotations, 0 links\n"
    assert err == (
        f"annotator: {path}: warning: 3 spans after emoji (or other characters beyond U+FFFF) "
        "cut words as code points but fit words as UTF-16 offsets, which JavaScript tools "
        "write; if this file comes from one, delete its documents and import it again with "
        "--offsets utf16\n"
    )
    again = tmp_path / "q.annotator"
    assert cli.main(["import", str(again), str(path), "--offsets", "utf16"]) == 0
    assert capsys.readouterr().err == ""
    with Project.open(again) as p:
        assert sorted(a.text for a in p.annotations.iter_all()) == sorted(words)


def test_a_span_cutting_an_emoji_in_two_is_refused_under_utf16(tmp_path, capsys):
    start = u16(NEWS, NEWS.index("😀")) + 1
    path = jsonl_file(tmp_path, NEWS, [(start, start + 4)])
    code = cli.main(["import", str(tmp_path / "p.annotator"), str(path), "--offsets", "utf16"])
    assert code == 2
    assert capsys.readouterr().err.startswith(
        f"annotator: {path}: line 1: label item 1: span {start}-{start + 4} cuts a character "
        f"beyond U+FFFF in two (UTF-16 offset {start} falls inside a surrogate pair)"
    )
    assert not (tmp_path / "p.annotator").exists()
