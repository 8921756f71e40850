"""Word files and web pages: one document each, with title and metadata; bad ones refused.

The files are written by the tests (python-docx for Word), with text made up for them."""

from __future__ import annotations

import zipfile

import pytest

from annotator.cli import commands as cli
from annotator.formats.importing import articles, packages
from annotator.formats.importing.files import import_file

PARAGRAPHS = [
    "أعلن وزير الاقتصاد اليوم عن خطة جديدة لدعم المشاريع الصغيرة في المدن والقرى.",
    "وقال الوزير: «التضخم سينخفض إلى النصف» بحلول نهاية العام 📉.",
    "من جهتها، شككت المعارضة في الأرقام.",
]

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>الوزير يعلن خطة جديدة | موقع الأخبار</title>
<link rel="canonical" href="https://news.example.org/2026/11/plan">
<meta name="author" content="سمير حداد">
<meta property="article:published_time" content="2026-11-20T10:00:00Z"></head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/eco">اقتصاد</a></nav>
<article><h1>الوزير يعلن خطة جديدة</h1>
<p>أعلن وزير الاقتصاد اليوم عن خطة جديدة لدعم المشاريع الصغيرة في المدن والقرى، وقال إن
الخطة ستوفر آلاف الوظائف خلال العامين المقبلين.</p>
<p>وأضاف الوزير في مؤتمر صحفي أن «التضخم سينخفض إلى النصف» بحلول نهاية العام، مؤكداً أن
الحكومة ملتزمة بدعم الأسر ذات الدخل المحدود.</p>
<p>من جهتها، شككت المعارضة في الأرقام وقالت إنها غير واقعية.</p>
</article><footer>جميع الحقوق محفوظة ٢٠٢٦ — اتصل بنا — سياسة الخصوصية</footer></body></html>
"""


def write_docx(path, *, title="", heading="تقرير الاقتصاد", author="ليلى"):
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    if heading:
        document.add_heading(heading, level=1)
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "المصدر"
    table.rows[0].cells[1].text = "وزارة الاقتصاد"
    document.save(path)
    return path


def test_a_word_file_is_one_document_with_its_paragraphs_in_order(project, tmp_path):
    report = import_file(project, write_docx(tmp_path / "تقرير.docx"), "huda")
    assert (report.status, report.documents) == ("imported", 1)
    (doc,) = project.documents.all()
    text = project.documents.text(doc.id)
    assert text == "\n".join(["تقرير الاقتصاد", *PARAGRAPHS, "المصدر", "وزارة الاقتصاد"])
    assert doc.title == "تقرير الاقتصاد"  # the first heading, with no title property
    assert doc.source == "تقرير.docx"
    assert project.metadata.get(doc.id)["author"] == "ليلى"


def test_a_word_title_property_wins(project, tmp_path):
    import_file(project, write_docx(tmp_path / "a.docx", title="عنوان الملف"), "huda")
    assert project.documents.all()[0].title == "عنوان الملف"


@pytest.mark.parametrize(("charset", "encode"), [("utf-8", "utf-8"), ("windows-1256", "cp1256")])
def test_a_web_page_gives_its_article_title_and_metadata(project, tmp_path, charset, encode):
    path = tmp_path / "plan.html"
    path.write_bytes(PAGE.format(charset=charset).encode(encode, "replace"))
    report = import_file(project, path, "huda")
    assert report.documents == 1
    (doc,) = project.documents.all()
    text = project.documents.text(doc.id)
    assert "«التضخم سينخفض إلى النصف»" in text
    assert "الرئيسية" not in text and "سياسة الخصوصية" not in text  # no menu, no footer
    assert doc.title == "الوزير يعلن خطة جديدة"
    meta = project.metadata.get(doc.id)
    assert meta["url"] == "https://news.example.org/2026/11/plan"
    assert meta["author"] == "سمير حداد"
    assert meta["date"] == "2026-11-20"


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("not a package", "is not a Word document (it is not a valid .docx package)"),
        ("zip but not Word", "is not a Word document ("),
        ("encrypted", "is encrypted (password-protected)"),
        ("bomb", "expands to an absurd size"),
        ("empty document", "holds no text"),
        ("page without text", "has no article text that could be extracted"),
        ("huge page", "is too large for a web page"),
    ],
)
def test_bad_articles_are_one_sentence_and_change_nothing(
    capsys, monkeypatch, tmp_path, filled_project, snapshot, case, message
):
    import docx

    if case == "not a package":
        path = tmp_path / "a.docx"
        path.write_text("نص عادي وليس ملف وورد", encoding="utf-8")
    elif case == "zip but not Word":
        path = _zip(tmp_path / "b.docx", {"hello.txt": b"hi"})
    elif case == "encrypted":
        path = tmp_path / "c.docx"
        path.write_bytes(OLE + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le"))
    elif case == "bomb":
        monkeypatch.setattr(packages, "MAX_EXPANDED", 10_000)
        path = _zip(tmp_path / "d.docx", {"word/document.xml": b"<a/>" + b" " * 20_000})
    elif case == "empty document":
        path = tmp_path / "e.docx"
        docx.Document().save(path)
    elif case == "page without text":
        path = tmp_path / "f.html"
        path.write_text(
            "<html><head><style>p{}</style></head><body><script>var a=1;</script></body></html>"
        )
    else:
        monkeypatch.setattr(articles, "MAX_PAGE_BYTES", 100)
        path = tmp_path / "g.html"
        path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    before = snapshot(filled_project)
    code = cli.main(["import", str(filled_project), str(path)])
    first = capsys.readouterr().err.splitlines()[0]
    assert code == 2
    assert first.startswith(f"annotator: {path}: ") and message in first
    assert snapshot(filled_project) == before
