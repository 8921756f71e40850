"""Real processes for the concurrency tests: the command line, and helpers that hold a
project's write lock or write to it, each bounded by a timeout."""

from __future__ import annotations

import os
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


def together(*commands: tuple[object, ...]) -> list[Done]:
    """Start every command at once and wait for all of them."""
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
