"""`annotator search`: grep's exit codes, a table for terminals, CSV for Excel, JSONL."""

from __future__ import annotations

import codecs
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import commands as cli
from annotator.store.project import Project

TEXT = "قالت ماريا بُوبُوفَا 😀 إن القمة انتهت.\r\nوأكدت بوبوفا ذلك"
FORMULA = '=HYPERLINK("x") بوبوفا'
START = TEXT.index("بُوبُوفَا")
END = START + len("بُوبُوفَا")
RIGHT = " 😀 إن القمة انتهت. وأكدت بوبوفا ذلك"


@pytest.fixture
def searchable(tmp_path: Path) -> Path:
    path = tmp_path / "p.annotator"
    with Project.create(path) as p:
        p.documents.add(TEXT, "summit")
        p.documents.add("لا شيء هنا", "empty")
        p.documents.add(FORMULA, "=title")
    return path


def run(capsysbinary, *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_table_lists_hits_by_document(capsysbinary, searchable: Path) -> None:
    code, out, err = run(capsysbinary, "search", searchable, "بوبوفا", "--bidi", "logical")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["1", "summit"]
    assert "ماريا [بُوبُوفَا] 😀" in lines[1]
    assert lines[1].split()[0] == f"{START}-{END}"
    assert "وأكدت [بوبوفا] ذلك" in lines[2]
    assert lines[-1] == "3 hits in 2 documents"


def test_table_is_shaped_for_a_terminal_when_asked(capsysbinary, searchable: Path) -> None:
    _, logical, _ = run(capsysbinary, "search", searchable, "بوبوفا", "--bidi", "logical")
    _, visual, _ = run(capsysbinary, "search", searchable, "بوبوفا", "--bidi", "visual")
    assert visual != logical
    assert "بوبوفا" not in visual  # reshaped into presentation forms, as `info` prints


def test_csv_has_a_bom_the_columns_and_the_formula_guard(capsysbinary, searchable: Path) -> None:
    code = cli.main(["search", str(searchable), "بوبوفا", "--format", "csv"])
    data = capsysbinary.readouterr().out
    assert code == 0 and data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["document_id", "document", "start", "end", "left", "hit", "right"]
    assert rows[1] == ["1", "summit", str(START), str(END), "قالت ماريا ", "بُوبُوفَا", RIGHT]
    assert TEXT[START:END] == rows[1][5]
    last = rows[-1]
    assert last[1] == "'=title" and last[4] == '\'=HYPERLINK("x") '


def test_jsonl_is_one_hit_per_line(capsysbinary, searchable: Path) -> None:
    code, out, _ = run(capsysbinary, "search", searchable, "بوبوفا", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 3
    assert rows[0] == {
        "document_id": 1,
        "document": "summit",
        "start": START,
        "end": END,
        "left": "قالت ماريا ",
        "hit": "بُوبُوفَا",
        "right": RIGHT,
    }


def test_modes_reach_the_search(capsysbinary, searchable: Path) -> None:
    code, out, _ = run(capsysbinary, "search", searchable, "بوبوفا", "--exact", "--format", "jsonl")
    assert code == 0 and [json.loads(x)["hit"] for x in out.splitlines()] == ["بوبوفا"] * 2
    code, out, _ = run(capsysbinary, "search", searchable, "بو.و", "--regex", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 3
    code, _, _ = run(capsysbinary, "search", searchable, "بوبو", "--word")
    assert code == 1


def test_nothing_found_exits_1(capsysbinary, searchable: Path) -> None:
    assert run(capsysbinary, "search", searchable, "غير موجود") == (1, "", "")
    code, out, _ = run(capsysbinary, "search", searchable, "غير موجود", "--format", "csv")
    assert code == 1 and out == "\ufeffdocument_id,document,start,end,left,hit,right\r\n"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            [
                "",
            ],
            "type something to search for",
        ),
        (["\u064e\u0651"], "nothing to search for once diacritics"),
        (["(", "--regex"], "is not a valid regular expression"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsysbinary, searchable, argv, says) -> None:
    code, out, err = run(capsysbinary, "search", searchable, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("annotator: ") and says in err and err.count("\n") == 1


def test_a_runaway_regex_is_stopped(capsysbinary, tmp_path: Path, monkeypatch) -> None:
    from annotator.search import query

    monkeypatch.setattr(query, "TIME_LIMIT", 0.05)
    path = tmp_path / "p.annotator"
    with Project.create(path) as p:
        p.documents.add("a" * 60 + "b", "t")
    code, _, err = run(capsysbinary, "search", path, "(a|aa)+$", "--regex")
    assert code == 2 and "was stopped after 0.05 seconds" in err


def test_a_missing_project_exits_2(capsysbinary, tmp_path: Path) -> None:
    code, _, err = run(capsysbinary, "search", tmp_path / "none.annotator", "x")
    assert code == 2 and "does not exist" in err


def test_search_does_not_load_the_search_machinery_at_start_up() -> None:
    code = (
        "import sys; from annotator.cli import commands; commands.build_parser();"
        "print(sorted(m for m in sys.modules if m.startswith('annotator.search')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
