"""Suggestions an analyst rejected, per document, so they are never suggested there again.

A suggestion is named by its kind (claim, speaker, cue) and its code-point span: the
document's text never changes (invariant 1), so the same words give the same name at every
run. Rejecting is an edit like any other (one transaction, undoable), reported as a
`Change` of the table `suggestion_rejections` with the document's id, like every change
core makes: the window's suggestions follow it, and the checkpointer saves it into the
main file; no table, count or export shows rejections.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.store.project import Change, now

if TYPE_CHECKING:
    from annotator.store.project import Project

Key = tuple[str, int, int]  # kind, start, end
TABLE = "suggestion_rejections"


def rejected(project: Project, document_id: int) -> set[Key]:
    rows = project._db.execute(
        'SELECT kind, start, "end" FROM suggestion_rejections WHERE document_id = ?',
        [document_id],
    )
    return {(kind, start, end) for kind, start, end in rows}


def reject(
    project: Project, document_id: int, keys: Iterable[tuple[str, int, int, str]], analyst: str
) -> list[Key]:
    """Remember (kind, start, end, pattern) as rejected; returns the keys newly remembered
    (what undo forgets again)."""
    added: list[Key] = []
    stamp = now()
    with project.atomic():
        project.documents.get(document_id)
        for kind, start, end, pattern in keys:
            cur = project._db.execute(
                "INSERT OR IGNORE INTO suggestion_rejections"
                '(document_id, kind, start, "end", pattern, analyst, created_at)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [document_id, kind, start, end, pattern, analyst, stamp],
            )
            if cur.rowcount:
                added.append((kind, start, end))
        if added:
            project.changed(Change(TABLE, "add", (document_id,), document_id))
    return added


def forget(project: Project, document_id: int, keys: Iterable[Key]) -> None:
    """Suggest these again (undo of a rejection)."""
    with project.atomic():
        for kind, start, end in keys:
            project._db.execute(
                "DELETE FROM suggestion_rejections"
                ' WHERE document_id = ? AND kind = ? AND start = ? AND "end" = ?',
                [document_id, kind, start, end],
            )
        project.changed(Change(TABLE, "delete", (document_id,), document_id))


def marked_texts(project: Project) -> tuple[list[str], list[str]]:
    """The distinct texts marked as speaker and as cue anywhere in the project (what the
    project-match recommender looks for)."""
    rows = project._db.execute(
        "SELECT DISTINCT l.kind, a.text FROM annotations a JOIN labels l ON l.name = a.label"
        " WHERE l.kind IN ('speaker', 'cue')"
    )
    speakers: list[str] = []
    cues: list[str] = []
    for kind, text in rows:
        (speakers if kind == "speaker" else cues).append(text)
    return speakers, cues
