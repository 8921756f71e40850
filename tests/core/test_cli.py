"""The command line: every bad input gives one line, exit code 2, and an untouched project."""

from __future__ import annotations

import codecs
import io
import json
import os
import runpy
import sqlite3
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import arabic_reshaper
import pytest

from annotator.cli import commands as cli
from annotator.formats.export import exporting
from annotator.store.documents import Documents
from annotator.store.file.migrations import SCHEMA_VERSION
from annotator.store.project import Project
from annotator.text import terminal

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- bad inputs ---------------------------------------------------------------------------

BAD_FILES = {
    "empty": (b"", "is empty"),
    "only-bom": (codecs.BOM_UTF8, "is empty"),
    "binary": (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "is not a text file (it contains NUL"),
    "undecodable": (codecs.BOM_UTF8 + b"\xd9\x82\xff\xfe", "cannot be decoded as UTF-8"),
    "odd-utf16": (codecs.BOM_UTF16_LE + b"\x42\x06\x27", "cannot be decoded as UTF-16"),
    "cut-utf8": ("قال الوزير".encode()[:-1], "ends in the middle of a UTF-8 character"),
}

BAD_JSONL = {
    "outside": ([[10, 99, "claim"]], "line 2: label item 1: span 10-99 is outside the text"),
    "start-after-end": ([[8, 3, "claim"]], "line 2: label item 1: span 8-3 has start >= end"),
    "empty-span": ([[3, 3, "claim"]], "line 2: label item 1: span 3-3 has start >= end"),
    "unknown-label": ([[0, 3, "rumour"]], "line 2: label item 1: label 'rumour' is not in"),
}


def bad_input(tmp_path: Path, case: str) -> tuple[Path, str]:
    if case in BAD_FILES:
        data, message = BAD_FILES[case]
        path = tmp_path / f"{case}.txt"
        path.write_bytes(data)
    elif case in BAD_JSONL:
        spans, message = BAD_JSONL[case]
        path = tmp_path / f"{case}.jsonl"
        good = {"text": "سطر سليم", "label": [[0, 3, "claim"]]}
        bad = {"text": "قال المتحدث إن الوضع مستقر", "label": spans}
        path.write_text(f"{json.dumps(good)}\n{json.dumps(bad)}\n", encoding="utf-8")
    elif case == "missing":
        path, message = tmp_path / "nowhere.txt", "does not exist"
    else:
        path, message = tmp_path, "is a folder, not a file"
    return path, f"annotator: {path}: {message}"


CASES = [*BAD_FILES, *BAD_JSONL, "missing", "folder"]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_into_an_existing_project(capsys, tmp_path, filled_project, snapshot, case):
    path, message = bad_input(tmp_path, case)
    before = snapshot(filled_project)
    code, out, err = run(capsys, "import", filled_project, path)
    assert code == 2
    assert err.splitlines()[0].startswith(message)
    assert "Traceback" not in err
    assert out == ""
    assert snapshot(filled_project) == before


@pytest.mark.parametrize("case", CASES)
def test_bad_input_creates_no_project(capsys, tmp_path, project_path, case):
    path, message = bad_input(tmp_path, case)
    code, _, err = run(capsys, "import", project_path, path)
    assert code == 2
    assert err.startswith(message)
    assert not Path(f"{project_path}").exists()
    assert not Path(f"{project_path}-wal").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_input_is_refused_at_once(tmp_path, project_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody ever writes to it: a blocking read would wait forever
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(project_path), str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,  # a bound on a hang, not a speed requirement
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"annotator: {fifo}: is a named pipe (FIFO), not a file\n")
    assert not project_path.exists()


def test_an_empty_placeholder_project_stays_empty(capsys, tmp_path, project_path):
    project_path.write_bytes(b"")
    code, _, err = run(capsys, "import", project_path, tmp_path / "gone.txt")
    assert code == 2 and err.startswith("annotator: ")
    assert project_path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == [project_path.name]


