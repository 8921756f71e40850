"""Faults of the disk, not of the input: a read-only project, a full disk. Each gets one
sentence naming the project, exit code 2, and leaves the project as it was; reading a
read-only project works and leaves nothing beside it.

Root writes through `chmod`, so read-only cases run the command line as `nobody` (setpriv)
or on a read-only bind mount, and the full disk is a small tmpfs; each case is skipped
where the machine cannot make it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import Done, Workers, cli_env, run

NOBODY = 65534
TEXT = "قال المتحدث إن الاتفاق قريب جداً.\n"


def as_nobody(*argv: object) -> Done:
    """`annotator ARGV` run by a user who cannot write root's files."""
    proc = subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *_python()]
        + [str(a) for a in argv],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        cwd="/",
    )
    return Done(proc.returncode, proc.stdout, proc.stderr)


def _python() -> list[str]:
    return [sys.executable, "-m", "annotator"]


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's private tmp (which `nobody` cannot enter)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a command as another user")
    folder = Path(tempfile.mkdtemp(prefix="annotator-ro-"))
    folder.chmod(0o755)
    if as_nobody("--version").code != 0:
        shutil.rmtree(folder)
        pytest.skip("nobody cannot run this Python")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def make_project(folder: Path) -> Path:
    project = folder / "p.annotator"
    text = folder / "a.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert run("import", project, text).code == 0
    return project


def side_files(project: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if Path(f"{project}{s}").exists()]


def check_read_only(project: Path, runner, reason: str, out: Path) -> None:
    before = project.read_bytes()
    for argv in (
        ("info", project),
        ("agreement", project),
        ("export", project, "--format", "jsonl", "-o", out / "p.jsonl"),
    ):
        done = runner(*argv)
        assert done.code == 0, done.err
        assert side_files(project) == []
    other = out / "b.txt"
    other.write_text("نص آخر لم يدخل المشروع.\n", encoding="utf-8")
    for argv in (("import", project, other), ("merge", project, project.with_name("x"))):
        done = runner(*argv)
        assert done.code == 2
        assert done.err.strip() == f"annotator: {project}: cannot be changed: {reason}", argv
    assert project.read_bytes() == before and side_files(project) == []


def test_a_read_only_file(shared_folder: Path) -> None:
    project = make_project(shared_folder)
    project.chmod(0o644)  # root's file: nobody may read it, not write it
    shared_folder.chmod(0o777)  # but may create files beside it
    out = Path(tempfile.mkdtemp(dir=shared_folder))
    out.chmod(0o777)
    check_read_only(project, as_nobody, "the file is read-only", out)


def test_a_read_only_folder(shared_folder: Path) -> None:
    project = make_project(shared_folder)
    out = Path(tempfile.mkdtemp(prefix="annotator-out-"))
    out.chmod(0o777)
    try:
        check_read_only(project, as_nobody, "its folder is read-only", out)
    finally:
        shutil.rmtree(out)


@contextlib.contextmanager
def mounted(*args: str) -> Iterator[None]:
    target = args[-1]
    result = subprocess.run(["mount", *args], capture_output=True, timeout=30)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.decode(errors='replace').strip()})")
    try:
        yield
    finally:
        subprocess.run(["umount", target], capture_output=True, timeout=30)


def test_a_read_only_disk(tmp_path: Path) -> None:
    """Even root cannot write a read-only mount: what a CD, a locked USB stick or a
    read-only network share looks like."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount")
    source = tmp_path / "src"
    source.mkdir()
    make_project(source)
    view = tmp_path / "ro"
    view.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    with mounted("--bind", "-o", "ro", str(source), str(view)):
        check_read_only(view / "p.annotator", run, "the disk holding it is read-only", out)


# -- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)):
        yield disk


def fill(disk: Path, leave: int) -> Path:
    """Fill `disk` up to `leave` bytes of free space."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free - leave))
    return filler


def count(project: Path) -> int:
    done = run("info", project)
    assert done.code == 0, done.err
    return int(done.out.split(": ", 1)[1].split(" ", 1)[0])


@pytest.mark.parametrize("leave_kb", [0, 32, 160])
def test_a_full_disk(small_disk: Path, tmp_path: Path, leave_kb: int) -> None:
    """Full before opening (0), at the first write, at COMMIT, while the WAL grows: always
    the same sentence, never "damaged" or "internal error", and the project as it was."""
    project = small_disk / "p.annotator"
    seed = tmp_path / "seed.txt"
    seed.write_text(TEXT, encoding="utf-8")
    assert run("import", project, seed).code == 0
    inputs = []
    for n, size in enumerate((1, 40, 400)):
        path = tmp_path / f"in{n}.txt"
        path.write_text(f"نص رقم {n}: " + "كلمة " * (size * 100) + "\n", encoding="utf-8")
        inputs.append(path)
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text(
        "".join(
            f'{{"text": "سطر {i} {"ن" * 300}", "label": [[0, 3, "cue"]]}}\n' for i in range(300)
        ),
        encoding="utf-8",
    )
    filler = fill(small_disk, leave_kb * 1024)
    commands = [("import", project, path) for path in (*inputs, jsonl)]
    commands.append(("merge", small_disk / "new.annotator", project))
    commands.append(("import", small_disk / "new2.annotator", inputs[2]))
    with Workers(1) as worker:  # one process for all: a Python start-up each is slow
        results = [worker.together(argv)[0] for argv in commands]
    filler.unlink()
    for done in results:
        if done.code == 0:
            continue  # it fitted
        assert done.code == 2, done.err
        line = done.err.strip().splitlines()[0]
        assert line.endswith("no space left on the disk holding it"), done.err
        names = ("p.annotator", "new.annotator", "new2.annotator")
        named = (f"{small_disk / n}: cannot be " in line for n in names)
        assert any(named), line  # the project, not a temporary file
        assert "damaged" not in done.err and "internal error" not in done.err
    assert not results[-1].code or not (small_disk / "new2.annotator").exists()
    assert sorted(p.name for p in small_disk.iterdir() if p.name.startswith(".")) == []
    assert any(d.code == 2 for d in results)
    texts_in = sum(1 for d in results[:3] if d.code == 0)
    assert count(project) == 1 + texts_in + (300 if results[3].code == 0 else 0)
