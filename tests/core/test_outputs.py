"""Export targets: special files written in place, links followed, killed exports cleaned up."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.cli import commands as cli
from annotator.formats.export.outputs import STALE_AFTER, open_output, remove_stale_parts

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")


def export_csv(project: Path, target: Path | str) -> int:
    return cli.main(["export", str(project), "--format", "csv", "-o", str(target)])


def expected_csv(project: Path, tmp_path: Path) -> bytes:
    plain = tmp_path / "plain.csv"
    assert export_csv(project, plain) == 0
    return plain.read_bytes()


@posix_only
def test_a_fifo_is_written_in_place(filled_project, tmp_path, capsys):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    want = expected_csv(filled_project, tmp_path)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there: no waiting
    try:
        assert export_csv(filled_project, fifo) == 0
        got = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe, not a file put in its place
    assert got == want
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def device_node(tmp_path: Path, system: str, minor: int) -> Path:
    """A character device like `system` (/dev/null, /dev/full): a fresh node in tmp_path
    when we may make one (root: a mistake must never replace the machine's own), else the
    system's, which we then cannot replace anyway."""
    if not hasattr(os, "mknod") or not Path(system).exists():
        pytest.skip(f"no {system} here")
    if os.geteuid() != 0:
        return Path(system)
    node = tmp_path / Path(system).name
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except OSError as exc:
        pytest.skip(f"cannot make a device node ({exc})")
    return node


@posix_only
def test_a_device_is_written_in_place_not_replaced(filled_project, tmp_path, capsys):
    device = device_node(tmp_path, "/dev/null", 3)
    before = os.stat(device)
    assert export_csv(filled_project, device) == 0
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert capsys.readouterr().err == ""


@posix_only
def test_a_full_device_is_a_sentence(filled_project, tmp_path, capsys):
    device = device_node(tmp_path, "/dev/full", 7)
    assert export_csv(filled_project, device) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith(f"annotator: {device}: cannot be written (") and len(err.splitlines()) == 1
    )
    assert stat.S_ISCHR(os.lstat(device).st_mode)


@posix_only
def test_a_symlink_is_followed_and_kept(filled_project, tmp_path):
    want = expected_csv(filled_project, tmp_path)
    (tmp_path / "links").mkdir()
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "real.csv"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "links" / "out.csv"
    link.symlink_to(Path("..") / "data" / "real.csv")
    assert export_csv(filled_project, link) == 0
    assert link.is_symlink() and os.readlink(link) == str(Path("..") / "data" / "real.csv")
    assert real.read_bytes() == want
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "links").iterdir()) == ["out.csv"]
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["real.csv"]


@posix_only
def test_a_dangling_symlink_gets_its_target_made(filled_project, tmp_path):
    link = tmp_path / "out.csv"
    link.symlink_to("made.csv")
    assert export_csv(filled_project, link) == 0
    assert link.is_symlink() and (tmp_path / "made.csv").is_file()


# -- part files of killed exports ------------------------------------------------------------

WRITER = """
import sys, time
from annotator.formats.export.outputs import open_output
with open_output(sys.argv[1]) as out:
    out.write("half an export")
    out.flush()
    print("writing", flush=True)
    time.sleep(120)
"""


def start_writer(target: Path) -> subprocess.Popen[str]:
    """A real export process stopped half-way, its part file beside `target`."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "writing\n"
    return child


def parts(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.endswith(".part")}


def age(paths: set[str], folder: Path, seconds: float) -> None:
    """Make files look untouched for `seconds` (instead of waiting that long)."""
    then = time.time() - seconds
    for name in paths:
        os.utime(folder / name, (then, then))


@posix_only
def test_a_killed_exports_part_file_goes_and_a_running_ones_stays(filled_project, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    killed = start_writer(out / "a.csv")
    killed_part = parts(out)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    running = start_writer(out / "b.csv")
    try:
        running_part = parts(out) - killed_part
        assert len(killed_part) == len(running_part) == 1
        age(parts(out), out, STALE_AFTER + 5)
        assert export_csv(filled_project, out / "c.csv") == 0
        assert parts(out) == running_part  # the killed one went; the running one is intact
        assert running.poll() is None
    finally:
        running.kill()
        running.wait()


@posix_only
def test_a_dead_writers_part_file_stays_while_recent(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(gone.stdout)
    fresh = tmp_path / f".x.csv.annotator-{pid}-abcdefgh.part"
    old = tmp_path / f".y.csv.annotator-{pid}-abcdefgh.part"
    mine = tmp_path / f".z.csv.annotator-{os.getpid()}-abcdefgh.part"
    other = tmp_path / ".notes.txt.abcdefgh.part"  # another program's, no export beside it
    legacy = tmp_path / ".w.csv.abcdefgh.part"  # an older version's, beside its export
    (tmp_path / "w.csv").write_text("done")
    for path in (fresh, old, mine, other, legacy):
        path.write_text("partial")
    age({old.name, mine.name, other.name}, tmp_path, STALE_AFTER + 5)
    age({legacy.name}, tmp_path, 2 * 3600)
    assert sorted(remove_stale_parts(tmp_path)) == sorted([old, legacy])
    assert parts(tmp_path) == {fresh.name, mine.name, other.name}


def test_an_export_that_fails_leaves_no_part_file(tmp_path):
    with pytest.raises(RuntimeError), open_output(tmp_path / "x.csv") as out:
        out.write("partial")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_dev_stdout_appends_to_what_the_shell_opened(filled_project, tmp_path):
    """`annotator export P -o /dev/stdout >> log` adds to the log: the descriptor is written
    through, not the file behind it replaced (which would drop what the log held)."""
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout")
    want = expected_csv(filled_project, tmp_path)
    log = tmp_path / "log.csv"
    log.write_bytes(b"earlier\n")
    with open(log, "ab") as out:
        done = subprocess.run(
            [sys.executable, "-m", "annotator", "export", str(filled_project), "-o",
             "/dev/stdout"], stdout=out, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert log.read_bytes() == b"earlier\n" + want  # and no "wrote 2 rows" inside the data