def test_forced_encoding_that_does_not_fit(capsys, tmp_path, filled_project, snapshot):
    path = tmp_path / "win.txt"
    path.write_bytes("قال المتحدث".encode("cp1256"))
    before = snapshot(filled_project)
    code, _, err = run(capsys, "import", filled_project, path, "--encoding", "utf-8")
    assert code == 2
    assert err.startswith(f"annotator: {path}: cannot be decoded as UTF-8 (byte 0x")
    assert snapshot(filled_project) == before


@pytest.mark.parametrize(
    ("encoding", "data", "message"),
    [
        ("utf-7", b"+2AA-abc", "{path}: read as utf-7, its text holds an unpaired surrogate"),
        ("utf-16-le", b"\x00\xd8\x41", "{path}: cannot be decoded as utf-16-le (byte 0x"),
        ("undefined", b"abc", "encoding 'undefined' cannot read text"),
    ],
)
def test_forced_codecs_that_cannot_give_a_document(
    capsys, tmp_path, filled_project, snapshot, encoding, data, message
):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    before = snapshot(filled_project)
    code, out, err = run(capsys, "import", filled_project, path, "--encoding", encoding)
    assert (code, out) == (2, "")
    assert err.startswith("annotator: " + message.format(path=path))
    assert len(err.splitlines()) <= 2 and "internal error" not in err
    assert snapshot(filled_project) == before


def test_unknown_encoding(capsys, tmp_path, project_path):
    path = tmp_path / "a.txt"
    path.write_text("نص", encoding="utf-8")
    code, _, err = run(capsys, "import", project_path, path, "--encoding", "martian")
    assert (code, err) == (2, "annotator: unknown encoding 'martian'; use for example utf-8, "
                              "utf-16 or cp1256\n")  # fmt: skip
    assert not project_path.exists()


def _not_sqlite(path: Path) -> str:
    path.write_text("إحصاءات,أرقام\n1,2\n", encoding="utf-8")
    return "is not an annotator project (it is not a SQLite database)"


