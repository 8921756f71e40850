"""Real processes for the concurrency tests: the command line, and helpers that hold a
project's write lock or write to it, each bounded by a timeout."""

from __future__ import annotations

import json
import os
import select
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 60  # seconds any one process may take before the test fails

HOLD_LOCK = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@dataclass
class Done:
    code: int
    out: str
    err: str


def cli_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **extra}
    env.pop("ANNOTATOR_DEBUG", None)
    return env


def start(*argv: object, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start `annotator ARGV...` in its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or cli_env(),
    )


def finish(proc: subprocess.Popen[str]) -> Done:
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError(f"{proc.args} did not finish in {TIMEOUT} s") from None
    return Done(proc.returncode, out, err)


def run(*argv: object, env: dict[str, str] | None = None) -> Done:
    return finish(start(*argv, env=env))


# A process that runs one `annotator` command per line of stdin (a JSON list of arguments)
# and answers with a JSON line: the exit code, stdout and stderr. Trials with real processes
# cost a line each instead of a Python start-up each, so a test can afford many.
WORKER = r"""
import contextlib, io, json, sys
from annotator.cli import commands as cli
out = sys.stdout
print("ready", file=out, flush=True)
for line in sys.stdin:
    o, e = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
        code = cli.main(json.loads(line))
    print(json.dumps([code, o.getvalue(), e.getvalue()]), file=out, flush=True)
"""


class Workers:
    """Processes that run commands at the same moment, trial after trial."""

    def __init__(self, n: int) -> None:
        self.procs = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=cli_env(),
            )
            for _ in range(n)
        ]
        for proc in self.procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"

    def together(self, *commands: tuple[object, ...]) -> list[Done]:
        """Give worker i command i, all at once, and wait for every answer."""
        for proc, argv in zip(self.procs, commands, strict=True):
            assert proc.stdin is not None
            proc.stdin.write(json.dumps([str(a) for a in argv]) + "\n")
            proc.stdin.flush()
        return [self._answer(proc) for proc in self.procs]

    def _answer(self, proc: subprocess.Popen[str]) -> Done:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], TIMEOUT)
        if not ready:
            raise AssertionError(f"a command did not finish in {TIMEOUT} s")
        code, out, err = json.loads(proc.stdout.readline())
        return Done(code, out, err)

    def close(self) -> None:
        for proc in self.procs:
            proc.kill()
            proc.wait()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def together(*commands: tuple[object, ...]) -> list[Done]:
    """Start every command at once (each in a new process) and wait for all of them."""
    procs = [start(*argv) for argv in commands]
    return [finish(p) for p in procs]


def hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program holding the project's write lock (BEGIN EXCLUSIVE) for `seconds`."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def main_file_rows(path: Path, table: str = "documents") -> int:
    """Rows of `table` in a copy of the main file alone (what a user copying or mailing the
    `.annotator` file gets), after checking that copy's integrity."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.annotator"
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(copy)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            conn.close()
