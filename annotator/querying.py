"""Naming many ids in one query without passing SQLite's limit on parameters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

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


def marks(batch: list[int]) -> str:
    """The `?, ?, ...` placeholders for `batch`."""
    return ", ".join("?" * len(batch))