def _foreign(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    return "is a SQLite database but not an annotator project"


def _newer(path: Path) -> str:
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return f"was written by a newer annotator (schema {SCHEMA_VERSION + 1}"


@pytest.mark.parametrize("make", [_not_sqlite, _foreign, _newer])
@pytest.mark.parametrize("command", ["import", "export", "info"])
def test_a_project_that_cannot_be_opened(capsys, tmp_path, snapshot, sample_text, make, command):
    project = tmp_path / "other.annotator"
    message = make(project)
    doc = tmp_path / "doc.txt"
    doc.write_text(sample_text, encoding="utf-8")
    before = snapshot(project)
    argv = {
        "import": ["import", project, doc],
        "export": ["export", project, "--format", "csv", "--output", tmp_path / "o.csv"],
        "info": ["info", project],
    }[command]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith(f"annotator: {project}: {message}")
    assert len(err.splitlines()) == 1
    assert snapshot(project) == before
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("command", ["export", "info"])
def test_a_missing_project_is_not_created_by_reading_commands(capsys, project_path, command):
    argv = ["export", project_path, "-o", "-"] if command == "export" else ["info", project_path]
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", f"annotator: {project_path}: does not exist\n")
    assert not project_path.exists()


# -- import -------------------------------------------------------------------------------


def test_import_creates_the_project_and_reports(capsys, tmp_path, project_path, sample_text):
    doc = tmp_path / "خبر.txt"
    doc.write_bytes(sample_text.encode("cp1256"))
    code, out, err = run(capsys, "import", project_path, doc, "--analyst", "huda")
    assert (code, err) == (0, "")
    assert out == f"{doc}: imported 1 document (read as Windows-1256)\n"
    with Project.open(project_path) as p:
        (d,) = p.documents.all()
        assert p.documents.text(d.id) == sample_text


def test_a_batch_says_which_files_went_in(capsys, tmp_path, filled_project, row_counts):
    good = tmp_path / "good.txt"
    good.write_text("نص جديد تماما", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = row_counts(filled_project)
    code, out, err = run(capsys, "import", filled_project, good, empty, tmp_path / "gone.txt")
    assert code == 2
    assert out == f"{good}: imported 1 document\n"
    assert err.splitlines() == [
        f"annotator: {empty}: is empty",
        f"annotator: {tmp_path / 'gone.txt'}: does not exist",
        f"{filled_project}: 1 of 3 files imported; not imported: {empty}, {tmp_path / 'gone.txt'}",
    ]
    assert row_counts(filled_project)["documents"] == before["documents"] + 1


def _failing_second_add(monkeypatch, error: BaseException) -> None:
    """The project refuses the second document written (a full disk, say)."""
    real_add = Documents.add
    calls = []

    def add(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise error
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(Documents, "add", add)


def _three_files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / f"{n}.txt" for n in ("one", "two", "three")]
    for n, path in enumerate(paths):
        path.write_text(f"نص رقم {n}", encoding="utf-8")
    return paths


def test_a_batch_that_fails_on_file_2_still_reports_file_1(
    capsys, monkeypatch, tmp_path, filled_project, row_counts
):
    one, two, three = _three_files(tmp_path)
    _failing_second_add(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    before = row_counts(filled_project)["documents"]
    code, out, err = run(capsys, "import", filled_project, one, two, three)
    assert code == 2
    assert out == f"{one}: imported 1 document\n"
    assert err.splitlines() == [
        f"annotator: {two}: not imported: {filled_project} could not be written "
        "(database or disk is full)",
        f"annotator: {three}: not imported (the import stopped at {two})",
        f"{filled_project}: 1 of 3 files imported; not imported: {two}, {three}",
    ]
    assert row_counts(filled_project)["documents"] == before + 1


def test_a_bug_on_file_2_comes_after_file_1_is_reported(
    capsys, monkeypatch, tmp_path, filled_project
):
    one, two, three = _three_files(tmp_path)
    _failing_second_add(monkeypatch, RuntimeError("unexpected"))
    monkeypatch.delenv("ANNOTATOR_DEBUG", raising=False)
    code, out, err = run(capsys, "import", filled_project, one, two, three)
    assert code == 1
    assert out == f"{one}: imported 1 document\n"  # it was committed, and the user is told
    assert err.startswith("annotator: internal error (RuntimeError: unexpected)")


def test_a_bug_in_a_first_import_leaves_no_project(capsys, monkeypatch, tmp_path, project_path):
    """A new project appears only once its import is done: after a bug nothing was
    committed anywhere, and nothing is reported as imported."""
    one, two, three = _three_files(tmp_path)
    _failing_second_add(monkeypatch, RuntimeError("unexpected"))
    monkeypatch.delenv("ANNOTATOR_DEBUG", raising=False)
    code, out, err = run(capsys, "import", project_path, one, two, three)
    assert code == 1 and out == ""
    assert err.startswith("annotator: internal error (RuntimeError: unexpected)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt", "three.txt", "two.txt"]


def test_importing_the_same_text_again_is_reported_and_changes_nothing(
    capsys, tmp_path, filled_project, snapshot, sample_text
):
    again = tmp_path / "again.txt"
    again.write_text(sample_text, encoding="utf-8")
    before = snapshot(filled_project)
    code, out, err = run(capsys, "import", filled_project, again)
    assert (code, err) == (0, "")
    assert out == f"{again}: skipped, its text is already in the project as 'sample'\n"
    assert snapshot(filled_project) == before


def test_jsonl_annotations_belong_to_the_named_analyst(capsys, tmp_path, project_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "قال المتحدث", "label": [[0, 3, "cue"]]}) + "\n")
    code, out, _ = run(capsys, "import", project_path, path, "--analyst", "omar")
    assert code == 0 and "1 annotation" in out
    with Project.open(project_path) as p:
        assert [a.analyst for a in p.annotations.iter_all()] == ["omar"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_is_imported_with_a_readable_title(capsys, tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    try:
        with open(raw, "wb") as fh:
            fh.write("نص باسم غريب".encode())
    except OSError:
        pytest.skip("this file system wants UTF-8 names")
    project = tmp_path / "p.annotator"
    code, _, err = run(capsys, "import", project, os.fsdecode(raw))
    assert (code, err) == (0, "")
    with Project.open(project) as p:
        assert [d.title for d in p.documents.all()] == ["bad\ufffd"]


def test_an_analyst_name_that_is_not_text_is_a_sentence(capsys, tmp_path, project_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "قال المتحدث", "label": [[0, 3, "cue"]]}) + "\n")
    code, _, err = run(capsys, "import", project_path, path, "--analyst", "x\udcffy")
    assert (code, err) == (
        2,
        "annotator: --analyst: the name holds bytes that are not UTF-8 text\n",
    )
    assert not project_path.exists()


# -- export and info ----------------------------------------------------------------------


def test_permission_denied_is_a_sentence(capsys, monkeypatch, tmp_path, filled_project):
    """Input that may not be read and a folder that may not be written (simulated: the
    tests may run as root, whom permissions do not stop)."""
    doc = tmp_path / "secret.txt"
    doc.write_text("نص سري", encoding="utf-8")
    real_open, real_mkstemp = os.open, tempfile.mkstemp

    def no_read(path, *args, **kwargs):
        if str(path) == str(doc):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def no_write(*args, **kwargs):
        if kwargs.get("dir") == tmp_path / "locked":
            raise PermissionError(13, "Permission denied")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(os, "open", no_read)
    monkeypatch.setattr(tempfile, "mkstemp", no_write)
    code, _, err = run(capsys, "import", filled_project, doc)
    assert code == 2
    assert err.splitlines()[0] == f"annotator: {doc}: cannot be read (permission denied)"
    (tmp_path / "locked").mkdir()
    target = tmp_path / "locked" / "out.csv"
    code, _, err = run(capsys, "export", filled_project, "-o", target)
    assert (code, err) == (2, f"annotator: {target}: cannot be written (permission denied)\n")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symbolic links")
def test_export_onto_a_loop_of_links_is_a_sentence(capsys, tmp_path, filled_project):
    (tmp_path / "a.csv").symlink_to("b.csv")
    (tmp_path / "b.csv").symlink_to("a.csv")
    code, _, err = run(capsys, "export", filled_project, "-o", tmp_path / "a.csv")
    assert code == 2
    loop = "cannot be written (its symbolic links go round in a loop)"
    assert err == f"annotator: {tmp_path / 'a.csv'}: {loop}\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
@pytest.mark.parametrize("argv", [["export", "-o", "-"], ["import", "--", "NEW"]])
def test_a_closed_standard_output_is_no_internal_error(tmp_path, filled_project, argv):
    doc = tmp_path / "new.txt"
    doc.write_text("نص جديد", encoding="utf-8")
    argv = [str(doc) if a == "NEW" else a for a in argv]
    argv.insert(1, str(filled_project))
    done = subprocess.run(
        [sys.executable, "-m", "annotator", *argv],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),  # the child starts with its standard output closed
    )
    assert "internal error" not in done.stderr
    if argv[0] == "export":
        assert (done.returncode, done.stderr) == (
            2, "annotator: standard output is closed; nothing was written\n")  # fmt: skip
    else:
        assert (done.returncode, done.stderr) == (0, "")


