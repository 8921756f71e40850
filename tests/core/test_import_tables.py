"""Tables of posts: one document per row, the other columns as metadata, bad tables refused.

Every file is made here, with posts written for the tests (no public dataset)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from annotator.cli import commands as cli
from annotator.errors import InputError
from annotator.formats.importing.files import import_file
from annotator.formats.importing.tables import TableOptions
from annotator.store.project import Project

POSTS = [
    (
        "صحة",
        "1001",
        "https://example.org/p/1001",
        'قال الوزير إن "اللقاح" آمن تماماً 💉 #كورونا',
        "1",
    ),
    (
        "سياسة",
        "1002",
        "https://example.org/p/1002",
        "الانتخابات ستجري في موعدها\r\nحسب اللجنة",
        "0",
    ),
    ("اقتصاد", "1003", "https://example.org/p/1003", "ارتفع سعر الخبز بنسبة ٢٠٪ هذا الشهر", "1"),
]
HEADER = ("topic", "tweet_id", "tweet_url", "tweet_text", "class_label")


def tsv(rows=POSTS, header=HEADER) -> str:
    """Tab-separated, quoted where a cell holds a line break or a quote (as Excel does)."""

    def cell(value: str) -> str:
        if any(c in value for c in '\t\r\n"'):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join("\t".join(cell(c) for c in row) + "\r\n" for row in (header, *rows))


def docs(project: Project) -> list[tuple[str, str, int | None, dict[str, str]]]:
    return [
        (
            project.documents.text(d.id),
            d.title,
            project.metadata.source_row(d.id),
            project.metadata.get(d.id),
        )
        for d in project.documents.all()
    ]


def test_a_tsv_of_tweets_is_one_document_per_row(project, write_file):
    report = import_file(project, write_file("tweets.tsv", tsv()), "huda")
    assert (report.status, report.documents, report.rows) == ("imported", 3, 3)
    got = docs(project)
    assert [g[0] for g in got] == [p[3] for p in POSTS]  # verbatim, CRLF inside the cell too
    assert [g[2] for g in got] == [2, 3, 4]  # spreadsheet rows: the header is row 1
    assert got[0][1] == "tweets #1001"  # titled by the detected id column
    assert got[0][3] == {
        "topic": "صحة",
        "tweet_id": "1001",
        "tweet_url": "https://example.org/p/1001",
        "class_label": "1",
    }
    assert list(got[0][3]) == ["topic", "tweet_id", "tweet_url", "class_label"]
    assert project.documents.all()[0].source == "tweets.tsv"
    assert project.metadata.names() == ["topic", "tweet_id", "tweet_url", "class_label"]
    assert "text from column 'tweet_text', id 'tweet_id'" in report.notes


def test_a_table_imported_twice_adds_nothing(project, write_file):
    path = write_file("tweets.tsv", tsv())
    import_file(project, path, "huda")
    again = import_file(project, path, "huda")
    assert (again.status, again.documents) == ("skipped", 0)
    assert "3 rows already in the project" in again.summary()
    assert len(project.documents.all()) == 3


def test_empty_texts_are_skipped_and_counted_and_repeats_stored_once(project, write_file):
    rows = [*POSTS, ("x", "1004", "u", "   ", "0"), ("y", "1005", "u", POSTS[0][3], "1")]
    report = import_file(project, write_file("t.tsv", tsv(rows)), "huda")
    assert (report.documents, report.empty_rows, report.repeated_rows) == (3, [5], ["6 (as 2)"])
    summary = report.summary()
    assert "1 row without text skipped: 5" in summary
    assert "1 row repeating an earlier row: 6 (as 2)" in summary


def test_quoted_cells_with_line_breaks_and_doubled_quotes_in_csv(project, write_file):
    text = 'أول سطر\r\nثاني "مقتبس" سطر'
    data = 'id,text,author\r\n7,"' + text.replace('"', '""') + '",هدى\r\n'
    import_file(project, write_file("posts.csv", "\ufeff" + data), "huda")
    ((got, _title, row, meta),) = docs(project)
    assert (got, row, meta) == (text, 2, {"id": "7", "author": "هدى"})


@pytest.mark.parametrize(
    ("name", "encode", "encoding"),
    [
        ("win.csv", lambda s: s.encode("cp1256"), "Windows-1256"),
        ("excel.csv", lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "UTF-16"),
        ("plain.csv", lambda s: s.encode("utf-8"), "UTF-8"),
    ],
)
def test_encodings_as_for_text_files(project, write_file, name, encode, encoding):
    data = "رقم;النص;الكاتب\r\n1;قال الرئيس إن الاقتصاد قوي;سمير\r\n2;نفى المتحدث الخبر;ليلى\r\n"
    report = import_file(project, write_file(name, encode(data)), "huda")
    assert report.encoding == encoding
    got = docs(project)
    assert [g[0] for g in got] == ["قال الرئيس إن الاقتصاد قوي", "نفى المتحدث الخبر"]
    assert got[0][3] == {"رقم": "1", "الكاتب": "سمير"}


def test_ragged_rows_short_ones_padded_long_ones_refused(project, write_file):
    ok = "id,text,topic\r\n1,نص أول\r\n2,نص ثان,سياسة,\r\n"
    import_file(project, write_file("ok.csv", ok), "huda")
    assert [g[3] for g in docs(project)] == [
        {"id": "1", "topic": ""},
        {"id": "2", "topic": "سياسة"},
    ]
    bad = write_file("bad.csv", "id,text\r\n1,نص أول\r\n2,نص, ثان\r\n")
    with pytest.raises(InputError, match=r"bad\.csv: row 3 has 3 cells but the header names 2"):
        import_file(project, bad, "huda")


def test_a_tsv_with_bare_quotes_is_read_verbatim(project, write_file):
    data = 'id\ttext\r\n1\t"عاجل" قال الوزير\r\n2\tرد "المعارضة\r\n'
    import_file(project, write_file("bare.tsv", data), "huda")
    assert [g[0] for g in docs(project)] == ['"عاجل" قال الوزير', 'رد "المعارضة']


def test_named_columns_and_a_text_file_read_as_a_table(project, write_file):
    data = "العنوان\tالمنشور\tملاحظة\r\nخبر ١\tنص المنشور الأول هنا\tقصير\r\n"
    options = TableOptions(text_column="المنشور", title_column="العنوان")
    import_file(project, write_file("export.txt", data), "huda", table=options)
    ((text, title, _row, meta),) = docs(project)
    assert (text, title, meta) == (
        "نص المنشور الأول هنا",
        "خبر ١",
        {"العنوان": "خبر ١", "ملاحظة": "قصير"},
    )


def test_excel_unicode_text_is_a_table_without_naming_a_column(project, write_file):
    """Excel's "Unicode Text (*.txt)" (UTF-16 with its mark, tabs, quoted line breaks):
    one document per row, as the .tsv would be."""
    data = codecs.BOM_UTF16_LE + tsv().encode("utf-16-le")
    report = import_file(project, write_file("posts.txt", data), "huda")
    assert (report.documents, report.encoding) == (3, "UTF-16")
    got = docs(project)
    assert [g[0] for g in got] == [p[3] for p in POSTS]
    assert got[1][3]["topic"] == "سياسة"


def _utf16(text: str) -> bytes:
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


LONG_LINE = "قال الوزير إن الاقتصاد ينمو\tبسرعة كبيرة جدا هذا العام كما قال في المؤتمر أمس مساء"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (_utf16("قال الوزير\tإن الاقتصاد ينمو.\r\nوأضاف أن\r\n"), "no tab below"),
        (_utf16(LONG_LINE + "\r\nأ\tب\r\n"), "a sentence, not a name"),
        ("id\ttext\r\n1\tقال الوزير\r\n".encode(), "not UTF-16"),
    ],
)
def test_other_text_files_stay_one_document(project, write_file, data, why):
    report = import_file(project, write_file("notes.txt", data), "huda")
    assert report.documents == 1, why
    assert len(docs(project)) == 1


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_an_excel_workbook_first_sheet_or_named_sheet(project, tmp_path):
    path = write_workbook(
        tmp_path / "posts.xlsx",
        {
            "tweets": [
                ["tweet_id", "tweet_text", "likes"],
                [1001, "منشور أول عن الانتخابات", 12.0],
                [1002, None, 3],
                [1003, "منشور ثالث\nبسطرين", 0.5],
            ],
            "other": [["text"], ["نص في الورقة الثانية"]],
        },
    )
    report = import_file(project, path, "huda")
    assert (report.documents, report.empty_rows) == (2, [3])
    got = docs(project)
    assert got[1][0] == "منشور ثالث\nبسطرين"
    assert got[0][3] == {"tweet_id": "1001", "likes": "12"}
    assert got[1][3] == {"tweet_id": "1003", "likes": "0.5"}
    assert got[1][2] == 4
    import_file(project, path, "huda", table=TableOptions(sheet="other"))
    assert docs(project)[-1][0] == "نص في الورقة الثانية"
    with pytest.raises(InputError, match=r"has no sheet 'missing' \(its sheets: tweets, other\)"):
        import_file(project, path, "huda", table=TableOptions(sheet="missing"))


def test_json_array_and_json_lines_of_posts(project, write_file):
    posts = [
        {"id": 1, "content": "أول منشور طويل نسبياً هنا", "author": "سمير", "tags": ["أ", "ب"]},
        {"id": 2, "content": "ثاني منشور", "author": None, "extra": True},
    ]
    import_file(project, write_file("posts.json", json.dumps(posts, ensure_ascii=False)), "h")
    got = docs(project)
    assert [g[0] for g in got] == ["أول منشور طويل نسبياً هنا", "ثاني منشور"]
    assert got[0][3] == {"id": "1", "author": "سمير", "tags": '["أ", "ب"]', "extra": ""}
    assert got[1][3]["extra"] == "true"
    lines = "".join(
        json.dumps({"post_id": i, "body": f"منشور رقم {i} في ملف الأسطر"}, ensure_ascii=False)
        + "\n"
        for i in (7, 8)
    )
    report = import_file(project, write_file("posts.jsonl", lines), "h")
    assert report.documents == 2
    assert docs(project)[-1][2] == 2  # its line


# -- bad input: one sentence naming the file (and row or sheet), exit 2, nothing changed ----

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _bad_tables(tmp_path: Path) -> dict[str, tuple[Path, list[str], str]]:
    def put(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return {
        "no text column": (put("nums.csv", "a,b\r\n1,2\r\n3,4\r\n"), [], "no usable text column"),
        "unknown text column": (
            put("t.tsv", tsv()),
            ["--text-column", "body"],
            "has no column 'body' for the text (--text-column) (its columns: topic, tweet_id,",
        ),
        "not a workbook": (put("fake.xlsx", "نص عادي"), [], "is not an Excel workbook"),
        "encrypted workbook": (
            put("secret.xlsx", OLE + b"\x00" * 100 + "EncryptionInfo".encode("utf-16-le")),
            [],
            "is encrypted (password-protected)",
        ),
        "old xls": (put("old.xlsx", OLE + b"\x00" * 200), [], "is an old binary Office file"),
        "bad quote": (
            put("q.csv", 'id,text\r\n1,"نص" زائد\r\n'),
            [],
            "row 2 has a quote in the wrong place",
        ),
        "open quote": (
            put("open.csv", 'id,text\r\n1,نص\r\n2,"نص بلا نهاية\r\n'),
            [],
            "ends inside a quoted cell that starts in row 3",
        ),
        "NUL in a cell": (
            put("nul.json", json.dumps([{"text": "نص\u0000"}])),
            [],
            "item 1: the text contains a NUL character",
        ),
        "not an array": (put("o.json", '{"text": "نص"}'), [], "is not a JSON array of objects"),
        "sheet on csv": (
            put("s.csv", "text\r\nنص\r\n"),
            ["--sheet", "x"],
            "is not an Excel workbook, so --sheet does not apply",
        ),
    }


CASES = [
    "no text column",
    "unknown text column",
    "not a workbook",
    "encrypted workbook",
    "old xls",
    "bad quote",
    "open quote",
    "NUL in a cell",
    "not an array",
    "sheet on csv",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_tables_are_one_sentence_and_change_nothing(
    capsys, tmp_path, filled_project, snapshot, case
):
    path, options, message = _bad_tables(tmp_path)[case]
    before = snapshot(filled_project)
    code = cli.main(["import", str(filled_project), str(path), *options])
    err = capsys.readouterr().err
    assert code == 2
    first = err.splitlines()[0]  # the batch's closing line follows it
    assert first.startswith(f"annotator: {path}: ") and message in first
    assert "Traceback" not in err
    assert snapshot(filled_project) == before


def test_a_cancelled_table_import_keeps_nothing(project, write_file):
    from annotator.formats.importing.corpus import ImportCancelled, import_table

    rows = [(f"t{i}", str(i), "u", f"منشور رقم {i} عن موضوع ما", "0") for i in range(1200)]
    seen: list[tuple[int, int]] = []

    def stop_after_first_chunk(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(ImportCancelled, match="nothing from it was imported"):
        import_table(
            project,
            write_file("big.tsv", tsv(rows)),
            TableOptions(),
            progress=stop_after_first_chunk,
        )
    assert seen == [(500, 1200)]
    assert project.documents.all() == [] and project.metadata.names() == []
