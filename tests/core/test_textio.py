"""Decoding document files: exact text, BOMs dropped, clear refusals."""

from __future__ import annotations

import codecs
import contextlib
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.errors import AnnotatorError, InputError
from annotator.text.decoding import check_encoding, decode, read_text

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


# -- the Windows-1256 guess: only for bytes that are plainly Arabic in it ------------------

ARTICLE = "قال الوزير إن الاقتصاد قوي، وأضاف: «الوضع مستقر».\nوتابع المتحدث حديثه.\n"


def _random_high_bytes(n: int = 4096) -> bytes:
    import random

    rng = random.Random(9)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(n))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # UTF-8 cut in the middle of its last character
        (ARTICLE.encode()[:-2] + "ي".encode()[:1], "ends in the middle of a UTF-8 character"),
        # an encoded lone surrogate (CESU-style) inside UTF-8 Arabic
        ("قال ".encode() + b"\xed\xa0\x80" + " إن".encode(), "is UTF-8 except for 3 bytes"),
        # a lone surrogate in plain ASCII: Windows-1256 would read it as "ي\xa0€"
        (b"abc \xed\xa0\x80 def", "is not UTF-8 (byte 0xed at line 1, column 5)"),
        # UTF-8, then Windows-1256
        (ARTICLE.encode() + ARTICLE.encode("cp1256"), "is UTF-8 only up to line 3, column 1"),
        (_random_high_bytes(), "is not UTF-8 (byte 0x"),
        (b"caf\xe9 cr\xe8me", "is not UTF-8 (byte 0xe9 at line 1, column 4)"),  # Latin-1
    ],
    ids=["cut", "surrogate", "ascii-surrogate", "utf8-then-cp1256", "random", "latin1"],
)
def test_damaged_utf8_and_non_arabic_bytes_are_refused_not_garbled(write_file, data, message):
    path = write_file("bad.txt", data)
    with pytest.raises(InputError) as err:
        read_text(path)
    text = str(err.value)
    assert text.startswith(f"{path}: {message}")
    assert "--encoding" in text and len(text.splitlines()) == 1


def test_mostly_utf8_names_the_first_bad_byte(write_file):
    lines = ["السطر الأول سليم", "والثاني كذلك", "وفي الثالث بايت تالف هنا"]
    data = "\n".join(lines).encode()
    bad_at = data.index("تالف".encode())
    data = data[:bad_at] + b"\xff" + data[bad_at:]
    with pytest.raises(InputError) as err:
        read_text(write_file("x.txt", data))
    column = len(lines[2].split("تالف")[0]) + 1
    assert f"is UTF-8 except for one byte that is not (0xff at line 3, column {column})" in str(
        err.value
    )
    assert str(err.value).endswith("name it with --encoding")
    # and --encoding is the way to insist
    assert read_text(write_file("x.txt", data), "cp1256").encoding == "cp1256"


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_bad_utf8_after_a_bom_or_when_forced_names_the_right_byte(write_file, bom):
    path = write_file("b.txt", bom + "سطر\nنص ".encode() + b"\xff" + "آخر".encode())
    with pytest.raises(InputError) as err:
        read_text(path, "utf-8" if not bom else None)
    assert "(byte 0xff at line 2, column 4: invalid start byte)" in str(err.value)


def test_windows_1256_with_persian_letters_is_read(write_file):
    text = "وقال إن الوضع دگرگون شد، و«گفتگو» ادامه دارد.\r\n"  # گ is a UTF-8 trail byte
    decoded = read_text(write_file("fa.txt", text.encode("cp1256")))
    assert (decoded.encoding, decoded.text) == ("cp1256", text)


def test_a_real_windows_1256_article_is_read(write_file, corpus_article):
    text = corpus_article.read_text(encoding="utf-8")
    data = text.encode("cp1256", errors="ignore")
    decoded = read_text(write_file("article.txt", data))
    assert decoded.encoding == "cp1256"
    assert decoded.text == data.decode("cp1256")


# Arabic as people write it in Windows-1256: words of letters (some with harakat), separated
# by spaces, line ends or NBSP, with Arabic and ASCII punctuation and digits after words.
_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي"
_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_letter = st.tuples(st.sampled_from(_LETTERS), st.sampled_from(["", *_HARAKAT])).map("".join)
_word = st.lists(_letter, min_size=2, max_size=8).map("".join)
_after = st.sampled_from(["", "", "", "،", "؛", "؟", ".", ":", "!", "»", "1", "42"])
_gap = st.sampled_from([" ", " ", " ", "\n", "\r\n", "\u00a0", " «"])
arabic_texts = st.lists(st.tuples(_word, _after, _gap).map("".join), min_size=1, max_size=40).map(
    "".join
)


@given(arabic_texts)
def test_windows_1256_arabic_is_recognised(text):
    data = text.encode("cp1256")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # the rare bytes that are valid UTF-8 as well are UTF-8
        return
    decoded = decode(data, "x.txt")
    assert (decoded.encoding, decoded.text) == ("cp1256", text)


# -- forced encodings and files that are not files -------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-7", b"+2AA-abc"),
        ("unicode_escape", b"abc \\udc80"),
        ("raw_unicode_escape", b"\\ud83d only half an emoji"),
    ],
)
def test_a_forced_codec_that_makes_lone_surrogates_is_refused(write_file, encoding, data):
    path = write_file("s.txt", data)
    with pytest.raises(InputError) as err:
        read_text(path, encoding)
    assert str(err.value).startswith(f"{path}: read as ")
    assert "holds an unpaired surrogate (U+D" in str(err.value)


def test_codecs_that_refuse_everything_are_a_sentence(write_file):
    with pytest.raises(AnnotatorError, match="encoding 'undefined' cannot read text"):
        check_encoding("undefined")
    with pytest.raises(InputError, match=r"cannot be decoded as idna \("):
        read_text(write_file("i.txt", b"xn--zz"), "idna")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    stop = threading.Event()

    def end_of_file() -> None:  # if a reader hangs on the FIFO, give it an end of file
        while not stop.wait(0.05):
            with contextlib.suppress(OSError):  # no reader yet
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    helper = threading.Thread(target=end_of_file, daemon=True)
    helper.start()
    try:
        with pytest.raises(InputError, match=r"pipe\.txt: is a named pipe \(FIFO\), not a file$"):
            read_text(fifo)  # a blocking read would wait for a writer forever
    finally:
        stop.set()
        helper.join()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_is_refused():
    with pytest.raises(InputError, match=r"^/dev/null: is a device, not a file$"):
        read_text("/dev/null")
