"""Naming many ids in one query without passing SQLite's limit on parameters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Sized
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.store.file.connection import Database

CHUNK = 500  # ids per IN (...) list: far under SQLite's variable limit, few round trips


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    """`ids` in lists of at most CHUNK."""
    batch: list[int] = []
    for i in ids:
        batch.append(i)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def marks(values: Sized) -> str:
    """The `?, ?, ...` placeholders for `values`."""
    return ", ".join("?" * len(values))


def select_in(
    db: Database,
    sql: str,
    column: str,
    ids: Iterable[int] | None,
    params: Sequence[Any] = (),
) -> Iterator[Any]:
    """The rows of `sql` for `ids`: its `{ids}` condition becomes `column IN (...)`, one query
    per CHUNK ids, or is true (every row) when `ids` is None. `params` are the `?` values
    that come before `{ids}`. Each id falls in one chunk, so rows grouped by `column` are
    never split across queries."""
    if ids is None:
        yield from db.execute(sql.format(ids="1"), list(params))
        return
    for batch in chunks(ids):
        yield from db.execute(sql.format(ids=f"{column} IN ({marks(batch)})"), [*params, *batch])
