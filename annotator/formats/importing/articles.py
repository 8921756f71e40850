"""Articles: a Word file (.docx) or a saved web page (.html) becomes one document.

Word: the body's paragraphs in order (tables cell by cell), read with python-docx; the
title from the document's properties, else its first heading; author and dates as metadata.
Paragraphs are joined with a line break and their text kept as Word holds it, so right-to-
left paragraphs stay as they were written (Qt lays them out).

Web pages: the article's main text without navigation, menus and footers, with its title,
URL, date, author and site, extracted by trafilatura. It was chosen over readability-lxml
and jusText because it does best on multilingual (Arabic included) benchmarks of main-text
extraction, and it also reads a page's metadata (canonical URL, author, publication date),
which the other two do not; it uses jusText and a readability port itself as fallbacks.

Every failure is one sentence naming the file: not a Word package, encrypted, a zip bomb,
a page too large, or nothing to extract.
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import Any

from annotator.errors import InputError
from annotator.formats.importing.packages import open_package
from annotator.store.metadata import NewDocument
from annotator.text.decoding import as_text, check_encoding, decode, read_bytes, text_problem

MAX_PAGE_BYTES = 50 * 1024 * 1024  # a saved article is far smaller; past this it is not one
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_PAGE_FIELDS = ("url", "date", "author", "sitename", "description")


def _document(text: str, title: str, path: Path, meta: list[tuple[str, str]]) -> NewDocument:
    text = text.strip("\n")
    if not text.strip():
        raise InputError("holds no text", path)
    problem = text_problem(text)
    if problem:
        raise InputError(f"its text {problem}", path)
    title = " ".join(title.split()) or as_text(path.stem)
    return NewDocument(text, title, as_text(path.name), None, tuple((k, v) for k, v in meta if v))


# -- Word -------------------------------------------------------------------------------------


def read_docx(path: Path) -> NewDocument:
    import docx  # imported when needed: python-docx loads lxml

    data = read_bytes(path)
    open_package(data, path, "a Word document", "docx").close()
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_docx_paragraphs(document))
        props = document.core_properties
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise InputError(
            f"is not a Word document ({type(exc).__name__}: {exc})".replace("\n", " "), path
        ) from None
    title = (props.title or "").strip()
    if not title:
        title = next((text for text, style in paragraphs if _is_heading(style) and text), "")
    meta = [
        ("author", props.author or ""),
        ("created", props.created.isoformat() if props.created else ""),
        ("modified", props.modified.isoformat() if props.modified else ""),
        ("subject", props.subject or ""),
        ("keywords", props.keywords or ""),
    ]
    return _document("\n".join(text for text, _style in paragraphs), title, path, meta)


def _docx_paragraphs(document: Any) -> Any:
    """(text, style name) of each body paragraph in order; a table's cells row by row."""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        yield paragraph.text, ""
        else:
            style = block.style.name if block.style is not None else ""
            yield block.text, style or ""


def _is_heading(style: str) -> bool:
    return style.startswith("Heading") or style == "Title"


# -- web pages --------------------------------------------------------------------------------


def read_html(path: Path, encoding: str | None = None) -> NewDocument:
    import trafilatura  # imported when needed: it loads lxml and its date parsers

    data = read_bytes(path)
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(
            f"is too large for a web page ({len(data) // (1024 * 1024)} MB; at most "
            f"{MAX_PAGE_BYTES // (1024 * 1024)} MB)",
            path,
        )
    page = decode(data, path, encoding or _declared_charset(data)).text
    try:
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    except Exception as exc:  # the extractor's own failure on a strange page
        raise InputError(f"cannot be read as a web page ({type(exc).__name__})", path) from None
    text = (getattr(found, "text", None) or "") if found is not None else ""
    if not text.strip():
        raise InputError("has no article text that could be extracted", path)
    meta = [(name, str(getattr(found, name, None) or "")) for name in _PAGE_FIELDS]
    return _document(text, str(getattr(found, "title", None) or ""), path, meta)


def _declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (`<meta charset>`), unless it starts
    with a byte-order mark, which wins; None when it declares none we know."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    found = _CHARSET.search(data[:4096])
    if found is None:
        return None
    try:
        return check_encoding(found.group(1).decode("ascii"))
    except Exception:
        return None
