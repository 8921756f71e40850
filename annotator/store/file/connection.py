"""The project's connection as the store uses it: execute, executescript and atomic.

sqlite-utils costs about 140 ms to import (click, pluggy, dateutil) and scans installed
packages for plugins on every `Database(...)`; a command that only reads a project, or
writes rows with plain SQL, needs none of it. So the store holds this small wrapper, with
the same behaviour as sqlite-utils for the calls it makes, and sqlite-utils is imported
only to run migrations (`Project._migrate`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from typing import Any

_savepoints = count()


class Database:
    """A sqlite3 connection (opened with isolation_level=None: we say when transactions
    begin) and the few helpers the store calls on it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # As sqlite-utils did: a trigger's own writes fire triggers too.
        conn.execute("PRAGMA recursive_triggers=on")

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside the open one (rolled back on any error)."""
        conn = self.conn
        if conn.in_transaction:
            name = f"annotator_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # An error may have ended the whole transaction already.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
