"""Shared fixtures for core tests: projects in memory and on disk, and byte snapshots that
prove a failed command left a project file exactly as it was."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.store.project import Project

os.environ.setdefault("ANNOTATOR_LANGUAGE", "en")  # messages in English, whatever the locale

# The real article the project was designed around; tests using it skip without it.
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "summit-article.ar.txt"

SAMPLE = "قال الرئيس بوتين: «الاقتصاد قوي».\r\nوأضاف أن الوضع مستقر.\n"


@pytest.fixture
def project() -> Iterator[Project]:
    """An in-memory project with the default label schema."""
    p = Project.memory()
    yield p
    p.close()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Where a project file may be created (nothing is there yet)."""
    return tmp_path / "work.annotator"


@pytest.fixture
def filled_project(project_path: Path) -> Path:
    """A closed project file with one document, a claim, a grouped speaker and a link."""
    with Project.create(project_path) as p:
        doc = p.documents.add(SAMPLE, "sample", "sample.txt")
        ent = p.entities.add("فلاديمير بوتين", "person", "president")
        speaker = p.annotations.add(doc.id, "speaker", 11, 16, "huda", entity_id=ent.id)
        claim = p.annotations.add(
            doc.id, "claim", 19, 31, "huda", attributes={"verifiable": "yes"}, note="=note"
        )
        p.links.add(claim.id, speaker.id, "huda")
    return project_path


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write bytes (or UTF-8 text) to a file under tmp_path and return its path."""

    def write(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return write


def _snapshot(path: Path) -> dict[str, bytes | None]:
    out: dict[str, bytes | None] = {}
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{path}{suffix}")
        out[suffix] = p.read_bytes() if p.exists() else None
    return out


def _row_counts(path: Path) -> dict[str, int]:
    with Project.open(path) as p:
        return {
            t: p._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "annotations", "links", "entities", "analysts")
        }


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, bytes | None]]:
    """Bytes of a project file and its WAL companions (None when absent)."""
    return _snapshot


@pytest.fixture
def row_counts() -> Callable[[Path], dict[str, int]]:
    """Rows per table of a closed project file."""
    return _row_counts


@pytest.fixture
def sample_text() -> str:
    return SAMPLE


@pytest.fixture
def corpus_article() -> Path:
    """The real article from the shared corpus; the test is skipped when it is not there."""
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is not available")
    return CORPUS