def test_export_csv_to_a_file_and_jsonl_to_stdout(capsysbinary, tmp_path, filled_project):
    target = tmp_path / "out.csv"
    code = cli.main(["export", str(filled_project), "--format", "csv", "-o", str(target)])
    captured = capsysbinary.readouterr()
    assert (code, captured.out, captured.err) == (0, f"wrote 2 rows to {target}\n".encode(), b"")
    assert target.read_bytes().startswith(codecs.BOM_UTF8)
    assert "'=note" in target.read_text(encoding="utf-8-sig")
    code = cli.main(["export", str(filled_project), "--format", "claims-csv", "-o", "-",
                     "--no-formula-guard", "--reviewed", "all"])  # fmt: skip
    data = capsysbinary.readouterr().out.decode("utf-8")
    assert code == 0 and data.startswith("\ufeffdocument,") and ",=note," in data
    assert cli.main(["export", str(filled_project), "--format", "jsonl", "-o", "-"]) == 0
    line = json.loads(capsysbinary.readouterr().out)
    assert line["meta"]["title"] == "sample"


def test_export_into_the_project_file_is_refused(capsys, filled_project, snapshot):
    before = snapshot(filled_project)
    code, _, err = run(capsys, "export", filled_project, "-o", filled_project)
    assert code == 2
    assert err == f"annotator: {filled_project}: is the project file itself; choose another name\n"
    assert snapshot(filled_project) == before


