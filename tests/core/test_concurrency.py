"""Invariant 4 with several programs at once: writers wait their turn and no work is lost.

Each case starts real `annotator` processes together, many times over (bounded: every
process has a timeout), and checks what the users were told against what the file holds.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from processes import Workers, cli_env, hold_lock, main_file_rows, run

from annotator.errors import AnnotatorError
from annotator.store.project import Project
from annotator.team.merge_source import BadSource, read_source

TRIALS = 20

# Another program writing a project: commands that come and go (so its -wal file appears
# and disappears), each adding 20 annotations in one transaction.
WRITER = r"""
import sys, time
from annotator.store.project import Project
end = time.monotonic() + float(sys.argv[2])
i = 0
print("writing", flush=True)
while time.monotonic() < end:
    project = Project.open(sys.argv[1])
    with project.atomic():
        doc = project.documents.add("نص " * 500 + str(i), f"d{i}").id
        for _ in range(int(sys.argv[3])):
            project.annotations.add(doc, "claim", i % 20, i % 20 + 5, "amal")
            i += 1
    project.close()
    time.sleep(float(sys.argv[4]) if len(sys.argv) > 4 else 0.02)  # keep the file small
"""


def texts(folder: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        path = folder / f"t{i}.txt"
        path.write_text(f"قال المتحدث رقم {i} إن الوضع مستقر.\n", encoding="utf-8")
        out.append(path)
    return out


def jsonl(folder: Path, name: str, n: int) -> Path:
    path = folder / f"{name}.jsonl"
    lines = []
    for i in range(n):
        text = f"قال {name} في السطر {i} إن الاتفاق قريب."
        lines.append(json.dumps({"text": text, "label": [[0, 3, "cue"]]}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def documents(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_two_first_imports_lose_nothing(tmp_path: Path) -> None:
    """The same new project from two processes at once: both files end up in it, and the
    same file twice is imported once and reported as already there by the other."""
    a, b = texts(tmp_path, 2)
    with Workers(2) as workers:
        for trial in range(TRIALS):
            folder = tmp_path / f"trial{trial}"
            folder.mkdir()
            project = folder / "p.annotator"
            if trial % 3 == 0:
                project.write_bytes(b"")  # an empty placeholder (`touch`) becomes the project
            second = a if trial % 2 else b
            done = workers.together(("import", project, a), ("import", project, second))
            for d in done:
                assert d.code == 0, d.err
                assert "internal error" not in d.err and "UNIQUE" not in d.err
            if second == a:
                said = sorted(d.out.split(":", 1)[1].strip().split(",")[0] for d in done)
                assert said == ["imported 1 document", "skipped"], done
                assert documents(project) == 1
            else:
                assert documents(project) == 2
            assert leftovers(folder) == []


def test_the_same_file_from_two_processes_is_imported_once(tmp_path: Path) -> None:
    """Into an existing project: one imports it, the other says it is already there
    (no "UNIQUE constraint failed")."""
    project = tmp_path / "p.annotator"
    files = texts(tmp_path, TRIALS + 1)
    assert run("import", project, files[0]).code == 0
    with Workers(2) as workers:
        for path in files[1:]:
            done = workers.together(("import", project, path), ("import", project, path))
            assert [d.code for d in done] == [0, 0], [d.err for d in done]
            said = sorted(d.out.split(":", 1)[1].strip().split(",")[0] for d in done)
            assert said == ["imported 1 document", "skipped"], done
    assert documents(project) == len(files)


def test_two_merges_into_a_new_target_lose_nothing(tmp_path: Path) -> None:
    sources = []
    for name, text in zip(("huda", "omar"), texts(tmp_path, 2), strict=True):
        src = tmp_path / f"{name}.annotator"
        assert run("import", src, text).code == 0
        sources.append(src)
    with Workers(2) as workers:
        for trial in range(TRIALS):
            target = tmp_path / f"lead{trial}.annotator"
            done = workers.together(("merge", target, sources[0]), ("merge", target, sources[1]))
            assert [d.code for d in done] == [0, 0], [d.err for d in done]
            assert documents(target) == 2
    assert leftovers(tmp_path) == []


def test_jsonl_imports_and_merges_at_once_all_succeed(tmp_path: Path) -> None:
    """Writers to one project wait their turn instead of failing with "database is locked"
    (which also blamed the input file); a merge beside the imports waits too."""
    project = tmp_path / "p.annotator"
    source = tmp_path / "src.annotator"
    assert run("import", source, texts(tmp_path, 1)[0]).code == 0
    with Workers(3) as workers:
        for trial in range(TRIALS):
            a, b = jsonl(tmp_path, f"a{trial}", 40), jsonl(tmp_path, f"b{trial}", 40)
            done = workers.together(
                ("import", project, a), ("import", project, b), ("merge", project, source)
            )
            assert [d.code for d in done] == [0, 0, 0], [d.err for d in done]
            assert documents(project) == 80 * (trial + 1) + 1


def test_merging_a_source_that_is_being_written(tmp_path: Path) -> None:
    """No false "damaged" refusal while another program writes the source: reads of the
    source, again and again for a few seconds, while commands come and go on it."""
    source = tmp_path / "src.annotator"
    assert run("import", source, texts(tmp_path, 1)[0]).code == 0
    labels = {"claim", "speaker", "cue"}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(source), "3", "100", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    reads, refusals = 0, []
    try:
        while writer.poll() is None:
            try:
                read_source(source, labels)
            except (BadSource, AnnotatorError) as exc:
                refusals.append(str(exc))
            reads += 1
    finally:
        writer.kill()
        writer.wait()
    assert reads > 10 and refusals == []


def test_a_held_lock_is_waited_for_then_named(tmp_path: Path) -> None:
    """Another program holding the write lock: a message after a second, then one sentence
    naming the project (not the input), exit 2, and the project as it was."""
    project = tmp_path / "p.annotator"
    a, b = texts(tmp_path, 2)
    assert run("import", project, a).code == 0
    holder = hold_lock(project, 30)
    try:
        done = run("import", project, b, env=cli_env(ANNOTATOR_WAIT_SECONDS="2"))
    finally:
        holder.kill()
        holder.wait()
    assert done.code == 2
    lines = done.err.splitlines()
    assert lines[0] == f"annotator: waiting for another program that is writing {project}"
    # The project is named as the reason (a batch may add which file was not imported).
    assert f"{project}: another program is writing it; try again" in lines[1]
    assert "internal error" not in done.err and "locked" not in done.err
    assert documents(project) == 1


def test_a_writer_goes_on_once_the_lock_is_released(tmp_path: Path) -> None:
    project = tmp_path / "p.annotator"
    a, b = texts(tmp_path, 2)
    assert run("import", project, a).code == 0
    holder = hold_lock(project, 1.5)
    done = run("import", project, b, env=cli_env(ANNOTATOR_WAIT_SECONDS="20"))
    holder.wait()
    assert done.code == 0, done.err
    assert documents(project) == 2


def test_the_main_file_alone_is_complete_after_each_command(tmp_path: Path) -> None:
    """With the project open elsewhere (so closing does not checkpoint by itself), every
    writing command still leaves all its work in the main file, copyable on its own."""
    project = tmp_path / "p.annotator"
    files = texts(tmp_path, 6)
    assert run("import", project, files[0]).code == 0
    source = tmp_path / "src.annotator"
    assert run("import", source, files[-1]).code == 0
    other = sqlite3.connect(project)  # a window that has the project open, idle
    other.execute("SELECT count(*) FROM documents").fetchone()
    try:
        for n, path in enumerate(files[1:-1], start=2):
            assert run("import", project, path).code == 0
            assert main_file_rows(project) == n
        assert run("merge", project, source).code == 0
        assert main_file_rows(project) == len(files)
    finally:
        other.close()


def test_copy_is_consistent_while_the_project_is_written(tmp_path: Path) -> None:
    project = tmp_path / "p.annotator"
    assert run("import", project, texts(tmp_path, 1)[0]).code == 0
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(project), "8", "20"], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    counts = []
    try:
        for trial in range(6):
            dest = tmp_path / f"copy{trial}.annotator"
            done = run("copy", project, dest)
            assert done.code == 0, done.err
            assert not Path(f"{dest}-wal").exists()
            counts.append(main_file_rows(dest, "annotations"))
            assert counts[-1] % 20 == 0  # whole transactions only
            assert main_file_rows(dest, "documents") == counts[-1] // 20 + 1
            time.sleep(0.05)
    finally:
        writer.kill()
        writer.wait()
    assert counts == sorted(counts) and counts[-1] > 0


def test_copy_refuses_the_project_itself(tmp_path: Path) -> None:
    project = tmp_path / "p.annotator"
    assert run("import", project, texts(tmp_path, 1)[0]).code == 0
    before = project.read_bytes()
    done = run("copy", project, project)
    assert done.code == 2
    assert done.err.strip() == (
        f"annotator: {project}: is the project itself; choose another file for the copy"
    )
    assert project.read_bytes() == before


def test_kill_after_a_command_leaves_a_complete_main_file(tmp_path: Path) -> None:
    """A program that has the project open is killed (-9) after the CLI wrote: the main
    file alone still holds the CLI's work."""
    project = tmp_path / "p.annotator"
    files = texts(tmp_path, 2)
    assert run("import", project, files[0]).code == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(project)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    try:
        assert run("import", project, files[1]).code == 0
    finally:
        holder.kill()
        holder.wait()
    assert main_file_rows(project) == 2


