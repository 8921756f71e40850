"""Messages for people in Arabic, machine output unchanged; keys on an Arabic layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator import wording
from annotator.cli.commands import main
from annotator.text.keyboard import ARABIC_ON_LATIN, latin_key, twin
from annotator.wording_ar import MESSAGES, PLURALS


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def no_window_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment decides here, even after a GUI test set the window's language."""
    monkeypatch.setattr(wording, "_chosen", None)


@pytest.fixture
def arabic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "ar")


def test_info_speaks_arabic_and_keeps_stored_names(capsys, arabic, filled_project: Path) -> None:
    code, out, _ = run(capsys, "info", filled_project, "--bidi", "logical")
    assert code == 0
    first = out.splitlines()[0]
    assert "مستند واحد" in first and "الوسوم: claim, speaker, cue" in first


def test_exports_and_exit_codes_do_not_change_with_the_language(
    capsys, monkeypatch: pytest.MonkeyPatch, filled_project: Path, tmp_path: Path
) -> None:
    outputs = {}
    for lang in ("en", "ar"):
        monkeypatch.setenv("ANNOTATOR_LANGUAGE", lang)
        for fmt in ("csv", "jsonl", "claims-csv", "documents-csv"):
            target = tmp_path / f"{lang}.{fmt}"
            assert run(capsys, "export", filled_project, "--format", fmt, "-o", target)[0] == 0
            outputs[lang, fmt] = target.read_bytes()
        outputs[lang, "missing"] = run(capsys, "info", tmp_path / "gone.annotator")[0]
        outputs[lang, "agreement"] = run(capsys, "agreement", filled_project, "--format", "csv")[
            1
        ].encode()
    for key in ("csv", "jsonl", "claims-csv", "documents-csv", "missing", "agreement"):
        assert outputs["en", key] == outputs["ar", key], key


def test_errors_keep_their_prefix_in_arabic(capsys, arabic, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", tmp_path / "p.annotator", "-o", tmp_path / "x.csv")
    assert code == 2 and err.startswith("annotator: ")


def test_an_import_summary_in_arabic(capsys, arabic, tmp_path: Path) -> None:
    text = tmp_path / "خبر.txt"
    text.write_text("قال الوزير إن الخطة جاهزة.\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", tmp_path / "p.annotator", text, "--bidi", "logical")
    assert code == 0 and "استُورد مستند واحد" in out


def test_every_message_fills_the_same_placeholders() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {f for _t, f, _s, _c in string.Formatter().parse(text) if f}

    assert all(fields(en) == fields(ar) for en, ar in MESSAGES.items())
    assert all(len(forms) == 6 for forms in PLURALS.values())


@given(st.integers(min_value=0, max_value=10**6))
def test_arabic_plural_forms_follow_cldr(n: int) -> None:
    form = wording.arabic_form(n)
    expected = n if n < 3 else 3 if 3 <= n % 100 <= 10 else 4 if 11 <= n % 100 <= 99 else 5
    assert form == expected


def test_keys_twin_across_layouts() -> None:
    assert (twin("C"), twin("c"), twin("ؤ"), twin("ا"), twin("S"), twin("Q")) == (
        "ؤ", "ؤ", "C", "H", "س", "ض",
    )  # fmt: skip
    assert twin("B") is None  # the B key types two letters, لا
    assert twin("1") is None
    assert latin_key("ى") == "N" and latin_key("n") == "N" and latin_key("٣") is None


def test_the_twin_map_is_one_to_one() -> None:
    assert len(set(ARABIC_ON_LATIN.values())) == len(ARABIC_ON_LATIN)
    assert all(twin(twin(k) or "") == k for k in ARABIC_ON_LATIN if twin(k))


def test_a_fixed_error_sentence_reads_in_arabic(capsys, arabic, tmp_path: Path) -> None:
    folder = tmp_path / "مجلد"
    folder.mkdir()
    code, _, err = run(capsys, "import", tmp_path / "p.annotator", folder)
    assert code == 2 and "مجلد، لا ملف" in err


def test_an_error_with_a_value_reads_in_arabic(capsys, arabic, tmp_path: Path) -> None:
    text = tmp_path / "خبر.txt"
    text.write_text("قال الوزير إن الخطة جاهزة.\n", encoding="utf-8")
    project = tmp_path / "p.annotator"
    assert run(capsys, "import", project, text)[0] == 0
    code, out, _ = run(capsys, "import", project, text, "--bidi", "logical")
    assert code == 0 and "تُخطِّي، نصه موجود في المشروع أصلًا باسم 'خبر'" in out


def test_english_errors_are_left_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.errors import InputError

    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "en")
    assert str(InputError("is a folder, not a file", "x")) == "x: is a folder, not a file"
    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "ar")
    assert str(InputError("is a folder, not a file", "x")) == "x: مجلد، لا ملف"
    assert str(InputError("cannot be read (disk on fire)", "x")) == "x: تتعذر قراءته (disk on fire)"
    assert str(InputError("something new", "x")) == "x: something new"
