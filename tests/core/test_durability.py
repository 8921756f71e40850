"""Invariant 4: an edit the user was told about survives the process being killed.

A child process adds annotations and reports each one after its call returns (the moment the
window says "saved"); the parent kills it with SIGKILL mid-stream and checks that every
reported annotation is in the file and the file is intact.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store.project import Project

CHILD = r"""
import sys
from annotator.store.project import Project
project = Project.open(sys.argv[1])
doc = project.documents.all()[0].id
i = 0
while True:
    ann = project.annotations.add(doc, "claim", i % 20, i % 20 + 5, "amal")
    print(ann.uuid, flush=True)
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_process_loses_nothing_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path, create=True) as project:
        project.documents.add("قال الوزير إن الخطة ستنجح بلا شك في العام المقبل", "t")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    reported = [child.stdout.readline().strip() for _ in range(300)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in conn.execute("SELECT uuid FROM annotations")}
    conn.close()
    assert set(reported) <= stored
    with Project.open(path) as project:
        for ann in project.annotations.iter_all():
            assert ann.text == project.documents.text(ann.document_id)[ann.start : ann.end]