HOLD_OPEN = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("SELECT count(*) FROM documents").fetchone()
print("open", flush=True)
time.sleep(60)
"""


def test_a_read_only_command_reads_one_state(tmp_path: Path) -> None:
    """`info`, `export` and `agreement` see the project as it was when they opened it,
    not half of another program's later work."""
    path = tmp_path / "p.annotator"
    assert run("import", path, texts(tmp_path, 1)[0]).code == 0
    with Project.open(path, read_only=True) as reader:
        assert len(reader.documents.all()) == 1
        with Project.open(path) as writer:
            writer.documents.add("نص جديد كتبه برنامج آخر.", "later")
        assert len(reader.documents.all()) == 1
    assert documents(path) == 2


def test_a_left_over_wal_never_meets_a_new_file(tmp_path: Path) -> None:
    """A `-wal` left beside a name (its project deleted, or still open) would be replayed
    into a new project or copy of that name: creating or copying there is refused, and the
    file is left alone."""
    source = tmp_path / "src.annotator"
    assert run("import", source, texts(tmp_path, 1)[0]).code == 0
    for name in ("new.annotator", "copy.annotator"):
        wal = tmp_path / f"{name}-wal"
        wal.write_bytes(b"left over")
        argv = ("import", tmp_path / name, texts(tmp_path, 2)[1])
        done = run(*argv) if name == "new.annotator" else run("copy", source, tmp_path / name)
        assert done.code == 2
        assert f"{name}-wal beside it belongs to another project of that name" in done.err
        assert wal.read_bytes() == b"left over" and not (tmp_path / name).exists()
