"""The long document the window and suggestion benchmarks share: the sample article's
paragraphs, numbered in Arabic-Indic digits, repeated to 550,000 characters (no Qt, so
core-only benchmarks can use it)."""

from __future__ import annotations

from importlib import resources

TARGET_CHARS = 550_000
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def build_text() -> str:
    sample = resources.files("annotator.resources").joinpath("sample-article.ar.txt")
    paragraphs = [p for p in sample.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, n, size = [], 0, 0
    while size < TARGET_CHARS:
        para = f"({str(n + 1).translate(ARABIC_DIGITS)}) {paragraphs[n % len(paragraphs)]}"
        out.append(para)
        size += len(para) + 1
        n += 1
    return "\n".join(out)[:TARGET_CHARS]
