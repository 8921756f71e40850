"""A UTF-8 file read line by line (`utf8_lines`, how a JSONL import streams its source)
gives exactly what reading it whole gives, and is refused exactly when that reading would
not take the file as UTF-8."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import InputError
from annotator.text import decoding
from annotator.text.decoding import read_text, utf8_lines

texts = st.text(
    alphabet=st.sampled_from(list("قال \u0640\u064e\r\n\t😀é\u2028x\x00\ufeff")), max_size=40
)


def _both(data: bytes) -> tuple[list[str] | None, list[str] | None]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.jsonl"
        path.write_bytes(data)
        try:
            whole = read_text(path)
            expected = whole.text.split("\n") if whole.encoding.startswith("utf-8") else None
        except InputError:
            expected = None
        streamed = utf8_lines(path)
        got = None if streamed is None else list(streamed[0])
    return expected, got


@settings(max_examples=200)
@given(text=texts, bom=st.booleans(), chunk=st.integers(1, 9))
def test_line_by_line_is_the_whole_text_split(text: str, bom: bool, chunk: int) -> None:
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(decoding, "_CHUNK", chunk)  # chunks end inside characters
        expected, got = _both(data)
    assert got == expected


@pytest.mark.parametrize(
    "data",
    [
        "قال".encode("cp1256") + b"\n",  # Windows-1256: read whole, as before
        codecs.BOM_UTF16_LE + "قال\n".encode("utf-16-le"),
        b"",
        b" \n\t\n",
        "قال\n".encode() + b"\xff",
    ],
)
def test_what_is_not_plain_utf8_is_left_to_the_whole_reading(data: bytes) -> None:
    assert _both(data)[1] is None