def test_info_lists_documents_with_counts(capsys, filled_project):
    code, out, _ = run(capsys, "info", filled_project, "--bidi", "logical")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        f"{filled_project}: 1 document, 2 annotations, 1 speaker entity; "
        "labels: claim, speaker, cue"
    )
    assert lines[1].split() == ["1", "sample", "[in_progress]", "claim", "1,", "speaker", "1,",
                                "cue", "0"]  # fmt: skip


def test_info_bidi_modes(capsys, tmp_path, project_path):
    doc = tmp_path / "بيان.txt"
    doc.write_text("نص البيان", encoding="utf-8")
    run(capsys, "import", project_path, doc)
    _, logical, _ = run(capsys, "info", project_path, "--bidi", "logical")
    _, auto, _ = run(capsys, "info", project_path)  # captured output is not a terminal
    _, shown, _ = run(capsys, "info", project_path, "--bidi", "visual")
    assert "بيان" in logical and auto == logical
    assert "بيان" not in shown
    assert any("\ufe70" <= ch <= "\ufefc" for ch in shown)  # joined presentation forms
    # the line stays left to right: only the Arabic title is turned round, brackets are not
    title = next(line for line in shown.splitlines() if "[new]" in line)
    assert title.split("[new]")[0].split()[0] == "1"
    assert arabic_reshaper.reshape("بيان")[::-1] in title


# -- help, window, and the no-traceback promise -------------------------------------------


@pytest.mark.parametrize("command", ["", "import", "export", "info", "open"])
def test_help(capsys, command):
    code, out, _ = run(capsys, *([command] if command else []), "--help")
    assert code == 0
    assert out.startswith(f"usage: annotator {command}".rstrip())


def test_usage_error_is_exit_2(capsys):
    code, _, err = run(capsys, "export")
    assert code == 2 and "usage:" in err


@pytest.fixture
def window(monkeypatch):
    calls: list[object] = []
    fake = types.ModuleType("annotator.gui.app")
    fake.run = lambda path: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "annotator.gui.app", fake)
    return calls


def test_open_and_no_command_start_the_window(window, tmp_path):
    assert cli.main(["open", str(tmp_path / "p.annotator")]) == 0
    assert cli.main([]) == 0
    assert window == [str(tmp_path / "p.annotator"), None]


def test_main_py_opens_the_window(window, monkeypatch, tmp_path):
    for argv in (["main.py", str(tmp_path / "x.annotator")], ["main.py"]):
        monkeypatch.setattr(sys, "argv", argv)
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(REPO / "main.py"), run_name="__main__")
        assert done.value.code == 0
    assert window == [str(tmp_path / "x.annotator"), None]


def test_a_bug_is_one_line_not_a_traceback(capsys, monkeypatch, filled_project):
    def boom(*args, **kwargs):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(exporting, "export", boom)  # the CLI imports it when run
    monkeypatch.delenv("ANNOTATOR_DEBUG", raising=False)
    code, _, err = run(capsys, "export", filled_project, "-o", "-")
    assert code == 1
    assert err.startswith("annotator: internal error (RuntimeError: unexpected)")
    assert len(err.splitlines()) == 1


def test_an_os_error_is_phrased(capsys, monkeypatch, filled_project):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/mnt/share/out.csv")

    monkeypatch.setattr(exporting, "export", denied)
    code, _, err = run(capsys, "export", filled_project, "-o", "x.csv")
    assert (code, err) == (2, "annotator: /mnt/share/out.csv: permission denied\n")


def test_python_dash_m_in_a_real_process(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "info", str(tmp_path / "none.annotator")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert done.stderr == f"annotator: {tmp_path / 'none.annotator'}: does not exist\n"


def test_auto_bidi_follows_the_terminal():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert terminal.wants_visual("auto", Tty()) is True
    assert terminal.wants_visual("auto", io.StringIO()) is False
    assert terminal.wants_visual("logical", Tty()) is False
    assert terminal.formatter("visual")("plain ascii") == "plain ascii"
    assert terminal.formatter("logical")("قال") == "قال"
    assert terminal.formatter("visual")("قال") == arabic_reshaper.reshape("قال")[::-1]
