"""Decoding document files: exact text, BOMs dropped, clear refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import AnnotatorError, InputError
from annotator.textio import check_encoding, decode, read_text

# Everything invariant 1 promises to keep: CRLF, lone CR, NBSP, ZWNJ, U+2028, RLM, tatweel,
# diacritics (shadda, fatha), an emoji with skin tone, a ZWJ family and a flag.
TRICKY = "قـال\u00a0الرَّئيس\u200cبوتين\r\nسطر\rآخر\u2028\u200fنص 👍🏽 👨\u200d👩\u200d👧 🇸🇦\n"

texts = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1
).filter(lambda t: t.strip() and not t.startswith("\ufeff"))


def test_utf8_is_kept_exactly(write_file):
    decoded = read_text(write_file("a.txt", TRICKY))
    assert decoded.text == TRICKY
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TRICKY.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TRICKY.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TRICKY.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + TRICKY.encode("utf-32-le"), "utf-32"),
    ],
)
def test_bom_decides_and_is_dropped(write_file, data, encoding):
    decoded = read_text(write_file("a.txt", data))
    assert decoded.text == TRICKY
    assert decoded.encoding == encoding


def test_windows_1256_when_not_utf8(write_file):
    text = "قال المتحدث: الوضع مستقر.\r\néà"
    decoded = read_text(write_file("win.txt", text.encode("cp1256")))
    assert decoded.text == text
    assert decoded.encoding == "cp1256"


def test_forced_encoding_is_used_without_guessing(write_file):
    path = write_file("le.txt", "نص".encode("utf-16-le"))
    assert read_text(path, "utf-16-le").text == "نص"
    assert read_text(write_file("b.txt", codecs.BOM_UTF8 + b"abc"), "utf-8").text == "abc"


def test_forced_encoding_that_does_not_fit(write_file):
    path = write_file("win.txt", "قال".encode("cp1256"))
    with pytest.raises(InputError) as err:
        read_text(path, "utf-8")
    assert str(err.value).startswith(f"{path}: cannot be decoded as UTF-8 (byte 0x")


def test_unknown_or_non_text_encoding():
    with pytest.raises(AnnotatorError, match="unknown encoding 'klingon'"):
        check_encoding("klingon")
    with pytest.raises(AnnotatorError, match="unknown encoding 'rot13'"):
        check_encoding("rot13")
    assert check_encoding("windows-1256") == "cp1256"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (codecs.BOM_UTF8, "is empty"),
        (b" \r\n\t\n", "is empty (it holds only white space)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a text file (it contains NUL bytes)"),
        (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "is not a text file"),
        (codecs.BOM_UTF8 + b"ok \xff\xfe bad", "cannot be decoded as UTF-8 although it starts"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "cannot be decoded as UTF-16"),
        (b"\xd8\xa7\x01\x02\x03\xff", "is neither UTF-8 nor Windows-1256 text (control byte 0x01"),
    ],
)
def test_refusals_name_the_file(write_file, data, message):
    path = write_file("bad.txt", data)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert str(err.value).startswith(f"{path}: {message}")


def test_missing_path_and_folder(tmp_path: Path):
    with pytest.raises(InputError, match=r"nothing\.txt: does not exist$"):
        read_text(tmp_path / "nothing.txt")
    with pytest.raises(InputError, match=r"is a folder, not a file$"):
        read_text(tmp_path)


@given(texts)
def test_any_text_survives_utf8_with_and_without_bom(text):
    assert decode(text.encode("utf-8"), "x.txt").text == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "x.txt").text == text


@given(texts)
def test_any_text_survives_utf16(text):
    assert decode(text.encode("utf-16"), "x.txt").text == text
